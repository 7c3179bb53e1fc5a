"""The real loop, headless, played with real key, text, mouse and touch events.

A pilot is called whenever the loop is about to sleep; it reads what is on screen and posts
the events a player would. The whole fixture pack is played, some answers right and some
wrong, and the score shown at the end must be the one the rules give for those answers.
"""

from pathlib import Path

import pygame
import pytest

from game.play.scoring import points_for
from game.ui.app import run_play

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini" / "mini.yaml"

# question id -> answer right? Each plan mixes right and wrong answers over all five types.
PLANS = {
    "keys": {"builder": True, "electric": False, "island": True, "passengers": True, "history": True, "winter": False},
    "pointer": {"builder": False, "electric": True, "island": False, "passengers": False, "history": True, "winter": True},
}


def post(kind, **attrs):
    pygame.event.post(pygame.event.Event(kind, **attrs))


def press(key, mod=0):
    post(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0)
    post(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0)


def type_text(text):
    for ch in text:
        if ch.isascii() and ch.isalnum():  # SDL sends a key press and the text it makes
            post(pygame.KEYDOWN, key=ord(ch.lower()), mod=0, unicode=ch, scancode=0)
        post(pygame.TEXTINPUT, text=ch)


def click(pos):
    post(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)
    post(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=False)
    post(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=False)


