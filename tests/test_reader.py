"""The reader's promises: the bundled article, saved any way, in a pipe or a terminal."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
from pathlib import Path
from typing import Any

from pages import wrap as page_wrap
from support import (
    ARTICLE,
    EXPECTED,
    ROOT,
    SCRIPT,
    SEED,
    CheckMixin,
    clean_env,
    finish_in_pty,
    read_pty,
    run,
    run_in_pty,
    start_in_pty,
    start_piped,
    wait_reading,
)

SEED_TEXT = SEED.decode("utf-8")


def older_python() -> str | None:
    """A Python 3.6 or 3.7 that runs here (on PATH, or pyenv's), or None."""
    found = [shutil.which(f"python3.{minor}") for minor in (7, 6)]
    found += map(str, sorted(Path.home().glob(".pyenv/versions/3.[67].*/bin/python3")))
    for path in filter(None, found):
        try:
            said = subprocess.run(
                [path, "-c", "import sys; print(sys.version_info < (3, 8))"],
                capture_output=True,
                timeout=10,
                check=False,
            )
        except OSError:
            continue
        if said.returncode == 0 and said.stdout.strip() == b"True":
            return path
    return None


SEED_LINES = SEED_TEXT.split("\n")


def wrapped(text: str, width: int, indent: str = "   ") -> str:
    """text hard-wrapped as lynx -dump does: indented, blank line between paragraphs."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        out += textwrap.wrap(
            line, width, initial_indent=indent, subsequent_indent=indent
        )
    return "\n".join(out)


def seed_parts() -> tuple[str, str, list[str]]:
    """The bundled article's headline, standfirst and paragraphs, as saved."""
    paragraphs = [line for line in SEED_LINES[3:] if line.strip()][:-1]
    return paragraphs[0], paragraphs[1], paragraphs[2:]


CRUMBS = ["Home", "World", "Americas", SEED_LINES[1][len("HomeWorldAmericas") :]]


def seed_as_lynx() -> str:
    """The bundled article as lynx -dump prints its page: the breadcrumb a
    list of links, the headline flush left, a [12] before each link, and
    the References list."""
    headline, standfirst, body = seed_parts()
    crumbs = "\n".join(
        page_wrap(f"[{n}]{crumb}", 76, "     * ").replace("\n     * ", "\n       ")
        for n, crumb in enumerate(CRUMBS, 1)
    )
    body[0] = body[0].replace("Vladivostok", "[5]Vladivostok")
    body[9] = body[9].replace("NATO’s Military", "[6]NATO’s Military")
    parts = ["   " + SEED_LINES[0], crumbs, page_wrap(headline, 76)]
    parts += [page_wrap(p, 76, "   ") for p in [standfirst, *body]]
    parts += ["   [7]Most Popular"]
    refs = "".join(f"   {n}. https://nypost.example/{n}/\n" for n in range(1, 8))
    return "\n\n".join(parts) + "\n\nReferences\n\n   Visible links:\n" + refs


def seed_as_w3m() -> str:
    """The bundled article as w3m -dump prints its page: wrapped at 80."""
    headline, standfirst, body = seed_parts()
    parts = [SEED_LINES[0], page_wrap(SEED_LINES[1], 80), page_wrap(headline, 80)]
    parts += [page_wrap(p, 80) for p in [standfirst, *body]] + ["Most Popular"]
    return "\n\n".join(parts) + "\n"


def seed_as_markdown() -> str:
    """The bundled article as html2text writes its page: links, a # headline,
    bold, wrapped at 78."""
    headline, standfirst, body = seed_parts()
    crumbs = "".join(
        f"[{crumb}](https://nypost.example/{n}/)" for n, crumb in enumerate(CRUMBS)
    )
    body[0] = body[0].replace(
        "Vladivostok", "[Vladivostok](https://nypost.example/tag/vladivostok/)"
    )
    body[0] = body[0].replace("Sergei Shoigu", "**Sergei Shoigu**")
    body[3] = body[3].replace("Kinzhal", "_Kinzhal_")
    parts = [SEED_LINES[0], page_wrap(crumbs, 78), "# " + headline]
    parts += [page_wrap(p, 78) for p in [standfirst, *body]] + ["## Most Popular"]
    return "\n\n".join(parts) + "\n"


def with_lines(text: str, before: str, lines: list[str]) -> str:
    """text with lines inserted (each its own paragraph) before the line that starts with before."""
    at = next(i for i, line in enumerate(text.split("\n")) if line.startswith(before))
    parts = text.split("\n")
    block = []
    for line in lines:
        block += [line, ""]
    return "\n".join(parts[:at] + block + parts[at:])


class TestBundledArticle(CheckMixin):
    def test_no_argument_reads_article_beside_script_from_any_directory(self) -> None:
        with tempfile.TemporaryDirectory() as elsewhere:
            result = run(cwd=elsewhere)
        self.assertClean(result)
        self.check(result.stdout, EXPECTED)

    def test_a_copy_without_its_article_says_what_to_give(self) -> None:
        with tempfile.TemporaryDirectory() as elsewhere:
            copy = Path(elsewhere, "show_article.py")
            copy.write_bytes(SCRIPT.read_bytes())
            result = subprocess.run(
                [sys.executable, str(copy)],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                env=clean_env(),
                check=False,
            )
        self.check(result.returncode, 1)
        self.assertRegex(
            result.stderr,
            rb"^show_article.py: error: cannot read '.*article.txt': .*"
            rb" \(give a FILE, or pipe a page in\)\n$",
        )

    def test_path_argument(self) -> None:
        result = run("article.txt", cwd=ROOT)
        self.assertClean(result)
        self.check(result.stdout, EXPECTED)

    def test_dash_reads_standard_input(self) -> None:
        result = run("-", stdin=SEED)
        self.assertClean(result)
        self.check(result.stdout, EXPECTED)

    def test_layout_headline_standfirst_fourteen_paragraphs(self) -> None:
        paragraphs = EXPECTED.decode("utf-8").split("\n\n")
        self.check(len(paragraphs), 16)
        self.assertTrue(paragraphs[1].endswith("according to NYP."))
        self.assertTrue(EXPECTED.endswith(b".\xe2\x80\x9d\n"))
        self.assertNotIn(b"\n\n\n", EXPECTED)

    def test_every_kept_line_is_a_line_of_the_file(self) -> None:
        for paragraph in EXPECTED.decode("utf-8").rstrip("\n").split("\n\n"):
            with self.subTest(paragraph=paragraph[:40]):
                self.assertIn(paragraph, SEED_LINES)

    def test_chrome_is_gone(self) -> None:
        out = EXPECTED.decode("utf-8")
        for chrome in (
            "Saturday, June 15, 2024",
            "HomeWorld",
            "Most Popular",
            "military...",
        ):
            with self.subTest(chrome=chrome):
                self.assertNotIn(chrome, out)

    def test_article_file_is_the_seed_byte_for_byte(self) -> None:
        seed = ROOT.parent / "shared" / "seed" / "article.txt"
        if not seed.exists():
            self.skipTest("no shared/seed beside the repo")
        self.check(ARTICLE.read_bytes(), seed.read_bytes())


class TestStandardInput(CheckMixin):
    """Without FILE, standard input is read when it is a pipe or a file."""

    OTHER = SEED.replace(b"Kinzhal", b"Zircon")  # not the bundled article

    def test_no_file_reads_a_pipe(self) -> None:
        result = run(stdin=self.OTHER)
        self.assertClean(result)
        self.assertIn(b"Zircon hypersonic missile", result.stdout)
        self.assertNotIn(b"Kinzhal", result.stdout)

    def test_no_file_reads_an_empty_pipe(self) -> None:
        result = run(stdin=b"")
        self.check(result.returncode, 1)
        self.check(result.stderr, b"show_article.py: error: standard input is empty\n")

    def test_no_file_reads_a_redirected_file(self) -> None:
        with tempfile.TemporaryFile() as page:
            page.write(self.OTHER)
            page.seek(0)
            result = run(stdin=page)
        self.assertClean(result)
        self.assertIn(b"Zircon hypersonic missile", result.stdout)

    def test_no_file_and_dev_null_reads_the_bundled_article(self) -> None:
        result = run()  # stdin is /dev/null
        self.assertClean(result)
        self.check(result.stdout, EXPECTED)

    def test_no_file_and_a_terminal_reads_the_bundled_article(self) -> None:
        result = run_in_pty("--width", "0", "--color", "never")  # stdin a terminal
        self.assertClean(result)
        self.assertIn(b"Kinzhal hypersonic missile", result.stdout)

    def test_no_file_reads_a_socket(self) -> None:
        # as Node's child_process and other launchers give a pipe
        import socket

        ours, theirs = socket.socketpair()
        with ours, theirs:
            ours.sendall(self.OTHER)
            ours.shutdown(socket.SHUT_WR)
            result = subprocess.run(
                [sys.executable, str(SCRIPT)],
                stdin=theirs.fileno(),
                capture_output=True,
                env=clean_env(),
                timeout=30,
                check=False,
            )
        self.assertClean(result)
        self.assertIn(b"Zircon hypersonic missile", result.stdout)

    def test_one_ctrl_d_ends_what_a_terminal_types(self) -> None:
        # as cat: a Ctrl-D at a line's start ends the input, not a second
        proc, leader = start_in_pty("-", "--format", "json")
        for line in SEED_LINES[10:14]:
            os.write(leader, line.encode() + b"\n")
        time.sleep(0.3)  # the lines read: the Ctrl-D is at a line's start
        os.write(leader, b"\x04")
        shown = read_pty(leader, until=b'"body"')
        os.write(leader, b"\x04")  # a second, lest it wait for one
        result = finish_in_pty(proc, leader, shown)
        self.assertIn(b'"body"', shown)
        self.check(result.returncode, 0)

    def test_closed_stdin(self) -> None:
        def closed(*args: str) -> subprocess.CompletedProcess[bytes]:
            return subprocess.run(
                [sys.executable, str(SCRIPT), *args],
                capture_output=True,
                preexec_fn=lambda: os.close(0),
                timeout=30,
                check=False,
            )

        self.check(closed().stdout, EXPECTED)
        result = closed("-")
        self.check(
            (result.returncode, result.stdout, result.stderr.decode()),
            (
                1,
                b"",
                "show_article.py: error: cannot read standard input: Bad file descriptor\n",
            ),
        )

    def test_help_says_so(self) -> None:
        out = " ".join(run("--help").stdout.decode().split())
        self.assertIn(
            "default: standard input when it is a pipe, a socket or a file, else"
            " article.txt",
            out,
        )
        self.assertIn("lynx -dump URL | show_article.py a page as lynx prints it", out)
        self.assertIn("curl -sL URL | show_article.py a page's HTML", out)


class TestSavedDifferently(CheckMixin):
    """The same article saved in other ways gives the same output, byte for byte."""

    def same(self, data: bytes) -> None:
        result = run("-", stdin=data)
        self.assertClean(result)
        self.check(result.stdout.decode("utf-8"), EXPECTED.decode("utf-8"))

    def test_crlf_line_endings(self) -> None:
        self.same(SEED.replace(b"\n", b"\r\n"))

    def test_cr_line_endings(self) -> None:
        self.same(SEED.replace(b"\n", b"\r"))

    def test_utf8_bom(self) -> None:
        self.same(b"\xef\xbb\xbf" + SEED)

    def test_utf16_with_bom(self) -> None:
        for codec in ("utf-16", "utf-16-be"):
            with self.subTest(codec=codec):
                data = SEED_TEXT.encode(codec)
                if codec == "utf-16-be":
                    data = b"\xfe\xff" + data
                self.same(data)

    def test_windows_1252(self) -> None:
        self.same(SEED_TEXT.encode("cp1252"))

    def test_hard_wrapped_at_any_width(self) -> None:
        for width in (40, 55, 72, 76, 100):
            for indent in ("", "   "):
                with self.subTest(width=width, indent=indent):
                    self.same(wrapped(SEED_TEXT, width, indent).encode("utf-8"))

    def test_lynx_dump_with_link_numbers_and_references(self) -> None:
        page = seed_as_lynx()
        self.assertIn("   [5]Vladivostok in eastern", page)
        self.same(page.encode("utf-8"))

    def test_w3m_dump(self) -> None:
        self.same(seed_as_w3m().encode("utf-8"))

    def test_markdown_from_html2text(self) -> None:
        page = seed_as_markdown()
        self.assertIn("\n# Kim Jong Un tours", page)
        self.same(page.encode("utf-8"))

    def test_github_markdown_with_raw_html(self) -> None:
        # pandoc's GitHub Markdown keeps as tags, a line each, what it cannot
        # write; with no inline link, they tell Markdown from text
        headline, standfirst, body = seed_parts()
        parts = ['<div class="app" v-3f2a="">', "## " + CRUMBS[1], "</div>"]
        parts += ['<div class="article__content"', 'itemprop="articleBody">']
        parts += ["# " + headline, '<div class="lead">', page_wrap(standfirst, 72)]
        parts += ["</div>"] + [page_wrap(p, 72) for p in body] + ["</div>"]
        self.same("\n\n".join(parts).encode("utf-8"))

    def test_markdown_fenced_code_as_written(self) -> None:
        code = "def f(x):\n    return x * 2  # [x](y) *not* emphasis\n\nprint(f(21))"
        indented = textwrap.indent(code, "  ")
        page = seed_as_markdown().replace(
            "\n\nShoigu also", f"\n\n  ```python\n{indented}\n  ```\n\nShoigu also"
        )
        result = run("-", stdin=page.encode("utf-8"))
        self.assertClean(result)
        self.assertIn(f"development.\n\n{code}\n\nShoigu also", result.stdout.decode())
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8")).stdout
        self.assertIn(f"\n\n```python\n{code}\n```\n\nShoigu also", out.decode())
        # its language as its info string's first word names it, a plain one
        for info, fence in (("~~~ c++ {.numberLines}", "```c++"), ("``` {.py}", "```")):
            fenced = f"\n\n{info}\n{code}\n{info[:3]}\n\nShoigu also"
            page = seed_as_markdown().replace("\n\nShoigu also", fenced)
            out = run("-", "--format", "markdown", stdin=page.encode("utf-8")).stdout
            with self.subTest(info):
                self.assertIn(f"\n\n{fence}\n{code}\n```\n", out.decode())
        # as CommonMark reads fences: only one as long, of the same mark, ends it
        inner = "~~~\n```python\nx = 1\n```"
        page = seed_as_markdown().replace(
            "\n\nShoigu also", f"\n\n````\n{inner}\n````\n\nShoigu also"
        )
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8")).stdout
        self.assertIn(f"\n\n````\n{inner}\n````\n\nShoigu also", out.decode())

    def test_markdown_indented_code_as_written(self) -> None:
        # four columns in (html2text's <pre>, pandoc's), or four past an
        # item's text; a list html2text indents as far is a list
        code = "def f(*args, **kw):\n    return g(*args, **kw)\n\nprint(f(21))"
        for before, lead in (("", "    "), ("- The deck\n\n", "      ")):
            page = seed_as_markdown().replace(
                "\n\nShoigu also",
                f"\n\n{before}{textwrap.indent(code, lead)}\n\nShoigu also",
            )
            with self.subTest(before=before):
                out = run("-", "--format", "markdown", stdin=page.encode("utf-8"))
                self.assertIn(f"\n\n```\n{code}\n```\n\nShoigu", out.stdout.decode())
                text = run("-", stdin=page.encode("utf-8")).stdout.decode()
                self.assertIn(f"\n\n{code}\n\nShoigu", text)
        nested = "\n\n    - its east half\n\nShoigu also"
        page = seed_as_markdown().replace("\n\nShoigu also", nested)
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8"))
        self.assertIn("\n\n- its east half\n\nShoigu also", out.stdout.decode())

    def test_pandoc_simple_tables_are_tables(self) -> None:
        # pandoc's Markdown writes a table so; in code ("pip list") it is code
        table = "  Party   Votes\n  ------- -------\n  Red     12,000\n          3\n"
        code = "```\nPackage    Version\n---------- -------\nsix        1.16.0\n```\n"
        page = seed_as_markdown().replace(
            "\n\nShoigu also", f"\n\n{self.LISTED}\n\n{table}\n{code}\nShoigu also"
        )
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8"))
        rows = "| Party | Votes |\n| --- | --- |\n| Red | 12,000 |\n|  | 3 |\n"
        self.assertIn(f"\n\n{rows}\n{code}\nShoigu also", out.stdout.decode())

    def test_pandoc_grid_tables_are_read_cell_by_cell(self) -> None:
        # pandoc's Markdown of a page laid out in a table: the article in a
        # cell of a "+---+" grid beside a menu, a table of its own in it
        table = (
            "+-------+--------+\n| Party | Votes  |\n+=======+========+\n"
            "| Red   | 12,000 |\n+-------+--------+"
        )
        page = seed_as_markdown().replace(
            "\n\nShoigu also", f"\n\n{table}\n\nShoigu also"
        )
        cell = [
            line
            for p in page.split("\n\n")
            for line in [*(p if p[0] == "+" else page_wrap(p, 60)).split("\n"), ""]
        ]
        width = max(map(len, cell))
        menu = ["Home", "World", "Sport", *[""] * len(cell)]
        rule = f"+{'-' * 14}+{'-' * (width + 2)}+"
        rows = [f"| {m:12} | {c:{width}} |" for m, c in zip(menu, cell)]
        grid = "\n".join([rule, *rows, rule, ""])
        plain = json.loads(run("-", "--format", "json", stdin=page.encode()).stdout)
        out = json.loads(run("-", "--format", "json", stdin=grid.encode()).stdout)
        self.assertEqual(out["title"], plain["title"])
        self.assertEqual(out["body"], plain["body"])
        at = out["body"].index("Party Votes")  # a row a block, in its place
        self.assertEqual(
            out["body"][at + 1 : at + 3], ["Red 12,000", plain["body"][at + 2]]
        )
        self.assertTrue(out["body"][at + 2].startswith("Shoigu also"))

    def test_pandoc_grid_tables_in_fenced_code_stay_code(self) -> None:
        # a diagram of boxes in fenced code is code as written, not a table
        code = "```\n+-----+-----+\n| a   | b   |\n+-----+-----+\n```\n"
        page = seed_as_markdown().replace("\n\nShoigu also", f"\n\n{code}\nShoigu also")
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8"))
        self.assertIn(f"\n\n{code}\nShoigu also", out.stdout.decode())

    def test_a_fenced_div_opening_an_item_keeps_the_item(self) -> None:
        # pandoc's "1.  ::: {.caption}": the fence goes, the item stays
        items = (
            "1.  ::: {.item}\n    Its first item, of some words in a list.\n    :::\n"
            "2.  Its second item, of some more words in it.\n"
        )
        page = seed_as_markdown().replace(
            "\n\nShoigu also", f"\n\n{self.LISTED}\n\n{items}\nShoigu also"
        )
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8"))
        listed = (
            "1. Its first item, of some words in a list.\n"
            "2. Its second item, of some more words in it.\n"
        )
        self.assertIn(f"\n\n{listed}\nShoigu also", out.stdout.decode())

    def test_pandoc_grid_table_rows_of_wide_characters(self) -> None:
        # pandoc pads a cell to its columns, a CJK character taking two
        rule = "+--------+--------+"
        table = f"{rule}\n| 名前   | 値     |\n{rule}\n| Osaka  | two    |\n{rule}"
        page = seed_as_markdown().replace(
            "\n\nShoigu also", f"\n\n{table}\n\nShoigu also"
        )
        body = json.loads(run("-", "--format", "json", stdin=page.encode()).stdout)[
            "body"
        ]
        at = body.index("名前 値")
        self.assertEqual(body[at + 1], "Osaka two")

    LISTED = "The engineers listed the work:"

    def test_lists_nest_as_indented(self) -> None:
        # Markdown as pandoc writes it (marks four columns apart) and html2text
        # (two), lynx's and w3m's dumps: each item further in than its list's
        # first item's text nests under the item before
        nested = "- The deck\n  - its east half\n    1. nine\n- The piers\n"
        flavours = (
            ("pandoc", "-   The deck\n    -   its east half\n        1.  nine\n"),
            ("html2text", "  * The deck\n    * its east half\n      1. nine\n"),
            (
                "lynx",
                "     * The deck\n          + its east half\n              1. nine\n",
            ),
            ("w3m", "  • The deck\n      □ its east half\n         1. nine\n"),
        )
        for flavour, marks in flavours:
            page, last = {
                "lynx": (seed_as_lynx(), "     * The piers"),
                "w3m": (seed_as_w3m(), "  • The piers"),
            }.get(flavour, (seed_as_markdown(), "-   The piers"))
            at = page.index("\n\n", page.index("Shoigu also") - 200)
            lead = "   " * (flavour == "lynx") + self.LISTED  # (a list led in: kept)
            page = f"{page[:at]}\n\n{lead}\n\n{marks}{last}{page[at:]}"
            with self.subTest(flavour):
                out = run("-", "--format", "markdown", stdin=page.encode("utf-8"))
                self.assertIn(f"\n\n{self.LISTED}\n\n{nested}\n", out.stdout.decode())
                text = run("-", stdin=page.encode("utf-8")).stdout.decode()
                self.assertIn("\n\n  • its east half\n\n    1. nine\n\n", text)

    def test_w3m_bullets_of_every_depth(self) -> None:
        # w3m marks six depths, and type=disc's "●"
        marks = (
            "  • deck\n      □ half\n          ☆ rails\n              ○ paint\n"
            "                  ■ red\n                      ★ shade\n  ● piers\n"
        )
        page = seed_as_w3m()
        at = page.index("\n\n", page.index("Shoigu also") - 200)
        page = f"{page[:at]}\n\n{self.LISTED}\n\n{marks}{page[at:]}"
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8"))
        nested = "".join(
            f"{'  ' * depth}- {word}\n"
            for depth, word in enumerate(
                ["deck", "half", "rails", "paint", "red", "shade"]
            )
        )
        self.assertIn(f"\n\n{nested}- piers\n\n", out.stdout.decode())

    def test_markdown_lists_nest_by_their_marks(self) -> None:
        # as CommonMark nests them: under an item whose mark is wider too, and
        # not by a wider number ("100. ") or a list after a bulleted one
        for marks, shown in (
            ("1. deck\n   - its half\n2. piers", "1. deck\n   - its half\n2. piers"),
            ("99. deck\n100. piers\n101. road", "99. deck\n100. piers\n101. road"),
            ("1. deck\n  - its half\n2. piers", "1. deck\n- its half\n2. piers"),
            (
                "- deck\n- piers\n\n10. road\n11. rail",
                "- deck\n- piers\n10. road\n11. rail",
            ),
        ):
            page = seed_as_markdown().replace(
                "\n\nShoigu also", f"\n\n{self.LISTED}\n\n{marks}\n\nShoigu also"
            )
            with self.subTest(marks):
                out = run(
                    "-", "--format", "markdown", stdin=page.encode("utf-8")
                ).stdout
                self.assertIn(f"\n\n{shown}\n\nShoigu also", out.decode())

    def test_markdown_list_in_a_quote_stays_in_it(self) -> None:
        quote = "> He said:\n>\n> - the deck\n>   - its east half\n> - the piers"
        page = seed_as_markdown().replace(
            "\n\nShoigu also", f"\n\n{quote}\n\nShoigu also"
        )
        out = run("-", "--format", "markdown", stdin=page.encode("utf-8")).stdout
        shown = "> He said:\n>\n> - the deck\n>   - its east half\n> - the piers"
        self.assertIn(f"\n\n{shown}\n\nShoigu also", out.decode())

    def test_lines_of_mail_addresses_are_no_markdown(self) -> None:
        addresses = "\n".join(f"<{name}@e.example>" for name in "abcdef")
        page = SEED_TEXT.replace("Shoigu also", "Shoigu *also*", 1)
        result = run("-", stdin=f"{page}\n{addresses}\n".encode())
        self.assertIn(b"Shoigu *also*", result.stdout)

    def test_text_already_cleaned(self) -> None:
        self.same(EXPECTED)
        wrapped = run("--width", "72", "--color", "never", str(ARTICLE)).stdout
        self.same(wrapped)

    def test_invisible_and_odd_spaces(self) -> None:
        text = (
            SEED_TEXT.replace("Kim Jong Un tours", "Kim\u00a0Jong Un\u200b tours")
            .replace("North Korean leader", "North  Korean\u00ad leader")
            .replace("missiles at Ukraine.", "missiles at Ukraine.   \t")
            .replace("The general", "\ufeffThe\u2009general")
        )
        self.same(text.encode("utf-8"))

    def test_mojibake_utf8_read_as_windows_1252(self) -> None:
        self.same(SEED.decode("cp1252", errors="replace").encode("utf-8"))

    def test_latin_words_that_read_as_utf8_too_stay(self) -> None:
        # "ß“" and "É»" are also UTF-8's bytes for N'Ko and IPA letters
        said = "the talks („Spaß“, »CAFÉ«, Fuß\u00a0ball, Úžice, NÍŽE) and"
        text = SEED_TEXT.replace("four-hour talks", said).replace(
            "Shoigu", "Shoigu\u2019s"
        )
        result = run("-", stdin=text.replace("\u2019s", "â€™s").encode("utf-8"))
        self.assertClean(result)
        shown = result.stdout.decode("utf-8")
        self.assertIn("the talks („Spaß“, »CAFÉ«, Fuß ball, Úžice, NÍŽE) and", shown)
        self.assertIn("Shoigu\u2019s", shown)  # (mojibake still undone)
        # and Latin beside another script's letters is mended as ever
        mixed = "IT-компании, Azərbaycan, β-Carotin"
        moji = mixed.encode("utf-8").decode("cp1252")
        result = run("-", stdin=SEED_TEXT.replace("four-hour", moji).encode("utf-8"))
        self.assertIn(mixed, result.stdout.decode("utf-8"))

    def test_breadcrumbs_with_separators(self) -> None:
        for sep in (" » ", " > ", " / ", " › "):
            with self.subTest(sep=sep):
                crumb = sep.join(
                    [
                        "Home",
                        "World",
                        "Americas",
                        "Kim Jong Un tours Putin's military...",
                    ]
                )
                self.same(SEED_TEXT.replace(SEED_LINES[1], crumb).encode("utf-8"))

    def test_advertisement_lines_inside_the_body(self) -> None:
        text = with_lines(SEED_TEXT, "Kim also held", ["Advertisement"])
        text = with_lines(
            text,
            "The general also",
            ["ADVERTISEMENT", "Story continues below advertisement"],
        )
        self.same(text.encode("utf-8"))

    def test_share_related_tags_comments_copyright_after_the_body(self) -> None:
        tail = [
            "Share this article",
            "Facebook Twitter Email",
            "Related stories",
            "Tags: Russia, North Korea, Defence",
            "Comments (12)",
            "© 2024 Example Media Ltd. All rights reserved.",
        ]
        self.same(with_lines(SEED_TEXT, "Most Popular", tail).encode("utf-8"))


class TestWrittenOtherwise(CheckMixin):
    """Markdown as people and static sites write it (what CommonMark reads
    beyond the converters' defaults), and what else dumps and text hold."""

    LISTED = TestSavedDifferently.LISTED

    def markdown_with(self, insert: str, *args: str, page: str = "") -> str:
        page = (page or seed_as_markdown()).replace(
            "\n\nShoigu also", f"\n\n{insert}\n\nShoigu also"
        )
        result = run("-", *args, stdin=page.encode("utf-8"))
        self.assertClean(result)
        return result.stdout.decode("utf-8")

    def test_a_quotes_paragraphs_are_one_quote(self) -> None:
        # its ">" line between them kept: a blank one would end the quote
        # (a quote each, for CommonMark); a blank line parts two quotes
        quotes = "> the deck\n>\n> the piers\n\n> the road"
        shown = self.markdown_with(quotes, "--format", "markdown")
        self.assertIn(f"\n\n{quotes}\n\nShoigu also", shown)
        text = self.markdown_with(quotes)  # as text: a paragraph each, as it was
        self.assertIn("\n\n> the deck\n\n> the piers\n\n> the road\n\n", text)

    def test_reference_links_keep_their_targets(self) -> None:
        # as inline links do: [text][label], [label][] and [label], the
        # label matched whatever its case and spaces, its first definition
        # the one (CommonMark); a picture's its alt, one to no label as written
        said = (
            "The [deck][The  Yard] and [the yard][] and [The Yard] and"
            " ![a plan][the yard] and [piers][nowhere] were [rebuilt](https://r.example/)."
        )
        defined = '[the yard]: https://yard.example/a_b "The yard"\n[THE YARD]: https://x.example/'
        shown = self.markdown_with(f"{said}\n\n{defined}", "--format", "markdown")
        self.assertIn(
            "\n\nThe [deck](https://yard.example/a_b) and"
            " [the yard](https://yard.example/a_b) and [The Yard](https://yard.example/a_b)"
            " and a plan and \\[piers\\]\\[nowhere\\] were"
            " [rebuilt](https://r.example/).\n\nShoigu also",
            shown,
        )
        text = self.markdown_with(f"{said}\n\n{defined}")  # text: the words alone
        self.assertIn(
            "\n\nThe deck and the yard and The Yard and a plan and [piers][nowhere]"
            " were rebuilt.\n\nShoigu also",
            text,
        )

    def test_a_reference_links_text_may_hold_code(self) -> None:
        # "[`f()`][f]" links the code, as "[`f()`](…)" does; a code span's
        # brackets are its own ("`[f]`" is no link), and hold none of a
        # link's ("[a `]` b][f]" is one)
        said = "Call [`f()`][f] but not `[f]`, or [a `]` b][f] first."
        defined = "[f]: https://f.example/"
        shown = self.markdown_with(f"{said}\n\n{defined}", "--format", "markdown")
        self.assertIn(
            "\n\nCall [`f()`](https://f.example/) but not `[f]`, or"
            " [a `]` b](https://f.example/) first.\n\n",
            shown,
        )
        text = self.markdown_with(f"{said}\n\n{defined}")
        self.assertIn("\n\nCall `f()` but not `[f]`, or a `]` b first.\n\n", text)

    def test_a_definition_in_fenced_code_is_code(self) -> None:
        # a page on Markdown shows one: its label is defined by the line
        # after the code, or by none ("[f]" as written)
        said = "Link it as [the site][f] or as [g], the guide says."
        code = (
            "```markdown\n[f]: https://code.example/\n[g]: https://code.example/\n```"
        )
        defined = "[f]: https://f.example/"
        shown = self.markdown_with(
            f"{said}\n\n{code}\n\n{defined}", "--format", "markdown", "--keep-all"
        )
        self.assertIn(
            "\n\nLink it as [the site](https://f.example/) or as \\[g\\], the guide",
            shown,
        )
        self.assertIn("\n\n```markdown\n[f]: https://code.example/\n[g]: https", shown)

    def test_numbered_with_parentheses(self) -> None:
        items = f"{self.LISTED}\n\n1) nine\n2) ten\n1) eleven"
        text = self.markdown_with(items)
        self.assertIn("\n\n1) nine\n\n2) ten\n\n3) eleven\n\nShoigu also", text)
        shown = self.markdown_with(items, "--format", "markdown")
        self.assertIn("\n\n1) nine\n2) ten\n3) eleven\n\nShoigu also", shown)

    def test_only_one_opens_a_list_inside_a_paragraph(self) -> None:
        # a converter's wrapped line that starts "19." carries the paragraph
        # on, as CommonMark reads it; "1." there opens a list
        said = "The engineers had worked on it since the\n19. century and"
        text = self.markdown_with(f"{said} said so.\n1. nine\n2. ten")
        self.assertIn("since the 19. century and said so.\n\n1. nine\n\n2. ten", text)
        # and an item's own wrapped line, where its nested list's "1." opens
        listed = (
            "1. ten\n   built in the\n   19. century.\n2. eleven\n   1. one\n   2. two"
        )
        text = self.markdown_with(f"{self.LISTED}\n\n{listed}", "--keep-all")
        self.assertIn(
            "1. ten built in the 19. century.\n\n2. eleven\n\n   1. one", text
        )
        # a quote in an item ends at the item's next (a line with no ">"),
        # a list in the item (CommonMark's, GitHub's)
        noted = "- Step one\n\n  > Note: mind the gap.\n  2. Step two"
        text = self.markdown_with(f"{self.LISTED}\n\n{noted}", "--keep-all")
        self.assertIn("mind the gap.\n\n  2. Step two\n\n", text)
        # in a quote too; but an item's next stays an item after a hard break
        text = self.markdown_with(f"> {said.replace(chr(10), chr(10) + '> ')} said so.")
        self.assertIn("since the 19. century and said so.\n\nShoigu also", text)
        said = "1. The deck was rebuilt,  \n   and then painted.\n2. nine\n3. ten"
        text = self.markdown_with(f"{self.LISTED}\n\n{said}")
        self.assertIn("\n\n2. nine\n\n3. ten\n\nShoigu also", text)
        # and a paragraph after a list, or an item's second one, carries it on
        said = "- nine\n\nBuilt in the\n19. century.\n\n1. ten\n\n   Built in the\n   19. century.\n2. eleven"
        text = self.markdown_with(f"{self.LISTED}\n\n{said}", "--keep-all")
        self.assertIn("\n\nBuilt in the 19. century.\n\n1. ten\n\n", text)
        self.assertIn("\n\n   Built in the 19. century.\n\n2. eleven\n\n", text)

    def test_a_hyphen_at_a_lines_end_joins_a_capital_or_a_digit(self) -> None:
        # html2text breaks lines after a word's hyphen: "Baden-" "Württemberg"
        said = "The Baden-\nWürttemberg office, the COVID-\n19 rules and the four-\nhour talks."
        text = self.markdown_with(said)
        whole = (
            "The Baden-Württemberg office, the COVID-19 rules and the four-hour talks."
        )
        self.assertIn(f"\n\n{whole}\n\n", text)

    def test_a_dash_or_o_carries_a_paragraph_on(self) -> None:
        # a wrapped line that starts "– " (a dash) or "o " (Portuguese "the")
        # carries the paragraph on; "- " opens an item
        said = "The engineers had worked on it since\n– they said – the spring and\no "
        said += "presidente said so, Mon\n· Wed · Fri."
        text = self.markdown_with(f"{said}\n- nine\n+ ten\n• eleven")
        self.assertIn("since – they said – the spring and o presidente said", text)
        self.assertIn(
            " Mon · Wed · Fri.\n\n• nine\n\n• ten\n\n• eleven\n\nShoigu", text
        )

    def test_only_commonmarks_headings_are_headings(self) -> None:
        # "#" and a space (or nothing) opens a heading; a wrapped line that
        # starts "#hashtag", or seven "#", is a paragraph's
        said = "The engineers tagged it\n#Vladivostok and #Shoigu, they said."
        text = self.markdown_with(f"{said}\n\n####### Seven marks, or none at all.")
        self.assertIn("tagged it #Vladivostok and #Shoigu, they said.\n\n#######", text)
        # a heading's closing marks go, after a space only
        for heading, shown in (("## The work ##", "The work"), ("## In C#", "In C#")):
            text = self.markdown_with(
                f"{heading}\n\n{said}", "--format", "markdown", "--keep-all"
            )
            self.assertIn(f"\n\n## {shown}\n\nThe engineers tagged", text)

    def test_a_headings_level_stays_in_markdown(self) -> None:
        # "###" past "##" is kept, as an <h3>'s is; "#" and "##" are "##"
        said = "The engineers tagged it, they said, and went home."
        for heading, shown in (
            ("### The deck", "### The deck"),
            ("#### Its east half ####", "#### Its east half"),
            ("## The piers", "## The piers"),
            ("The road\n--------", "## The road"),
        ):
            text = self.markdown_with(
                f"{heading}\n\n{said}", "--format", "markdown", "--keep-all"
            )
            with self.subTest(heading):
                self.assertIn(f"\n\n{shown}\n\nThe engineers tagged", text)

    def test_an_items_paragraphs_code_and_quotes_stay_in_it(self) -> None:
        # indented under its text: Markdown's item goes on past a blank line
        said = (
            "1. the deck\n\n   its east half\n\n2. the piers\n\n"
            "   ```sh\n   make piers\n   ```\n\n3. the road\n\n   > said the mayor"
        )
        shown = self.markdown_with(said, "--format", "markdown", "--keep-all")
        self.assertIn(f"\n\n{said}\n\nShoigu also", shown)
        text = self.markdown_with(said, "--keep-all")
        self.assertIn(
            "\n\n1. the deck\n\n   its east half\n\n2. the piers\n\n   make piers"
            "\n\n3. the road\n\n   > said the mayor\n\nShoigu also",
            text,
        )

    def test_a_list_goes_on_past_an_items_paragraph(self) -> None:
        # a nested list after an item's second paragraph is nested still,
        # and the next item counts on (1. 1. 1. is 1, 2, 3 still)
        said = (
            "1. the deck\n\n   its east half\n\n   - the piers\n   - the road\n\n"
            "   > said the mayor\n1. the rail\n1. the canal"
        )
        shown = self.markdown_with(said, "--format", "markdown", "--keep-all")
        self.assertIn(
            "\n\n1. the deck\n\n   its east half\n\n   - the piers\n   - the road"
            "\n\n   > said the mayor\n\n2. the rail\n3. the canal\n\nShoigu also",
            shown,
        )

    def test_a_fence_or_quote_as_far_in_as_its_items_text_is_one(self) -> None:
        # pandoc sets an item's text four columns in ("1.  "), and its code
        # and quotes as far: CommonMark counts their indent from that text
        said = (
            "1.  the deck\n\n    ```sh\n    make piers\n    ```\n\n"
            "2.  the road\n\n    > said the mayor"
        )
        shown = self.markdown_with(said, "--format", "markdown", "--keep-all")
        self.assertIn(
            "\n\n1. the deck\n\n   ```sh\n   make piers\n   ```\n\n"
            "2. the road\n\n   > said the mayor\n\nShoigu also",
            shown,
        )
        text = self.markdown_with(said, "--keep-all")
        self.assertIn(
            "\n\n1. the deck\n\n   make piers\n\n2. the road\n\n"
            "   > said the mayor\n\nShoigu also",
            text,
        )

    def test_a_rule_is_a_break_not_text(self) -> None:
        # html2text's "* * *", pandoc's dashes: a break between two parts,
        # as an <hr> is; its marks are no text of the article
        for rule in ("* * *", "-" * 72, "___", "- - -"):
            said = f"The deck was rebuilt.\n\n{rule}\n\nThe piers were next."
            with self.subTest(rule):
                shown = self.markdown_with(said, "--format", "markdown", "--keep-all")
                self.assertIn("rebuilt.\n\n* * *\n\nThe piers", shown)
                text = self.markdown_with(said, "--keep-all")
                self.assertIn("rebuilt.\n\n* * *\n\nThe piers", text)
                body = json.loads(self.markdown_with(said, "--format", "json"))["body"]
                self.assertIn("The piers were next.", body)
                self.assertFalse([b for b in body if b.strip("*-_ ") == ""])

    def test_a_tables_rule_is_no_text(self) -> None:
        # html2text's header row ends in a hard break ("  "), its rule then
        # under no row it reads; the rule shows nothing, in no format
        said = "|  | Cost  \n---|---  \n1 | Deck  \n2 | Piers  "
        for args in (["--format", "json"], ["--format", "markdown"], []):
            with self.subTest(args):
                out = self.markdown_with(said, *args, "--keep-all")
                self.assertIn("Piers", out)
                self.assertNotIn("---|---", out)

    def test_a_hard_break_breaks_a_line_not_the_paragraph(self) -> None:
        # "  " or "\\" at a line's end (html2text's <br>): the next line goes
        # on the paragraph, an item's or a quote's, after a line break, as
        # an HTML page's <br> does; JSON has its lines as the blocks they were
        said = (
            "The deck,  \nthe piers\\\nand the road.\n\n"
            "- the east half  \n  and the west\n\n> He said:  \n> rebuilt."
        )
        shown = self.markdown_with(said, "--format", "markdown", "--keep-all")
        self.assertIn(
            "\n\nThe deck,\\\nthe piers\\\nand the road.\n\n- the east half\\\n"
            "  and the west\n\n> He said:\\\n> rebuilt.\n\nShoigu also",
            shown,
        )
        text = self.markdown_with(said, "--keep-all")
        self.assertIn(
            "\n\nThe deck,\nthe piers\nand the road.\n\n• the east half\n"
            "  and the west\n\n> He said:\n> rebuilt.\n\nShoigu also",
            text,
        )
        body = json.loads(self.markdown_with(said, "--format", "json", "--keep-all"))
        at = body["body"].index("The deck,")
        self.assertEqual(
            body["body"][at : at + 3], ["The deck,", "the piers", "and the road."]
        )

    def test_indented_code_after_a_fence_that_closed_a_list(self) -> None:
        said = "- one\n- two\n\n```\nfenced = 1\n```\n\n    x = 1\n    y = 2"
        text = self.markdown_with(f"{self.LISTED}\n\n{said}")
        self.assertIn("\n\nx = 1\ny = 2\n\nShoigu also", text)  # (not "x = 1 y = 2")

    def test_emphasis_at_a_link_texts_edges_keeps_the_link(self) -> None:
        # html2text's linked italics ("[_Title_](…)") and a link in italics
        said = "[_The Fleet_](/f) and _[its log](/l)_ and [The **deck**](/d)."
        text, shown = self.both_ways(said)
        self.assertIn(f"{self.LISTED} The Fleet and its log and The deck.", text)
        self.assertIn(
            "[*The Fleet*](/f) and *[its log](/l)* and [The **deck**](/d).", shown
        )

    def test_links_stay_links_in_markdown(self) -> None:
        # Markdown in, Markdown out: a link keeps its target (a title goes,
        # one that would run a script goes whole); text stays as before
        page = seed_as_markdown().replace(
            "Shoigu also", '[Shoigu](/people/shoigu "Minister") [also](javascript:x)'
        )
        shown = run("-", "--format", "markdown", stdin=page.encode("utf-8")).stdout
        vladivostok = "[Vladivostok](https://nypost.example/tag/vladivostok/)"
        self.assertIn(vladivostok, shown.decode("utf-8"))
        self.assertIn("\n\n[Shoigu](/people/shoigu) also ", shown.decode("utf-8"))
        result = run("-", stdin=page.encode("utf-8"))
        self.check(result.stdout.decode("utf-8"), EXPECTED.decode("utf-8"))

    def both_ways(self, said: str) -> tuple[str, str]:
        """A sentence of Markdown after LISTED, as text and as Markdown."""
        text = self.markdown_with(f"{self.LISTED} {said}")
        return text, self.markdown_with(f"{self.LISTED} {said}", "--format", "markdown")

    def test_code_and_emphasis_stay_in_markdown(self) -> None:
        text, shown = self.both_ways(
            "Run `ls *.txt` or ``a ` b`` **now**, _then_ and *later*."
        )
        self.assertIn("Run `ls *.txt` or ``a ` b`` now, then and later.", text)
        self.assertIn("Run `ls *.txt` or ``a ` b`` **now**, *then* and *later*.", shown)

    def test_three_markers_are_emphasis_and_strong(self) -> None:
        # "***" (or "___") is both at once, and the block keeps its code span
        text, shown = self.both_ways(
            "It was ***very*** hard, ___twice___, said `make`."
        )
        self.assertIn("It was very hard, twice, said `make`.", text)
        self.assertIn("It was ***very*** hard, ***twice***, said `make`.", shown)
        # four: html2text's strong in a strong, which spills onto nothing
        said = "It was ****very hard**** then, and **more** so."
        shown = self.markdown_with(f"{self.LISTED} {said}", "--format", "markdown")
        self.assertIn("It was **very hard** then, and **more** so.", shown)

    def test_reference_links_keep_their_text(self) -> None:
        page = seed_as_markdown().replace(
            "[Vladivostok](https://nypost.example/tag/vladivostok/)", "[Vladivostok]"
        )
        page = page.replace("**Sergei Shoigu**", "[Sergei Shoigu][1]")
        page += "\n[1]: https://nypost.example/1\n[vladivostok]: https://v.example\n"
        result = run("-", stdin=page.encode("utf-8"))
        self.check(result.stdout.decode("utf-8"), EXPECTED.decode("utf-8"))
        # a label defined nowhere, and a code span's, are text as written
        text = self.markdown_with(f"{self.LISTED} [deck][9] and `[1]`.", page=page)
        self.assertIn(f"\n\n{self.LISTED} [deck][9] and `[1]`.\n\n", text)

    def test_bracketed_lines_that_define_no_link_stay(self) -> None:
        said = "[Update]: The council has since replied.\n\n[^1]: From its report."
        page = seed_as_markdown() + "\n[r1]: https://r.example/1\n"
        text = self.markdown_with(said, page=page)
        self.assertIn("\n\n[Update]: The council has since replied.\n\n", text)
        self.assertIn("\n\n[^1]: From its report.\n\n", text)

    def test_front_matter_is_the_pages_metadata(self) -> None:
        headline = seed_parts()[0]
        matter = f"---\ntitle: '{headline}'\nauthor: Ann\tWriter\ndate: 2023-02-01\n"
        page = matter + "tags:\n  - war\n---\n\n" + seed_as_markdown()
        result = run("-", stdin=page.encode("utf-8"))
        self.check(result.stdout.decode("utf-8"), EXPECTED.decode("utf-8"))
        found = json.loads(run("-", "--format", "json", stdin=page.encode()).stdout)
        self.check([found["byline"], found["date"]], ["Ann Writer", "2023-02-01"])
        # a rule over lines that are no fields is no front matter
        page = "---\nNot a field\n---\n\n" + seed_as_markdown()
        self.assertIn(
            b"Not a field", run("--keep-all", "-", stdin=page.encode()).stdout
        )

    def test_script_and_style_blocks_show_nothing(self) -> None:
        code = '<script>\nwindow.track("view");\n\nvar seen = 1;\n</script>\n\n'
        code += "<style>p { color: red }</style>"
        page = seed_as_markdown().replace("\n\nShoigu also", f"\n{code}\n\nShoigu also")
        result = run("-", stdin=page.encode("utf-8"))
        self.check(result.stdout.decode("utf-8"), EXPECTED.decode("utf-8"))

    def test_inline_html_raises_and_breaks(self) -> None:
        said = "The deck takes 10<sup>2</sup> tonnes of steel,<br>the engineers said."
        text = self.markdown_with(f"{self.LISTED}\n\n{said}")
        self.assertIn(
            "\n\nThe deck takes 10^2 tonnes of steel, the engineers said.", text
        )

    def test_tab_indented_code_to_markdowns_stops(self) -> None:
        code = "\tdef f(x):\n\t    return x * 2"
        text = self.markdown_with(f"{self.LISTED}\n\n{code}")
        self.assertIn("\n\ndef f(x):\n    return x * 2\n\nShoigu also", text)

    def test_a_references_heading_of_the_articles_own(self) -> None:
        # lynx's list is of addresses; a page's own "References" list is text,
        # and its "[1]" stays
        page = SEED_TEXT.replace("missiles at Ukraine.", "missiles at Ukraine [1].")
        page = with_lines(page, "Most Popular", ["References", "1. The fleet's log."])
        text = run("-", stdin=page.encode("utf-8")).stdout.decode("utf-8")
        self.assertIn("missiles at Ukraine [1].", text)
        self.assertIn(EXPECTED.decode("utf-8").rstrip("\n").rpartition("\n")[2], text)

    def lynx_with(self, written: str, *args: str) -> str:
        """The text of the bundled article as lynx dumps it, with its
        sentence on the Tu-22's wrapped line written so instead."""
        page = seed_as_lynx().replace(
            "launch cruise missiles at Ukraine.", written.replace("\n", "\n   ")
        )
        return run("-", *args, stdin=page.encode("utf-8")).stdout.decode("utf-8")

    def test_a_letter_at_a_wrapped_lines_start_is_no_item(self) -> None:
        # "p. 80" after a sentence's end, "a. M." after a line that does not
        # lead into a list: lines of their paragraph
        text = self.lynx_with(
            "launch cruise missiles at Ukraine, as its records show (Moscow, 2023-24)."
            "\np. 80 of the fleet's log."
        )  # (a full line: a shorter one would have held "p.", a paragraph's end)
        self.assertIn(" (Moscow, 2023-24). p. 80 of the fleet's log.\n", text)

    def test_a_dash_at_a_wrapped_lines_start_is_no_item(self) -> None:
        # wrapping left an aside's dash at a line's start: the paragraph goes
        # on, its dash as written; after a line that leads in, dashes list
        text = self.lynx_with(
            "– so the fleet's log says – launch cruise missiles at Ukraine:"
            "\n– the Tu-160\n– the Tu-95"
        )
        self.assertIn("regularly – so the fleet's log says – launch cruise", text)
        self.assertIn(" at Ukraine:\n\n• the Tu-160\n\n• the Tu-95\n\n", text)
        # dashes on the lines after it too: a list typed so, even under a
        # full line that leads in with no colon
        said = "- fly over the sea\n- launch cruise missiles at Ukraine"
        text = self.lynx_with(said, "--keep-all")
        self.assertIn(" that regularly\n\n• fly over the sea\n\n• launch cruise", text)

    def test_lettered_items_in_dumps(self) -> None:
        items = "    1. Check the forecast for\n         a. wind\n         b. rain\n"
        items += "    2. Tell someone your route."
        page = seed_as_lynx()
        at = page.index("\n\n", page.index("Shoigu also") - 200)
        page = f"{page[:at]}\n\n   {self.LISTED}\n\n{items}{page[at:]}"
        shown = run("-", "--format", "markdown", stdin=page.encode("utf-8")).stdout
        nested = "1. Check the forecast for\n   - a. wind\n   - b. rain\n2. Tell"
        self.assertIn(f"\n\n{nested}", shown.decode("utf-8"))


class TestTerminal(CheckMixin):
    def test_pipe_gets_plain_text_without_escapes_or_wrapping(self) -> None:
        result = run(str(ARTICLE))
        self.assertNotIn(b"\x1b", result.stdout)
        self.assertTrue(any(len(line) > 200 for line in result.stdout.split(b"\n")))

    def test_terminal_wraps_at_its_width(self) -> None:
        result = run_in_pty(str(ARTICLE), columns=50)
        self.assertClean(result)
        lines = strip_sgr(result.stdout).decode("utf-8").split("\n")
        self.assertLessEqual(max(len(line) for line in lines), 50)
        self.assertGreater(max(len(line) for line in lines), 40)

    def test_terminal_wraps_japanese_by_columns_and_kinsoku(self) -> None:
        text = "日本語の文です。これは折り返しのテストです」。カタカナと漢字です。" * 3
        page = f"見出し\n\n{text}\n".encode()
        with tempfile.NamedTemporaryFile(suffix=".txt") as saved:
            saved.write(page)
            saved.flush()
            result = run_in_pty("--keep-all", saved.name, columns=27)
        self.assertClean(result)
        lines = strip_sgr(result.stdout).decode("utf-8").rstrip("\n").split("\n")[2:]
        self.check("".join(lines), text)
        self.check(max(len(line) for line in lines), 13)  # two columns each
        self.check([line for line in lines if line[:1] in "。」、"], [])

    def test_wide_terminal_wraps_at_80(self) -> None:
        out = run_in_pty(str(ARTICLE), columns=200).stdout
        lines = strip_sgr(out).decode("utf-8").split("\n")
        self.check(max(len(line) for line in lines) <= 80, True)
        self.assertGreater(max(len(line) for line in lines), 70)

    def test_terminal_bold_headline_italic_standfirst_dim_metadata(self) -> None:
        out = run_in_pty(str(ARTICLE)).stdout
        self.assertTrue(out.startswith(b"\x1b[1mKim Jong Un tours"))
        self.assertIn(b"\x1b[3mKim Jong Un\xe2\x80\x99s visit", out)
        self.assertIn(b"\x1b[2mWorld \xe2\x80\xba Americas \xc2\xb7 2024-06-15", out)

    def test_no_color_and_dumb_terminal_get_no_escapes(self) -> None:
        unset = {k: v for k, v in clean_env().items() if k != "TERM"}
        for name, env in (
            ("NO_COLOR", clean_env(NO_COLOR="1")),
            ("TERM=dumb", clean_env(TERM="dumb")),
            ("no TERM, as git has it", unset),
        ):
            with self.subTest(name):
                out = run_in_pty(str(ARTICLE), env=env).stdout
                self.assertNotIn(b"\x1b", out)
                self.assertIn(b"Kim Jong Un tours", out)

    def test_color_never_and_always(self) -> None:
        out = run_in_pty("--color", "never", str(ARTICLE)).stdout
        self.assertNotIn(b"\x1b", out)
        piped = run("--color=always", str(ARTICLE))
        self.assertTrue(piped.stdout.startswith(b"\x1b[1m"))

    def test_columns_variable_then_the_terminal_then_80(self) -> None:
        cases = {  # (COLUMNS, the terminal's columns): the widest line
            "COLUMNS": ("40", 100, 40),
            "COLUMNS past 80": ("120", 50, 80),
            "COLUMNS not a number": ("wide", 50, 50),
            "COLUMNS=0": ("0", 50, 50),
            "COLUMNS of 5,000 digits": ("9" * 5000, 50, 50),  # (int() refuses them)
            "COLUMNS of 4,400 zeros": ("0" * 4400 + "40", 100, 40),
            "a terminal that says 0": ("", 0, 80),
        }
        for name, (columns, size, widest) in cases.items():
            with self.subTest(name):
                env = clean_env(COLUMNS=columns) if columns else clean_env()
                out = run_in_pty(
                    "--color", "never", str(ARTICLE), columns=size, env=env
                ).stdout
                lines = out.decode("utf-8").split("\n")
                self.assertLessEqual(max(map(len, lines)), widest)
                self.assertGreater(max(map(len, lines)), widest - 10)

    def test_width_option(self) -> None:
        result = run("--width", "30", str(ARTICLE))
        self.assertLessEqual(
            max(len(line) for line in result.stdout.decode().split("\n")), 30
        )
        out = run_in_pty(
            "--width", "0", "--color", "never", str(ARTICLE), columns=40
        ).stdout
        self.assertTrue(any(len(line) > 200 for line in out.split(b"\n")))


class TestPager(CheckMixin):
    """--pager runs $PAGER as git does."""

    def test_pager_in_terminal(self) -> None:
        env = clean_env(PAGER="sed s/^/PAGED:/")
        result = run_in_pty("--pager", "--color", "never", str(ARTICLE), env=env)
        self.assertClean(result)
        self.assertTrue(result.stdout.startswith(b"PAGED:Kim Jong Un tours"))

    def test_pager_does_nothing_in_a_pipe(self) -> None:
        result = run("--pager", str(ARTICLE), env=clean_env(PAGER="sed s/^/PAGED:/"))
        self.assertClean(result)
        self.check(result.stdout, EXPECTED)

    def test_default_less_with_less_frx_and_lv_c_unless_set(self) -> None:
        with tempfile.TemporaryDirectory() as bin_dir:
            less = os.path.join(bin_dir, "less")
            with open(less, "w") as script:
                script.write('#!/bin/sh\necho "less $* LESS=[$LESS] LV=[$LV]"\ncat\n')
            os.chmod(less, 0o755)
            path = bin_dir + os.pathsep + os.environ["PATH"]
            cases = {
                "unset": ({}, b"less  LESS=[FRX] LV=[-c]\n"),
                "set": ({"LESS": "R", "LV": ""}, b"less  LESS=[R] LV=[]\n"),
            }
            for name, (extra, first_line) in cases.items():
                with self.subTest(name):
                    env = clean_env(PATH=path, **extra)
                    result = run_in_pty("--pager", str(ARTICLE), env=env)
                    self.assertClean(result)
                    self.check(result.stdout.split(b"\n")[0] + b"\n", first_line)
                    self.assertIn(b"Kim Jong Un tours", result.stdout)

    def test_pager_that_cannot_start_warns_and_prints(self) -> None:
        unpaged = run_in_pty("--color", "never", str(ARTICLE)).stdout
        # run itself, then through sh (which says why first, as under git)
        for pager in ("/nonexistent/pager", "/nonexistent/pager -R", 'less "unclosed'):
            with self.subTest(pager):
                env = clean_env(PAGER=pager)
                result = run_in_pty(
                    "--pager", "--color", "never", str(ARTICLE), env=env
                )
                self.check(result.returncode, 0)
                err = result.stderr.decode()
                self.assertRegex(
                    err,
                    r"(^|\n)show_article\.py: warning: cannot run pager '.+': .+\n$",
                )
                self.assertIn(pager, err)
                self.check(result.stdout, unpaged)

    def test_pager_that_cannot_start_prints_with_stderr_closed(self) -> None:
        unpaged = run_in_pty("--color", "never", str(ARTICLE)).stdout
        proc, leader = start_in_pty(
            "--pager",
            "--color",
            "never",
            str(ARTICLE),
            env=clean_env(PAGER="/nonexistent/pager"),
            prefix=("sh", "-c", 'exec "$@" 2>&-', "sh"),
        )
        result = finish_in_pty(proc, leader)
        self.check(result.returncode, 0)
        self.check(result.stdout, unpaged)

    def test_pager_written_for_a_shell(self) -> None:
        # Quotes, a pipe and a variable: $PAGER is a shell command, as git runs it.
        env = clean_env(PAGER='sed "s/^/PAGED: /" | sed "s/^/$MARK/"', MARK="> ")
        result = run_in_pty("--pager", "--color", "never", str(ARTICLE), env=env)
        self.assertClean(result)
        self.assertTrue(result.stdout.startswith(b"> PAGED: Kim Jong Un tours"))

    def test_empty_pager_or_cat_prints_directly(self) -> None:
        unpaged = run_in_pty("--color", "never", str(ARTICLE)).stdout
        for pager in ("", "cat"):
            with self.subTest(pager=pager):
                env = clean_env(PAGER=pager)
                result = run_in_pty(
                    "--pager", "--color", "never", str(ARTICLE), env=env
                )
                self.assertClean(result)
                self.check(result.stdout, unpaged)

    def test_ctrl_c_goes_to_the_pager_which_is_waited_for(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            done = os.path.join(tmp, "done")
            # Like less: ignores Ctrl-C, takes its time, then quits.
            pager = f"trap '' INT; cat >/dev/null; echo ready; sleep 0.5; touch {done}"
            env = clean_env(PAGER=shlex.join(["sh", "-c", pager]))
            proc, leader = start_in_pty(
                "--pager", str(ARTICLE), env=env, new_session=True
            )
            shown = read_pty(leader, until=b"ready\n")
            os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group
            proc.wait(timeout=30)
            self.assertTrue(os.path.exists(done), "exited before its pager")
            result = finish_in_pty(proc, leader, shown)
        self.check((result.returncode, result.stderr), (0, b""))
        self.assertIn(b"ready", result.stdout)


def strip_sgr(data: bytes) -> bytes:
    """data without the SGR style sequences the script writes."""
    for code in (b"\x1b[0m", b"\x1b[1m", b"\x1b[2m", b"\x1b[3m"):
        data = data.replace(code, b"")
    return data


class TestFormats(CheckMixin):
    def json_of(self, *args: str, stdin: bytes | None = None) -> dict[str, object]:
        result = run("--format", "json", *args, stdin=stdin)
        self.assertClean(result)
        doc = json.loads(result.stdout)
        assert isinstance(doc, dict)
        return doc

    def test_json_fields(self) -> None:
        doc = self.json_of(str(ARTICLE))
        paragraphs = EXPECTED.decode("utf-8").rstrip("\n").split("\n\n")
        self.check(doc["title"], paragraphs[0])
        self.check(doc["subtitle"], paragraphs[1])
        self.check(doc["date"], "2024-06-15")
        self.check(doc["section"], ["World", "Americas"])
        self.check(doc["byline"], None)
        self.check(doc["body"], paragraphs[1:])  # the standfirst leads the article
        self.check(doc["removed"], [SEED_LINES[0], SEED_LINES[1], "Most Popular"])

    def test_json_body_is_the_text_formats_paragraphs(self) -> None:
        for page in (SEED, seed_as_lynx().encode(), seed_as_markdown().encode()):
            with self.subTest(page=page[:30]):
                doc = self.json_of("-", stdin=page)
                text = run("-", stdin=page).stdout.decode("utf-8")
                shown = text.rstrip("\n").split("\n\n")
                self.check(shown[:2], [doc["title"], doc["subtitle"]])
                body = doc["body"]
                assert isinstance(body, list)
                self.check(body[1:] if body[0] == doc["subtitle"] else body, shown[2:])

    def test_json_unknown_date_is_null(self) -> None:
        doc = self.json_of("-", stdin="\n".join(SEED_LINES[1:]).encode())
        self.check(doc["date"], None)

    def test_markdown(self) -> None:
        result = run("--format", "markdown", str(ARTICLE))
        self.assertClean(result)
        out = result.stdout.decode("utf-8")
        self.assertTrue(out.startswith("# Kim Jong Un tours Putin’s military arsenal"))
        self.assertIn("\n\n_Kim Jong Un’s visit sparks concern", out)
        self.assertIn("[Defence] Secretary", out)  # not a link: left alone
        self.check(out.count("\n\n"), 15)

    def test_markdown_escapes_only_what_it_would_misread(self) -> None:
        page = with_lines(
            SEED_TEXT,
            "The general also",
            [
                "#1 seed: a point marked *with* stars, a_b_c names, <b>tags</b>, ~~tildes~~ and [Defence] brackets."
            ],
        )
        out = run("--format", "markdown", "-", stdin=page.encode()).stdout.decode()
        self.assertIn(
            "\\#1 seed: a point marked \\*with\\* stars, a_b_c names, \\<b>tags\\</b>, \\~\\~tildes\\~\\~ and [Defence] brackets.",
            out,
        )

    def test_ascii_option(self) -> None:
        out = run("--ascii", str(ARTICLE)).stdout
        self.assertTrue(out.isascii())
        self.assertIn(b"Putin's military", out)
        self.assertIn(b'"Would it have', out)
        self.assertIn(b"think ... what", out)

    def test_ascii_metadata_separators(self) -> None:
        out = run_in_pty("--ascii", "--color", "never", str(ARTICLE)).stdout
        self.assertIn(b"\nWorld > Americas | 2024-06-15\n", out)
        self.assertTrue(out.isascii())
        # and as --ascii has them where the terminal's encoding cannot write
        # "›" (not "'", the quote's fold)
        ascii = clean_env(PYTHONIOENCODING="ascii")
        out = run_in_pty("--color", "never", str(ARTICLE), env=ascii).stdout
        self.assertIn(b"\nWorld > Americas | 2024-06-15\n", out)

    def test_ascii_simplifies_letters_and_says_so(self) -> None:
        page = SEED_TEXT.replace(
            "Vladivostok", "Vladivostök, Straße, Øresund, Łódź, ½ mile, 2¾ cups"
        )
        out = run("--ascii", "-", stdin=page.encode()).stdout
        self.assertIn(b"Vladivostok, Strasse, Oresund, Lodz, 1/2 mile, 2 3/4 cups", out)
        # common signs as iconv's //TRANSLIT writes them
        page = SEED_TEXT.replace("Vladivostok", "Vladivostok (© ®, ± 5 µm, ≥ 3 →)")
        out = run("--ascii", "-", stdin=page.encode()).stdout
        self.assertIn(b"Vladivostok ((C) (R), +- 5 um, >= 3 ->)", out)
        # one "?" for each character shown: a syllable, a picture of joined ones
        page = SEED_TEXT.replace(
            "Vladivostok", "Vladivostok (한국어, 👨\u200d👩\u200d👧 ❤\ufe0f)"
        )
        out = run("--ascii", "-", stdin=page.encode()).stdout
        self.assertIn(b"Vladivostok (???, ? ?)", out)
        page = SEED_TEXT.replace(
            "Vladivostok", "Vladivostok (20℃, 🇺🇸🇬🇧 👍🏽 🐈\u200d⬛ ㈜)"
        )
        out = run("--ascii", "-", stdin=page.encode()).stdout
        self.assertIn(b"Vladivostok (20?C, ?? ? ? ?)", out)
        help_text = " ".join(run("--help").stdout.decode().split())
        self.assertIn(
            "letters ASCII cannot show are simplified (a-umlaut becomes a)", help_text
        )

    def test_ascii_json_is_escaped_and_loses_nothing(self) -> None:
        result = run("--ascii", "--format", "json", str(ARTICLE))
        self.assertClean(result)
        self.assertTrue(result.stdout.isascii())
        doc = json.loads(result.stdout)
        self.check(doc, self.json_of(str(ARTICLE)))

    def test_json_is_utf8_whatever_the_locale(self) -> None:
        for encoding in ("latin-1", "cp1252", "utf-16", "ascii"):
            with self.subTest(encoding=encoding):
                result = run(
                    "--format",
                    "json",
                    str(ARTICLE),
                    env=clean_env(PYTHONIOENCODING=encoding),
                )
                self.assertClean(result)
                doc = json.loads(result.stdout.decode("utf-8"))
                self.assertIn("Putin’s", doc["title"])
        utf8 = run(
            "--format", "json", str(ARTICLE), env=clean_env(PYTHONIOENCODING="utf8")
        )
        self.assertIn("Putin’s".encode(), utf8.stdout)

    def test_only_what_stdout_cannot_encode_is_folded(self) -> None:
        page = "Café rules and 市 rules\n\n" + SEED_TEXT.split("\n\n", 3)[3]
        result = run(
            "-", stdin=page.encode("utf-8"), env=clean_env(PYTHONIOENCODING="latin-1")
        )
        self.assertClean(result)
        out = result.stdout.decode("latin-1")
        self.assertTrue(out.startswith("Café rules and ? rules\n\n"), out[:40])
        self.assertIn("Russia's long-range bombers", out)  # ’ is not Latin-1

    def test_ascii_when_stdout_cannot_encode(self) -> None:
        for fmt in ("text", "markdown", "json"):
            with self.subTest(format=fmt):
                result = run(
                    "--format",
                    fmt,
                    str(ARTICLE),
                    env=clean_env(PYTHONIOENCODING="ascii"),
                )
                self.assertClean(result)
                self.assertTrue(result.stdout.isascii())
        doc = json.loads(
            run(
                "--format",
                "json",
                str(ARTICLE),
                env=clean_env(PYTHONIOENCODING="ascii"),
            ).stdout
        )
        self.assertIn("Putin’s", doc["title"])  # JSON escapes lose nothing

    def test_explain_lists_every_line_with_verdict_and_score(self) -> None:
        result = run("--explain", str(ARTICLE))
        self.assertClean(result)
        rows = result.stdout.decode("utf-8").rstrip("\n").split("\n")
        self.check(len(rows), len(SEED_LINES))
        for n, (line, row) in enumerate(zip(SEED_LINES, rows), 1):
            with self.subTest(line=n):
                if not line.strip():
                    self.check(row.strip(), str(n))
                    continue
                self.assertRegex(
                    row,
                    rf"^ ?{n}  (title|standfirst|body|dropped) +[+-]\d+\.\d \S.* "
                    + re.escape(line.strip())
                    + "$",
                )
        verdicts = [row.split()[1] for row in rows if len(row.split()) > 1]
        self.check(
            verdicts,
            ["dropped", "dropped", "title", "standfirst"] + ["body"] * 14 + ["dropped"],
        )

    def test_keep_all_drops_nothing(self) -> None:
        result = run("--keep-all", str(ARTICLE))
        self.assertClean(result)
        out = result.stdout.decode("utf-8")
        for line in SEED_LINES:
            self.assertIn(line.strip(), out)


class TestCommandLine(CheckMixin):
    def test_help_has_examples(self) -> None:
        result = run("--help")
        self.assertClean(result)
        self.assertIn(b"usage:", result.stdout)
        self.assertIn(b"examples:", result.stdout)
        self.assertIn(b"--format {text,markdown,json}", result.stdout)
        self.assertIn(b"\nexit status: 0 done, 1 no article", result.stdout)

    def test_version(self) -> None:
        result = run("--version")
        self.assertClean(result)
        self.assertRegex(result.stdout.decode(), r"^show_article\.py \d+\.\d+\.\d+\n$")

    def test_an_older_python_is_told_in_one_line(self) -> None:
        old = older_python()
        if old is None:
            self.skipTest("no Python 3.6 or 3.7 on this machine")
        result = subprocess.run(
            [old, str(SCRIPT)], capture_output=True, env=clean_env(), check=False
        )
        self.check(result.returncode, 1)
        self.check(result.stdout, b"")
        self.check(
            result.stderr, b"show_article.py: error: needs Python 3.8 or newer\n"
        )

    def test_missing_file(self) -> None:
        result = run("x.txt", cwd=ROOT / "tests")
        self.check(result.returncode, 1)
        self.check(
            result.stderr.decode(),
            "show_article.py: error: cannot read 'x.txt': No such file or directory\n",
        )
        self.check(result.stdout, b"")

    def test_directory(self) -> None:
        result = run(str(ROOT / "tests"))
        self.check(result.returncode, 1)
        self.assertRegex(
            result.stderr.decode(),
            r"^show_article.py: error: cannot read '.*tests': Is a directory\n$",
        )

    def test_usage_errors_exit_2(self) -> None:
        for args in (
            ["--format", "pdf"],
            ["--width", "-3"],
            ["--width", "wide"],
            ["--bogus"],
            ["a", "b"],
        ):
            with self.subTest(args=args):
                result = run(*args)
                self.check(result.returncode, 2)
                self.assertIn(b"usage:", result.stderr)
                self.assertNotIn(b"Traceback", result.stderr)

    def test_width_error_names_the_option(self) -> None:
        for value in ("wide", "-3", "8.5", "٣"):
            with self.subTest(value=value):
                result = run("--width", value)
                self.check(result.returncode, 2)
                last = result.stderr.decode().splitlines()[-1]
                self.assertTrue(
                    last.startswith(
                        f"show_article.py: error: argument --width: invalid value {value!r}"
                    ),
                    last,
                )
        long = "9" * 5000  # more digits than Python reads as a number
        result = run("--width", long)
        self.check(result.returncode, 2)
        last = result.stderr.decode().splitlines()[-1]
        self.assertIn("invalid value '9999999999999999...'", last)
        self.assertLess(len(last), 200)
        self.check(run("--width", "0000000000040").returncode, 0)
        self.check(run("--width=" + "0" * 4400 + "40").returncode, 0)  # (int() refuses)

    def test_help_says_what_width_affects(self) -> None:
        out = " ".join(run("--help").stdout.decode().split())
        self.assertIn("wrap the text format at N columns", out)
        self.assertIn("markdown, json and --explain are never wrapped", out)

    def test_a_link_named_with_controls_is_named_without(self) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            link = Path(tmp, "x\x1b]0;pwn\x07.py")
            link.symlink_to(SCRIPT)
            for args, stream in (
                (["--width=abc"], "stderr"),
                (["--version"], "stdout"),
            ):
                with self.subTest(args=args):
                    result = subprocess.run(
                        [sys.executable, str(link), *args],
                        capture_output=True,
                        env=clean_env(),
                        check=False,
                    )
                    out = getattr(result, stream)
                    self.assertIn(b"x?]0;pwn?.py", out)
                    self.assertNotIn(b"\x1b", result.stdout + result.stderr)

    def test_clashing_options_exit_2(self) -> None:
        result = run("--check", "--explain")
        self.check(result.returncode, 2)
        self.assertIn(b"--check cannot be combined", result.stderr)

    def test_ctrl_c_ends_it_by_the_signal(self) -> None:
        # as cat does: a shell running it in a loop stops too (it sees 130)
        proc = start_piped("-")
        wait_reading(proc.pid)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        self.check(proc.returncode, -signal.SIGINT)
        self.check(err, b"")
        if not shutil.which("bash"):  # (dash stops whatever the script does)
            return
        loop = 'for i in 1 2; do "$0" "$1" -; echo "went on $?"; done'
        shell = subprocess.Popen(
            ["bash", "-c", loop, sys.executable, str(SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_reading(shell.pid)
        os.killpg(shell.pid, signal.SIGINT)  # Ctrl-C: the whole foreground group
        out, _ = shell.communicate(timeout=30)
        self.check(out, b"")

    def test_head_ends_quietly_with_141(self) -> None:
        big = (SEED_TEXT + "\n") * 300  # 1 MB of output pending when head quits
        proc = start_piped("--keep-all", "-")
        assert (
            proc.stdin is not None
            and proc.stdout is not None
            and proc.stderr is not None
        )
        proc.stdin.write(big.encode())
        proc.stdin.close()
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.stderr.close()
        proc.wait(timeout=30)
        self.check((proc.returncode, err), (141, b""))

    def test_closed_pipe_exits_141_quietly(self) -> None:
        reader, writer = os.pipe()
        os.close(reader)
        result = subprocess.run(
            [sys.executable, str(SCRIPT), str(ARTICLE)],
            stdout=writer,
            stderr=subprocess.PIPE,
            check=False,
        )
        os.close(writer)
        self.check((result.returncode, result.stderr), (141, b""))

    def test_disk_full_is_one_line_error(self) -> None:
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        for args in (
            [],
            ["--format", "json"],
            ["--keep-all"],
            ["--help"],
            ["--version"],
        ):
            with self.subTest(args=args), open("/dev/full", "wb") as full:
                self.cannot_write(
                    [*args, str(ARTICLE)], "No space left on device", stdout=full
                )

    def test_closed_stdout_is_one_line_error(self) -> None:
        for args in ([str(ARTICLE)], ["--version"]):
            with self.subTest(args=args):
                closed = {"preexec_fn": lambda: os.close(1)}
                self.cannot_write(args, "Bad file descriptor", **closed)

    def cannot_write(self, args: list[str], why: str, **how: Any) -> None:
        """A run with args, standard output as how says, that cannot write
        it: exit 1 and one line saying why."""
        result = subprocess.run(
            [sys.executable, str(SCRIPT), *args],
            stderr=subprocess.PIPE,
            timeout=30,
            check=False,
            **how,
        )
        self.check(
            (result.returncode, result.stderr.decode()),
            (1, f"show_article.py: error: cannot write standard output: {why}\n"),
        )

    def test_help_and_version_come_first_as_argparse_has_them(self) -> None:
        for args, start in {
            ("--help", "--bogus"): "usage: show_article.py",
            ("--version", "--help"): "show_article.py ",
            ("-h", "--width", "x"): "usage: show_article.py",
        }.items():
            with self.subTest(args=args):
                result = run(*args)
                self.assertClean(result)
                self.assertTrue(
                    result.stdout.decode().startswith(start), result.stdout[:80]
                )

    def test_empty_file_name_is_no_file(self) -> None:
        # "$f" left empty must not show the bundled article (or stdin).
        result = run("", stdin=SEED)
        self.check(
            (result.returncode, result.stdout, result.stderr.decode()),
            (
                1,
                b"",
                "show_article.py: error: cannot read '': No such file or directory\n",
            ),
        )

    def test_executable_with_shebang(self) -> None:
        self.assertTrue(os.access(SCRIPT, os.X_OK))
        self.assertTrue(SCRIPT.read_bytes().startswith(b"#!/usr/bin/env python3\n"))
        result = subprocess.run(
            [str(SCRIPT), str(ARTICLE)], capture_output=True, timeout=30, check=False
        )
        self.check(result.stdout, EXPECTED)

    def test_importing_does_nothing(self) -> None:
        code = f"import sys; sys.path.insert(0, {str(ROOT)!r}); import show_article; print(show_article.main)"
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, timeout=30, check=False
        )
        self.check(result.stderr, b"")
        self.assertTrue(result.stdout.startswith(b"<function main"))

    def test_main_takes_argv(self) -> None:
        code = (
            f"import sys; sys.path.insert(0, {str(ROOT)!r}); import show_article; "
            f"sys.exit(show_article.main(['--check', {str(ARTICLE)!r}]))"
        )
        result = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, timeout=30, check=False
        )
        self.check((result.returncode, result.stdout, result.stderr), (0, b"", b""))


if __name__ == "__main__":
    unittest.main()
