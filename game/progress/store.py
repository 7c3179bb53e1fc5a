"""Every answer ever given, and each question's spaced-repetition card, in one SQLite file.

The answers table is the history and is only ever appended to. The cards table holds the
fsrs scheduler's state per question, keyed by the question's content hash: an edited question
gets a fresh card while its old answers stay in the history.

Durability: WAL with synchronous=FULL, and each answer is written with its card in one
transaction that has committed (and been fsynced) before `record` returns. So an answer the
game showed as recorded survives the process being killed or the power going, and a kill at
any moment leaves a file that opens.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, NamedTuple, Protocol

from game import paths

# fsrs is imported where it is used: the game opens the store before its first frame, and
# fsrs (with typing_extensions) takes longer to import than opening the store.
if TYPE_CHECKING:
    from fsrs import Card, Rating, Scheduler

FILE_NAME = "progress.sqlite3"
DEFAULT_RETENTION = 0.9
RETENTION_RANGE = (0.7, 0.99)
QUICK_SECONDS = 8.0  # a right answer this fast, in a streak of STREAK_FOR_EASY, rates Easy
STREAK_FOR_EASY = 3

# Times are Unix seconds (UTC) as REAL: compact, indexable, and timezone-free.
# Each entry upgrades the schema by one version; all pending ones run in one transaction.
# Never edit a released entry: append a new one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE answers (
            id INTEGER PRIMARY KEY,
            pack_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            question_hash TEXT NOT NULL,
            correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
            seconds REAL NOT NULL,
            rating INTEGER NOT NULL,  -- what fsrs was told; lets cards be rebuilt by replay
            answered_at REAL NOT NULL
        )""",
        # Streak days and the mistakes window look answers up by time.
        "CREATE INDEX answers_by_time ON answers (answered_at)",
        # Counting right answers from this small index is several times faster than a table scan.
        "CREATE INDEX answers_by_correct ON answers (correct)",
        """CREATE TABLE cards (
            pack_id TEXT NOT NULL,
            question_id TEXT NOT NULL,
            question_hash TEXT NOT NULL,
            card TEXT NOT NULL,  -- fsrs Card.to_json()
            due REAL NOT NULL,
            PRIMARY KEY (pack_id, question_id, question_hash)
        ) WITHOUT ROWID""",
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    ),
]

_CORRUPT = ("SQLITE_CORRUPT", "SQLITE_NOTADB")  # prefixes: extended codes too


class ProgressError(Exception):
    """The progress store cannot be used; str() is one line to show the player."""


class _Answerable(Protocol):
    """What the game hands to `record`: game.play.session's Item and Outcome fit."""

    pack: object  # .id
    question: object  # .id, .content_hash


class _Judged(Protocol):
    correct: bool
    seconds: float
    streak: int


class Answer(NamedTuple):
    pack_id: str
    question_id: str
    question_hash: str
    correct: bool
    seconds: float
    rating: Rating
    answered_at: datetime  # aware


class CardInfo(NamedTuple):
    """What the study and stats screens need of a card, without parsing its JSON."""

    due: float  # Unix seconds
    state: int  # fsrs State
    stability: float | None  # days


def rating_for(correct: bool, seconds: float, streak: int) -> Rating:
    """Wrong: Again. Right: Good, or Easy when quick and in a streak."""
    from fsrs import Rating

    if not correct:
        return Rating.Again
    if seconds < QUICK_SECONDS and streak >= STREAK_FOR_EASY:
        return Rating.Easy
    return Rating.Good


