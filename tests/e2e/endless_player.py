"""The real game, played endlessly by a pilot that prints each question's id once the
feedback for its answer is on screen, which is after the answer was saved.

Usage: python endless_player.py PACK   (QUOTEQUIZ_DATA_DIR says where progress goes)
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402  (after the SDL drivers are chosen)

from game.ui.app import run_play  # noqa: E402


def press(key):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))


def pilot(app):
    scene = app.top
    if scene.name == "question":
        kind = scene.shown.item.question.type
        if kind in ("text", "number"):
            pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="1"))
        press({"choice": pygame.K_1, "true_false": pygame.K_t}.get(kind, pygame.K_RETURN))
    elif scene.name == "feedback":
        print(scene.outcome.item.question.id, flush=True)
        press(pygame.K_SPACE)
    elif scene.name == "title":
        press(pygame.K_1)  # play the pack again
    else:
        press(pygame.K_ESCAPE)  # results: back to the title


sys.exit(run_play([Path(sys.argv[1])], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=(640, 480), seed=None, driver=pilot))
