"""Scenes and the commands they return to the loop.

A scene's life: `layout(size)` (on entry and on every resize) measures and renders its
text; `action_for(input)` turns an input into an Action or None (ignored: nothing to
redraw); `apply(action)` changes state and may return a command; `draw` only reads.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pygame

from game.progress.learner import SelfStudy
from game.ui import theme
from game.ui.input import Input
from game.ui.sound import Cues
from game.ui.text import Block, Typeset


class Action(NamedTuple):
    """What an input means to a scene, e.g. Action("choose", 2); a driver may apply one directly."""

    name: str
    arg: object = None


class Command:
    """What a scene asks of the loop. Commands and Ui are plain classes, not dataclasses:
    they are defined at every launch before the first frame, where a dataclass costs
    some fifty times as much to define. Commands of one kind with equal fields are equal."""

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and vars(other) == vars(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"


class Push(Command):
    """Show `scene` over the current one."""

    def __init__(self, scene: Scene):
        self.scene = scene


class Pop(Command):
    """Close the current scene; `result` is handed to the scene below's `resumed`."""

    def __init__(self, result: object = None):
        self.result = result


class Replace(Command):
    """Show `scene` instead of the current one."""

    def __init__(self, scene: Scene):
        self.scene = scene


class Quit(Command):
    """Leave the game with exit code `code`."""

    def __init__(self, code: int = 0):
        self.code = code


class Ui:
    """What every scene shares."""

    def __init__(self, text: Typeset, cues: Cues, rng: random.Random, clock: Callable[[], float] = time.monotonic,
                 recorder: object | None = None, command_line_packs: list[Path] | None = None,
                 study: SelfStudy | None = None, play_clock: Callable[[], float] | None = None):
        self.text = text
        self.cues = cues
        self.rng = rng
        self.clock = clock  # drives animations
        # Times answers and rounds. The demo brings its own, counting its schedule: a seeded
        # demo then shows the same screens however busy the machine is.
        self.play_clock = play_clock or clock
        self.recorder = recorder  # has record(item, outcome); never set in demo mode
        self.command_line_packs = command_line_packs or []
        self.study = study  # progress, due reviews and statistics; None in demo mode
        self.unsaved: str | None = None  # why the last answer could not be saved, shown on its feedback


class Scene:
    name = "scene"
    overlay = False  # drawn over the scene below it (a dialog)

    def __init__(self, ui: Ui):
        self.ui = ui
        self.size = (0, 0)
        self.blocks: list[Block] = []  # every piece of text on screen, for tests and checks

    def layout(self, size: tuple[int, int]) -> None:
        self.size = size
        self.blocks = []
        self.arrange(size)

    def arrange(self, size: tuple[int, int]) -> None:
        """Work out rectangles and lay out text for this window size."""

    def action_for(self, inp: Input) -> Action | None:
        return None

    def apply(self, action: Action) -> Command | None:
        return None

    def resumed(self, result: object) -> Command | None:
        """The scene pushed above this one popped with `result`."""
        return None

    def animating(self, now: float) -> bool:
        return False

    def draw(self, surface: pygame.Surface, now: float) -> None:
        surface.fill(theme.BACKGROUND)
        for block in self.blocks:
            block.draw(surface)

    def fit(self, *args, **kwargs) -> Block:
        """Typeset.fit, remembering the block as shown on this screen."""
        block = self.ui.text.fit(*args, **kwargs)
        self.blocks.append(block)
        return block

    def visible_text(self) -> str:
        return "\n".join(block.text for block in self.blocks)
