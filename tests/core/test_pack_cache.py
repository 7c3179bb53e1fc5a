"""The cache of parsed packs: a pack played before starts without YAML, and the cache never
serves an edited pack, never hides a problem, and shrugs off a damaged or stale entry."""

import datetime
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.packs import cache as cache_module
from game.packs.cache import LOADER, PackCache
from game.packs.catalog import load_packs

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "fixtures" / "mini" / "mini.yaml"


@pytest.fixture
def pack(tmp_path):
    """A copy of the mini pack and its source that a test may edit."""
    shutil.copytree(MINI.parent, tmp_path / "mini")
    return tmp_path / "mini" / MINI.name


@pytest.fixture
def entry(user_data_dir, pack):
    return PackCache(user_data_dir / "cache").entry_path(pack)


def title_of(path):
    packs, problems = load_packs([path])
    assert not problems, problems
    return packs[0].title


def edit_cached(entry, change):
    cached = json.loads(entry.read_text(encoding="utf-8"))
    change(cached)
    entry.write_text(json.dumps(cached), encoding="utf-8")


def test_a_pack_loaded_before_starts_without_importing_yaml(pack, user_data_dir):
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from game.packs.catalog import load_packs\n"
        "packs, problems = load_packs([Path(sys.argv[1])])\n"
        "print(len(packs[0].questions), not problems, 'yaml' in sys.modules)\n"
    )
    env = {**os.environ, "QUOTEQUIZ_DATA_DIR": str(user_data_dir)}

    def run():
        done = subprocess.run([sys.executable, "-c", script, str(pack)], capture_output=True, text=True, env=env, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return done.stdout.split()

    assert run() == ["6", "True", "True"]  # first time: parsed, and the parse kept
    assert run() == ["6", "True", "False"]


def test_the_cached_parse_is_what_loads(pack, entry):
    title_of(pack)
    edit_cached(entry, lambda cached: cached["data"].update(title="From the cache"))
    assert title_of(pack) == "From the cache"


def test_an_edited_pack_is_parsed_again_and_its_entry_replaced(pack, entry):
    title_of(pack)
    pack.write_text(pack.read_text(encoding="utf-8").replace("title: The Harbour Ferry", "title: The Night Ferry"), encoding="utf-8")
    assert title_of(pack) == "The Night Ferry"
    assert json.loads(entry.read_text(encoding="utf-8"))["data"]["title"] == "The Night Ferry"


@pytest.mark.parametrize("damage", [
    lambda entry: entry.write_bytes(b"\x00\xff not json at all"),
    lambda entry: entry.write_text(entry.read_text(encoding="utf-8")[:200], encoding="utf-8"),  # cut short
    lambda entry: entry.write_text("[1, 2, 3]", encoding="utf-8"),
    lambda entry: edit_cached(entry, lambda cached: cached.update(loader=LOADER + 1)),  # another loader's
    lambda entry: edit_cached(entry, lambda cached: cached.update(text="quotequiz: 1\n")),  # another text's
])
def test_a_damaged_or_stale_entry_is_ignored_and_written_again(pack, entry, damage):
    title_of(pack)
    damage(entry)
    assert title_of(pack) == "The Harbour Ferry"
    cached = json.loads(entry.read_text(encoding="utf-8"))
    assert cached["loader"] == LOADER and cached["text"] == pack.read_text(encoding="utf-8")


def test_a_source_edited_after_caching_is_checked_again(pack):
    title_of(pack)
    source = pack.parent / "sources" / "harbour.txt"
    source.write_text(source.read_text(encoding="utf-8").replace("Lindqvist", "Lindgren"), encoding="utf-8")
    packs, problems = load_packs([pack])
    assert packs == []
    assert any("quote not found in source 'harbour'" in p.message and "Lindqvist" in p.message for p in problems)


def test_an_entry_edited_into_a_broken_question_is_parsed_again_not_trusted(pack, entry):
    title_of(pack)
    edit_cached(entry, lambda cached: cached["data"]["questions"][0].update(answer="Harland"))
    assert title_of(pack) == "The Harbour Ferry"  # the pack on disk is fine
    assert json.loads(entry.read_text(encoding="utf-8"))["data"]["questions"][0]["answer"] == "Lindqvist"


def test_a_broken_pack_is_reported_every_time_and_never_cached(pack, entry):
    broken = pack.read_text(encoding="utf-8").replace("answer: Lindqvist", "answer: Lindkvist")
    pack.write_text(broken, encoding="utf-8")
    for _ in range(2):
        packs, problems = load_packs([pack])
        assert packs == [] and "does not occur in the quote" in problems[0].message
        assert problems[0].line == broken.splitlines().index("    answer: Lindkvist") + 1
    assert not entry.exists()


def test_packs_of_the_same_name_in_different_folders_are_kept_apart(pack, tmp_path):
    other = tmp_path / "other" / MINI.name
    shutil.copytree(pack.parent, other.parent)
    other.write_text(other.read_text(encoding="utf-8").replace("title: The Harbour Ferry", "title: The Other Ferry"), encoding="utf-8")
    for _ in range(2):
        assert (title_of(pack), title_of(other)) == ("The Harbour Ferry", "The Other Ferry")


def test_data_json_cannot_carry_exactly_is_not_cached(tmp_path):
    cache = PackCache(tmp_path / "cache")
    path = tmp_path / "pack.yaml"
    for data in ({"written": datetime.date(2021, 8, 31)}, {1: "a key that is not text"}):
        cache.put(path, "text", data)
        assert cache.get(path, "text") is None
    assert not cache.entry_path(path).exists()


def test_a_cache_that_cannot_be_written_is_no_problem(pack, user_data_dir):
    (user_data_dir / "cache").write_text("a file where the cache folder would go", encoding="utf-8")
    for _ in range(2):
        assert title_of(pack) == "The Harbour Ferry"


def test_the_cache_keeps_the_packs_used_last_and_drops_the_rest(tmp_path, user_data_dir, monkeypatch):
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 3)
    copies = []
    for name in "abcd":
        shutil.copytree(MINI.parent, tmp_path / name)
        copies.append(tmp_path / name / MINI.name)
    entries = [PackCache(user_data_dir / "cache").entry_path(path) for path in copies]
    a, b, c, d = copies
    for path in (a, b, c, a, d):  # a is played again before d, the fourth pack, is first played
        title_of(path)
        time.sleep(0.05)  # file times are coarse
    assert [entry.exists() for entry in entries] == [True, False, True, True]
    assert len(list((user_data_dir / "cache").iterdir())) == 3


def test_a_pack_whose_aliases_repeat_a_long_text_loads_but_is_not_cached(pack, entry):
    # An anchored 20,000-character explanation used as 300 tags: a 26 KB pack whose data
    # would be a 6 MB entry (and with more of the same, gigabytes).
    text = pack.read_text(encoding="utf-8")
    long = "A long explanation. " * 1000
    anchored = text.replace("    explanation:", f"    tags: [{', '.join(['*long'] * 300)}]\n    explanation:", 1)
    anchored = anchored.replace("title: The Harbour Ferry", f"title: The Harbour Ferry\ndescription: &long '{long}'", 1)
    pack.write_text(anchored, encoding="utf-8")
    started = time.perf_counter()
    for _ in range(2):
        packs, problems = load_packs([pack])
        assert not problems and len(packs[0].questions[0].tags) == 300
    assert time.perf_counter() - started < 1
    assert not entry.exists()
