"""Helpers the tests share: run the script as a user would, in a pipe or a pty."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
import unittest
from pathlib import Path
from typing import IO, Sequence

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "show_article.py"
ARTICLE = ROOT / "article.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXPECTED = (FIXTURES / "article.expected.txt").read_bytes()
SEED = ARTICLE.read_bytes()
# A shell without job control runs a background job ("tests &") with Ctrl-C
# ignored, and a program it starts inherits that: the script is tested as
# a terminal runs it, where Ctrl-C stops it.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


def cpu_seconds() -> float:
    """The CPU time this process and the children it has waited for have
    taken: what a run costs, which a busy machine's load (another job on
    its cores) does not stretch as it stretches the time on the clock."""
    import resource

    own, children = (
        resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def wait_reading(pid: int, seconds: float = 30) -> None:
    """Wait until process pid, or one it started, waits to read its pipe:
    running the script, past Python's start-up (a signal there finds no
    script to handle it), however busy the machine. Without Linux's /proc
    to tell, half a second."""
    proc = Path("/proc")
    if not (proc / str(pid) / "wchan").exists():
        time.sleep(0.5)
        return
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        todo = [pid]
        for each in todo:  # the process and its descendants
            try:
                if "pipe" in (proc / str(each) / "wchan").read_text():
                    return
                children = proc / str(each) / "task" / str(each) / "children"
                todo += map(int, children.read_text().split())
            except (OSError, ValueError):  # gone, or no such file
                pass
        time.sleep(0.01)


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a plain user, with extra variables set."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("NO_COLOR", "PAGER", "PYTHONIOENCODING", "LESS", "LV", "COLUMNS")
    }
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def run(
    *args: str,
    stdin: bytes | IO[bytes] | None = None,
    env: dict[str, str] | None = None,
    cwd: str | Path | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run show_article.py with args, output piped; stdin bytes are fed in
    through a pipe, a file is given as it is, and None means /dev/null."""
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args],
        input=stdin if isinstance(stdin, bytes) else None,
        stdin=None if isinstance(stdin, bytes) else stdin or subprocess.DEVNULL,
        capture_output=True,
        env=env if env is not None else clean_env(),
        cwd=cwd,
        timeout=60,
        check=False,
    )


def start_piped(*args: str) -> subprocess.Popen[bytes]:
    """Start show_article.py with args, its standard streams all pipes."""
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def start_in_pty(
    *args: str,
    columns: int = 80,
    rows: int = 24,
    env: dict[str, str] | None = None,
    new_session: bool = False,
    prefix: Sequence[str] = (),
) -> tuple[subprocess.Popen[bytes], int]:
    """Start show_article.py with stdin and stdout on a pseudo-terminal of a
    set size, stderr piped: the process and the terminal's leader end
    (prefix: a command that runs it, given its arguments)."""
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
        [*prefix, sys.executable, str(SCRIPT), *args],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=env if env is not None else clean_env(),
        start_new_session=new_session,
    )
    os.close(follower)
    return proc, leader


def read_pty(leader: int, until: bytes | None = None, seconds: float = 30) -> bytes:
    """What the terminal shows: until those bytes appear, or until every
    process on it has closed it."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if until is not None and until in b"".join(chunks):
            break
        ready, _, _ = select.select([leader], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the far side closed
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def finish_in_pty(
    proc: subprocess.Popen[bytes], leader: int, shown: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    """Read the terminal to the end: the exit status, what the terminal
    showed (shown: what was read of it before) and stderr."""
    out = shown + read_pty(leader)
    os.close(leader)
    proc.wait(timeout=30)
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.stderr.close()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def run_in_pty(
    *args: str, columns: int = 80, rows: int = 24, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run show_article.py in a pseudo-terminal of a set size."""
    return finish_in_pty(*start_in_pty(*args, columns=columns, rows=rows, env=env))


class CheckMixin(unittest.TestCase):
    """check(got, expected) that shows both when they differ."""

    def check(self, got: object, expected: object) -> None:
        self.assertEqual(got, expected, f"\nexpected: {expected!r}\n     got: {got!r}")

    def assertClean(self, result: subprocess.CompletedProcess[bytes]) -> None:
        """A run that worked: exit 0, nothing on stderr."""
        self.assertEqual(result.stderr.decode(errors="replace"), "")
        self.assertEqual(result.returncode, 0)
