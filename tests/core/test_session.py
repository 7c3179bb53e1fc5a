"""The session state machine, judging and scoring, through the shipped default pack and small packs."""

import random
from dataclasses import replace
from pathlib import Path

import pytest

from game import paths
from game.packs import load_pack
from game.play.scoring import points_for
from game.play.session import ASKING, RESULTS, Item, Session

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini" / "mini.yaml"


@pytest.fixture(scope="module")
def pack():
    return load_pack(paths.default_pack_path())


def right_response(shown):
    q = shown.item.question
    if q.type == "choice":
        return shown.options.index(q.answer)
    if q.type == "true_false":
        return q.answer
    if q.type == "text":
        return f"  {q.answer.upper()}! "  # case, spaces and punctuation are forgiven
    if q.type == "number":
        return f"{q.answer:,.0f}" if float(q.answer).is_integer() else str(q.answer)
    return tuple(shown.options.index(item) for item in q.items)


def wrong_response(shown):
    q = shown.item.question
    if q.type == "choice":
        return shown.options.index(q.wrong[0])
    if q.type == "true_false":
        return not q.answer
    if q.type == "text":
        return "Atlantis"
    if q.type == "number":
        return str(q.answer + q.tolerance + 1)
    return tuple(range(len(shown.options)))  # the shuffled order is never the right one


def test_default_pack_has_every_type(pack):
    assert {q.type for q in pack.questions} == {"choice", "true_false", "text", "number", "order"}
    assert len(pack.questions) >= 8  # see tests/generate/test_default_pack.py


def test_all_right_answers_score_every_question(pack):
    items = [Item(pack, q) for q in pack.questions]
    session = Session(items, random.Random(7))
    results = play_all(session, lambda shown: right_response(shown))
    assert results.correct == results.total == len(items)
    assert results.accuracy == 1.0 and results.missed == ()
    assert results.best_streak == len(items)
    assert results.score == sum(points_for(True, streak) for streak in range(len(items)))


def play_all(session, respond):
    while session.state != RESULTS:
        session.answer(respond(session.shown))
        session.next()
    return session.results()


def test_all_wrong_answers_are_judged_wrong_and_listed_as_missed(pack):
    items = [Item(pack, q) for q in pack.questions]
    results = play_all(Session(items, random.Random(3)), wrong_response)
    assert results.correct == 0 and results.score == 0
    assert sorted(i.question.id for i in results.missed) == sorted(q.id for q in pack.questions)
    assert all(o.expected_text and o.given_text for o in results.outcomes)


def test_streak_bonus_and_reset(pack):
    items = [Item(pack, q) for q in pack.questions[:5]]
    session = Session(items, random.Random(1), shuffle=False)
    pattern = [True, True, True, False, True]
    points = []
    for right in pattern:
        outcome = session.answer(right_response(session.shown) if right else wrong_response(session.shown))
        points.append(outcome.points)
        session.next()
    assert points == [100, 110, 120, 0, 100]
    assert session.results().best_streak == 3 and session.streak == 1


def test_streak_bonus_is_capped():
    assert points_for(True, 50) == 150 and points_for(False, 9) == 0


def test_same_seed_replays_the_same_session(pack):
    items = [Item(pack, q) for q in pack.questions]
    first, second = Session(items, random.Random(42)), Session(items, random.Random(42))
    for _ in items:
        assert first.shown.options == second.shown.options
        assert first.shown.item == second.shown.item
        for s in (first, second):
            s.answer(right_response(s.shown))
            s.next()


def test_answer_position_is_not_fixed(pack):
    choice = [Item(pack, q) for q in pack.questions if q.type == "choice"]
    positions = {Session(choice, random.Random(seed)).shown.options.index(
        Session(choice, random.Random(seed)).shown.item.question.answer) for seed in range(40)}
    assert len(positions) == 4


def test_number_answers_accept_written_forms_and_reject_non_numbers():
    # The small pack's answer has thousands, so "1,250" and "1250" are both tried.
    pack = load_pack(MINI)
    number = next(q for q in pack.questions if q.type == "number" and q.answer >= 1000)
    for typed in (f"{number.answer:,.0f}", f"{number.answer:.0f}", f"{number.answer:,.0f} {number.unit or ''}"):
        session = Session([Item(pack, number)], random.Random(0))
        assert session.answer(typed).correct, typed
    session = Session([Item(pack, number)], random.Random(0))
    with pytest.raises(ValueError):
        session.answer("lots")
    assert session.state == ASKING  # a non-number is not an answer


def test_feedback_highlights_the_answer_inside_its_quote(pack):
    for q in pack.questions:
        if q.type not in ("choice", "text", "number"):
            continue
        outcome = Session([Item(pack, q)], random.Random(0)).answer(right_response_for(q))
        span = outcome.highlights[0]
        assert span is not None, q.id
        shown = q.quote.text[span[0]:span[1]]
        if q.type == "number":
            assert shown.replace(",", "") == f"{q.answer:.0f}" or float(shown.replace(",", "")) == q.answer
        else:
            assert shown.lower().replace("\u2019", "'") == q.answer.lower().replace("\u2019", "'")


def right_response_for(q):
    return {"choice": 0, "text": q.answer, "number": str(q.answer)}[q.type]


def test_order_shows_a_shuffled_start_and_judges_the_arrangement(pack):
    order = next(q for q in pack.questions if q.type == "order")
    session = Session([Item(pack, order)], random.Random(5))
    assert list(session.shown.options) != list(order.items)
    assert sorted(session.shown.options) == sorted(order.items)
    outcome = session.answer(tuple(session.shown.options.index(i) for i in order.items))
    assert outcome.correct and outcome.expected_text == " → ".join(order.items)
    with pytest.raises(RuntimeError):
        session.answer((0, 1, 2))


def test_invalid_responses_are_refused(pack):
    choice = next(q for q in pack.questions if q.type == "choice")
    session = Session([Item(pack, choice)], random.Random(0))
    for bad in (9, -1, True, "1"):
        with pytest.raises(ValueError):
            session.answer(bad)
    order = next(q for q in pack.questions if q.type == "order")
    with pytest.raises(ValueError):
        Session([Item(pack, order)], random.Random(0)).answer((0, 0, 1))
    with pytest.raises(ValueError):
        Session([], random.Random(0))


def test_time_comes_from_the_clock(pack):
    now = [100.0]
    items = [Item(pack, q) for q in pack.questions[:2]]
    session = Session(items, random.Random(0), clock=lambda: now[0])
    now[0] += 4.5
    assert session.answer(right_response(session.shown)).seconds == 4.5
    session.next()
    now[0] += 2.0
    session.answer(right_response(session.shown))
    session.next()
    assert session.results().seconds == 6.5


def test_typed_names_are_right_with_or_without_a_leading_article():
    # Players type "the Java Sea" or "Java Sea" as they please; a different name stays wrong.
    pack = load_pack(MINI)
    text = next(q for q in pack.questions if q.type == "text")
    text = replace(text, accept=())
    for typed, right in (("the lighthouse island", True), ("The Lighthouse Island", True), ("a lighthouse island", True),
                         ("lighthouse", False), ("the island", False)):
        session = Session([Item(pack, text)], random.Random(0))
        assert session.answer(typed).correct is right, typed
