import json
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from fsrs import Card, State
from progress_helpers import NOW, edited, item, outcome

from game.progress import commands
from game.progress.stats import compute_stats, format_stats

TOKYO = ZoneInfo("Asia/Tokyo")  # UTC+9, no DST: local midnight is 15:00 UTC


def _at_tokyo(day, hour):
    return datetime(2026, 3, day, hour, tzinfo=TOKYO).astimezone(timezone.utc)


def test_totals_count_every_answer_even_of_edited_questions(store, packs):
    pack = packs[0]
    store.record(item(pack, pack.questions[0]), outcome(True), now=NOW)
    store.record(item(pack, pack.questions[0]), outcome(False), now=NOW)
    changed = edited(pack, 0)
    store.record(item(changed, changed.questions[0]), outcome(True), now=NOW)
    stats = compute_stats(store, [changed], NOW)
    assert (stats["answered"], stats["correct"]) == (3, 2)
    assert abs(stats["accuracy"] - 2 / 3) < 1e-9
    assert stats["packs"][0]["seen"] == 1 and stats["new"] == 4


def test_streak_days_counts_local_days_ending_today_or_yesterday(store, packs):
    pack, question = packs[0], packs[0].questions[0]
    # Answers on local days 5, 6, 7 and 9; in UTC the same moments fall on 5, 5, 7 and 8 March.
    for day, hour in ((5, 12), (6, 1), (7, 23), (9, 0)):
        store.record(item(pack, question), outcome(True), now=_at_tokyo(day, hour) + timedelta(minutes=30))
    assert compute_stats(store, packs, _at_tokyo(9, 20), tz=TOKYO)["streak_days"] == 1
    assert compute_stats(store, packs, _at_tokyo(10, 8), tz=TOKYO)["streak_days"] == 1  # yesterday still counts
    assert compute_stats(store, packs, _at_tokyo(11, 8), tz=TOKYO)["streak_days"] == 0
    assert compute_stats(store, packs, _at_tokyo(8, 22), tz=TOKYO)["streak_days"] == 3
    assert compute_stats(store, packs, datetime(2026, 3, 8, 20, tzinfo=timezone.utc), tz=timezone.utc)["streak_days"] == 2


def _set_card(store, pack, question, due, state=State.Review, stability=5.0):
    card = Card(card_id=1, state=state, stability=stability, difficulty=5.0, due=due, last_review=due - timedelta(days=1))
    with store._transaction():
        store._db.execute(
            "INSERT OR REPLACE INTO cards VALUES (?, ?, ?, ?, ?)",
            (pack.id, question.id, question.content_hash, card.to_json(), due.timestamp()),
        )


def test_due_now_and_due_by_day_in_local_days(store, packs):
    pack = packs[0]
    now = _at_tokyo(10, 20)
    q = pack.questions
    _set_card(store, pack, q[0], now - timedelta(days=30))  # overdue: today
    _set_card(store, pack, q[1], now - timedelta(minutes=1))  # due: today
    _set_card(store, pack, q[2], _at_tokyo(10, 23))  # later today
    _set_card(store, pack, q[3], _at_tokyo(11, 1))  # tomorrow, though the same UTC day
    _set_card(store, pack, q[4], _at_tokyo(24, 0))  # day 14: beyond the chart
    other = packs[1]
    _set_card(store, other, other.questions[0], _at_tokyo(23, 23))  # day 13
    stats = compute_stats(store, packs, now, tz=TOKYO)
    assert stats["due"] == 2
    assert stats["due_by_day"] == [3, 1] + [0] * 11 + [1]
    assert [p["due"] for p in stats["packs"]] == [2, 0]
    # An edited question's old card no longer counts.
    assert compute_stats(store, [edited(pack, 0)], now, tz=TOKYO)["due"] == 1


def test_mastery_is_review_state_with_three_weeks_of_stability(store, packs):
    pack = packs[0]
    later = NOW + timedelta(days=60)
    _set_card(store, pack, pack.questions[0], later, stability=21.0)
    _set_card(store, pack, pack.questions[1], later, stability=20.9)
    _set_card(store, pack, pack.questions[2], later, state=State.Relearning, stability=40.0)
    [first, second] = compute_stats(store, packs, NOW)["packs"]
    assert first == {"id": pack.id, "title": pack.title, "questions": 5, "seen": 3, "due": 0,
                     "mastered": 1, "mastery": 0.2}
    assert second["seen"] == 0 and second["mastery"] == 0.0


def test_format_stats_shows_the_table_and_the_chart(store, packs):
    pack = packs[0]
    store.record(item(pack, pack.questions[0]), outcome(False), now=NOW)
    text = format_stats(compute_stats(store, packs, NOW))
    assert "Answers        1 (0 right, 0%)" in text
    assert "Synthetic pack 0          5     1    0    0 (0%)" in text
    assert text.splitlines()[-14].split() == ["today", "1", "#" * 40]
    assert text.splitlines()[-1].split() == ["+13", "days", "0"]


def test_stats_command_prints_json_over_the_shipped_packs(store, packs, capsys):
    assert commands.stats_command(json_output=True, pack_paths=[]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["answered"] == 0 and stats["due"] == 0
    assert [p["id"] for p in stats["packs"]] == ["kabul-2021"]
    assert stats["new"] == stats["packs"][0]["questions"] > 0


def test_stats_command_refuses_a_broken_pack_named_on_the_command_line(tmp_path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text("quotequiz: 1\nid: x\n")
    assert commands.stats_command(json_output=False, pack_paths=[broken]) == 1
    assert "broken.yaml:1:1: missing required field" in capsys.readouterr().err
