import sqlite3
from datetime import timedelta

import pytest
from fsrs import Rating, State
from progress_helpers import NOW, edited, item, outcome

from game.play.session import Item, Outcome
from game.progress.store import ProgressError, ProgressStore, rating_for


def test_an_answer_is_kept_with_its_card_across_reopening(data_dir, packs):
    pack = packs[0]
    question = pack.questions[0]
    with ProgressStore() as store:
        store.record(item(pack, question), outcome(True, seconds=4.5), now=NOW)
    assert (data_dir / "progress.sqlite3").is_file()
    with ProgressStore(data_dir / "progress.sqlite3") as store:
        assert store.totals() == (1, 1)
        card = store.card(pack.id, question.id, question.content_hash)
        assert card.last_review == NOW
        rows = store._db.execute("SELECT pack_id, question_id, question_hash, correct, seconds, answered_at FROM answers").fetchall()
    assert rows == [(pack.id, question.id, question.content_hash, 1, 4.5, NOW.timestamp())]


def test_the_game_session_types_are_accepted(store, packs):
    pack = packs[0]
    shown = Item(pack, pack.questions[0])
    judged = Outcome(item=shown, given_text="True", correct=True, expected_text="True", points=100,
                     seconds=3.0, streak=1, highlights=((0, 4),))
    store.record(shown, judged, now=NOW)
    assert store.totals() == (1, 1)


def test_ratings():
    assert rating_for(False, 1.0, 10) == Rating.Again
    assert rating_for(True, 20.0, 10) == Rating.Good
    assert rating_for(True, 3.0, 2) == Rating.Good
    assert rating_for(True, 3.0, 3) == Rating.Easy


def test_a_wrong_answer_comes_back_sooner_than_a_right_one(store, packs):
    pack = packs[0]
    wrong, right, easy = pack.questions[:3]
    # Bring all three to the Review state first, a day apart, then answer them differently.
    for day in range(3):
        for question in (wrong, right, easy):
            store.record(item(pack, question), outcome(True), now=NOW + timedelta(days=day))
    later = NOW + timedelta(days=10)
    store.record(item(pack, wrong), outcome(False), now=later)
    store.record(item(pack, right), outcome(True, seconds=20), now=later)
    store.record(item(pack, easy), outcome(True, seconds=2, streak=5), now=later)
    due = {q.id: store.card(pack.id, q.id, q.content_hash).due for q in (wrong, right, easy)}
    assert due[wrong.id] - later <= timedelta(minutes=10)
    assert due[right.id] - later >= timedelta(days=2)
    assert due[easy.id] > due[right.id]


def test_an_edited_question_starts_fresh_and_keeps_its_history(store, packs):
    pack = packs[0]
    store.record(item(pack, pack.questions[0]), outcome(True), now=NOW)
    store.record(item(pack, pack.questions[0]), outcome(True), now=NOW + timedelta(days=1))
    new_pack = edited(pack, 0)
    new_question = new_pack.questions[0]
    assert new_question.content_hash != pack.questions[0].content_hash
    assert store.card(pack.id, new_question.id, new_question.content_hash) is None
    store.record(item(new_pack, new_question), outcome(False), now=NOW + timedelta(days=2))
    assert store.totals() == (3, 2)
    assert store.card(pack.id, new_question.id, new_question.content_hash).state == State.Learning
    assert store.card(pack.id, pack.questions[0].id, pack.questions[0].content_hash).last_review == NOW + timedelta(days=1)


def test_desired_retention_is_a_stored_setting_that_changes_intervals(data_dir, packs):
    pack = packs[0]
    with ProgressStore() as store:
        assert store.desired_retention == 0.9
        with pytest.raises(ValueError):
            store.set_desired_retention(0.5)
        with pytest.raises(ValueError):
            store.set_desired_retention(1.0)
        store.set_desired_retention(0.7)
    with ProgressStore() as store:
        assert store.desired_retention == 0.7
        store.record(item(pack, pack.questions[0]), outcome(True, seconds=2, streak=3), now=NOW)
        relaxed = store.card(pack.id, pack.questions[0].id, pack.questions[0].content_hash).due
        store.set_desired_retention(0.99)
        store.record(item(pack, pack.questions[1]), outcome(True, seconds=2, streak=3), now=NOW)
        strict = store.card(pack.id, pack.questions[1].id, pack.questions[1].content_hash).due
    assert strict < relaxed


def test_a_full_disk_is_one_clear_error_and_loses_nothing_recorded(store, packs):
    pack = packs[0]
    # SQLite reports SQLITE_FULL, as on a full disk, once the file may not grow further.
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages + 2}")
    recorded = 0
    with pytest.raises(ProgressError, match="disk is full"):
        for n in range(10_000):
            store.record(item(pack, pack.questions[n % 5]), outcome(True, seconds=n), now=NOW + timedelta(minutes=n))
            recorded += 1
    assert recorded > 0
    assert store.totals() == (recorded, recorded)
    assert not store._db.in_transaction
    # The failed answer left neither a row nor a card change.
    latest = max(store.card(pack.id, q.id, q.content_hash).last_review for q in pack.questions)
    assert latest == NOW + timedelta(minutes=recorded - 1)


def test_record_is_committed_when_it_returns(store, packs, data_dir):
    pack = packs[0]
    store.record(item(pack, pack.questions[0]), outcome(False), now=NOW)
    other = sqlite3.connect(data_dir / "progress.sqlite3")
    assert other.execute("SELECT COUNT(*) FROM cards").fetchone() == (1,)
    assert other.execute("SELECT COUNT(*) FROM answers").fetchone() == (1,)
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    other.close()
    assert store._db.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
