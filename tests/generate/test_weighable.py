"""Statements a player can weigh, and prompts that keep their referent (blind review 10's
failures: true copies nothing could make false, "its cost" with no war named, a count the
sentence itself lists, a length the conversion emptied)."""

from __future__ import annotations

import random

from makers import FILLERS, questions_from, saved_document

from game.generate.checks import Evidence, question_problems
from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance, weighable
from game.generate.sentences import split_sentences


def _kept_statements(folder, *lines: str) -> dict[str, set[bool]]:
    """The true/false answers weighable() keeps for each line, among checked candidates."""
    document = saved_document(folder, "doc.txt", "\n\n".join([*lines, *FILLERS]) + "\n")
    sentences = split_sentences(document)
    facts = find_facts(sentences)
    evidence = Evidence({"doc": document}, {"doc": sentences}, {"doc": facts})
    passed = [c for c in candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts))
              if not question_problems(c.question, evidence)]
    kept: dict[str, set[bool]] = {}
    for c in weighable(passed):
        if c.kind == "true_false":
            kept.setdefault(sentences[c.sentence[1]].text, set()).add(c.question["answer"])
    return kept


def test_a_true_statement_is_kept_only_beside_a_false_one_of_its_clause(tmp_path):
    agency = "The Food Standards Agency warned people to stay away from slimming products that contained DNP."
    signs = "The Packard Motor Car Company bought two neon signs in 1923."
    kept = _kept_statements(tmp_path, agency, signs)
    # no other agency to put in its place: "true" would be the safe guess
    assert agency not in kept
    # a count or a year could have been changed: the true statement stands beside its false one
    assert kept[signs] == {True, False}


def test_a_statement_of_a_plural_subject_does_not_give_its_its():
    # "its" cannot be the analysts': the war whose cost it is was named sentences before
    assert questions_from("Independent analysts estimate its cost at about $1.6 trillion.") == []
    assert questions_from("Local officials say it cost $5 million to build.") == []
    # a company's own "its" is its own
    assert questions_from("Mozilla pledges its support to 12 community groups.")


def test_in_particular_leans_on_the_sentence_before():
    assert questions_from("In particular, the Nile is the primary water source of Egypt and Sudan.") == []
    assert questions_from("The Nile is the primary water source of Egypt and Sudan.")


def test_a_count_the_sentence_lists_is_not_asked():
    listed = questions_from("The Nile has two major tributaries, the White Nile and Blue Nile.")
    assert not any("two" not in q["prompt"] or q.get("answer") is False for q in listed)
    ports = questions_from("Cyprus has three ports: Larnaca, Limassol and Famagusta.")
    assert not any("three" not in q["prompt"] for q in ports)
    # the count with no list after it is a fact to ask
    assert any("two" not in q["prompt"] for q in questions_from("The Nile has two major tributaries."))


def test_a_length_the_conversion_emptied_is_no_quote(tmp_path):
    document = saved_document(tmp_path, "nile.md", (
        "The Nile, which is about long, is an international river as its basin covers eleven countries.\n\n"
        "The Nile is about 6,650 km long and flows into the Mediterranean Sea.\n"))
    damaged, whole = split_sentences(document)
    assert damaged.quote is None and whole.quote is not None