def drag(start, end):
    post(pygame.MOUSEBUTTONDOWN, pos=start, button=1, touch=False)
    steps = 4
    for i in range(1, steps + 1):
        pos = (start[0] + (end[0] - start[0]) * i // steps, start[1] + (end[1] - start[1]) * i // steps)
        post(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(1, 0, 0), touch=False)
    post(pygame.MOUSEBUTTONUP, pos=end, button=1, touch=False)


def tap(pos):
    width, height = pygame.display.get_surface().get_size()
    post(pygame.FINGERDOWN, x=pos[0] / width, y=pos[1] / height, dx=0.0, dy=0.0, finger_id=0, touch_id=0, pressure=1.0)
    # SDL also turns the touch into a mouse click; the game must not count it twice.
    post(pygame.MOUSEBUTTONDOWN, pos=pos, button=1, touch=True)
    post(pygame.FINGERUP, x=pos[0] / width, y=pos[1] / height, dx=0.0, dy=0.0, finger_id=0, touch_id=0, pressure=0.0)
    post(pygame.MOUSEBUTTONUP, pos=pos, button=1, touch=True)


class Pilot:
    def __init__(self, plan: dict[str, bool], method: str):
        self.plan, self.method = plan, method
        self.asked: list[tuple[str, bool]] = []  # (question id, answered right) in the order asked
        self.feedback_seen: list[tuple[object, str]] = []  # (question, screen text)
        self.results_text = ""
        self.last_scene = None
        self.calls_on_scene = 0

    def __call__(self, app):
        scene = app.top
        self.calls_on_scene = self.calls_on_scene + 1 if scene is self.last_scene else 0
        self.last_scene = scene
        assert self.calls_on_scene < 3, f"stuck on the {scene.name} screen"
        getattr(self, scene.name.replace("-", "_"))(scene)
        return None

    def question(self, scene):
        q = scene.shown.item.question
        right = self.plan[q.id]
        options = scene.shown.options
        pointer = self.method == "pointer"
        if self.calls_on_scene == 0:
            self.asked.append((q.id, right))
        if q.type in ("choice", "true_false"):
            target = q.answer if q.type == "choice" else ("True" if q.answer else "False")
            index = options.index(target) if right else next(i for i, o in enumerate(options) if o != target)
            if not pointer:
                press((pygame.K_1 + index) if q.type == "choice" else (pygame.K_t if index == 0 else pygame.K_f))
            elif q.id == "winter":
                tap(scene.option_rects[index].center)
            else:
                click(scene.option_rects[index].center)
        elif q.type == "number" and self.calls_on_scene == 0:
            type_text("lots")  # not a number: the screen must ask for one and judge nothing
            press(pygame.K_RETURN)
        elif q.type in ("text", "number"):
            if q.type == "number":
                assert "Type a number" in scene.visible_text()
                for _ in "lots":
                    press(pygame.K_BACKSPACE)
            answer = q.answer if q.type == "text" else f"{int(q.answer):,}"
            type_text(answer if right else "nothing like it" if q.type == "text" else "7")
            click(scene.submit_rect.center) if pointer else press(pygame.K_RETURN)
        else:
            self.arrange(scene, [options.index(item) for item in q.items], right, pointer)

    def arrange(self, scene, goal, right, pointer):
        """Move rows until `goal` (or, to be wrong, its reverse) is shown; then submit."""
        goal = goal if right else goal[::-1]
        shown = list(range(len(goal)))
        rows = [rect.center for rect in scene.option_rects]
        cursor = 0
        for slot, option in enumerate(goal):
            row = shown.index(option)
            if row == slot:
                continue
            shown.insert(slot, shown.pop(row))
            if pointer and slot == 0:
                drag(rows[row], rows[slot])
            elif pointer:
                click(rows[row])
                click(rows[slot])
            else:
                walk = pygame.K_UP if row < cursor else pygame.K_DOWN
                for _ in range(abs(row - cursor)):
                    press(walk)
                press(pygame.K_SPACE)
                for _ in range(row - slot):
                    press(pygame.K_UP)
                press(pygame.K_SPACE)
                cursor = slot
        click(scene.submit_rect.center) if pointer else press(pygame.K_RETURN)

    def feedback(self, scene):
        self.feedback_seen.append((scene.outcome.item.question, " ".join(scene.visible_text().split())))
        click((10, 10)) if self.method == "pointer" else press(pygame.K_SPACE)

    def results(self, scene):
        self.results_text = " ".join(scene.visible_text().split())
        press(pygame.K_ESCAPE)

    def title(self, scene):
        press(pygame.K_ESCAPE)  # Esc on the title quits


@pytest.mark.parametrize("method", sorted(PLANS))
def test_a_whole_pack_played_by_keys_or_pointer(method):
    plan = PLANS[method]
    recorded = []

    class Recorder:
        def record(self, item, outcome):
            recorded.append((item.question.id, outcome.correct))

    pilot = Pilot(plan, method)
    code = run_play([MINI], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=(1280, 720), seed=11, recorder=Recorder(), driver=pilot)

    assert code == 0
    assert sorted(q for q, _ in pilot.asked) == sorted(plan)  # every question was asked once
    assert recorded == pilot.asked  # each answer judged as the player meant it, recorded once

    streak = score = 0
    for _, right in pilot.asked:
        score += points_for(right, streak)
        streak = streak + 1 if right else 0
    right_count = sum(plan.values())
    total = len(plan)
    assert f"{score} Score" in pilot.results_text
    assert f"{right_count} of {total} ({round(100 * right_count / total)}%)" in pilot.results_text

    assert len(pilot.feedback_seen) == total
    for question, text in pilot.feedback_seen:
        assert ("Right" if plan[question.id] else "Wrong") in text
        for quote in question.quotes:
            assert " ".join(quote.text.split()) in text
        if question.type == "order":
            assert all(f"{n}. {item}" in text for n, item in enumerate(question.items, 1))
        elif not plan[question.id]:
            assert f"Right answer: {shown_answer(question)}" in text
        assert "The Harbour Ferry, a short history" in text


def shown_answer(question):
    if question.type == "true_false":
        return "True" if question.answer else "False"
    if question.type == "number":
        return f"{int(question.answer):,} {question.unit}"
    return question.answer


def test_escape_from_a_quiz_asks_then_goes_to_the_title():
    seen = []

    def pilot(app):
        seen.append(app.top.name)
        if len(seen) == 1:
            press(pygame.K_ESCAPE)
        elif len(seen) == 2:
            assert app.stack[-2].name == "question"  # the quiz is still underneath the question
            press(pygame.K_y)
        else:
            press(pygame.K_ESCAPE)  # Esc on the title quits

    code = run_play([MINI], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=None, seed=1, driver=pilot)
    assert code == 0
    assert seen == ["question", "confirm", "title"]


def test_window_resize_lays_the_screen_out_again_for_the_new_size():
    sizes = []

    def pilot(app):
        sizes.append(app.top.size)
        if len(sizes) == 1:
            pygame.display.set_mode((800, 600), pygame.RESIZABLE)
            post(pygame.VIDEORESIZE, size=(800, 600), w=800, h=600)
        else:
            post(pygame.QUIT)

    assert run_play([MINI], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=(1280, 720), seed=1, driver=pilot) == 0
    assert sizes == [(1280, 720), (800, 600)]


def test_an_idle_screen_is_not_redrawn_for_events_that_change_nothing(monkeypatch):
    from game.ui.scenes.question import QuestionScene

    draws = []
    real_draw = QuestionScene.draw
    monkeypatch.setattr(QuestionScene, "draw", lambda self, surface, now: (draws.append(1), real_draw(self, surface, now)))
    calls = []

    def pilot(app):
        calls.append(len(draws))
        if len(calls) == 1:
            for _ in range(20):  # the pointer wandering over empty space, keys that mean nothing here
                post(pygame.MOUSEMOTION, pos=(3, 3), rel=(1, 1), buttons=(0, 0, 0), touch=False)
                press(pygame.K_F5)
        else:
            post(pygame.QUIT)

    run_play([MINI], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=None, seed=1, driver=pilot)
    assert calls == [1, 1]  # drawn once when shown, not again