class ProgressStore:
    """The player's progress. Raises ProgressError (one line) whenever the file is unusable."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path is not None else paths.data_dir() / FILE_NAME
        self._db = _open(self.path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing

    def record(self, item: _Answerable, outcome: _Judged, now: datetime | None = None) -> Card:
        """Store one judged answer and reschedule its question; returns once it is on disk."""
        answer = Answer(
            item.pack.id, item.question.id, item.question.content_hash, bool(outcome.correct),
            float(outcome.seconds), rating_for(outcome.correct, outcome.seconds, outcome.streak),
            now or datetime.now(timezone.utc),
        )
        with self._transaction():
            return self._apply(answer)

    def record_many(self, answers: Iterable[Answer]) -> None:
        """Store answers, oldest first, in one transaction (imports and synthetic data)."""
        with self._transaction():
            for answer in answers:
                self._apply(answer)

    def _apply(self, answer: Answer) -> Card:
        at = answer.answered_at.astimezone(timezone.utc)
        key = (answer.pack_id, answer.question_id, answer.question_hash)
        answer_id = self._db.execute(
            "INSERT INTO answers (pack_id, question_id, question_hash, correct, seconds, rating, answered_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*key, int(answer.correct), answer.seconds, int(answer.rating), at.timestamp()),
        ).lastrowid
        row = self._db.execute(
            "SELECT card FROM cards WHERE pack_id = ? AND question_id = ? AND question_hash = ?", key
        ).fetchone()
        from fsrs import Card

        # A new card is named after its first answer; fsrs would otherwise sleep 1 ms to make an id.
        card = Card.from_json(row[0]) if row else Card(card_id=answer_id, due=at)
        card, _log = self._scheduler.review_card(card, answer.rating, at)
        self._db.execute(
            "INSERT OR REPLACE INTO cards (pack_id, question_id, question_hash, card, due) VALUES (?, ?, ?, ?, ?)",
            (*key, card.to_json(), card.due.timestamp()),
        )
        return card

    @cached_property
    def _scheduler(self) -> Scheduler:
        from fsrs import Scheduler

        return Scheduler(desired_retention=self.desired_retention)

    # -- settings

    @property
    def desired_retention(self) -> float:
        row = self._query("SELECT value FROM settings WHERE key = 'desired_retention'").fetchone()
        return float(row[0]) if row else DEFAULT_RETENTION

    def set_desired_retention(self, value: float) -> None:
        low, high = RETENTION_RANGE
        if not low <= value <= high:
            raise ValueError(f"desired retention must be between {low} and {high}, not {value}")
        with self._transaction():
            self._db.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES ('desired_retention', ?)", (repr(float(value)),)
            )
        self.__dict__.pop("_scheduler", None)  # made again, with the new value, when next needed

    # -- reading

    def card(self, pack_id: str, question_id: str, question_hash: str) -> Card | None:
        row = self._query(
            "SELECT card FROM cards WHERE pack_id = ? AND question_id = ? AND question_hash = ?",
            (pack_id, question_id, question_hash),
        ).fetchone()
        from fsrs import Card

        return Card.from_json(row[0]) if row else None

    def cards(self, pack_id: str) -> dict[tuple[str, str], CardInfo]:
        """(question_id, question_hash) -> CardInfo for every card of a pack, old hashes included."""
        rows = self._query(
            "SELECT question_id, question_hash, due, json_extract(card, '$.state'), json_extract(card, '$.stability')"
            " FROM cards WHERE pack_id = ?",
            (pack_id,),
        )
        return {(qid, qhash): CardInfo(due, state, stability) for qid, qhash, due, state, stability in rows}

    def totals(self) -> tuple[int, int]:
        """(answers, right answers) over the whole history."""
        answered = self._query("SELECT COUNT(*) FROM answers").fetchone()[0]
        correct = self._query("SELECT COUNT(*) FROM answers WHERE correct = 1").fetchone()[0]
        return answered, correct

    def latest_answers_since(self, since: datetime) -> list[tuple[str, str, str, bool, float]]:
        """(pack_id, question_id, question_hash, correct, answered_at) of each question's latest
        answer, for questions answered at or after `since`."""
        # SQLite takes the bare columns from the row holding MAX(id): the latest answer.
        # Insertion order, not the clock, decides "latest", so a clock set back cannot reorder.
        rows = self._query(
            "SELECT pack_id, question_id, question_hash, correct, answered_at, MAX(id) FROM answers"
            " WHERE answered_at >= ? GROUP BY pack_id, question_id, question_hash",
            (since.timestamp(),),
        )
        return [(p, q, h, bool(c), t) for p, q, h, c, t, _ in rows]

    def answered_between(self, start: float, end: float) -> bool:
        """Whether any answer was given in [start, end) (Unix seconds)."""
        return self._query(
            "SELECT 1 FROM answers WHERE answered_at >= ? AND answered_at < ? LIMIT 1", (start, end)
        ).fetchone() is not None

    # -- plumbing

    def _query(self, sql: str, params: tuple = ()) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as error:
            raise ProgressError(_describe(error, self.path)) from error

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; sqlite3 errors become ProgressError."""

    def __init__(self, db: sqlite3.Connection, path: Path):
        self.db, self.path = db, path

    def __enter__(self) -> None:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise ProgressError(_describe(error, self.path)) from error

    def __exit__(self, kind, error, trace) -> bool:
        if kind is None:
            try:
                self.db.execute("COMMIT")
                return False
            except sqlite3.Error as commit_error:
                error = commit_error
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise ProgressError(_describe(error, self.path)) from error
        return False


