"""Fuzzing the pack loader: the only outcomes are a valid pack or FILE:LINE:COL problems."""

import re
import time

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game import paths
from game.packs import check_pack

SHIPPED = paths.default_pack_path().read_text(encoding="utf-8")
POSITION = re.compile(r".+:\d+:\d+: \S")

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30))
structures = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5), max_leaves=40)
fuzz_settings = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def check_outcome(tmp_path, content: bytes):
    for source in (paths.shipped_packs_dir() / "sources").iterdir():
        target = tmp_path / "sources" / source.name
        if not target.exists():
            target.parent.mkdir(exist_ok=True)
            target.write_bytes(source.read_bytes())
    path = tmp_path / "pack.yaml"
    path.write_bytes(content)
    started = time.perf_counter()
    pack, problems = check_pack(path)  # any exception fails the test
    assert time.perf_counter() - started < 1.0
    if pack is None:
        assert problems and all(POSITION.match(str(p)) for p in problems)
    else:
        assert problems == []


@fuzz_settings
@given(data=st.data())
def test_mutated_shipped_pack(tmp_path, data):
    lines = SHIPPED.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "garble", "indent", "swap"]))
        if action == "delete":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        elif action == "garble":
            cut = data.draw(st.integers(0, len(lines[at])))
            lines[at] = lines[at][:cut] + data.draw(st.text(max_size=8)) + lines[at][cut:]
        elif action == "indent":
            lines[at] = " " * data.draw(st.integers(1, 3)) + lines[at]
        else:
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
    check_outcome(tmp_path, "".join(lines).encode("utf-8"))


@fuzz_settings
@given(document=structures)
def test_random_structures(tmp_path, document):
    check_outcome(tmp_path, yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@fuzz_settings
@given(
    index=st.integers(0, 10_000),
    field=st.sampled_from(["id", "type", "prompt", "answer", "wrong", "quote", "items", "tolerance", "accept", "tags"]),
    value=structures,
)
def test_valid_pack_with_one_field_replaced(tmp_path, index, field, value):
    document = yaml.safe_load(SHIPPED)
    question = document["questions"][index % len(document["questions"])]
    question[field] = value
    check_outcome(tmp_path, yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@fuzz_settings
@given(content=st.binary(max_size=200))
def test_random_bytes(tmp_path, content):
    check_outcome(tmp_path, content)
