"""Statistics as plain data (for the game's screen and `quotequiz stats --json`) and as text."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from fsrs import State

from game.packs.model import Pack
from game.progress.store import ProgressStore
from game.progress.study import current_cards

DAYS_AHEAD = 14
MASTERED_STABILITY_DAYS = 21.0


def compute_stats(store: ProgressStore, packs: list[Pack], now: datetime, tz: tzinfo | None = None) -> dict:
    """Totals over the whole history, and per-pack figures for the given packs.

    Days are calendar days in `tz` (default: the computer's local time).
    - answered, correct, accuracy: every answer ever recorded, edited questions' old ones too.
    - due: questions of the packs due for review now (current wording only; new ones excluded).
    - new: questions of the packs never answered in their current wording.
    - streak_days: consecutive days with an answer, ending today, or yesterday when today
      has none yet (the streak is not lost until a whole day passes without playing).
    - packs: per pack, `mastered` counts questions whose card is in fsrs's Review state with
      a stability of at least 21 days (recall stays likely three weeks out); mastery is the
      fraction of the pack's questions mastered.
    - due_by_day: reviews falling due on each of the next 14 days; day 0 is today and
      includes everything overdue.
    """
    answered, correct = store.totals()
    today = _local_day(now.timestamp(), tz)
    due_by_day = [0] * DAYS_AHEAD
    per_pack: dict[str, dict] = {}
    now_ts = now.timestamp()
    for pack, _question, card in current_cards(store, packs):
        entry = per_pack.setdefault(pack.id, {
            "id": pack.id, "title": pack.title, "questions": 0, "seen": 0, "due": 0, "mastered": 0, "mastery": 0.0,
        })
        entry["questions"] += 1
        if card is None:
            continue
        entry["seen"] += 1
        entry["due"] += card.due <= now_ts
        entry["mastered"] += card.state == State.Review and (card.stability or 0.0) >= MASTERED_STABILITY_DAYS
        day = max(0, (_local_day(card.due, tz) - today).days)
        if day < DAYS_AHEAD:
            due_by_day[day] += 1
    for entry in per_pack.values():
        entry["mastery"] = entry["mastered"] / entry["questions"] if entry["questions"] else 0.0
    pack_list = list(per_pack.values())
    return {
        "answered": answered,
        "correct": correct,
        "accuracy": correct / answered if answered else 0.0,
        "due": sum(entry["due"] for entry in pack_list),
        "new": sum(entry["questions"] - entry["seen"] for entry in pack_list),
        "streak_days": _streak_days(store, today, tz),
        "packs": pack_list,
        "due_by_day": due_by_day,
    }


def _local_day(timestamp: float, tz: tzinfo | None) -> date:
    return datetime.fromtimestamp(timestamp, tz).date()


def _day_start(day: date, tz: tzinfo | None) -> float:
    # A naive datetime's timestamp() is taken in local time, DST included.
    return datetime.combine(day, time(), tzinfo=tz).timestamp()


def _streak_days(store: ProgressStore, today: date, tz: tzinfo | None) -> int:
    # One indexed lookup per day of the streak: cheap however long the history.
    def played(day: date) -> bool:
        return store.answered_between(_day_start(day, tz), _day_start(day + timedelta(days=1), tz))

    day = today if played(today) else today - timedelta(days=1)
    streak = 0
    while played(day):
        streak += 1
        day -= timedelta(days=1)
    return streak


def format_stats(stats: dict) -> str:
    """A terminal report: totals, a table of packs, and a bar chart of the next 14 days."""
    lines = [
        f"Answers        {stats['answered']} ({stats['correct']} right, {stats['accuracy']:.0%})",
        f"Days in a row  {stats['streak_days']}",
        f"Due now        {stats['due']}",
        f"New            {stats['new']}",
        "",
    ]
    rows = [("Pack", "Questions", "Seen", "Due", "Mastered")] + [
        (p["title"], str(p["questions"]), str(p["seen"]), str(p["due"]), f"{p['mastered']} ({p['mastery']:.0%})")
        for p in stats["packs"]
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    lines += ["", "Reviews due, next 14 days"]
    counts = stats["due_by_day"]
    scale = 40 / max(max(counts), 1)
    labels = ["today", "tomorrow"] + [f"+{day} days" for day in range(2, len(counts))]
    for label, count in zip(labels, counts):
        bar = "#" * max(1, round(count * scale)) if count else ""
        lines.append(f"{label:>9} {count:>5} {bar}".rstrip())
    return "\n".join(lines)
