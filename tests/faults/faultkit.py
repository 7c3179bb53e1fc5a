"""A pilot for the fault tests: it plays a whole pack through the real loop with the keys a
player would press, and writes down what the player saw on each screen.

A test breaks something (in `before`, called with the App on each of the pilot's turns) and
then checks what was written down: the feedback after every answer, the results, the title.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame

from game.ui.scene import Action

MINI_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "mini"
MINI = MINI_DIR / "mini.yaml"


def post(kind, **attrs):
    pygame.event.post(pygame.event.Event(kind, **attrs))


def press(key):
    post(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)
    post(pygame.KEYUP, key=key, mod=0, unicode="", scancode=0)


def type_text(text):
    for ch in text:
        post(pygame.TEXTINPUT, text=ch)


def flat(text: str) -> str:
    return " ".join(text.split())


def resize(size: tuple[int, int], event=pygame.VIDEORESIZE):
    """What SDL does when the player drags the window's edge: a new surface, then an event."""
    pygame.display.set_mode(size, pygame.RESIZABLE)
    if event == pygame.VIDEORESIZE:
        post(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1])
    else:
        post(event, x=size[0], y=size[1])


def outside_the_window(scene, size) -> list[str]:
    """Text blocks of `scene` that do not lie wholly inside a window of `size`."""
    window = pygame.Rect((0, 0), size)
    return [f"{b.text[:30]!r} at {b.rect}" for b in scene.blocks if b.text and not window.contains(b.rect)]


class Player:
    """Answers every question (right, unless its id is in `wrong`), goes on from each feedback,
    leaves the results for the title and quits there. `before(app)` is called first on every
    turn; when it returns true it has taken the turn (posted events of its own)."""

    def __init__(self, wrong: frozenset[str] = frozenset(), before: Callable | None = None):
        self.wrong = wrong
        self.before = before or (lambda app: None)
        self.asked: list[str] = []
        self.seen_feedback: list[tuple[str, str]] = []  # (question id, flat screen text)
        self.results_text = ""
        self.title_blocks: list[str] = []  # each block of the title screen, when it was shown
        self.scenes: list[str] = []
        self._last = None
        self._calls = 0
        self._turns = 0

    def __call__(self, app):
        self._turns += 1
        assert self._turns < 500, "the game never ended"
        if self.before(app):  # the fault took this turn (it changed the window, say)
            return None
        scene = app.top
        self._calls = self._calls + 1 if scene is self._last else 0
        self._last = scene
        assert self._calls < 4, f"stuck on the {scene.name} screen"
        if self._calls == 0:
            self.scenes.append(scene.name)
        getattr(self, scene.name)(app, scene)
        return None

    def question(self, app, scene):
        q = scene.shown.item.question
        if self._calls:
            return
        self.asked.append(q.id)
        right = q.id not in self.wrong
        options = scene.shown.options
        if q.type == "choice":
            target = options.index(q.answer) if right else next(i for i, o in enumerate(options) if o != q.answer)
            press(pygame.K_1 + target)
        elif q.type == "true_false":
            press(pygame.K_t if q.answer == right else pygame.K_f)
        elif q.type in ("text", "number"):
            answer = (q.answer if q.type == "text" else str(int(q.answer))) if right else "0"
            type_text(answer)
            press(pygame.K_RETURN)
        else:  # order: put the rows in place as a drag would, then submit with the key
            if right:
                app.apply(Action("arrange", [options.index(item) for item in q.items]))
            press(pygame.K_RETURN)

    def feedback(self, app, scene):
        if not self._calls:
            self.seen_feedback.append((scene.outcome.item.question.id, flat(scene.visible_text())))
        press(pygame.K_SPACE)

    def results(self, app, scene):
        self.results_text = flat(scene.visible_text())
        press(pygame.K_ESCAPE)  # back to the title

    def title(self, app, scene):
        self.title_blocks = [flat(block.text) for block in scene.blocks]
        press(pygame.K_ESCAPE)  # Esc on the title quits

    def confirm(self, app, scene):
        raise AssertionError("the pilot never asks to leave a quiz")
