"""idle_cpu_percent: CPU used by the game process over 5 s on a question screen waiting
for input (Linux: read from /proc)."""

from __future__ import annotations

import os
import tempfile
import time

from benchmarks.processes import popen_game
from game import paths

SETTLE_SECONDS = 3.0
MEASURE_SECONDS = 5.0


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as data:
        game = popen_game("play", str(paths.default_pack_path()), "--size", "1280x720", data_dir=data)
        try:
            time.sleep(SETTLE_SECONDS)  # started, and waiting on the first question
            if game.poll() is not None:
                raise RuntimeError(f"the game exited early: {game.stderr.read().decode()}")
            before = _cpu_seconds(game.pid)
            time.sleep(MEASURE_SECONDS)
            used = _cpu_seconds(game.pid) - before
        finally:
            game.kill()
            game.wait()
    return {"idle_cpu_percent": 100 * used / MEASURE_SECONDS}
