"""Self-study through the real loop and the real progress store: what is played is saved,
and `quotequiz review` brings back exactly what was missed."""

import json
import subprocess
import sys
from pathlib import Path

import pygame

from game.packs import load_pack
from game.ui.app import run_play

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini" / "mini.yaml"


def press(key):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0))


class AnswersWrong:
    """Answers every question wrongly, with the keys a player would press."""

    def __init__(self):
        self.answered: list[str] = []

    def __call__(self, app):
        scene = app.top
        if scene.name == "question":
            q = scene.shown.item.question
            self.answered.append(q.id)
            if q.type == "choice":
                press(pygame.K_1 + next(i for i, o in enumerate(scene.shown.options) if o != q.answer))
            elif q.type == "true_false":
                press(pygame.K_f if q.answer else pygame.K_t)
            elif q.type in ("text", "number"):
                pygame.event.post(pygame.event.Event(pygame.TEXTINPUT, text="0" if q.answer else "1"))
                press(pygame.K_RETURN)
            else:
                press(pygame.K_RETURN)  # an order question never starts in the right order
        elif scene.name == "feedback":
            press(pygame.K_SPACE)
        else:
            press(pygame.K_ESCAPE)  # results, then the title: quit


def stats_json(data_dir):
    env = {"QUOTEQUIZ_DATA_DIR": str(data_dir), "PATH": ""}
    run = subprocess.run([sys.executable, "-m", "game", "stats", "--json", str(MINI)], capture_output=True, text=True, env=env)
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_study_saves_every_answer_and_review_brings_the_misses_back(user_data_dir):
    study = AnswersWrong()
    assert run_play([MINI], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=(960, 540), seed=2, driver=study, mode="study") == 0
    assert len(study.answered) == len(load_pack(MINI).questions)  # started at once, with every new question
    stats = stats_json(user_data_dir)
    assert stats["answered"] == len(study.answered) and stats["correct"] == 0
    assert stats["packs"][0]["seen"] == len(study.answered)

    review = AnswersWrong()
    assert run_play([MINI], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=(960, 540), seed=3, driver=review, mode="review") == 0
    assert sorted(review.answered) == sorted(study.answered)  # exactly the missed ones
    assert stats_json(user_data_dir)["answered"] == 2 * len(study.answered)


def test_demo_never_records(user_data_dir, tmp_path):
    assert run_play([MINI], demo=True, delay=0, screenshot_dir=None, fullscreen=False, size=(640, 480), seed=1) == 0
    assert not (user_data_dir / "progress.sqlite3").exists()
