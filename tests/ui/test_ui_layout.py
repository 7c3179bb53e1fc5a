"""Every screen at the window sizes people use: no text outside its box or the window, none
too small to read; goldens of key screens; fonts, glyphs and sound that fail soft."""

import os
from pathlib import Path

import pygame
import pytest

from game.ui import theme
from game.ui.scenes.dialog import ConfirmScene
from game.ui.scenes.errors import PackErrorScene
from game.ui.scenes.feedback import FeedbackScene
from game.ui.scenes.question import QuestionScene
from game.ui.scenes.results import ResultsScene
from game.ui.scenes.title import PackChoiceScene, TitleScene
from game.ui.sound import CUES, Cues, tone
from game.ui.text import Para, Typeset

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
SIZES = [(1280, 720), (1920, 1080), (800, 600)]


def right_response(session):
    q, options = session.shown.item.question, session.shown.options
    return {
        "choice": lambda: options.index(q.answer),
        "true_false": lambda: q.answer,
        "text": lambda: q.answer,
        "number": lambda: str(q.answer),
        "order": lambda: tuple(options.index(i) for i in q.items),
    }[q.type]()


def wrong_response(session):
    q, options = session.shown.item.question, session.shown.options
    return {
        "choice": lambda: next(i for i, o in enumerate(options) if o != q.answer),
        "true_false": lambda: not q.answer,
        "text": lambda: "no idea",
        "number": lambda: "3",
        "order": lambda: tuple(range(len(options))),
    }[q.type]()


def every_screen(ui, mini, session_at):
    """(name, scene) for each screen the game can show."""
    for q in mini.questions:
        yield f"question-{q.id}", QuestionScene(ui, session_at(mini, q.id))
        for verdict, respond in (("right", right_response), ("wrong", wrong_response)):
            session = session_at(mini, q.id)
            session.answer(respond(session))
            yield f"feedback-{q.id}-{verdict}", FeedbackScene(ui, session)
    session = session_at(mini, "builder")
    while session.state != "results":
        session.answer(wrong_response(session) if session.shown.index % 2 else right_response(session))
        session.next()
    yield "results", ResultsScene(ui, session)
    yield "title", TitleScene(ui, [])
    yield "packs", PackChoiceScene(ui)
    yield "confirm", ConfirmScene(ui, "Leave this quiz?", "You go back to the title screen.", yes="Leave", no="Keep playing")
    yield "pack-error", PackErrorScene(ui, Path("packs/broken.yaml"), [f"packs/broken.yaml:{n}:3: a problem described at some length, number {n}" for n in range(1, 40)])


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_text_outside_its_box_or_below_the_minimum_size(ui, mini, session_at, size):
    window = pygame.Rect((0, 0), size)
    problems = []
    for name, scene in every_screen(ui, mini, session_at):
        scene.layout(size)
        for block in scene.blocks:
            if not block.text:
                continue
            if not block.box.contains(block.rect):
                problems.append(f"{name}: {block.text[:30]!r} at {block.rect} spills out of {block.box}")
            if not window.contains(block.rect):
                problems.append(f"{name}: {block.text[:30]!r} at {block.rect} is outside the window")
            if min(block.sizes) < theme.MIN_TEXT:
                problems.append(f"{name}: {block.text[:30]!r} at {min(block.sizes)} px")
    assert problems == []


def test_the_smallest_window_is_cramped_but_works(ui, mini, session_at):
    surface = pygame.display.set_mode((320, 240))
    for _, scene in every_screen(ui, mini, session_at):
        scene.layout((320, 240))
        scene.draw(surface, ui.clock())


def test_prompts_are_larger_on_a_larger_window(ui, mini, session_at):
    sizes = []
    for size in ((800, 600), (1920, 1080)):
        scene = QuestionScene(ui, session_at(mini, "electric"))
        scene.layout(size)
        sizes.append(max(b.size for b in scene.blocks if " ".join(b.text.split()) == scene.shown.item.question.prompt))
    assert sizes[1] > sizes[0] >= theme.MIN_TEXT


# -- goldens


