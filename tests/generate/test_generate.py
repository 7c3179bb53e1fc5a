"""End to end: documents in, a valid, grounded, deterministic pack out, offline."""

import argparse
import socket
import subprocess
import sys

from conftest import SEEDS, UNSEEN

from game.generate.checks import blind_scores, strict_problems
from game.generate.command import add_arguments, run
from game.packs import check_pack, load_pack
from game.textnorm import find_quote


def _run(*args) -> int:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return run(parser.parse_args([str(a) for a in args]))


def test_every_pack_loads_and_passes_the_strict_checks(generated):
    for name, path in generated.items():
        pack, problems = check_pack(path)
        assert problems == [], name
        assert strict_problems(pack) == [], name
        # Past their first sentence, the bridge report and the island article lean on it ("The bridge,
        # which carries ...", "During the closure", "In 1652 the island passed ..."): the game shows a
        # prompt alone, so only what names its subject is asked.
        assert len(pack.questions) >= (1 if name in ("harbour-bridge-news", "kestrel-island") else 4), name


def test_quotes_are_verbatim_and_answers_inside_them(generated):
    for path in generated.values():
        pack = load_pack(path)
        for question in pack.questions:
            for quote in question.quotes:
                assert find_quote(pack.sources[quote.source].text, quote.text) is not None
            if question.type in ("choice", "text"):
                assert question.answer.casefold() in question.quote.text.casefold()


def test_sources_are_copied_byte_for_byte(generated):
    pack = load_pack(generated["seeds"])
    copied = sorted(source.path.read_bytes() for source in pack.sources.values())
    assert copied == sorted(path.read_bytes() for path in SEEDS)


def test_same_documents_and_seed_give_the_same_bytes(tmp_path):
    first, second = tmp_path / "a" / "p.yaml", tmp_path / "b" / "p.yaml"
    assert _run(*SEEDS, "-o", first, "--seed", "7") == 0
    assert _run(*SEEDS, "-o", second, "--seed", "7") == 0
    assert first.read_bytes() == second.read_bytes()
    # and in a fresh interpreter, where hash seeds and caches differ
    third = tmp_path / "c" / "p.yaml"
    subprocess.run([sys.executable, "-m", "game.generate.command", *map(str, SEEDS), "-o", str(third), "--seed", "7"], check=True,
                   env={"PYTHONHASHSEED": "123", "PATH": ""}, capture_output=True)
    assert third.read_bytes() == first.read_bytes()


def test_generating_works_with_sockets_blocked(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the generator tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    assert _run(UNSEEN[0], "-o", tmp_path / "p.yaml") == 0


def test_nothing_question_worthy_writes_no_pack(tmp_path, capsys):
    doc = tmp_path / "menu.txt"
    doc.write_text("Home\nAbout us\nRead more >>\nLeave a Reply\nThe weather is pleasant and people like it here.\n")
    out = tmp_path / "p.yaml"
    assert _run(doc, "-o", out) == 1
    assert not out.exists()
    assert "nothing to ask" in capsys.readouterr().err


def test_an_unreadable_document_is_one_line(tmp_path, capsys):
    doc = tmp_path / "x.txt"
    doc.write_bytes(b"\x00\x00binary")
    assert _run(doc, "-o", tmp_path / "p.yaml") == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_blind_solvers_do_no_better_than_chance(generated):
    """Strategies that never read the document, over every generated pack together."""
    questions = [dict(q.raw) for path in generated.values() for q in load_pack(path).questions]
    for name, (right, asked, chance) in blind_scores(questions).items():
        assert asked > 0, name
        assert right <= chance + max(2, 0.15 * asked), (name, right, asked, chance)


def test_the_nothing_to_ask_message_says_what_was_found(tmp_path, capsys):
    doc = tmp_path / "speech.txt"
    doc.write_text("“We will open 12 new clinics in Ohio by 2030,” she said.\n"
                   "It was the biggest promise of her campaign, and they cheered it for 10 minutes.\n")
    assert _run(doc, "-o", tmp_path / "p.yaml") == 1
    err = capsys.readouterr().err
    assert "no sentence states a date, number or name" not in err
    assert "but none reads on its own" in err


def test_questions_that_pass_but_cannot_make_a_fair_pack_are_not_blamed_on_the_checks(tmp_path, capsys, monkeypatch):
    from game.generate import pipeline

    monkeypatch.setattr(pipeline, "select", lambda passed, count, rng: [])  # e.g. only true statements
    doc = tmp_path / "tower.txt"
    doc.write_text("The Eiffel Tower in Paris was completed in 1889 for the World's Fair.\n"
                   "Gustave Eiffel's company built the tower of 18,038 pieces of wrought iron.\n", encoding="utf-8")
    assert _run(doc, "-o", tmp_path / "p.yaml") == 1
    err = capsys.readouterr().err
    assert "passed the quality checks, but none could be kept" in err and not (tmp_path / "p.yaml").exists()
