"""Stores that cannot be used: one clear ProgressError, and nothing the player had is lost."""

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from progress_helpers import NOW, item, outcome

from game.progress import commands, store as store_module
from game.progress.store import MIGRATIONS, ProgressError, ProgressStore

REPO = Path(__file__).resolve().parents[2]


def _tables(path):
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA user_version").fetchone()[0], {
            row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")
        }
    finally:
        db.close()


def _broken_files(folder):
    return sorted(p.name for p in folder.iterdir() if ".broken-" in p.name)


def test_an_empty_file_is_migrated_from_version_0(data_dir):
    data_dir.mkdir()
    (data_dir / "progress.sqlite3").write_bytes(b"")
    ProgressStore().close()
    version, names = _tables(data_dir / "progress.sqlite3")
    assert version == len(MIGRATIONS)
    assert {"answers", "cards", "settings", "answers_by_time"} <= names


def test_an_older_schema_is_migrated_keeping_its_data(data_dir, packs, monkeypatch):
    with ProgressStore() as old:
        old.record(item(packs[0], packs[0].questions[0]), outcome(True), now=NOW)
    newer = MIGRATIONS + [("ALTER TABLE answers ADD COLUMN note TEXT",)]
    monkeypatch.setattr(store_module, "MIGRATIONS", newer)
    with ProgressStore() as upgraded:
        assert upgraded.totals() == (1, 1)
        assert upgraded._db.execute("SELECT note FROM answers").fetchall() == [(None,)]
    assert _tables(data_dir / "progress.sqlite3")[0] == len(newer)


def test_a_failing_migration_changes_nothing(data_dir, packs, monkeypatch):
    ProgressStore().close()
    failing = MIGRATIONS + [("CREATE TABLE extra (x)", "ALTER TABLE nowhere ADD COLUMN y")]
    monkeypatch.setattr(store_module, "MIGRATIONS", failing)
    with pytest.raises(ProgressError, match="no such table: nowhere"):
        ProgressStore()
    version, names = _tables(data_dir / "progress.sqlite3")
    assert version == len(MIGRATIONS) and "extra" not in names


def test_a_file_that_is_not_sqlite_is_moved_aside_intact(data_dir):
    data_dir.mkdir()
    junk = b"these are not the answers you are looking for\n" * 100
    (data_dir / "progress.sqlite3").write_bytes(junk)
    with pytest.raises(ProgressError) as caught:
        ProgressStore()
    message = str(caught.value)
    assert "\n" not in message and "damaged" in message
    [kept] = _broken_files(data_dir)
    assert kept in message
    assert (data_dir / kept).read_bytes() == junk
    assert not (data_dir / "progress.sqlite3").exists()
    ProgressStore().close()  # and the next start begins afresh


def test_a_corrupt_database_is_moved_aside_intact(data_dir, packs):
    with ProgressStore() as store:
        for n in range(300):
            store.record(item(packs[0], packs[0].questions[n % 5]), outcome(n % 2 == 0), now=NOW)
    path = data_dir / "progress.sqlite3"
    assert not Path(f"{path}-wal").exists()  # checkpointed on close: the pages are in the file
    damaged = bytearray(path.read_bytes())
    page = 4096
    damaged[3 * page: 5 * page] = os.urandom(2 * page)
    path.write_bytes(bytes(damaged))
    with pytest.raises(ProgressError, match="damaged"):
        ProgressStore()
    kept = _broken_files(data_dir)[0]  # with any -wal and -shm beside it
    assert (data_dir / kept).read_bytes() == bytes(damaged)
    assert not path.exists()


def test_the_wal_moves_aside_with_its_database(data_dir):
    data_dir.mkdir()
    path = data_dir / "progress.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    Path(f"{path}-wal").write_bytes(b"wal bytes")
    with pytest.raises(ProgressError):
        ProgressStore()
    kept = _broken_files(data_dir)
    assert len(kept) == 2 and kept[1] == kept[0] + "-wal"
    assert (data_dir / kept[1]).read_bytes() == b"wal bytes"
    assert not Path(f"{path}-wal").exists()


def test_a_newer_schema_is_refused_and_left_in_place(data_dir):
    ProgressStore().close()
    path = data_dir / "progress.sqlite3"
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 5}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(ProgressError) as caught:
        ProgressStore()
    message = str(caught.value)
    assert f"schema version {len(MIGRATIONS) + 5}" in message and "\n" not in message
    assert path.read_bytes() == before
    assert _broken_files(data_dir) == []


def _run_without_root_powers(script: str, folder: Path) -> subprocess.CompletedProcess:
    # root writes anywhere, so as root the check runs without the capabilities that allow it.
    prefix = []
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root and setpriv is missing: cannot make a folder read-only")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    return subprocess.run([*prefix, sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, "QUOTEQUIZ_DATA_DIR": str(folder)})


def test_a_read_only_folder_is_one_clear_error(tmp_path):
    folder = tmp_path / "read-only"
    folder.mkdir()
    try:
        folder.chmod(0o555)
        run = _run_without_root_powers(
            "from game.progress.store import ProgressStore, ProgressError\n"
            "try:\n    ProgressStore()\nexcept ProgressError as e:\n    print(e)\n", folder)
        assert run.returncode == 0, run.stderr
        assert run.stdout.count("\n") == 1
        assert "read-only or no permission" in run.stdout and str(folder) in run.stdout
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_the_stats_command_reports_a_broken_store_in_one_line(data_dir, capsys):
    ProgressStore().close()
    db = sqlite3.connect(data_dir / "progress.sqlite3")
    db.execute("PRAGMA user_version = 99")
    db.close()
    assert commands.stats_command(json_output=True, pack_paths=[]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("quotequiz: progress store") and captured.err.count("\n") == 1
