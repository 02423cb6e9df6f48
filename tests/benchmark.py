#!/usr/bin/env python3
"""Benchmark show_article.py: start-up cost, throughput, linearity, memory.

    python3 tests/benchmark.py [--runs N] [--shapes]

Prints, measured side by side in one run: how many times a bare interpreter
start (python3 -S -c pass) a run on article.txt takes, the median of paired,
alternating runs (the budget is 3.5x); throughput on 1 MB and 8 MB of saved
page text built from the test fixtures, the 8 MB / 1 MB time ratio and the
peak memory of each run (every run with python3 -S, so that packages the
machine's site-packages load at start do not count). --shapes adds the
pathological inputs of the hostile-input tests at full size. For HTML: a
300 kB page, made of the article in a news site's markup, against a bare
start the same way (the budget is 5x), and 20 MB of such markup, whose peak
memory must stay under 10 times its size.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "show_article.py"
ARTICLE = ROOT / "article.txt"
MB = 1 << 20
# Options that print the whole text wrapped narrow, for the wrapping shapes.
WRAPPED = ("--keep-all", "--width", "20")
# The start-up budget: a run on article.txt against a bare interpreter start;
# and a run on a 300 kB HTML page, and the peak memory on 20 MB of HTML
# against its size.
STARTUP_RATIO = 3.5
HTML_RATIO = 5.0
HTML_MEMORY = 10.0

# A news site's markup around the article: head, menu, then the story with
# its share bar, then related links and a footer; the story's paragraphs go
# in place of {body}, and a page is padded with more teasers to its size.
HTML_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Example Gazette</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-06-15T08:00:00Z">
<style>body {{ font-family: serif; }} .nav a {{ color: #333; }}</style>
<script>window.dataLayer = [];</script>
</head><body>
<header class="site-header"><nav class="nav"><ul>
<li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
</ul></nav></header>
<main><article class="story"><h1 class="headline">{title}</h1>
<p class="byline">By Ann Writer</p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div>
{body}
</article>
<aside class="related"><h2>Most Popular</h2><ul>
"""
HTML_TEASER = '<li><a href="/story/{n}">Another story of the day, number {n}</a></li>\n'
HTML_TEASERS = 250
HTML_FOOT = """</ul></aside></main>
<footer class="site-footer"><p>\u00a9 2024 Example Gazette. All rights reserved.</p>
</footer></body></html>
"""

# Page chrome around each copy of the article, as a saved page has it.
CHROME = """Home
World
Business
Sign in
Subscribe
Share this article
Facebook Twitter Email
Related stories
Most Popular
\u00a9 2024 Example Media. All rights reserved.
"""

# Reports the peak memory of one child: a fresh parent for every run.
MEASURE = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
    "elapsed = time.perf_counter() - start\n"
    "print(elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def timed(command: list[str]) -> float:
    """Seconds one run of command takes."""
    start = time.perf_counter()
    subprocess.run(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
    )
    return time.perf_counter() - start


