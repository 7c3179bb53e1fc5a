"""Faults a player's machine can have, each played through the real loop: no audio device, no
usable font, a data directory that is read-only or full, a corrupt progress store, a source
document deleted after its pack was loaded, a window squeezed to 320x240 and back.

In every case the quiz is played to the end, the player is told one clear thing when
something is wrong, and no answer that was recorded is lost.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pygame
import pytest
from faultkit import MINI, MINI_DIR, Player, outside_the_window, resize

from game.packs import load_pack
from game.progress.store import ProgressStore
from game.ui.app import run_play

PACK = load_pack(MINI)
IDS = sorted(q.id for q in PACK.questions)
STORE = "progress.sqlite3"


def play(player: Player, packs=(MINI,), size=(1280, 720)) -> int:
    return run_play(list(packs), demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=size, seed=3, driver=player)


def assert_played_to_the_end(player: Player, code: int) -> None:
    assert code == 0
    assert sorted(player.asked) == IDS  # every question was asked once
    assert [q for q, _ in player.seen_feedback] == player.asked  # and each answer got its feedback
    right = len(IDS) - len(player.wrong)
    assert f"{right} of {len(IDS)}" in player.results_text
    assert player.scenes[-1] == "title"


def assert_quotes_shown(player: Player) -> None:
    by_id = {q.id: q for q in PACK.questions}
    for qid, text in player.seen_feedback:
        for quote in by_id[qid].quotes:
            assert " ".join(quote.text.split()) in text, f"{qid}: the quote is not on its feedback"
        assert "The Harbour Ferry, a short history" in text


def stored_answers(folder: Path) -> list[tuple[str, int]]:
    db = sqlite3.connect(folder / STORE)
    try:
        return db.execute("SELECT question_id, correct FROM answers ORDER BY id").fetchall()
    finally:
        db.close()


def not_saved(text: str) -> bool:
    return "Not saved:" in text


def title_warnings(player: Player) -> list[str]:
    return [block for block in player.title_blocks if "not being saved" in block.lower()]


@pytest.fixture(autouse=True)
def quick_feedback(monkeypatch):
    """The verdict mark's pop is the game's one animation; it costs the pilot 0.3 s an answer."""
    from game.ui.scenes import feedback

    monkeypatch.setattr(feedback, "POP_SECONDS", 0.001)


# -- 1. no audio device


@pytest.mark.parametrize("how", ["no-such-driver", "mixer-refuses"])
def test_without_an_audio_device_a_whole_quiz_plays_silently(how, monkeypatch, capfd):
    if how == "no-such-driver":
        monkeypatch.setenv("SDL_AUDIODRIVER", "no-such-audio-driver")  # SDL reads it when the mixer starts
    else:
        def refuse(*args, **kwargs):
            raise pygame.error("No available audio device")

        monkeypatch.setattr(pygame.mixer, "init", refuse)
    cues = []
    player = Player(wrong=frozenset({"electric"}), before=lambda app: cues.append(app.ui.cues.audible))
    code = play(player)
    assert_played_to_the_end(player, code)
    assert cues and not any(cues)  # silent throughout, rather than failing
    err = capfd.readouterr().err
    assert "Traceback" not in err and "rror" not in err, err


# -- 2. no usable font


def _point_the_font_lookup_at(monkeypatch, make):
    """Make the game look for its fonts where `make(weight)` says (it may raise, as when the
    font package is not installed)."""
    from game.ui import text

    monkeypatch.setattr(text, "font_files", lambda: (make(400), make(700)))


@pytest.mark.parametrize("how", ["missing-file", "garbage-file", "not-installed"])
def test_without_a_usable_font_the_game_plays_in_pygames_own(how, tmp_path, monkeypatch, capfd):
    def make(weight):
        if how == "not-installed":
            raise ModuleNotFoundError("No module named 'fontpkg_atkinson_hyperlegible'")
        font = tmp_path / f"font-{weight}.ttf"
        if how == "garbage-file":
            font.write_bytes(os.urandom(4000))
        return font

    _point_the_font_lookup_at(monkeypatch, make)
    widths = []
    player = Player(before=lambda app: widths.append((app.ui.text.width("Harbour", 30), pygame.font.Font(None, 30).size("Harbour")[0])))
    code = play(player)
    assert_played_to_the_end(player, code)
    assert_quotes_shown(player)
    assert widths and all(got == fallback for got, fallback in widths)  # measured in the fallback font
    assert "Traceback" not in capfd.readouterr().err


@pytest.mark.parametrize("how", ["deleted", "overwritten"])
def test_a_font_file_lost_while_playing_does_not_stop_the_game(how, tmp_path, monkeypatch):
    """Fonts are opened per size as layouts need them: a window resized after the font file
    went away needs sizes never opened before."""
    from game.ui import text

    real = dict(zip((400, 700), text.font_files()))
    copies = {weight: tmp_path / real[weight].name for weight in real}
    for weight in real:
        shutil.copy(real[weight], copies[weight])
    _point_the_font_lookup_at(monkeypatch, lambda weight: copies[weight])
    sizes = []

    def lose_the_font_then_resize(app):
        if app.top.name != "question" or len(sizes) >= 3:
            return False
        sizes.append(app.top.size)
        if len(sizes) == 1:
            for copy in copies.values():
                copy.unlink() if how == "deleted" else copy.write_bytes(b"\0" * copy.stat().st_size)
            resize((320, 240))
        elif len(sizes) == 2:
            resize((1111, 555))
        return len(sizes) < 3

    player = Player(before=lose_the_font_then_resize)
    code = play(player)
    assert_played_to_the_end(player, code)
    assert sizes == [(1280, 720), (320, 240), (1111, 555)]
    assert_quotes_shown(player)


# -- 3. a data directory that cannot be written


def _run_without_root_powers(folder: Path) -> tuple[dict, str]:
    prefix = []
    if os.geteuid() == 0:  # root writes anywhere: run the game without the powers that allow it
        if not shutil.which("setpriv"):
            pytest.skip("running as root and setpriv is missing: cannot make a folder read-only")
        prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--"]
    script = Path(__file__).with_name("play_in_child.py")
    run = subprocess.run([*prefix, sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "QUOTEQUIZ_DATA_DIR": str(folder)}, cwd=Path(__file__).parents[2])
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    if seen["writable"]:
        pytest.skip("this process can write to a folder it may not write to: cannot test read-only here")
    return seen, run.stderr


@pytest.mark.parametrize("before", ["empty", "with-progress"])
def test_a_read_only_data_directory_is_one_clear_line_and_loses_nothing(before, tmp_path, monkeypatch):
    folder = tmp_path / "data"
    folder.mkdir()
    if before == "with-progress":  # answers saved on an earlier day, when the folder was writable
        earlier = Player(wrong=frozenset({"island"}))
        monkeypatch.setenv("QUOTEQUIZ_DATA_DIR", str(folder))
        assert_played_to_the_end(earlier, play(earlier))
        saved = stored_answers(folder)
        assert len(saved) == len(IDS)
    files = _files_in(folder)  # the store, and the pack cache the earlier game left
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        seen, err = _run_without_root_powers(folder)
    finally:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
    player = Player()
    player.asked, player.seen_feedback, player.results_text = seen["asked"], seen["feedback"], seen["results"]
    player.title_blocks, player.scenes = seen["title"], seen["scenes"]
    assert_played_to_the_end(player, seen["code"])

    # One line at start, the same one on the title, and each answer says it was not saved.
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quotequiz: ") and "read-only" in lines[0], err
    assert lines[0].endswith("playing without saving progress")
    [warning] = title_warnings(player)
    assert "read-only" in warning and not warning.endswith("…")
    assert all(not_saved(text) and "read-only" in text for _, text in player.seen_feedback)
    # Nothing was written, nothing was lost.
    assert _files_in(folder) == files
    if before == "with-progress":
        assert stored_answers(folder) == saved


def _files_in(folder):
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_full_disk_mid_quiz_says_so_and_keeps_what_was_saved_before(user_data_dir):
    # Small pages: each new question's card needs a page of its own, so once the file may not
    # grow (max_page_count: SQLite then reports SQLITE_FULL, as on a full disk) no answer fits.
    db = sqlite3.connect(user_data_dir / STORE)
    db.execute("PRAGMA page_size = 512")
    db.execute("PRAGMA user_version = 0")
    db.close()
    before_full = 3

    def fill_the_disk(app):
        if app.top.name == "question" and len(player.asked) == before_full and not filled:
            store = app.ui.study.store
            pages = store._db.execute("PRAGMA page_count").fetchone()[0]
            store._db.execute(f"PRAGMA max_page_count = {pages}")
            filled.append(pages)
        return False

    filled = []
    player = Player(wrong=frozenset({"builder", "passengers"}), before=fill_the_disk)
    code = play(player)
    assert_played_to_the_end(player, code)
    assert filled

    saved = stored_answers(user_data_dir)
    # Every answer before the disk filled is in the store, as played.
    assert saved[:before_full] == [(q, int(q not in player.wrong)) for q in player.asked[:before_full]]
    # Each feedback told the truth: "Not saved" exactly for the answers that are not in the store.
    stored_ids = [q for q, _ in saved]
    for qid, text in player.seen_feedback:
        assert not_saved(text) == (qid not in stored_ids), (qid, text)
        if not_saved(text):
            assert "disk is full" in text
    assert len(saved) < len(IDS)  # the fault really struck
    # Back on the title the player is told, once, that progress is not being saved.
    [warning] = title_warnings(player)
    assert "disk is full" in warning and not warning.endswith("…")


# -- 4. a corrupt progress store


def _garbage(folder: Path) -> None:
    (folder / STORE).write_bytes(b"\x00\xffnot a database at all\n" * 500)


def _truncated(folder: Path) -> None:
    with ProgressStore(folder / STORE) as store:  # a real store with real answers...
        for question in PACK.questions * 40:
            store.record(SimpleNamespace(pack=PACK, question=question), SimpleNamespace(correct=True, seconds=5.0, streak=0))
    path = folder / STORE
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])  # ...cut in half


@pytest.mark.parametrize("damage", [_garbage, _truncated], ids=["garbage", "truncated"])
def test_a_corrupt_store_is_kept_aside_play_goes_on_and_the_next_start_is_fresh(damage, user_data_dir, capfd):
    damage(user_data_dir)
    damaged = (user_data_dir / STORE).read_bytes()

    player = Player(wrong=frozenset({"winter"}))
    code = play(player)
    assert_played_to_the_end(player, code)
    lines = capfd.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "kept as progress.sqlite3.broken-" in lines[0], lines
    kept_files = sorted(p.name for p in user_data_dir.iterdir() if p.name.startswith(f"{STORE}.broken-"))
    assert kept_files, "the damaged store was not kept"
    kept = user_data_dir / kept_files[0]  # with its -wal and -shm, if it had them
    assert all(name.startswith(kept.name) for name in kept_files), kept_files
    assert kept.read_bytes() == damaged  # every byte kept for recovery
    assert kept.name in lines[0]
    assert all(not_saved(text) for _, text in player.seen_feedback)
    [warning] = title_warnings(player)
    assert kept.name in warning and not warning.endswith("…")

    again = Player(wrong=frozenset({"winter"}))
    code = play(again)
    assert_played_to_the_end(again, code)
    assert capfd.readouterr().err == ""
    assert not any(not_saved(text) for _, text in again.seen_feedback)
    assert title_warnings(again) == []
    assert stored_answers(user_data_dir) == [(q, int(q != "winter")) for q in again.asked]
    assert kept.read_bytes() == damaged


# -- 5. a source document deleted after its pack was loaded


@pytest.mark.parametrize("how", ["deleted", "emptied", "made-a-folder"])
def test_a_source_lost_after_loading_still_shows_its_quotes(how, tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(MINI_DIR, folder)
    source = folder / "sources" / "harbour.txt"
    lost = []

    def lose_the_source(app):
        if not lost:
            source.unlink()
            if how == "emptied":
                source.write_bytes(b"")
            elif how == "made-a-folder":  # unreadable even for root
                source.mkdir()
            lost.append(True)
        return False

    player = Player(wrong=frozenset({"electric", "history"}), before=lose_the_source)
    code = play(player, packs=[folder / "mini.yaml"])
    assert lost
    assert_played_to_the_end(player, code)
    assert_quotes_shown(player)
    assert "Right answer: True" in dict(player.seen_feedback)["electric"]


# -- 6. a window squeezed to 320x240 and back


def test_a_window_resized_to_320x240_and_back_is_laid_out_again_and_still_plays():
    steps = []

    def squeeze_and_restore(app):
        scene = app.top
        if scene.name not in ("question", "feedback") or sum(s[0] == scene.name for s in steps) >= 3:
            return False
        steps.append((scene.name, scene.size, outside_the_window(scene, scene.size)))
        done = sum(s[0] == scene.name for s in steps)
        if done == 1:
            resize((320, 240), pygame.VIDEORESIZE)
        elif done == 2:
            resize((1280, 720), pygame.WINDOWSIZECHANGED)
        return done < 3

    player = Player(wrong=frozenset({"builder"}), before=squeeze_and_restore)
    code = play(player)
    assert_played_to_the_end(player, code)
    assert_quotes_shown(player)
    sizes = [(name, size) for name, size, _ in steps]
    assert sizes == [(name, size) for name in ("question", "feedback") for size in ((1280, 720), (320, 240), (1280, 720))]
    for name, size, outside in steps:
        if size == (1280, 720):
            assert outside == [], f"{name} at {size}: {outside}"
