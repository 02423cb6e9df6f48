#!/usr/bin/env python3
"""Save the corpus's pages in saving styles it does not have, to score them.

The corpus holds each page in five text styles and as HTML; people also
save pages with other tools. This tool runs those tools on each page's
page.html and writes a corpus of the same layout (meta.json, gold.txt and
snippets.json linked, one STYLE.txt per tool), which the scorer reads:

    python3 tools/styles.py /tmp/styles            # both halves, 3 min
    python3 ../shared/eval/score.py --corpus /tmp/styles --split tune

The styles: pandoc's Markdown, GitHub's Markdown and plain text
(pandoc-md, pandoc-gfm, pandoc-plain), links -dump and elinks -dump, lynx
and w3m unwrapped (lynx-wide, w3m-wide), Debian's html2text (h2t),
markdownify's Markdown, trafilatura's text and Markdown (the article
alone, as an extractor gives it), and a scraper's text, a text node a
line (scrape). A tool that is not on the PATH is skipped (apt install
pandoc links elinks lynx w3m html2text; pip install markdownify
trafilatura). Judge a change on check's figures only, as for
the corpus itself; the tools' outputs are not for reading.
"""

from __future__ import annotations

import argparse
import html.parser
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
import show_article as sa

CORPUS = REPO.parent / "shared" / "corpus"
# Each style's command; "{}" is the page as UTF-8 (pandoc and html2text
# take no charset from the page), "{raw}" its original bytes, "<" the page
# as UTF-8 on standard input.
TOOLS = {
    "pandoc-md": ["pandoc", "-f", "html", "-t", "markdown", "{}"],
    "pandoc-gfm": ["pandoc", "-f", "html", "-t", "gfm", "{}"],
    "pandoc-plain": ["pandoc", "-f", "html", "-t", "plain", "{}"],
    "links": ["links", "-dump", "-codepage", "utf-8", "{raw}"],
    "elinks": ["elinks", "-dump", "-dump-charset", "utf-8", "{raw}"],
    "h2t": ["html2text", "-utf8", "{}"],
    # lynx and w3m on a screen wide enough to wrap nothing
    "lynx-wide": [
        "lynx",
        "-dump",
        "-nolist",
        "-width=1000",
        "-display_charset=utf-8",
        "{raw}",
    ],
    "w3m-wide": [
        "w3m",
        "-dump",
        "-cols",
        "1000",
        "-O",
        "UTF-8",
        "-T",
        "text/html",
        "{raw}",
    ],
    # setext headings ("Title\n=====") and * emphasis (pip install markdownify)
    "markdownify": ["markdownify", "{}"],
    # an extractor's output, the article alone (pip install trafilatura)
    "trafilatura": ["trafilatura", "<"],
    "trafilatura-md": ["trafilatura", "--markdown", "<"],
}
SKIPPED = frozenset(("script", "style", "noscript", "template", "svg"))
TIMEOUT = 60  # seconds a tool may take on one page


class TextNodes(html.parser.HTMLParser):
    """A scraper's text: every text node that shows, stripped, a line each."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in SKIPPED:
            self.hidden += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self.hidden:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden and data.strip():
            self.lines.append(data.strip())


def save(page: Path, out: Path) -> None:
    """Write page's folder in every style into out."""
    out.mkdir(parents=True, exist_ok=True)
    for name in ("meta.json", "gold.txt", "snippets.json"):
        link = out / name
        if (page / name).is_file() and not link.exists():
            link.symlink_to(page / name)
    raw = page / "page.html"
    text = sa.decode_html(raw.read_bytes())
    utf8 = out / "page.utf-8.html"
    utf8.write_text(text, encoding="utf-8")
    for style, command in TOOLS.items():
        if shutil.which(command[0]) is None:
            continue
        args = [
            str(utf8) if a == "{}" else str(raw) if a == "{raw}" else a for a in command
        ]
        given = utf8.read_bytes() if "<" in args else None
        try:
            done = subprocess.run(
                [a for a in args if a != "<"],
                input=given,
                capture_output=True,
                timeout=TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            continue
        if done.returncode == 0 and done.stdout.strip():
            (out / f"{style}.txt").write_bytes(done.stdout)
    scraper = TextNodes()
    scraper.feed(text)
    scraper.close()
    (out / "scrape.txt").write_text("\n".join(scraper.lines) + "\n", encoding="utf-8")
    utf8.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the folder to write the corpus into")
    parser.add_argument(
        "--corpus", type=Path, default=CORPUS, help="default: %(default)s"
    )
    parser.add_argument("--split", choices=("tune", "check"), action="append")
    args = parser.parse_args()
    jobs = [
        (page, args.out / split / page.name)
        for split in args.split or ("tune", "check")
        for page in sorted((args.corpus / split).iterdir())
        if (page / "page.html").is_file()
    ]
    with ThreadPoolExecutor(3) as pool:  # the tools run as processes
        list(pool.map(lambda job: save(*job), jobs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
