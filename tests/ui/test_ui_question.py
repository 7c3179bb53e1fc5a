"""The question screen, one scene at a time: inputs in, the answer given and the command out."""

import pygame
import pytest

from game.ui.input import DRAG, HOVER, PRESS, RELEASE, TEXT, Input
from game.ui.scene import Push, Replace
from game.ui.scenes.dialog import ConfirmScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.question import QuestionScene
from scenekit import feed, key

SIZE = (1280, 720)


@pytest.fixture
def asking(ui, session_at):
    def make(pack, question_id):
        scene = QuestionScene(ui, session_at(pack, question_id))
        scene.layout(SIZE)
        return scene

    return make


def test_choice_by_number_key_answers_that_option(ui, mini, asking):
    scene = asking(mini, "builder")
    command = feed(scene, key(pygame.K_2))
    assert isinstance(command, Replace) and isinstance(command.scene, FeedbackScene)
    outcome = scene.session.outcome
    assert outcome.given_text == scene.shown.options[1]
    assert outcome.correct == (scene.shown.options[1] == "Lindqvist")


def test_choice_by_letter_key_and_by_click(ui, mini, asking):
    scene = asking(mini, "builder")
    feed(scene, key(pygame.K_c))
    assert scene.session.outcome.given_text == scene.shown.options[2]

    scene = asking(mini, "builder")
    right = scene.shown.options.index("Lindqvist")
    feed(scene, Input(PRESS, pos=scene.option_rects[right].center))
    assert scene.session.outcome.correct


def test_choice_ignores_keys_beyond_its_options(ui, mini, asking):
    scene = asking(mini, "winter")  # three options
    assert feed(scene, key(pygame.K_4), key(pygame.K_d)) is None
    assert scene.session.state == "asking"


def test_arrows_move_focus_and_enter_answers_the_focused_option(ui, mini, asking):
    scene = asking(mini, "builder")
    feed(scene, key(pygame.K_DOWN), key(pygame.K_DOWN), key(pygame.K_UP))
    assert scene.focus == 0
    feed(scene, key(pygame.K_TAB), key(pygame.K_RETURN))
    assert scene.session.outcome.given_text == scene.shown.options[1]


def test_hovering_an_option_focuses_it_and_hovering_it_again_redraws_nothing(ui, mini, asking):
    scene = asking(mini, "builder")
    feed(scene, Input(HOVER, pos=scene.option_rects[3].center))
    assert scene.focus == 3
    assert scene.action_for(Input(HOVER, pos=scene.option_rects[3].center)) is None


@pytest.mark.parametrize("k, expected", [(pygame.K_t, "True"), (pygame.K_f, "False"), (pygame.K_1, "True"), (pygame.K_b, "False")])
def test_true_false_keys(ui, mini, asking, k, expected):
    scene = asking(mini, "electric")
    feed(scene, key(k))
    assert scene.session.outcome.given_text == expected
    assert scene.session.outcome.correct == (expected == "True")


def test_text_is_typed_and_enter_submits_it(ui, mini, asking):
    scene = asking(mini, "island")
    feed(scene, *(Input(TEXT, text=ch) for ch in "Lighthouse Islandx"), key(pygame.K_BACKSPACE))
    assert "Lighthouse Island" in scene.visible_text()
    command = feed(scene, key(pygame.K_RETURN))
    assert isinstance(command, Replace)
    assert scene.session.outcome.correct  # case does not matter


def test_letters_typed_into_a_text_answer_do_not_choose_anything(ui, mini, asking):
    scene = asking(mini, "island")
    assert feed(scene, key(pygame.K_a), key(pygame.K_1), key(pygame.K_t)) is None
    assert scene.session.state == "asking"


def test_an_empty_text_answer_is_not_submitted(ui, mini, asking):
    scene = asking(mini, "island")
    assert feed(scene, key(pygame.K_RETURN)) is None
    assert scene.session.state == "asking"


def test_number_that_does_not_parse_asks_for_a_number_instead_of_judging(ui, mini, asking):
    scene = asking(mini, "passengers")
    assert feed(scene, Input(TEXT, text="many"), key(pygame.K_RETURN)) is None
    assert scene.session.state == "asking"
    assert "Type a number" in scene.visible_text()
    feed(scene, *(key(pygame.K_BACKSPACE) for _ in "many"))
    assert "Type a number" not in scene.visible_text()  # the warning goes once typing resumes
    feed(scene, Input(TEXT, text="1,250"), key(pygame.K_RETURN))
    assert scene.session.outcome.correct


