"""The window and the event-driven loop. `run_play` is what `quotequiz play` runs.

The loop sleeps in pygame.event.wait() until something happens and redraws only when a
scene changed, so a question waiting for an answer costs no CPU. Only while a scene
animates does it tick at a frame rate.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pygame

from game import paths
from game.packs.catalog import load_packs
from game.progress.learner import SelfStudy
from game.ui import input as inputs
from game.ui.scene import Action, Command, Pop, Push, Quit, Replace, Scene, Ui
from game.ui.scenes import quiz
from game.ui.scenes.title import TitleScene
from game.ui.sound import Cues
from game.ui.text import Typeset

DEFAULT_SIZE = (1280, 720)
FRAME_SECONDS = 1 / 60
_REDRAW_EVENTS = {pygame.VIDEORESIZE, pygame.VIDEOEXPOSE, pygame.WINDOWRESIZED, pygame.WINDOWSIZECHANGED, pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED}

# Called whenever the loop is about to sleep: may post events or apply actions, and returns
# how many seconds until it wants to be called again (None: only after the next event).
Driver = Callable[["App"], float | None]


class WindowError(Exception):
    pass


def run_play(
    packs: list[Path],
    demo: bool,
    delay: float,
    screenshot_dir: Path | None,
    fullscreen: bool,
    size: tuple[int, int] | None,
    seed: int | None,
    recorder=None,
    driver: Driver | None = None,
    mode: str = "play",
) -> int:
    """Open the game; the exit code. `driver` plays it from outside (tests); demo brings its own.

    mode "study" starts with due and new questions, "review" with recent mistakes; both
    record answers (as ordinary play does) unless `recorder` replaces the progress store."""
    loaded, problems = load_packs(packs)
    if demo and not packs:
        loaded, problems = load_packs([paths.default_pack_path()])
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    try:
        open_window(size, fullscreen)
    except WindowError as error:
        print(f"quotequiz: {error}", file=sys.stderr)
        return 1
    study = None if demo or recorder is not None else SelfStudy.over(loaded)
    if demo:
        from game.ui.demo import Demo  # here: only the demo needs it

        driver = Demo(delay, time.monotonic)
    try:
        ui = Ui(Typeset.load(), Cues.start(), random.Random(seed), recorder=None if demo else recorder or study,
                command_line_packs=list(packs), study=study, play_clock=driver.played_seconds if demo else None)
        title = TitleScene(ui, loaded)
        if demo:
            scenes = [quiz.start(ui, quiz.items_of(loaded))]
        elif mode != "play":
            scenes = [title, *title.start_mode(mode)]
        elif len(loaded) == 1:
            scenes = [title, quiz.start(ui, quiz.items_of(loaded))]
        else:
            scenes = [title]
        app = App(ui, scenes, screenshot_dir, idle=[partial(_open_progress, study)] if study else [])
        return app.run(driver)
    finally:
        pygame.quit()
        if study is not None:
            study.close()


def _open_progress(study: SelfStudy) -> None:
    """Open the store now, not at the first answer (which it would then delay), and say once
    when progress cannot be saved."""
    if study.problem:
        print(f"quotequiz: {study.problem}; playing without saving progress", file=sys.stderr)


def open_window(size: tuple[int, int] | None, fullscreen: bool) -> pygame.Surface:
    try:
        pygame.display.init()
        pygame.font.init()
        if fullscreen:
            # Native resolution, never SCALED: text is rendered for the real pixels.
            surface = pygame.display.set_mode(pygame.display.get_desktop_sizes()[0], pygame.FULLSCREEN)
        else:
            surface = pygame.display.set_mode(size or DEFAULT_SIZE, pygame.RESIZABLE)
    except pygame.error as error:
        raise WindowError(f"cannot open a window ({error or 'no display'}); is a display available?") from None
    pygame.display.set_caption("QuoteQuiz")
    pygame.key.set_repeat(400, 40)
    return surface


class App:
    def __init__(self, ui: Ui, scenes: list[Scene], screenshot_dir: Path | None = None,
                 idle: list[Callable[[], None]] | None = None):
        self.ui = ui
        # Work the first frame does not need: done a piece at a time once it is on screen,
        # whenever no input is waiting. What the work prepares must also come about on
        # demand (the progress store opens at the first answer, if not before).
        self.idle = list(idle or [])
        self.code: int | None = None
        self.dirty = True
        self.shots = Screenshots(screenshot_dir) if screenshot_dir else None
        # Stacked as given: only the scene on top is laid out, when it is first drawn.
        self.stack: list[Scene] = list(scenes)

    @property
    def top(self) -> Scene:
        return self.stack[-1]

    @property
    def size(self) -> tuple[int, int]:
        return pygame.display.get_surface().get_size()

    def run(self, driver: Driver | None = None) -> int:
        was_moving = unsaved = False
        while self.stack and self.code is None:
            now = self.ui.clock()
            moving = self.top.animating(now)
            if self.dirty or moving or was_moving:  # one more frame once it stops, to settle
                self.draw(now)
                unsaved = True
            was_moving = moving
            if not moving and self.shots and unsaved:
                self.shots.take(pygame.display.get_surface(), self.top.name)
                unsaved = False
            timeout = FRAME_SECONDS if moving else None
            if self.idle and not pygame.event.peek():
                self.idle.pop(0)()
                continue
            if driver and not moving and not pygame.event.peek():
                wait = driver(self)
                if self.dirty or self.code is not None or not self.stack or pygame.event.peek():
                    continue
                if wait is not None:
                    timeout = wait
            # At least 1 ms: to pygame a wait of 0 ms is a wait for ever.
            event = pygame.event.wait(max(1, round(timeout * 1000))) if timeout is not None else pygame.event.wait()
            self.dispatch(event)
            for event in pygame.event.get():
                self.dispatch(event)
        return self.code or 0

    def dispatch(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.code = 0
        elif event.type in _REDRAW_EVENTS:
            self.dirty = True
        elif self.stack:
            inp = inputs.translate(event, self.size)
            if inp is not None:
                self._fresh(self.top)
                action = self.top.action_for(inp)
                if action is not None:
                    self.apply(action)

    def apply(self, action: Action) -> None:
        """Apply `action` to the top scene: what input does, and what a driver may do directly."""
        self.execute(self.top.apply(action))
        self.dirty = True

    def execute(self, command: Command | None) -> None:
        if isinstance(command, Push):
            self.stack.append(command.scene)
        elif isinstance(command, Replace):
            self.stack[-1] = command.scene
        elif isinstance(command, Pop):
            self.stack.pop()
            if self.stack:
                self.execute(self.top.resumed(command.result))
        elif isinstance(command, Quit):
            self.code = command.code
        if self.stack:
            self._fresh(self.top)
        self.dirty = True

    def draw(self, now: float) -> None:
        surface = pygame.display.get_surface()
        # Draw from the last opaque scene up, so a dialog shows over its quiz.
        bottom = max((i for i, scene in enumerate(self.stack) if not scene.overlay), default=0)
        for scene in self.stack[bottom:]:
            self._fresh(scene)
            scene.draw(surface, now)
        pygame.display.flip()
        self.dirty = False

    def _fresh(self, scene: Scene) -> None:
        if scene.size != self.size:
            scene.layout(self.size)


class Screenshots:
    """A numbered PNG of every distinct screen: `003-feedback.png`."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count = 0
        self.last = b""

    def take(self, surface: pygame.Surface, name: str) -> None:
        import hashlib  # here: only a run that saves screenshots needs it

        digest = hashlib.sha1(pygame.image.tobytes(surface, "RGB")).digest()
        if digest == self.last:
            return
        self.last = digest
        self.count += 1
        pygame.image.save(surface, str(self.folder / f"{self.count:03d}-{name}.png"))
