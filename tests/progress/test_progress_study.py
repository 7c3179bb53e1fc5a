from datetime import timedelta

from progress_helpers import NOW, edited, item, outcome

from game.progress.study import mistakes_queue, study_queue


def _ids(queue):
    return [(pack.id, question.id) for pack, question in queue]


def test_a_fresh_store_offers_new_questions_from_the_packs_in_turn(store, packs):
    queue = study_queue(store, packs, NOW, limit=4)
    assert _ids(queue) == [("synthetic-0", "q0"), ("synthetic-1", "q0"), ("synthetic-0", "q1"), ("synthetic-1", "q1")]


def test_due_questions_come_first_most_overdue_first_then_new_ones(store, packs):
    a, b = packs
    # Wrong answers make cards due within minutes; answered at different times, they fall
    # due in that order. A right answer on a fresh card is due later than the wrong ones.
    store.record(item(a, a.questions[2]), outcome(False), now=NOW - timedelta(hours=1))
    store.record(item(b, b.questions[4]), outcome(False), now=NOW - timedelta(hours=3))
    store.record(item(a, a.questions[0]), outcome(False), now=NOW - timedelta(hours=2))
    store.record(item(b, b.questions[0]), outcome(True, seconds=2, streak=3), now=NOW)  # not due yet
    queue = _ids(study_queue(store, packs, NOW, limit=6))
    assert queue == [
        ("synthetic-1", "q4"), ("synthetic-0", "q0"), ("synthetic-0", "q2"),  # due, most overdue first
        ("synthetic-0", "q1"), ("synthetic-1", "q1"), ("synthetic-0", "q3"),  # then new, in turn
    ]
    assert ("synthetic-1", "q0") not in _ids(study_queue(store, packs, NOW, limit=100))


def test_the_queue_is_bounded_even_by_due_questions(store, packs):
    for n, question in enumerate(packs[0].questions):
        store.record(item(packs[0], question), outcome(False), now=NOW - timedelta(hours=n + 1))
    queue = _ids(study_queue(store, packs, NOW, limit=3))
    assert queue == [("synthetic-0", "q4"), ("synthetic-0", "q3"), ("synthetic-0", "q2")]


def test_an_edited_question_is_new_again(store, packs):
    pack = packs[0]
    for question in pack.questions:
        store.record(item(pack, question), outcome(True, seconds=2, streak=3), now=NOW)
    assert study_queue(store, [pack], NOW + timedelta(hours=1)) == []
    changed = edited(pack, 3)
    assert _ids(study_queue(store, [changed], NOW + timedelta(hours=1))) == [("synthetic-0", "q3")]


def test_a_mistake_stays_until_answered_right(store, packs):
    pack = packs[0]
    first, second, third = pack.questions[:3]
    store.record(item(pack, first), outcome(False), now=NOW - timedelta(days=3))
    store.record(item(pack, second), outcome(True), now=NOW - timedelta(days=2))
    store.record(item(pack, third), outcome(False), now=NOW - timedelta(days=1))
    store.record(item(pack, third), outcome(False), now=NOW - timedelta(hours=1))
    assert _ids(mistakes_queue(store, packs, NOW)) == [("synthetic-0", "q0"), ("synthetic-0", "q2")]
    store.record(item(pack, first), outcome(True), now=NOW)
    assert _ids(mistakes_queue(store, packs, NOW)) == [("synthetic-0", "q2")]
    store.record(item(pack, second), outcome(False), now=NOW)
    assert _ids(mistakes_queue(store, packs, NOW)) == [("synthetic-0", "q2"), ("synthetic-0", "q1")]


def test_mistakes_older_than_14_days_and_of_old_wordings_are_dropped(store, packs):
    pack = packs[0]
    store.record(item(pack, pack.questions[0]), outcome(False), now=NOW - timedelta(days=15))
    store.record(item(pack, pack.questions[1]), outcome(False), now=NOW - timedelta(days=13))
    store.record(item(pack, pack.questions[2]), outcome(False), now=NOW - timedelta(days=1))
    assert _ids(mistakes_queue(store, [pack], NOW)) == [("synthetic-0", "q1"), ("synthetic-0", "q2")]
    assert _ids(mistakes_queue(store, [edited(pack, 1)], NOW)) == [("synthetic-0", "q2")]
    assert mistakes_queue(store, [packs[1]], NOW) == []