def golden_scenes(ui, mini, session_at):
    question = QuestionScene(ui, session_at(mini, "builder"))
    session = session_at(mini, "passengers")
    session.answer("1,250")
    feedback = FeedbackScene(ui, session)
    wrong_order = session_at(mini, "history")
    wrong_order.answer(tuple(range(3)))
    order_feedback = FeedbackScene(ui, wrong_order)
    finished = session_at(mini, "builder")
    while finished.state != "results":
        finished.answer(wrong_response(finished) if finished.shown.index % 2 else right_response(finished))
        finished.next()
    return {"question": question, "feedback": feedback, "feedback-order": order_feedback, "results": ResultsScene(ui, finished)}


@pytest.mark.parametrize("name", ["question", "feedback", "feedback-order", "results"])
def test_screen_matches_its_golden_image(ui, mini, session_at, name):
    size = (960, 540)
    surface = pygame.display.set_mode(size)
    scene = golden_scenes(ui, mini, session_at)[name]
    scene.layout(size)
    scene.draw(surface, ui.clock() + 10)
    path = GOLDEN / f"{name}.png"
    if os.environ.get("QUOTEQUIZ_REGEN_GOLDEN") == "1" or not path.exists():
        pygame.image.save(surface, str(path))
        pytest.skip(f"wrote {path.name}; check it by eye and commit it")
    expected = pygame.image.load(str(path))
    assert expected.get_size() == size
    got, want = pygame.image.tobytes(surface, "RGB"), pygame.image.tobytes(expected, "RGB")
    # A font renderer update may move a few pixels; a layout change moves thousands.
    mean_difference = sum(abs(a - b) for a, b in zip(got, want)) / len(got)
    assert mean_difference < 1.5, f"{name} differs from {path} by {mean_difference:.2f} per channel"


# -- fonts, glyphs, sound


def test_an_unreadable_font_falls_back_to_pygames_own(tmp_path, monkeypatch):
    from game.ui import text as text_module

    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    monkeypatch.setattr(text_module, "font_files", lambda: (broken, broken))
    text = Typeset.load()
    block = text.fit(Para.of("Still readable"), pygame.Rect(0, 0, 400, 100), 40)
    assert block.text == "Still readable" and block.size > theme.MIN_TEXT


def test_a_missing_font_package_falls_back_too(monkeypatch):
    from game.ui import text as text_module

    def missing():
        raise ModuleNotFoundError("No module named 'fontpkg_atkinson_hyperlegible'")

    monkeypatch.setattr(text_module, "font_files", missing)
    assert Typeset.load().fit("Hello", pygame.Rect(0, 0, 200, 50), 30).text == "Hello"


def test_characters_the_font_lacks_get_a_readable_stand_in(typeset):
    if typeset.has_glyph("→"):
        pytest.skip("this font has arrows")
    assert typeset.shown("A → B") == "A › B"
    assert typeset.shown("plain text") == "plain text"


def test_long_words_break_and_overflowing_text_ends_with_an_ellipsis(typeset):
    box = pygame.Rect(0, 0, 120, 40)
    block = typeset.fit("x" * 200, box, 30)
    assert box.contains(block.rect)
    assert block.text.endswith("…")


@pytest.fixture
def mixer():
    """A test that opens the audio device closes it: pygame.mixer.init() on an open device
    does nothing, so a later test asking for no device (or another driver) would get this one."""
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


def test_no_audio_device_means_silence_not_an_error(monkeypatch, mixer):
    def no_device(*a, **k):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "init", no_device)
    cues = Cues.start()
    assert not cues.audible
    cues.play("right")


def test_the_audio_device_opens_at_the_first_cue_not_at_start(mixer):
    cues = Cues.start()
    assert pygame.mixer.get_init() is None
    cues.play("right")
    assert pygame.mixer.get_init() is not None


def test_cues_are_made_and_audible_with_a_device(mixer):
    assert Cues.start().audible
    for notes in CUES.values():
        samples = tone(notes, 22050, 2)
        assert len(samples) == 2 * sum(int(22050 * seconds) for _, seconds in notes)
        assert 3000 < max(samples) < 32767  # loud enough to hear, never clipped
