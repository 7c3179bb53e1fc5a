"""frame_ms: drawing the question and the feedback screens at 1920x1080, without the
display flip, median of many frames. Layout is done once, before timing, as the game does."""

from __future__ import annotations

import os
import random
import statistics
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

import pygame  # noqa: E402

from game import paths  # noqa: E402
from game.packs import load_pack  # noqa: E402
from game.play.session import Item, Session  # noqa: E402
from game.ui.scene import Ui  # noqa: E402
from game.ui.scenes.feedback import FeedbackScene  # noqa: E402
from game.ui.scenes.question import QuestionScene  # noqa: E402
from game.ui.sound import Cues  # noqa: E402
from game.ui.text import Typeset  # noqa: E402

SIZE = (1920, 1080)
FRAMES = 300


def _median_draw_ms(scene, surface, now: float) -> float:
    scene.layout(SIZE)
    times = []
    for _ in range(FRAMES):
        started = time.perf_counter()
        scene.draw(surface, now)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def run() -> dict[str, float]:
    pygame.display.init()
    pygame.font.init()
    surface = pygame.display.set_mode(SIZE)
    try:
        pack = load_pack(paths.default_pack_path())
        ui = Ui(Typeset.load(), Cues(), random.Random(1))
        choice = next(q for q in pack.questions if q.type == "choice")
        session = Session([Item(pack, choice)], ui.rng)
        question_ms = _median_draw_ms(QuestionScene(ui, session), surface, ui.clock())
        session.answer(0)
        feedback = FeedbackScene(ui, session)
        feedback_ms = _median_draw_ms(feedback, surface, feedback.started + 10)  # after its animation
    finally:
        pygame.quit()
    return {"frame_ms_question": question_ms, "frame_ms_feedback": feedback_ms, "frame_ms": max(question_ms, feedback_ms)}
