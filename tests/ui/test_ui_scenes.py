"""Feedback, results, title, pack choice, confirm and pack-error scenes."""

import shutil

import pygame
import pytest

from game.ui.input import PRESS, SCROLL, Input
from game.ui.scene import Pop, Push, Quit, Replace
from game.ui.scenes.dialog import ConfirmScene
from game.ui.scenes.errors import PackErrorScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.results import ResultsScene
from game.ui.scenes.title import PackChoiceScene, TitleScene
from scenekit import MINI_DIR, feed, flat, key

SIZE = (1280, 720)


def laid_out(scene, size=SIZE):
    scene.layout(size)
    return scene


def answered(ui, session, response):
    session.answer(response)
    return laid_out(FeedbackScene(ui, session))


def test_feedback_after_a_wrong_choice_shows_verdict_answers_quote_and_source(ui, mini, session_at):
    session = session_at(mini, "builder")
    wrong = next(i for i, o in enumerate(session.shown.options) if o != "Lindqvist")
    text = flat(answered(ui, session, wrong).visible_text())
    assert "Wrong" in text
    assert "Right answer: Lindqvist" in text
    assert f"Your answer: {session.shown.options[wrong]}" in text
    assert "It was built by the Lindqvist yard, which later built three more boats for the same route." in text
    assert "The Harbour Ferry, a short history" in text
    assert "The same yard went on to build three more boats" in text  # the explanation


def test_feedback_marks_the_answer_inside_the_quote(ui, mini, session_at):
    session = session_at(mini, "passengers")
    scene = answered(ui, session, "1,250")
    marked = [p for block in scene.blocks for p in block.pieces if p.style == "mark"]
    assert len(marked) == 1
    assert "Right" in flat(scene.visible_text()) and "+100 points" in flat(scene.visible_text())


def test_feedback_for_order_shows_one_quote_per_item_in_the_right_order(ui, mini, session_at):
    session = session_at(mini, "history")
    text = flat(answered(ui, session, tuple(range(3))).visible_text())
    q = session.outcome.item.question
    positions = [text.index(quote.text) for quote in q.quotes]
    assert positions == sorted(positions)
    for n, item in enumerate(q.items, 1):
        assert f"{n}. {item}" in text


def test_feedback_goes_on_to_the_next_question_then_to_results(ui, mini, session_at):
    session = session_at(mini, "builder")
    for n in range(len(mini.questions)):
        scene = answered(ui, session, session.shown.options[0] == "True" if session.shown.item.question.type == "true_false" else _any(session))
        command = feed(scene, key(pygame.K_SPACE))
        assert isinstance(command, Replace)
        last = n == len(mini.questions) - 1
        assert isinstance(command.scene, ResultsScene if last else QuestionScene)


def _any(session):
    q = session.shown.item.question
    return {"choice": 0, "true_false": True, "text": "x", "number": "1", "order": tuple(range(len(session.shown.options)))}[q.type]


def _finished(ui, mini, session_at, right_ids):
    """A whole session answered: the questions in `right_ids` right, the others wrong."""
    session = session_at(mini, "builder")
    while session.state != "results":
        q = session.shown.item.question
        right = q.id in right_ids
        if q.type == "choice":
            session.answer(session.shown.options.index(q.answer) if right else session.shown.options.index(q.wrong[0]))
        elif q.type == "true_false":
            session.answer(q.answer if right else not q.answer)
        elif q.type == "order":
            order = [session.shown.options.index(i) for i in q.items]
            session.answer(tuple(order if right else order[::-1]))
        else:
            session.answer(str(q.answer) if right else "0")
        session.next()
    return laid_out(ResultsScene(ui, session))


def test_results_show_score_accuracy_and_every_question(ui, mini, session_at):
    right = {"builder", "electric", "island"}
    scene = _finished(ui, mini, session_at, right)
    text = flat(scene.visible_text())
    total = len(mini.questions)
    assert f"{len(right)} of {total} ({round(100 * len(right) / total)}%)" in text
    assert str(scene.results.score) in text
    for q in mini.questions:
        assert q.prompt in text
        assert flat(q.quotes[0].text) in text
    assert text.count("Wrong: you answered") == total - len(right)
    assert f"Play missed again ({total - len(right)})" in text


def test_results_play_missed_again_starts_a_quiz_of_just_those(ui, mini, session_at):
    scene = _finished(ui, mini, session_at, {"builder"})
    command = feed(scene, key(pygame.K_m))
    assert isinstance(command, Replace) and isinstance(command.scene, QuestionScene)
    assert command.scene.shown.total == len(mini.questions) - 1
    assert command.scene.shown.item.question.id != "builder"