def page_text(size: int) -> bytes:
    """About size bytes of saved page text: the article in page chrome, over and over."""
    unit = (CHROME + ARTICLE.read_text(encoding="utf-8") + "\n").encode("utf-8")
    return unit * (size // len(unit) + 1)


def html_page(size: int) -> bytes:
    """About size bytes of a saved HTML page as news sites' are: the article
    in a site's markup with HTML_TEASERS related links for every 300 kB
    (tune's pages have about 300 blocks in 300 kB), the rest scripts."""
    lines = ARTICLE.read_text(encoding="utf-8").split("\n")
    paragraphs = [line for line in lines[4:] if len(line) > 80]
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    top = HTML_HEAD.format(title=lines[3], body=body)
    count = HTML_TEASERS * size // 300_000
    teasers = "".join(HTML_TEASER.format(n=n) for n in range(count))
    used = len((top + teasers + HTML_FOOT).encode())
    script = "var seen = {};\n" * max(0, (size - used) // 15)
    page = top.replace("</head>", f"<script>{script}</script></head>")
    return (page + teasers + HTML_FOOT).encode("utf-8")


def paired(path: Path, runs: int) -> tuple[float, float, float]:
    """A run on path against a bare start, both with -S: the median ratio of
    paired, alternating runs, and the median milliseconds of each."""
    bare = [sys.executable, "-S", "-c", "pass"]
    ours = [sys.executable, "-S", str(SCRIPT), str(path)]
    for _ in range(3):  # warm the file cache
        timed(bare), timed(ours)
    ratios, times, bases = [], [], []
    for i in range(runs):
        if i % 2:
            b, o = timed(bare), timed(ours)
        else:
            o, b = timed(ours), timed(bare)
        ratios.append(o / b)
        times.append(o * 1000)
        bases.append(b * 1000)
    return (
        statistics.median(ratios),
        statistics.median(times),
        statistics.median(bases),
    )


def measured(path: Path, *args: str) -> tuple[float, float]:
    """Seconds and peak MB of one run of show_article.py on path."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            MEASURE,
            sys.executable,
            "-S",
            str(SCRIPT),
            *args,
            str(path),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), int(out[1]) / 1024


def best(path: Path, repeat: int, *args: str) -> tuple[float, float]:
    """The fastest of repeat runs, with its peak memory."""
    return min(measured(path, *args) for _ in range(repeat))


def shapes() -> dict[str, bytes]:
    """The hostile-input shapes at full size."""
    paragraph = ARTICLE.read_text(encoding="utf-8").split("\n")[7] + " "
    return {
        "20 MB line, no spaces": b"x" * (20 * MB),
        "a million blank lines": b"\n" * 1_000_000,
        "300,000 one-word lines": b"word\n" * 300_000,
        "5 MB single paragraph": paragraph.encode() * (5 * MB // len(paragraph)),
        "2 MB of ESC ]": b"\x1b]" * MB,
        "1 MB of [": b"[" * MB,
        "8 MB of hyphenated wrapped lines": b"   word-\n   next " * (8 * MB // 18),
        "300,000 different one-word lines": b"".join(
            b"w%d\n" % i for i in range(300_000)
        ),
        "300,000 menu lines, then the article": b"".join(
            b"Menu item %d\n" % i for i in range(300_000)
        )
        + ARTICLE.read_bytes(),
    }


def wrap_shapes() -> dict[str, bytes]:
    """Unbroken runs that wrapping cuts into lines, run with WRAPPED."""
    return {
        "2 MB unbroken run of accented letters, --width 20": "ä".encode() * MB,
        "2 MB unbroken run of CJK, --width 20": "日本".encode() * (MB // 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--runs",
        type=int,
        default=41,
        help="paired start-up runs (default: %(default)s)",
    )
    parser.add_argument(
        "--shapes", action="store_true", help="also time the pathological inputs"
    )
    args = parser.parse_args()

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"
    )
    print(
        f"python: {platform.python_implementation()} {platform.python_version()} ({sys.executable})"
    )
    ratio, ours, bare = paired(ARTICLE, args.runs)
    print(
        f"start-up: {ratio:.1f}x a bare start (run {ours:.1f} ms, bare {bare:.1f} ms;"
        f" target at most {STARTUP_RATIO}x)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        rows = {}
        for size in (1, 8):
            path = Path(tmp) / f"{size}mb.txt"
            data = page_text(size * MB)
            path.write_bytes(data)
            seconds, peak = best(path, 3 if size == 1 else 2)
            rows[size] = seconds
            print(
                f"{size} MB page text: {seconds:.2f} s, {len(data) / MB / seconds:.1f} MB/s, "
                f"peak {peak:.0f} MB (limit {16 * len(data) / MB + 30:.0f} MB)"
            )
        ratio = rows[8] / rows[1]
        print(f"8 MB / 1 MB time: {ratio:.2f}x (linear: at most 9.5x)")
        page = Path(tmp) / "page.html"
        page.write_bytes(html_page(300 * 1000))
        times, ms, _ = paired(page, args.runs)
        print(
            f"300 kB HTML page: {times:.1f}x a bare start ({ms:.1f} ms;"
            f" target at most {HTML_RATIO}x)"
        )
        page.write_bytes(html_page(20 * MB))
        seconds, peak = best(page, 1)
        print(
            f"20 MB of HTML: {seconds:.2f} s, {20 / seconds:.1f} MB/s, peak {peak:.0f} MB"
            f" ({peak / 20:.1f}x its size; at most {HTML_MEMORY}x)"
        )
        if args.shapes:
            runs: list[tuple[str, bytes, tuple[str, ...]]]
            runs = [(name, data, ()) for name, data in shapes().items()]
            runs += [(name, data, WRAPPED) for name, data in wrap_shapes().items()]
            for name, data, options in runs:
                path = Path(tmp) / "shape.txt"
                path.write_bytes(data)
                seconds, peak = best(path, 1, *options)
                limit = 16 * len(data) / MB + 30
                flag = "ok" if seconds < 10 and peak < limit else "OVER"
                print(
                    f"  {name}: {seconds:.2f} s, peak {peak:.0f} MB (limit {limit:.0f} MB) {flag}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
