"""Plain-text chronologies of other shapes: a year line ("738.") above an indented entry, the
era set by a heading line ("B.C.", "A.D.") above them all."""

import random

from makers import saved_document

from game.generate.facts import find_facts
from game.generate.questions import candidates as sentence_candidates
from game.generate.rank import Importance
from game.generate.records import candidates, records, untold_years
from game.generate.sentences import split_sentences

# An outline of history's closing table, as a plain text file gives it.
TABLE = """Chronological Table

About the year 1000 B.C. the Aryan peoples were establishing themselves in the peninsulas of
Spain, Italy, and the Balkans. In 1100 B.C. Tiglath Pileser I had taken Babylon.

B.C.
    Ancient times

753.
    Rome built.

745.
    Tiglath Pileser III conquered Babylonia and founded the New Assyrian Empire.

738.
    Menahem, king of Israel, bought off Tiglath Pileser III.

722.
    Sargon II armed the Assyrians with iron weapons.

586.
    Nebuchadnezzar carried off the Jews to Babylon. Many fled to Egypt and settled there.

A.D.
    Christian Era began.

14.
    Augustus died. Tiberius emperor.

410.
    The Visigoths under Alaric captured Rome.
"""


def _sentence_prompts(tmp_path, text):
    document = saved_document(tmp_path, "outline.txt", text)
    sentences = split_sentences(document)
    facts = find_facts(sentences)
    years = untold_years(sentences, records(document))
    return [c.question["prompt"] for c in sentence_candidates("s", sentences, facts, random.Random(1),
                                                              Importance(sentences, facts), "", years)]


def test_entries_under_year_lines_take_the_era_of_the_heading_above(tmp_path):
    found = {r.entry: r.value[0] for r in records(saved_document(tmp_path, "outline.txt", TABLE))}
    assert found["Rome built."] == -753 and found["Menahem, king of Israel, bought off Tiglath Pileser III."] == -738
    assert found["Many fled to Egypt and settled there."] == -586  # each sentence of an entry has its date
    assert found["The Visigoths under Alaric captured Rome."] == 410
    # The prose above the table and the era headings' notes are no entries.
    assert not any("Aryan" in entry or "Tiglath Pileser I had" in entry or "Ancient" in entry for entry in found)


def test_sentence_questions_of_an_entry_name_its_year_and_era(tmp_path):
    prompts = _sentence_prompts(tmp_path, TABLE)
    menahem = [p for p in prompts if "Menahem" in p]
    babylon = [p for p in prompts if "Jews" in p]
    assert menahem and babylon
    assert all(p.startswith("738 B.C.: ") for p in menahem) and all(p.startswith("586 B.C.: ") for p in babylon)
    # The prose states its own year: it gets no lead-in.
    assert not any(p.startswith(("1000", "1100")) for p in prompts)


def test_year_questions_of_a_chronology_give_the_era(tmp_path):
    document = saved_document(tmp_path, "outline.txt", TABLE)
    by_prompt = {c.question["prompt"]: c.question for c in candidates("s", records(document), random.Random(1))}
    sargon = by_prompt["Which year does the list give for “Sargon II armed the Assyrians with iron weapons”?"]
    assert sargon["answer"] == "722 B.C." and all(w.endswith(" B.C.") for w in sargon["wrong"])
    assert sargon["quote"]["text"].startswith("722.")
    # "Rome" stands in another entry of another year: which year goes with it is open.
    assert not any("Rome" in prompt for prompt in by_prompt)


def test_numbered_steps_are_no_chronology(tmp_path):
    text = ("How to Repair a Pothole\n\n1.\n    Clear the hole of water and debris.\n\n2.\n    Fill it with hot asphalt.\n\n"
            "3.\n    Compact the patch with a roller, which takes about ten minutes.\n")
    assert records(saved_document(tmp_path, "pothole.txt", text)) == []


def test_a_sentence_naming_another_year_gets_no_lead_in(tmp_path):
    text = TABLE.replace("Many fled to Egypt and settled there.", "Many fled to Egypt in 582 B.C. and settled there.")
    prompts = [p for p in _sentence_prompts(tmp_path, text) if "settled" in p]
    assert prompts and not any(p.startswith("586") for p in prompts)