def _open(path: Path) -> sqlite3.Connection:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ProgressError(f"cannot create the progress folder {path.parent}: {error.strerror or error}") from None
    _check(path)
    db = None
    try:
        # isolation_level=None: transactions are explicit (see _Transaction and _migrate).
        db = sqlite3.connect(path, isolation_level=None, timeout=5.0)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
        _migrate(db, version)
        return db
    except BaseException as error:
        if db is not None:
            db.close()
        if isinstance(error, sqlite3.Error):
            raise ProgressError(_describe(error, path)) from None
        raise


def _check(path: Path) -> None:
    """Refuse a damaged file (moved aside) or a newer schema (left alone) with ProgressError,
    before a writing connection can touch it.

    A writing connection, when closed, checkpoints and deletes the WAL, which would destroy what
    a recovery needs; so the header is read by hand and the checks run read-only.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except FileNotFoundError:
        return
    except OSError as error:
        raise ProgressError(f"cannot read the progress store {path}: {error.strerror or error}") from None
    if not header:
        return  # an empty file is a database with nothing in it yet
    if header != b"SQLite format 3\x00":
        raise ProgressError(_move_aside(path, "not a SQLite database"))
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in db.execute("PRAGMA quick_check")]
            version = db.execute("PRAGMA user_version").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error as error:
        if not getattr(error, "sqlite_errorname", "").startswith(_CORRUPT):
            raise ProgressError(_describe(error, path)) from None
        problems = [str(error)]
    if problems != ["ok"]:
        raise ProgressError(_move_aside(path, problems[0]))
    if version > len(MIGRATIONS):
        raise ProgressError(
            f"progress store {path} has schema version {version}, but this QuoteQuiz knows only up to "
            f"version {len(MIGRATIONS)}: update QuoteQuiz to use it (the file is left untouched)"
        )


def _migrate(db: sqlite3.Connection, version: int) -> None:
    if version == len(MIGRATIONS):
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        # Re-read inside the write lock: another process may have migrated meanwhile.
        version = db.execute("PRAGMA user_version").fetchone()[0]
        for steps in MIGRATIONS[version:]:
            for statement in steps:
                db.execute(statement)
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
        db.execute("COMMIT")
    except BaseException:
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise


def _move_aside(path: Path, reason: str) -> str:
    """Rename the damaged file (and its WAL and shared memory) for recovery; return the message."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    try:
        # The WAL goes first: left behind, it would be replayed into the next new store.
        for suffix in ("-wal", "-shm", ""):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.replace(side, target.with_name(target.name + suffix))
    except OSError as error:
        return f"progress store {path} is damaged ({reason}) and could not be moved aside: {error.strerror or error}"
    return f"progress store {path} is damaged ({reason}); kept as {target.name} for recovery, a new one starts next time"


def _describe(error: sqlite3.Error, path: Path) -> str:
    name = getattr(error, "sqlite_errorname", "")
    if name == "SQLITE_FULL":
        return f"cannot save progress to {path}: the disk is full"
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return f"cannot write the progress store {path}: read-only or no permission ({error})"
    if name.startswith("SQLITE_BUSY"):
        return f"progress store {path} is busy: another QuoteQuiz is using it"
    return f"progress store {path} cannot be used: {error}"