def test_results_without_misses_offer_no_replay_of_misses(ui, mini, session_at):
    scene = _finished(ui, mini, session_at, {q.id for q in mini.questions})
    assert "Play missed again" not in scene.visible_text()
    assert feed(scene, key(pygame.K_m)) is None


def test_results_list_scrolls_and_stops_at_its_ends(ui, mini, session_at):
    scene = _finished(ui, mini, session_at, set())
    scene.layout((800, 600))
    assert scene.content_h > scene.view.height  # six cards do not fit: there is something to scroll
    feed(scene, key(pygame.K_DOWN))
    assert scene.offset > 0
    feed(scene, key(pygame.K_END), Input(SCROLL, amount=5))
    assert scene.offset == scene.content_h - scene.view.height
    feed(scene, key(pygame.K_HOME))
    assert scene.offset == 0
    assert isinstance(feed(scene, key(pygame.K_ESCAPE)), Pop)


def test_title_offers_play_choose_and_quit(ui):
    scene = laid_out(TitleScene(ui, []))
    text = scene.visible_text()
    assert "Play the default pack" in text and "Choose a pack" in text and "quit" in text
    assert isinstance(feed(scene, key(pygame.K_ESCAPE)), Quit)
    scene = laid_out(TitleScene(ui, []))
    command = feed(scene, key(pygame.K_DOWN), key(pygame.K_RETURN))
    assert isinstance(command, Push) and isinstance(command.scene, PackChoiceScene)


def test_title_with_packs_from_the_command_line_offers_each(ui, mini):
    scene = laid_out(TitleScene(ui, [mini, mini]))
    entries = [e.label for e in scene.entries]
    assert entries[:2] == [f"Play {mini.title}"] * 2
    command = feed(scene, key(pygame.K_2))
    assert isinstance(command, Push) and isinstance(command.scene, QuestionScene)


def test_pack_choice_lists_the_users_packs_and_shows_why_a_broken_one_cannot_play(ui, user_data_dir):
    packs = user_data_dir / "packs"
    shutil.copytree(MINI_DIR, packs)
    (packs / "broken.yaml").write_text("quotequiz: 1\nid: Bad Id\n", encoding="utf-8")
    scene = laid_out(PackChoiceScene(ui))
    labels = [e.label for e in scene.entries]
    assert "The Harbour Ferry" in labels and "broken.yaml" in labels
    broken = labels.index("broken.yaml")
    command = feed(scene, Input(PRESS, pos=scene.row_rect(broken).center))
    assert isinstance(command, Replace) and isinstance(command.scene, PackErrorScene)
    error = laid_out(command.scene)
    assert "broken.yaml:2:5: pack id 'Bad Id' may use only lowercase letters, digits and '-'" in flat(error.visible_text())
    assert isinstance(feed(error, key(pygame.K_ESCAPE)), Pop)
    good = labels.index("The Harbour Ferry")
    command = feed(scene, key(pygame.K_1 + good))
    assert isinstance(command, Replace) and isinstance(command.scene, QuestionScene)
    assert command.scene.shown.item.pack.title == "The Harbour Ferry"


def test_confirm_dialog_defaults_to_staying(ui):
    scene = laid_out(ConfirmScene(ui, "Leave this quiz?", "", yes="Leave", no="Keep playing"))
    assert feed(scene, key(pygame.K_RETURN)) == Pop(False)
    assert feed(scene, key(pygame.K_y)) == Pop(True)
    assert feed(scene, key(pygame.K_LEFT), key(pygame.K_RETURN)) == Pop(True)
    assert feed(scene, Input(PRESS, pos=scene.buttons[1].center)) == Pop(False)


@pytest.mark.parametrize("size", [(1280, 720), (800, 600)])
def test_title_menu_keeps_the_focused_entry_in_view(ui, size, monkeypatch):
    from game.ui.scenes.menu import Entry, MenuScene

    scene = laid_out(MenuScene(ui, [Entry(str(i % 10), f"Entry {i}", lambda: None) for i in range(30)]), size)
    feed(scene, *[key(pygame.K_DOWN)] * 25)
    assert scene.focus == 25
    assert 25 in scene.visible_rows()
    assert "Entry 25" in scene.visible_text() and "Entry 0\n" not in scene.visible_text()
