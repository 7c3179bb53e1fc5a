"""startup_ratio: launch to first frame of `quotequiz play PACK`, over the same for a bare
pygame-ce script that opens a window and draws one frame. Both start a fresh interpreter."""

from __future__ import annotations

from benchmarks.processes import run_python
from benchmarks.timing import median_seconds
from game import paths

BARE = """
import pygame
pygame.display.init()
surface = pygame.display.set_mode((1280, 720))
surface.fill((16, 20, 30))
pygame.display.flip()
pygame.quit()
"""

# The real command path (pack load, window, fonts, sound, title and question scenes); the
# driver is first called once the first frame is on screen, and it quits there.
GAME = f"""
from pathlib import Path
from game.ui.app import run_play
from game.ui.scene import Quit
run_play([Path({str(paths.default_pack_path())!r})], demo=False, delay=0, screenshot_dir=None,
         fullscreen=False, size=(1280, 720), seed=1, driver=lambda app: app.execute(Quit(0)))
"""


def run() -> dict[str, float]:
    bare = median_seconds(lambda: run_python(BARE))
    game = median_seconds(lambda: run_python(GAME))
    return {"startup_ms": game * 1000, "bare_window_ms": bare * 1000, "startup_ratio": game / bare}
