"""Hostile input: it never breaks, never lets a terminal be driven, stays linear."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import plistlib
import random
import subprocess
import sys
import tempfile
import unicodedata
import unittest
import zlib

from pages import HEADLINE, PARAGRAPHS
from support import (
    ARTICLE,
    EXPECTED,
    ROOT,
    SCRIPT,
    SEED,
    CheckMixin,
    clean_env,
    cpu_seconds,
    run,
    start_piped,
)

sys.path.insert(0, str(ROOT))
import show_article

SEED_TEXT = SEED.decode("utf-8")
# A hostile input's run may take this much CPU time; linear code takes a
# fraction, even on a slow machine (up to 5 s of one under Python 3.8).
HOSTILE_SECONDS = 10.0
PARAGRAPHS_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
# What must never reach a terminal: ESC and the other C0 controls but
# newline, DEL and C1, and the bidi embeddings, overrides and isolates.
FORBIDDEN = (
    {chr(c) for c in range(0x20) if c != 0x0A}
    | {chr(c) for c in range(0x7F, 0xA0)}
    | {chr(c) for c in range(0x202A, 0x202F)}
    | {chr(c) for c in range(0x2066, 0x206A)}
    | {chr(plane << 16 | c) for plane in range(17) for c in (0xFFFE, 0xFFFF)}
)
NASTY = [
    "\x1b[31m",
    "\x1b]0;pwned\x07",
    "\x1b]52;c;ZXZpbA==\x07",
    "\x1b]8;;http://evil/\x1b\\",
    "\x1bP+q\x1b\\",
    "\x9b2J",
    "\x1b(B",
    "\x07",
    "\x00",
    "\x08",
    "\r",
    "\x0c",
    "\x0b",
    "\u202e",
    "\u2066",
    "\u200f",
    "\ufeff",
    "\x85",
    "\udcff",
    "\ufffe",  # noncharacters
    "\U0010ffff",
]


def pipeline(text: str) -> tuple[list[str], list[str], list[str]]:
    """The outputs of every format for text, in-process; the article's
    paragraphs (the standfirst first); and every block of the page."""
    clean = show_article.sanitise(show_article.fix_mojibake(text))
    article = show_article.extract(clean)
    outputs = [
        show_article.render_text(article, 0, False, False),
        show_article.render_text(article, 40, False, True),
        show_article.render_markdown(article),
        show_article.render_json(article, False),
        show_article.render_explain(clean, article),
    ]
    kept = [article.subtitle or ""] + [b.text for b in article.body]
    everything = [b.text for b in show_article.extract(clean, keep_all=True).body]
    return outputs, kept, everything


def run_within(
    megabytes: int, data: bytes, *args: str
) -> subprocess.CompletedProcess[bytes]:
    """The script run on data piped in, its address space limited to megabytes."""

    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))

    return subprocess.run(
        [sys.executable, str(SCRIPT), *args, "-"],
        input=data,
        capture_output=True,
        env=clean_env(),
        preexec_fn=limited,
        check=False,
    )


def reference_links(links: int) -> bytes:
    """A Markdown page of a paragraph of links reference links each to a
    label of its own and as many to one label, and the definitions of
    those labels."""
    defined = b"".join(b"[l%d]: https://e.example/%d\n" % (n, n) for n in range(links))
    linked = b"".join(b"[w][l%d] " % n for n in range(links)) + b"[site][one] " * links
    return b"# T\n\n" + linked + b"\n\n" + defined + b"[one]: https://e.example/\n"


class TestBadInput(CheckMixin):
    def error(
        self, result: subprocess.CompletedProcess[bytes], status: int, message: str
    ) -> None:
        self.check(result.returncode, status)
        err = result.stderr.decode()
        self.assertRegex(err, r"^show_article\.py: error: .*" + message)
        self.check(err.count("\n"), 1)
        self.check(result.stdout, b"")

    def test_empty_and_whitespace_only(self) -> None:
        self.error(run("-", stdin=b""), 1, "standard input is empty$")
        for data in (b"\n\n\n", b"   \t \r\n \x0c\n"):
            with self.subTest(data=data):
                self.error(
                    run("-", stdin=data), 1, "standard input holds only white space$"
                )
        for data, message in ((b"", "is empty$"), (b"\n \n", "white space$")):
            with self.subTest(explain=data):  # nothing to list, as without it
                self.error(run("--explain", "-", stdin=data), 1, message)

    def test_a_small_gzip_of_millions_of_blank_lines_is_read_at_once(self) -> None:
        # 32 MB of line breaks (32 kB compressed) once took a minute, a line
        # at a time; with the article after them, they are one gap
        page = b"\n" * 32_000_000 + "\n\n".join([HEADLINE, *PARAGRAPHS]).encode()
        start = cpu_seconds()
        result = run("--keep-all", "-", stdin=gzip.compress(page))
        self.assertLess(cpu_seconds() - start, HOSTILE_SECONDS)
        self.assertClean(result)
        self.assertTrue(result.stdout.startswith(HEADLINE.encode() + b"\n\n"))
        self.check(result.stdout.count(b"\n\n\n"), 0)

    def test_a_character_reference_of_thousands_of_digits(self) -> None:
        # int() refuses more than 4,300 digits (Python 3.11, 3.8.14): such a
        # reference is beyond Unicode, U+FFFD, in text, in Markdown and in
        # HTML's attributes; as many zeros before a small one are nothing
        long, zeros = "&#" + "9" * 5000 + ";", "&#" + "0" * 5000 + "65;"
        body = f"<p>Words {long} and {zeros} among more words, it said.</p>"
        pages = {
            "html": f"<title>T {long}</title><h1>Head</h1>{body}{PARAGRAPHS_HTML}",
            "markdown": f"# Head\n\n[Words]({long}) {long} and {zeros}, it said.\n",
        }
        for name, page in pages.items():
            with self.subTest(name):
                result = run("--format", "json", "-", stdin=page.encode())
                self.check(result.returncode, 0)
                self.check(result.stderr, b"")
                body_text = json.loads(result.stdout)["body"][0]
                self.assertIn("Words \ufffd and A", body_text)

    def test_a_property_list_whose_page_is_no_data(self) -> None:
        # a string, and a number of bytes to make (4 GB): refused at once
        for data in ("<p>hi</p>", 1 << 32, ["a"]):
            with self.subTest(data=data):
                archive = {"WebMainResource": {"WebResourceData": data}}
                start = cpu_seconds()
                result = run(
                    "-", stdin=plistlib.dumps(archive, fmt=plistlib.FMT_BINARY)
                )
                self.error(result, 1, "a property list that is no web archive$")
                self.assertLess(cpu_seconds() - start, HOSTILE_SECONDS)

    def test_text_quoting_a_property_list_is_no_web_archive(self) -> None:
        # a how-to that shows a Safari archive's XML is text, not an archive
        story = "\n\n".join(PARAGRAPHS)
        quoted = "An archive opens so: <plist><dict><key>WebMainResource</key>."
        result = run("-", stdin=f"{HEADLINE}\n\n{quoted}\n\n{story}".encode())
        self.assertClean(result)
        self.assertIn(PARAGRAPHS[0].split(".")[0].encode(), result.stdout)

    def test_text_about_http_is_no_response_header(self) -> None:
        text = (
            "HTTP/2 explained\n\nHTTP/2 is a revision of the protocol the web is"
            " served with, which a working group drew from an earlier experiment.\n\n"
            "HTTP/1.1 200 answers come first in it, and the group published it"
            " as a standard after two years of work on its drafts.\n"
        )
        result = run("--format", "json", stdin=text.encode())
        self.assertClean(result)
        doc = json.loads(result.stdout)
        self.check([doc["title"], *doc["body"]], text.strip().split("\n\n"))

    def test_many_parts_and_long_headers_in_linear_time(self) -> None:
        # a web archive of 700,000 empty parts before its page, and a
        # response header of 60 kB (a content security policy) over one
        page = (
            f"<html><body><h1>{HEADLINE}</h1>{PARAGRAPHS_HTML}</body></html>".encode()
        )
        archive = (
            b'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="B"\n\n'
            + b"--B" * 700_000
            + b"--B\nContent-Type: text/html\n\n"
            + page
        )
        policy = b"Content-Security-Policy: " + b"a" * 60_000 + b"\n"
        response = b"HTTP/1.1 200 OK\n" + policy + b"Content-Type: text/html\n\n" + page
        for name, data in (("archive", archive), ("response", response)):
            with self.subTest(name):
                start = cpu_seconds()
                result = run("--format", "json", stdin=data)
                self.assertClean(result)
                self.check(json.loads(result.stdout)["title"], HEADLINE)
                self.assertLess(cpu_seconds() - start, HOSTILE_SECONDS)

    def test_a_wrapped_page_in_utf16_keeps_its_bom_first(self) -> None:
        page = f"<html><body><h1>{HEADLINE}</h1>{PARAGRAPHS_HTML}</body></html>"
        header = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-16\r\n\r\n"
        result = run("--format", "json", stdin=header + page.encode("utf-16"))
        self.assertClean(result)
        self.check(json.loads(result.stdout)["title"], HEADLINE)

    def test_only_page_chrome(self) -> None:
        chrome = b"Home\nWorld\nSign in\nSubscribe\nMost Popular\nShare this\n\xc2\xa9 2024 Example\n"
        self.error(
            run("-", stdin=chrome),
            1,
            r"no article text found .*--keep-all prints everything",
        )

    def test_binary_files(self) -> None:
        png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
        nuls = b"Some text\x00\x00\x00\x00" * 100
        rng = random.Random(1)
        rand = bytes(rng.getrandbits(8) for _ in range(4000))
        # and bytes that open as an HTTP response's or an image under one
        http = b"HTTP/" + bytes(4000)
        under = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n" + png
        for data in (png, nuls, rand, http, under):
            with self.subTest(data=data[:8]):
                self.error(
                    run("-", stdin=data), 1, "standard input looks like a binary file"
                )

    @unittest.skipUnless(hasattr(os, "fork"), "needs resource limits")
    def test_a_gzip_bomb_of_zeros_is_refused_by_its_start(self) -> None:
        deflate = zlib.compressobj(1, zlib.DEFLATED, 31)  # 31: gzip
        zeros = b"".join(deflate.compress(bytes(1 << 20)) for _ in range(200))
        zeros += deflate.flush()  # 200 MB that would not fit in the limit below

        def limited() -> None:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (150 << 20, 150 << 20))

        result = subprocess.run(
            [sys.executable, str(SCRIPT), "-"],
            input=zeros,
            capture_output=True,
            env=clean_env(),
            preexec_fn=limited,
            check=False,
        )
        self.error(result, 1, "standard input looks like a binary file")

    def test_text_that_opens_like_a_binary_format(self) -> None:
        # A format's magic number followed by text is text; followed by
        # the format's own bytes, it is not.
        for first in ("MZ Wallace", "ID3 tags", "RIFF", "GIF8", "BZh", "OggS"):
            with self.subTest(first):
                result = run("-", stdin=first.encode() + b" opens a shop\n" + SEED)
                self.check(result.returncode, 0)
                self.assertIn(b"Kinzhal hypersonic missile", result.stdout)
        for data in (b"MZ\x90\x00\x03" + SEED, b"%PDF-1.7\n" + SEED):
            with self.subTest(data[:8]):
                self.error(
                    run("-", stdin=data), 1, "standard input looks like a binary file"
                )

    def test_endless_input_is_refused(self) -> None:
        if not os.path.exists("/dev/zero"):
            self.skipTest("no /dev/zero")
        # endless text at its limit; endless NULs as soon as they show
        endless = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys\nwhile 1: sys.stdout.write('text\\n' * 9999)",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert endless.stdout is not None
        with endless:
            result = run("-", stdin=endless.stdout)
            endless.kill()
        self.error(result, 1, "cannot read standard input: more than 256 MB")
        self.error(run("/dev/zero"), 1, "'/dev/zero' looks like a binary file")

    def test_a_file_past_the_limit_is_refused_unread(self) -> None:
        # told by its size: a sparse file of 257 MB of nothing to read
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "huge.txt")
            with open(path, "wb") as huge:
                huge.truncate((256 << 20) + 1)
            before = cpu_seconds()
            result = run(path)
            spent = cpu_seconds() - before
        self.error(result, 1, "huge.txt': more than 256 MB")
        self.assertLess(spent, 0.5)  # (reading it all takes seconds)
        # but standard input read part-way has only what is left to read
        with tempfile.TemporaryFile() as huge:
            huge.truncate(300 << 20)
            huge.seek(300 << 20)
            huge.write(SEED)
            huge.seek(300 << 20)
            self.check(run("-", stdin=huge).stdout, EXPECTED)

    def test_binary_input_is_refused_before_its_end(self) -> None:
        # a pipe of binary bytes whose writer never closes it
        with start_piped("-") as proc:  # (closes its pipes)
            assert proc.stdin is not None and proc.stderr is not None
            proc.stdin.write(bytes(range(256)) * 512)
            proc.stdin.flush()
            try:
                self.check(proc.wait(timeout=20), 1)
            finally:
                proc.kill()
            err = proc.stderr.read()
        self.assertIn(b"standard input looks like a binary file", err)

    def test_unreadable_file(self) -> None:
        self.error(run("/proc/self/mem"), 1, "cannot read '/proc/self/mem': ")

    def test_input_file_that_is_output_file_is_refused(self) -> None:
        # as cat refuses it: "show_article.py page >> page" would grow page
        with tempfile.TemporaryDirectory() as folder:
            page = os.path.join(folder, "page.txt")
            with open(page, "wb") as out:
                out.write(SEED)
            for args, given in (([page], None), (["-"], page)):
                with open(page, "ab") as out, open(given or os.devnull, "rb") as inp:
                    proc = subprocess.run(
                        [sys.executable, str(SCRIPT), *args],
                        check=False,
                        stdin=inp,
                        stdout=out,
                        stderr=subprocess.PIPE,
                        env=clean_env(),
                    )
                self.check(proc.returncode, 1)
                self.assertIn(b"input file is output file", proc.stderr)
                with open(page, "rb") as inp:
                    self.check(inp.read(), SEED)
            # --check writes nothing: it reads the file as any other
            with open(page, "ab") as out:
                proc = subprocess.run(
                    [sys.executable, str(SCRIPT), "--check", page],
                    check=False,
                    stdout=out,
                    env=clean_env(),
                )
            self.check(proc.returncode, 0)

    def test_file_name_cannot_drive_the_terminal(self) -> None:
        for name in ("evil\x1b]0;x\x07.txt", "evil\u202etxt.exe"):
            with self.subTest(name=name):
                result = run(name)
                self.check(sorted(set(result.stderr.decode()) & FORBIDDEN), [])
                self.assertIn(b"cannot read 'evil?", result.stderr)
                self.check(result.returncode, 1)
                result = run("a.txt", name)  # argparse's own message too
                self.check(sorted(set(result.stderr.decode()) & FORBIDDEN), [])
                self.assertIn(b"unrecognized arguments: evil?", result.stderr)
                self.check(result.returncode, 2)

    def test_non_blocking_pipes_as_a_parent_may_leave_them(self) -> None:
        # stdin with nothing in it yet, stdout full: waited for, not failed
        code = (
            "import os, subprocess, sys, time\n"
            "r, w = os.pipe()\n"
            "os.set_blocking(r, False)\n"
            "out, into = os.pipe()\n"
            "os.set_blocking(into, False)\n"
            "p = subprocess.Popen([sys.executable, sys.argv[1], '--keep-all', '-'],"
            " stdin=r, stdout=into)\n"
            "os.close(r), os.close(into)\n"
            "time.sleep(1)\n"  # it reads, finds nothing, and waits
            "os.write(w, sys.stdin.buffer.read()), os.close(w)\n"
            "time.sleep(0.5)\n"
            "got = b''.join(iter(lambda: os.read(out, 65536), b''))\n"
            "sys.stdout.buffer.write(got), sys.exit(p.wait())\n"
        )
        page = (SEED_TEXT + "\n") * 40  # past a pipe's 64 kB
        result = subprocess.run(
            [sys.executable, "-c", code, str(SCRIPT)],
            input=page.encode(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        self.assertClean(result)
        self.check(result.stdout.count(SEED_TEXT.split("\n")[0].encode()), 40)

    def test_a_year_written_with_a_leading_zero(self) -> None:
        # "02019" is the year 2019: an ISO date of four digits, which a
        # published time beside it can be compared with
        story = "\n\n".join(PARAGRAPHS)
        result = run(
            "--format",
            "json",
            "-",
            stdin=f"{HEADLINE}\n\n1.1.02019\n\n{story}".encode(),
        )
        self.assertClean(result)
        self.check(json.loads(result.stdout)["date"], "2019-01-01")
        page = (
            "<meta property=article:published_time content=2020-01-01>"
            f"<h1>{HEADLINE}</h1><p>1.1.02019</p>{PARAGRAPHS_HTML}"
        )
        result = run("--format", "json", "-", stdin=page.encode())
        self.assertClean(result)
        self.check(json.loads(result.stdout)["date"], "2020-01-01")

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_out_of_memory_is_one_line_naming_the_file(self) -> None:
        # 28 MB of text in 80 MB of address space: read or cleaned, it fails
        # (with --check, as a file problem: 2)
        import resource

        def limited() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (80 << 20, 80 << 20))

        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "big.txt")
            with open(path, "wb") as out:
                out.write((SEED_TEXT + "\n").encode() * 8000)
            for options, status in ((), 1), (("--check",), 2):
                result = subprocess.run(
                    [sys.executable, str(SCRIPT), *options, path],
                    preexec_fn=limited,  # (the test runs no threads)
                    capture_output=True,
                    env=clean_env(),
                    timeout=60,
                    check=False,
                )
                self.error(
                    result, status, f"out of memory (reading|cleaning) '{path}'$"
                )

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_flood_of_brackets_stays_in_memory_bounds(self) -> None:
        # lynx's "[picture.jpg]" is looked for bracket by bracket: 9 MB of
        # "[a]" once made 3 million strings, 50 times the text's size
        result = run_within(200, b"[a]" * 3_000_000, "--keep-all")
        self.assertClean(result)
        self.check(len(result.stdout), 9_000_001)

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_flood_of_reference_links_stays_in_memory_bounds(self) -> None:
        # 6 MB of them, and of their definitions, each link shown with its
        # target: the 140 MB the same links take written inline, a string a
        # definition and a target's index a link
        result = run_within(160, reference_links(100_000), "--format", "markdown")
        self.assertClean(result)
        self.check(result.stdout.count(b"](https://e.example/"), 200_000)

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_line_of_millions_of_words_stays_in_memory_bounds(self) -> None:
        # 12 MB on one line once took 263 MB: lists of all its words, where
        # a count to a threshold or a sample says as much
        result = run_within(160, b"word " * 2_400_000)
        self.assertClean(result)
        self.check(result.stdout.count(b"word"), 2_400_000)

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_grid_table_of_thousands_of_columns_stays_in_memory_bounds(self) -> None:
        # pandoc's grid table, 4 MB of a thousand columns, once held every
        # cell of a row of thousands of lines: 180 MB, and blank lines a cell
        rule = b"+" + b"-+" * 1000 + b"\n"
        grid = b"# T\n\n[a](b)\n\n" + rule + (b"|" + b"x|" * 1000 + b"\n") * 2000
        result = run_within(120, grid, "--keep-all")
        self.assertClean(result)
        self.check(result.stdout.count(b"x"), 2_000_000)

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_line_of_millions_of_words_wraps_in_memory_bounds(self) -> None:
        # wrapped, it once took 340 MB for 16 MB: a string for every word
        # and every line, where the words are read one by one and the lines
        # joined a thousand at a time
        for width in "5", "80":
            with self.subTest(width=width):
                result = run_within(160, b"word " * 2_400_000, "--width", width)
                self.assertClean(result)
                self.check(result.stdout.count(b"word"), 2_400_000)

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_paragraph_of_millions_of_characters_as_markdown_in_memory_bounds(
        self,
    ) -> None:
        # escaped for Markdown, 9 MB of CJK once took 35 times its size: a
        # string held for each character (8 bytes apiece for ASCII's)
        for page in b"word " * 2_400_000, "中文字".encode() * 1_000_000:
            with self.subTest(page=page[:6]):
                result = run_within(160, page, "--format", "markdown")
                self.assertClean(result)
                self.check(len(result.stdout), len(page.rstrip()) + 1)

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_million_code_spans_are_found_in_less_memory(self) -> None:
        # 4 MB of "`a` " once took 353 MB: a tuple and two integers held for
        # each run of backticks; the runs are read twice instead (the spans'
        # pieces still cost some 50 times their text: not yet bounded)
        result = run_within(240, b"# Bridge\n\n" + b"`a` " * 1_000_000)
        self.assertClean(result)
        self.check(len(result.stdout), 4_000_008)

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_a_tag_of_millions_of_attributes_stays_in_memory_bounds(self) -> None:
        # 4 MB of them once took 210 MB: a list of every attribute's parts
        page = b"<h1>Bridge</h1><p>" + b"word " * 30 + b"</p><div " + b"a " * 2_000_000
        result = run_within(120, page + b">the end</div>", "--keep-all")
        self.assertClean(result)
        self.assertTrue(result.stdout.endswith(b"\n\nthe end\n"), result.stdout[-80:])

    @unittest.skipUnless(sys.platform.startswith("linux"), "Linux enforces RLIMIT_AS")
    def test_one_tab_or_invisible_character_stays_in_memory_bounds(self) -> None:
        # 12 MB of short lines with one of them once took 380 MB: a list of
        # every line of the text, to expand or drop it line by line
        for first in (b"\t", "\u200b".encode()):
            with self.subTest(first=first):
                result = run_within(200, first + b"ab\n" * 4_000_000, "--keep-all")
                self.assertClean(result)
                self.check(result.stdout.count(b"ab"), show_article.BLOCKS_MAX)

    def test_a_flood_of_short_lines_is_read_up_to_the_blocks_max(self) -> None:
        flood = b"ab\n" * (show_article.BLOCKS_MAX + 1000)
        start = cpu_seconds()
        result = run("--keep-all", "-", stdin=flood)
        self.assertLess(cpu_seconds() - start, HOSTILE_SECONDS)
        self.assertClean(result)
        self.check(result.stdout.split().count(b"ab"), show_article.BLOCKS_MAX)
        # the last block read is whole: a paragraph of three lines
        last = "The last paragraph starts here\nand goes on\nto its end."
        page = "# Head\n\n" + "ab\n\n" * (show_article.BLOCKS_MAX - 2) + last
        result = run("--keep-all", "-", stdin=page.encode())
        self.assertClean(result)
        self.check(
            result.stdout.decode().rstrip().rpartition("\n\n")[2],
            " ".join(last.split("\n")),
        )

    def test_partly_bad_input_still_shows_the_article(self) -> None:
        cases = {
            "invalid utf-8": SEED.replace(b"Shoigu also", b"Shoigu\xff\xfe also", 1),
            "stray nul": SEED.replace(b"The general", b"The\x00 general", 1),
            "cr only": SEED.replace(b"\n", b"\r"),
            "form feeds": SEED.replace(b"\n\n", b"\n\x0c\n").replace(
                b"Kim also", b"Kim\x0b also"
            ),
            "utf-16": SEED_TEXT.encode("utf-16"),
        }
        for name, data in cases.items():
            with self.subTest(name):
                result = run("-", stdin=data)
                self.check(result.returncode, 0)
                self.assertIn(b"Kinzhal hypersonic missile", result.stdout)
                self.check(result.stdout.count(b"\n\n"), EXPECTED.count(b"\n\n"))


class TestNoTerminalControl(CheckMixin):
    def test_no_control_reaches_stdout_in_any_format(self) -> None:
        poisoned = SEED_TEXT
        for nasty in NASTY:  # each at a " the " of its own (the text has 30)
            poisoned = poisoned.replace(" the ", " the" + nasty + " ", 1)
            self.assertIn(nasty, poisoned)
        data = poisoned.encode("utf-8", "surrogateescape")
        for args in (
            ["--format", "text"],
            ["--format", "markdown"],
            ["--format", "json"],
            ["--explain"],
            ["--keep-all"],
        ):
            with self.subTest(args=args):
                result = run(*args, "-", stdin=data)
                self.check(result.returncode, 0)
                out = result.stdout.decode("utf-8")
                self.check(sorted(set(out) & FORBIDDEN), [])

    def test_every_dropped_character_is_caught_by_the_fast_path_check(self) -> None:
        # sanitise() skips its translation when the text is printable.
        changed = list(show_article.DROPPED_CHARS) + list(show_article.SPACE_CHARS)
        self.check([hex(c) for c in changed if chr(c).isprintable()], [])
        self.check(show_article.sanitise("a\u00a0b\u202ec\x1b[1md\n"), "a bcd\n")

    def test_html_that_spells_what_no_text_has(self) -> None:
        # lone surrogates (a JSON escape, a codec no browser reads a page in),
        # an escape string's opener where a link's marks are, a stray 0x9D
        said = "The minister said on Tuesday that the policy takes effect soon."
        pages = {
            "surrogate in JSON-LD": '<script type="application/ld+json">'
            '{"author": {"name": "Ann \\udc00 Lee"}}</script>'
            f"<article><p>{said}</p></article>",
            "UTF-7": f'<meta charset="utf-7"><p>+2AA- {said} \xe9</p>',
            "opener in a link": f'<p>{said} &#x1b;] <a href="/x">a\nlink</a> '
            f'<a href="/&#157;y">more</a> {said}</p>',
        }
        for name, page in pages.items():
            for form in ("text", "markdown", "json"):
                with self.subTest(name, format=form):
                    result = run("--format", form, stdin=page.encode("latin-1"))
                    self.assertClean(result)
                    out = result.stdout.decode("utf-8")
                    self.assertIn(said, out)
                    self.check([c for c in out if "\ud800" <= c <= "\ufdef"], [])
        stray = f"Title\n\nThe caf\xe9 said \x9d that {said}\n".encode("latin-1")
        self.assertIn(f"said that {said}".encode(), run(stdin=stray).stdout)

    def test_kept_text_otherwise_unchanged(self) -> None:
        poisoned = SEED_TEXT.replace("Kinzhal", "Kin\x1b[1mzh\x1b]0;t\x07al\u202e")
        result = run("-", stdin=poisoned.encode())
        self.check(result.stdout, EXPECTED)


class TestShapes(CheckMixin):
    """Pathological shapes finish fast; full sizes are in tests/benchmark.py."""

    def timed(self, data: bytes, *args: str) -> float:
        start = cpu_seconds()
        result = run(*args, "-", stdin=data)
        elapsed = cpu_seconds() - start
        self.assertNotIn(b"Traceback", result.stderr)
        self.assertIn(result.returncode, (0, 1))
        return elapsed

    def test_shapes_finish_quickly(self) -> None:
        # A tenth of the benchmark's sizes for the shapes made of many lines:
        # at 30,000 lines anything quadratic still takes far more than 10 s.
        shapes = {
            "long line": b"x" * 2_000_000,
            "blank lines": b"\n" * 200_000,
            "one-word lines": b"word\n" * 30_000,
            "one paragraph": (SEED_TEXT.split("\n")[7] + " ").encode() * 2000,
            "escape flood": b"\x1b]" * 200_000 + b"\x1b[" * 200_000,
            "brackets": b"[" * 500_000,
            "hyphens at line ends": ("   word-\n   next " * 25_000).encode(),
            "different one-word lines": b"".join(b"w%d\n" % i for i in range(30_000)),
            # Markdown's markup that converters leave, none of it closed
            **{
                f"Markdown {shape!r}": b"[a](b) [c](d) [e](f)\n" + shape * 300_000
                for shape in (b']{"', b']{"a" ', b"[x]{", b"{#", b"<a ")
            },
            # a sentence a scraper broke around a link, joined again, and again
            "link and tail lines": b"one two three four\n" + b"a\n,b\n" * 40_000,
            "Markdown link middles": b"# T\n\n" + b"](" * 1_000_000 + b")",
            # addresses whose parentheses pair on and on, a title never closed
            "Markdown link parentheses": b"# T\n\n" + b"](()" * 250_000,
            "Markdown title unclosed": b'# T\n\n)[a](b(c) "x)' * 20_000,
            "empty comments": b"<!---->" * 3_000_000,  # each a step of the sniffer
            "Markdown tag of spaces": b"[a](b) [c](d) [e](f)\n<a ="
            + b" " * 60_000
            + b"x",
        }
        for name, data in shapes.items():
            with self.subTest(name):
                self.assertLess(self.timed(data, "--format", "markdown"), 10)
        for data in (
            b"Title\n\nhttp://e.example/" + b")." * 300_000,  # an autolink, <…>
            b"Title\n\n" + b"~" * 300_000,  # escaped where two could pair
        ):
            with self.subTest(data[:20]):
                self.assertLess(
                    self.timed(data, "--format", "markdown", "--keep-all"), 10
                )

    def test_reference_links_cost_in_proportion(self) -> None:
        # four times the links and definitions, four times the time (a
        # lookup of its label a link), not sixteen
        def cost(links: int) -> float:
            return self.timed(reference_links(links), "--format", "markdown")

        small = min(cost(10_000) for _ in range(2))
        self.assertLess(cost(40_000), small * 6)

    def test_a_row_of_many_cells_costs_in_proportion(self) -> None:
        # a row with a long cell (a layout's) is read a cell a block: four
        # times the cells, four times the time, not sixteen (each cell took
        # a copy of all those after it: 80,000 cells took 8 s)
        def cost(cells: int) -> float:
            row = b"<tr><td>" + b"word " * 61 + b"</td>" + b"<td>x</td>" * cells
            page = PARAGRAPHS_HTML.encode() + b"<table>" + row + b"</table>"
            return self.timed(page)

        small = min(cost(20_000) for _ in range(2))
        self.assertLess(cost(80_000), small * 6)

    def test_markdown_table_grows_with_its_cells_alone(self) -> None:
        wide = b"<tr>" + b"<td>a</td>" * 2_000 + b"</tr>"  # no row padded to it
        table = b"<table>" + wide + b"<tr><td>A row.</td></tr>" * 2_000 + b"</table>"
        result = run("--format", "markdown", "--keep-all", "-", stdin=table)
        self.assertClean(result)
        self.assertLess(len(result.stdout), len(table))

    def test_long_unbroken_runs_wrap_in_linear_time(self) -> None:
        runs = {
            "accented": ("ä" * 1_000_000, 20),  # 2 MB of UTF-8, 50,000 lines
            "wide": ("日本" * 350_000, 19),  # two columns a character, odd width
        }
        for name, (text, width) in runs.items():
            with self.subTest(name):
                start = cpu_seconds()
                result = run(
                    "--keep-all", "--width", str(width), "-", stdin=text.encode()
                )
                self.assertLess(cpu_seconds() - start, HOSTILE_SECONDS)
                self.assertClean(result)
                lines = result.stdout.decode().rstrip("\n").split("\n")
                self.check("".join(lines), text)
                widths = {len(line) * (2 if name == "wide" else 1) for line in lines}
                self.check(max(widths), width - width % (2 if name == "wide" else 1))

    def test_article_after_a_flood_of_menu_lines(self) -> None:
        menu = b"".join(b"Menu item %d\n" % i for i in range(60_000))
        result = run("-", stdin=menu + SEED_TEXT.encode())
        self.check(result.stdout, EXPECTED)

    def test_cost_is_linear(self) -> None:
        page = (SEED_TEXT + "\nShare this\nRelated\n").encode()
        small = min(self.timed(page * 100) for _ in range(2))
        large = min(self.timed(page * 800) for _ in range(2))
        self.assertLess(large, small * 12)


class TestProperties(CheckMixin):
    """Thousands of generated inputs through the pipeline, in one process:
    what any page gives, whatever the model decides about it."""

    def assertSafe(self, text: str) -> None:
        """No format lets a control through, and the article is made of the
        page's own blocks, in their order: nothing is invented."""
        outputs, kept, everything = pipeline(text)
        for out in outputs:
            self.check(sorted(set(out) & FORBIDDEN), [])
        self.check([p for p in kept[:1] if p and p not in everything], [])
        blocks = iter(everything)  # the body, in the page's order
        self.check([p for p in kept[1:] if not any(p == b for b in blocks)], [])

    def test_wrap_keeps_every_character_within_the_width(self) -> None:
        rng = random.Random(5)
        alphabet = list("aé日\u0301 ") + ["  ", "x" * 30, "日" * 12]
        for _ in range(2000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 40)))
            width = rng.randrange(1, 25)
            first, indent = rng.choice([("", ""), ("* ", "  "), ("12. ", "    ")])
            lines = show_article.wrap(text, width, first, indent)
            self.check(lines[0][: len(first)], first)
            bodies = [lines[0][len(first) :]] + [
                line[len(indent) :] for line in lines[1:]
            ]
            self.check("".join(bodies).replace(" ", ""), text.replace(" ", ""))
            table = show_article.column_table(first + text)
            for lead, body in zip([first] + [indent] * len(lines), bodies):
                if sum(map(table.__getitem__, lead + body)) > width:
                    # only a character wider than the room left, with its accents
                    self.assertLessEqual(len(body.replace("\u0301", "")), 1)

    def test_wrap_cuts_between_what_a_terminal_shows(self) -> None:
        # never before a mark (Thai vowels, an accent, a keycap's), a skin
        # tone or inside an emoji joined of several
        texts = (
            "นายกรัฐมนตรีกล่าวว่ารัฐบาลจะทบทวนนโยบาย" * 3,
            "今日は家族👨\u200d👩\u200d👧と公園へ行きました。" * 3
            + "1\ufe0f\u20e3👍🏽" * 3,
            "हिन्दीभाषाकाविकिपीडिया" * 3,  # vowel signs that take a column
            unicodedata.normalize("NFD", "한국어를배우는사람들")
            * 3,  # syllables in parts
        )
        for text in texts:
            for width in (1, 2, 3, 5, 8, 13, 21):
                with self.subTest(text=text[:4], width=width):
                    result = run(
                        "--keep-all", "--width", str(width), stdin=text.encode()
                    )
                    self.assertClean(result)
                    lines = result.stdout.decode().rstrip("\n").split("\n")
                    self.check("".join(lines), text)
                    for line in lines:
                        self.assertNotIn(
                            unicodedata.category(line[0]), ("Mn", "Mc", "Me", "Cf")
                        )
                        self.assertFalse("\u1160" <= line[0] <= "\u11ff", line)
                        self.assertFalse("\U0001f3fb" <= line[0] <= "\U0001f3ff", line)
                        self.assertFalse(line.endswith("\u200d"), line)

    def test_an_items_paragraph_hangs_as_its_text(self) -> None:
        page = b"<article><h1>T</h1><ol><li>alpha beta<p>gamma delta</p></ol></article>"
        lines = (
            run("--keep-all", "--width", "8", stdin=page).stdout.decode().split("\n")
        )
        self.check(lines[2:8], ["1. alpha", "   beta", "", "   gamma", "   delta", ""])

    def test_html_after_a_bom_keeps_its_code_as_written(self) -> None:
        page = b"\xef\xbb\xbf<!DOCTYPE html><html><body><p>Words enough.</p><pre>a\tb</pre>"
        self.assertIn(b"\na       b\n", run("--keep-all", stdin=page).stdout)

    def test_text_judged_html_by_its_first_bytes_alone_keeps_no_tab(self) -> None:
        # its opening and its Markdown links far apart: whichever way it is
        # read, no tab reaches the output
        text = (
            "<div><p>Intro</p>\n\nName\tAge\tTown\n\n"
            + "A plain line of words.\n" * 300
        )
        text += "".join(f"- [link {n}](https://e.example/{n})\n" for n in range(20))
        result = run("--keep-all", stdin=text.encode())
        self.assertClean(result)
        self.assertNotIn(b"\t", result.stdout)
        self.assertIn(b"Age", result.stdout)

    def test_a_lead_wider_than_the_screen_hangs_half_of_it(self) -> None:
        page = (
            b"<article><h1>T</h1><ol start=98><li>hello world again</li></ol></article>"
        )
        lines = (
            run("--keep-all", "--width", "4", stdin=page).stdout.decode().split("\n")
        )
        self.check(lines[2], "98. h")
        self.assertTrue(all(len(line) <= 4 for line in lines[3:]), lines)
        self.check("".join(lines[2:]).replace(" ", ""), "98.helloworldagain")

    def test_random_bytes(self) -> None:
        rng = random.Random(2024)
        for _ in range(1500):
            data = bytes(rng.getrandbits(8) for _ in range(rng.randrange(0, 300)))
            text = show_article.decode(data)
            self.assertSafe(text)

    def test_random_code_points(self) -> None:
        rng = random.Random(7)
        alphabet = (
            [chr(c) for c in range(0x300)]
            + [chr(c) for c in range(0x2000, 0x2070)]
            + list("\n\n\n    ")
        )
        for _ in range(1500):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 200)))
            self.assertSafe(text)

    def test_mutated_article(self) -> None:
        rng = random.Random(99)
        lines = SEED_TEXT.split("\n")
        for _ in range(400):
            mutated = list(lines)
            for _ in range(rng.randrange(1, 6)):
                op = rng.randrange(4)
                i = rng.randrange(len(mutated))
                if op == 0:
                    rng.shuffle(mutated)
                elif op == 1:
                    del mutated[i]
                elif op == 2:
                    mutated.insert(i, mutated[rng.randrange(len(mutated))])
                else:
                    at = rng.randrange(len(mutated[i]) + 1)
                    mutated[i] = mutated[i][:at] + rng.choice(NASTY) + mutated[i][at:]
                if not mutated:
                    mutated = [""]
            self.assertSafe("\n".join(mutated))


class TestArticleNeverWritten(CheckMixin):
    def test_bytes_unchanged_after_every_option(self) -> None:
        before = hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
        for args in (
            [],
            ["--format", "json"],
            ["--format", "markdown"],
            ["--explain"],
            ["--check"],
            ["--keep-all"],
            ["--ascii"],
            ["--pager"],
            ["--width", "20", "--color", "always"],
        ):
            with self.subTest(args=args):
                result = run(*args, str(ARTICLE))
                self.check(result.returncode, 0)
                self.check(hashlib.sha256(ARTICLE.read_bytes()).hexdigest(), before)


if __name__ == "__main__":
    unittest.main()
