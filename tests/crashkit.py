"""Kill a process at a chosen moment and keep what it printed: the harness of the crash tests.

Reusable for any program that prints a line once something is durably done (the game loop
too): run it with `run_until_killed`, then check the store against the lines.
"""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from dataclasses import dataclass


@dataclass
class Killed:
    lines: list[str]  # complete lines printed before the kill
    stderr: str
    returncode: int  # -9 when the kill, not the program, ended it


def run_until_killed(argv: list[str], delay: float, after_first_line: bool = False,
                     startup_timeout: float = 10.0, **popen) -> Killed:
    """Start argv, SIGKILL it `delay` seconds after the start (or after its first line)."""
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)
    lines: list[str] = []
    first = threading.Event()

    def read() -> None:
        for line in process.stdout:
            if line.endswith("\n"):  # a line cut by the kill proves nothing
                lines.append(line[:-1])
                first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    if after_first_line:
        first.wait(startup_timeout)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    reader.join()
    return Killed(lines, process.stderr.read(), process.returncode)