def test_number_submit_button_is_clickable(ui, mini, asking):
    scene = asking(mini, "passengers")
    feed(scene, Input(TEXT, text="1250"), Input(PRESS, pos=scene.submit_rect.center))
    assert scene.session.outcome.correct


def _right_order(scene):
    return [scene.shown.options.index(item) for item in scene.shown.item.question.items]


def test_order_by_keyboard_pick_up_move_drop(ui, mini, asking):
    scene = asking(mini, "history")
    start = list(scene.arrangement)
    feed(scene, key(pygame.K_SPACE), key(pygame.K_DOWN), key(pygame.K_SPACE))
    assert scene.arrangement == [start[1], start[0], start[2]]
    assert not scene.held
    feed(scene, key(pygame.K_DOWN, pygame.KMOD_SHIFT))  # Shift+Down moves the item at the cursor
    assert scene.arrangement == [start[1], start[2], start[0]]
    assert scene.focus == 2


def test_order_submitted_with_enter_is_judged_on_the_arrangement_shown(ui, mini, asking):
    scene = asking(mini, "history")
    right = _right_order(scene)
    # Arrange by keyboard: for each slot, walk the right item up into it.
    for slot, option in enumerate(right):
        row = scene.arrangement.index(option)
        feed(scene, *([key(pygame.K_UP)] * (scene.focus - row) if scene.focus > row else [key(pygame.K_DOWN)] * (row - scene.focus)))
        feed(scene, key(pygame.K_SPACE), *([key(pygame.K_UP)] * (row - slot)), key(pygame.K_SPACE))
    assert scene.arrangement == right
    feed(scene, key(pygame.K_RETURN))
    assert scene.session.outcome.correct


def test_order_click_to_select_then_click_to_place(ui, mini, asking):
    scene = asking(mini, "history")
    start = list(scene.arrangement)
    rows = scene.option_rects
    feed(scene, Input(PRESS, pos=rows[2].center), Input(RELEASE, pos=rows[2].center))
    assert scene.held and scene.focus == 2
    feed(scene, Input(PRESS, pos=rows[0].center), Input(RELEASE, pos=rows[0].center))
    assert scene.arrangement == [start[2], start[0], start[1]]
    assert not scene.held


def test_order_drag_and_drop(ui, mini, asking):
    scene = asking(mini, "history")
    start = list(scene.arrangement)
    rows = scene.option_rects
    feed(scene, Input(PRESS, pos=rows[0].center), Input(DRAG, pos=rows[1].center), Input(DRAG, pos=rows[2].center), Input(RELEASE, pos=rows[2].center))
    assert scene.arrangement == [start[1], start[2], start[0]]
    assert not scene.held


def test_order_submit_button(ui, mini, asking):
    scene = asking(mini, "history")
    command = feed(scene, Input(PRESS, pos=scene.submit_rect.center))
    assert isinstance(command, Replace)
    assert not scene.session.outcome.correct  # the shown order is never the right one


def test_escape_asks_before_leaving_and_only_yes_leaves(ui, mini, asking):
    scene = asking(mini, "builder")
    command = feed(scene, key(pygame.K_ESCAPE))
    assert isinstance(command, Push) and isinstance(command.scene, ConfirmScene)
    assert scene.resumed(False) is None
    assert scene.resumed(True) is not None
    assert scene.session.state == "asking"


def test_answer_is_recorded_once_and_cue_played(ui, mini, asking):
    calls = []

    class Recorder:
        def record(self, item, outcome):
            calls.append((item.question.id, outcome.correct))

    played = []
    ui.recorder = Recorder()
    ui.cues.play = played.append
    scene = asking(mini, "electric")
    feed(scene, key(pygame.K_f))
    assert calls == [("electric", False)]
    assert played == ["wrong"]


def test_drawing_changes_nothing_and_lays_out_no_text(ui, mini, asking, monkeypatch):
    scene = asking(mini, "builder")
    surface = pygame.display.get_surface()
    monkeypatch.setattr(type(ui.text), "fit", lambda *a, **k: pytest.fail("text fitted while drawing"))
    before = (scene.focus, scene.typed, list(scene.arrangement), scene.session.state)
    for _ in range(3):
        scene.draw(surface, ui.clock())
    assert (scene.focus, scene.typed, list(scene.arrangement), scene.session.state) == before
