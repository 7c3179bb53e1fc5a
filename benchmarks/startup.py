"""startup_ratio: launch of `quotequiz play PACK` until its first frame is shown, over the
same for a bare pygame-ce script that opens a window and draws one frame. Both start a fresh
interpreter and print a line right after that frame's flip; the time is taken when this
process reads the line, so neither side's exit is counted."""

from __future__ import annotations

import statistics

from benchmarks.processes import seconds_to_first_line
from game import paths

BARE = """
import pygame
pygame.display.init()
surface = pygame.display.set_mode((1280, 720))
surface.fill((16, 20, 30))
pygame.display.flip()
print("shown", flush=True)
pygame.quit()
"""

# The real command, through the command line parser: `quotequiz play PACK` (1280x720 by default).
# The only addition is a driver, which the loop first calls once the first frame is on
# screen; it prints and quits there.
GAME = f"""
import sys
from functools import partial
from game.ui import app
from game.ui.scene import Quit

def shown(running):
    print("shown", flush=True)
    running.execute(Quit(0))

app.run_play = partial(app.run_play, driver=shown)
from game.cli import main
sys.exit(main(["play", {str(paths.default_pack_path())!r}]))
"""


ROUNDS = 9


def run() -> dict[str, float]:
    seconds_to_first_line(BARE), seconds_to_first_line(GAME)  # warm the disk cache
    # Alternated round by round, so a busy moment on the machine weighs on both alike.
    rounds = [(seconds_to_first_line(BARE), seconds_to_first_line(GAME)) for _ in range(ROUNDS)]
    bare = statistics.median(b for b, _ in rounds)
    game = statistics.median(g for _, g in rounds)
    return {"startup_ms": game * 1000, "bare_window_ms": bare * 1000, "startup_ratio": game / bare}
