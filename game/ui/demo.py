"""Demo (attract) mode: the game plays itself, some answers right and some wrong.

A driver of the loop: called whenever the loop would sleep, it applies the actions a player
would, so the screens shown are exactly the ones a player sees.
"""

from __future__ import annotations

from collections.abc import Callable

from game.play.session import Shown
from game.textnorm import format_number
from game.ui.scene import Action, Quit

WRONG_EVERY = 3  # the second of every three questions is answered wrong


class Demo:
    def __init__(self, delay: float, clock: Callable[[], float]):
        self.delay = delay
        self.clock = clock
        self.scene = None
        self.steps: list = []
        self.due = 0.0
        self.played = 0.0  # the seconds its schedule has given the steps so far

    def played_seconds(self) -> float:
        """The demo's own clock for timing answers: its schedule, not the machine's speed."""
        return self.played

    def __call__(self, app) -> float | None:
        now = self.clock()
        if app.top is not self.scene:
            self.scene = app.top
            self.steps = self._plan(app.top)
            self.due = now + self.delay / len(self.steps)
        if now < self.due:
            return self.due - now
        step = self.steps.pop(0)
        gap = self.delay / max(1, len(self.steps))
        self.played += gap
        if isinstance(step, Quit):
            app.execute(step)
        else:
            app.apply(step)
        self.due = now + gap
        # Until the next step: a step that changes nothing on screen must not leave the
        # loop asleep with no event to come.
        return self.due - now

    def _plan(self, scene) -> list:
        """The steps for a screen, spread over the delay: show, (fill in an answer,) go on."""
        if scene.name == "question":
            right = scene.shown.index % WRONG_EVERY != 1
            return demo_answer(scene.shown, right)
        if scene.name == "feedback":
            return [Action("next")]
        return [Quit(0)]  # the results: the demo is over


def demo_answer(shown: Shown, right: bool) -> list[Action]:
    """Actions that fill in an answer (so it shows) and then give it."""
    q = shown.item.question
    if q.type == "choice":
        index = shown.options.index(q.answer)
        if not right:
            index = next(i for i in range(len(shown.options)) if i != index)
        return [Action("focus", index), Action("choose", index)]
    if q.type == "true_false":
        index = 0 if q.answer is right else 1
        return [Action("focus", index), Action("choose", index)]
    if q.type == "text":
        return [Action("set_text", q.answer if right else "I am not sure"), Action("submit")]
    if q.type == "number":
        miss = q.tolerance + max(1.0, round(abs(q.answer) / 4))
        return [Action("set_text", format_number(q.answer if right else q.answer + miss)), Action("submit")]
    arrangement = [shown.options.index(item) for item in q.items]
    return [Action("arrange", arrangement if right else arrangement[::-1]), Action("submit")]
