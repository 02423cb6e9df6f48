"""Helpers the tests share: run the script as a user would, in a pipe or a pty."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
import unittest
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "show_article.py"
ARTICLE = ROOT / "article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = (FIXTURES / "article.expected.txt").read_bytes()
SEED = ARTICLE.read_bytes()


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a plain user, with extra variables set."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NO_COLOR", "PAGER", "PYTHONIOENCODING")
    }
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def run(
    *args: str,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    cwd: str | Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run show_article.py with args, stdin bytes fed in, output piped."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=env if env is not None else clean_env(),
        cwd=cwd,
        timeout=60,
        check=False,
    )


def run_in_pty(
    *args: str, columns: int = 80, rows: int = 24, env: dict[str, str] | None = None
) -> tuple[int, bytes]:
    """Run show_article.py with stdout on a pseudo-terminal of a set size."""
    import fcntl
    import pty
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    attrs = termios.tcgetattr(follower)
    attrs[1] &= ~termios.OPOST  # no CR added before LF: compare bytes as written
    termios.tcsetattr(follower, termios.TCSANOW, attrs)
    proc = subprocess.Popen(
        [sys.executable, str(SCRIPT), *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env if env is not None else clean_env(),
    )
    os.close(follower)
    chunks = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the far side closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        elif proc.poll() is not None:
            break
    os.close(leader)
    proc.wait(timeout=30)
    assert proc.stderr is not None
    proc.stderr.close()
    return proc.returncode, b"".join(chunks)


class CheckMixin(unittest.TestCase):
    """check(got, expected) that shows both when they differ."""

    def check(self, got: object, expected: object) -> None:
        self.assertEqual(got, expected, f"\nexpected: {expected!r}\n     got: {got!r}")

    def assertClean(self, result: subprocess.CompletedProcess[bytes]) -> None:
        """A run that worked: exit 0, nothing on stderr."""
        self.assertEqual(result.stderr.decode(errors="replace"), "")
        self.assertEqual(result.returncode, 0)
