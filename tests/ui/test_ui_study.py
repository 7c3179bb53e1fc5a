"""Self-study on the title screen, the statistics screen, and what the player sees when
progress cannot be saved."""

import random
from datetime import datetime, timedelta, timezone

import pygame
import pytest
from scenekit import feed, flat, key

from game import paths
from game.packs import load_pack
from game.play.session import Item, Session
from game.progress.learner import SelfStudy
from game.ui.scene import Pop, Push
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes import title
from game.ui.scenes.stats import StatsScene
from game.ui.scenes.title import TitleScene


def laid_out(scene, size=(1280, 720)):
    scene.layout(size)
    return scene


class Judged:
    def __init__(self, correct, seconds=20.0, streak=0):
        self.correct, self.seconds, self.streak = correct, seconds, streak


@pytest.fixture
def study(mini, ui):
    ui.study = ui.recorder = SelfStudy([mini])
    yield ui.study
    ui.study.close()


def entry(scene, label):
    return next(e for e in scene.entries if e.label == label)


def test_title_offers_study_review_and_statistics_with_what_waits(ui, mini, study):
    scene = laid_out(TitleScene(ui, [mini]))
    total = len(mini.questions)
    assert entry(scene, "Study").detail == f"0 due for review · {total} new"
    assert entry(scene, "Review mistakes").detail == "No recent mistakes to review"
    text = flat(scene.visible_text())
    assert "Study" in text and "Review mistakes" in text and "Statistics" in text  # all fit at 720p


def test_study_starts_with_new_questions_and_review_with_mistakes(ui, mini, study):
    scene = laid_out(TitleScene(ui, [mini]))
    assert entry(scene, "Review mistakes").choose() is None  # nothing to review yet
    command = entry(scene, "Study").choose()
    assert isinstance(command, Push) and isinstance(command.scene, QuestionScene)
    assert command.scene.session.shown.total == len(mini.questions)

    missed = mini.questions[:2]
    for question in missed:
        study.record(Item(mini, question), Judged(False))
    scene.resumed(None)  # back on the title after the quiz
    assert entry(scene, "Review mistakes").detail == "2 missed recently"
    review = entry(scene, "Review mistakes").choose().scene.session
    assert {review.shown.item.question.id} <= {q.id for q in missed} and review.shown.total == 2


def test_statistics_screen_shows_the_figures_and_a_bar_per_day(ui, mini, study):
    now = datetime.now(timezone.utc)
    for i, question in enumerate(mini.questions):
        study.store.record(Item(mini, question), Judged(i % 2 == 0), now=now - timedelta(minutes=1))
    stats = study.stats()
    scene = laid_out(StatsScene(ui))
    text = flat(scene.visible_text())
    assert f"Answers: {stats['answered']}" in text
    assert f"Right: {stats['accuracy']:.0%}" in text
    assert f"Days in a row: {stats['streak_days']}" in text
    assert f"{mini.title}: {stats['packs'][0]['mastered']} of {len(mini.questions)}" in text
    assert len(scene.bars) == 14
    counts = stats["due_by_day"]
    tallest = max(counts)
    assert tallest > 0
    # Bar heights follow the counts, and every count is written on the chart too.
    for bar, count in zip(scene.bars, counts):
        assert abs(bar.height - scene.bars[counts.index(tallest)].height * count / tallest) <= 1
    assert isinstance(feed(scene, key(pygame.K_ESCAPE)), Pop)


def test_a_broken_store_is_explained_and_play_goes_on_unsaved(ui, mini, user_data_dir):
    (user_data_dir / "progress.sqlite3").write_bytes(b"this is not a database" * 100)
    ui.study = ui.recorder = SelfStudy([mini])
    assert ui.study.store is None
    title = laid_out(TitleScene(ui, [mini]))
    text = flat(title.visible_text())
    assert "Progress is not being saved" in text and "Study" not in [e.label for e in title.entries]
    # The damaged file was kept for recovery, not deleted.
    assert any(p.name.startswith("progress.sqlite3.broken-") for p in user_data_dir.iterdir())

    session = Session([Item(mini, q) for q in mini.questions], random.Random(1), shuffle=False)
    question = laid_out(QuestionScene(ui, session))
    command = feed(question, key(pygame.K_t) if session.shown.item.question.type == "true_false" else key(pygame.K_1))
    assert isinstance(command.scene, FeedbackScene)
    assert "Not saved:" in flat(laid_out(command.scene).visible_text())


def test_an_answer_given_before_the_store_was_opened_is_saved(mini):
    # The game opens the store once its first frame is up; an answer keyed in before that
    # opens it itself.
    study = SelfStudy([mini])
    study.record(Item(mini, mini.questions[0]), Judged(True))
    assert study.store.totals() == (1, 1)
    study.close()


def test_statistics_without_a_store_says_why(ui):
    scene = laid_out(StatsScene(ui))
    assert "No statistics" in flat(scene.visible_text())


def test_the_title_describes_the_default_pack_as_self_study_loaded_it(ui, monkeypatch):
    default = load_pack(paths.default_pack_path())
    ui.study = SelfStudy([default])
    monkeypatch.setattr(title, "check_offered", lambda path: pytest.fail(f"{path} parsed again"))
    scene = laid_out(TitleScene(ui, []))
    assert entry(scene, "Play the default pack").detail == f"{default.title} · {len(default.questions)} questions"
    ui.study.close()
