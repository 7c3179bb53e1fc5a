"""startup_ratio: launch of `quotequiz play PACK` until its first frame is shown, over the
same for a bare pygame-ce script that opens a window and draws one frame. Both start a fresh
interpreter and print a line right after that frame's flip; the time is taken when this
process reads the line, so neither side's exit is counted. first_startup_ratio is the same
for the very first launch, with an empty data directory."""

from __future__ import annotations

import statistics
import tempfile

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

# The real command, through the command line parser: `quotequiz play PACK` (1280x720 by
# default). Two additions: the first flip prints the line (as the bare script does after
# its flip), and a driver quits when the loop first has nothing to do.
GAME = f"""
import sys
import pygame
from functools import partial
from game.ui import app
from game.ui.scene import Quit

flip = pygame.display.flip

def flip_and_say():
    flip()
    print("shown", flush=True)

pygame.display.flip = flip_and_say
app.run_play = partial(app.run_play, driver=lambda running: running.execute(Quit(0)))
from game.cli import main
sys.exit(main(["play", {str(paths.default_pack_path())!r}]))
"""


# 15 rounds gave medians from 1.25 to 1.52 run to run on this 2-core machine; 41 hold steadier.
ROUNDS = 41


def run() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as used:
        # The usual launch: the data directory holds what earlier launches left (progress
        # store, pack cache); the warm-up round leaves it, and warms the disk cache.
        seconds_to_first_line(BARE, used), seconds_to_first_line(GAME, used)
        # Round by round, so a busy moment on the machine weighs on both sides of a ratio.
        rounds = [(seconds_to_first_line(BARE, used), seconds_to_first_line(GAME, used), _first_launch())
                  for _ in range(ROUNDS)]
    bare, game, first = (statistics.median(column) for column in zip(*rounds))
    return {"startup_ms": game * 1000, "bare_window_ms": bare * 1000,
            "startup_ratio": statistics.median(g / b for b, g, _ in rounds),
            "first_startup_ms": first * 1000, "first_startup_ratio": statistics.median(f / b for b, _, f in rounds)}


def _first_launch() -> float:
    """The very first launch: a new, empty data directory."""
    with tempfile.TemporaryDirectory() as new:
        return seconds_to_first_line(GAME, new)
