"""Running the game as a separate process, headless, for the benchmarks that need one."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def headless_env(data_dir: str) -> dict[str, str]:
    # Bytecode may be written: an installed game has its modules compiled by pip, and
    # recompiling them at every launch would measure this checkout, not the game.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy",
            "PYGAME_HIDE_SUPPORT_PROMPT": "1", "QUOTEQUIZ_DATA_DIR": data_dir}


def run_python(code: str) -> None:
    """Run `code` in a fresh headless interpreter with its own data directory."""
    with tempfile.TemporaryDirectory() as data:
        subprocess.run([sys.executable, "-c", code], check=True, env=headless_env(data), cwd=ROOT)


def popen_game(*args: str, data_dir: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "game", *args], env=headless_env(data_dir), cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
