"""A document that names its subject in its title, not in a defining opening sentence: the
title frames prompts that lean on the subject ("Malta: In 218 B.C. it became ..."), and the
title is read as a reader sees it: a gazetteer's "CYPRUS." heading, never a picture's credit
or a section heading below the first paragraph."""

import random

import pytest
from makers import FILLERS, saved_document

from game.generate.facts import facts_of, find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance
from game.generate.sentences import Sentence

# A gazetteer entry that never says "Malta is ...": its heading names it.
MALTA = [
    "Malta lies 58 miles south of Sicily in the central Mediterranean Sea.",
    "Malta was ruled by the Knights of St John from 1530 until 1798.",
    "Malta became an independent state within the Commonwealth in 1964.",
    "The capital of Malta is Valletta, founded by Grand Master Jean de Valette.",
    "Malta joined the European Union in 2004 together with Cyprus.",
    "In 218 B.C. it became part of the Roman Republic and was governed from Sicily.",
]
LEANING = "In 218 B.C. it became part of the Roman Republic and was governed from Sicily."


def _prompts(lines: list[str], title: str, line: str) -> list[str]:
    sentences = [Sentence(0, len(t), t, t, i) for i, t in enumerate([*lines, *FILLERS])]
    facts = find_facts(sentences)
    found = candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts), title)
    return [c.question["prompt"] for c in found if sentences[c.sentence[1]].text == line]


def test_a_title_naming_what_the_text_names_again_and_again_frames_its_leaning_sentences():
    prompts = _prompts(MALTA, "Malta", LEANING)
    assert prompts and all(p.startswith("Malta: ") for p in prompts)


@pytest.mark.parametrize("title", [
    "",
    "Valletta",  # named once: the title of a page about something else
    "Malta Votes to Join the European Union in a Historic Referendum",  # a headline, not a name
    "Knights of St John and the Siege of Malta",
])
def test_a_title_that_is_no_often_named_short_name_frames_nothing(title):
    # with no subject, "it" points at nothing the player saw: the sentence is not asked
    assert _prompts(MALTA, title, LEANING) == []


@pytest.mark.parametrize("heading, title", [
    ("CYPRUS.", "Cyprus"),
    ("ST. HELENA.", "St. Helena"),
    ("ISLE OF MAN.", "Isle of Man"),
])
def test_a_gazetteer_heading_in_capitals_is_its_title_as_a_name(tmp_path, heading, title):
    text = f"{heading}\n\nSituation and Topography.\n\nThe island lies in the sea, 60 miles from the coast of the mainland.\n"
    assert saved_document(tmp_path, "entry.md", text).title == title


def test_a_markdown_file_opening_on_a_sentence_has_no_title(tmp_path):
    text = "THE island lies in the sea, 60 miles from the coast.\n\nIt has 3,000 people.\n"
    assert saved_document(tmp_path, "entry.md", text).title == ""


def test_neither_a_pictures_credit_nor_a_section_heading_is_a_plain_texts_title(tmp_path):
    text = ("Magic mushrooms can create vivid hallucinations of strange and fantastical things.\n\n"
            " Credit: WhiteHaven/Shutterstock.com View full size image\n\n"
            'Mars is the fourth planet from the sun; Chinese astronomers dubbed it "the fire star."\n\n'
            "Physical characteristics\n\n"
            "The bright rust color Mars is known for is due to iron-rich minerals in its regolith.\n\n"
            "Mars 12 inch Globe\n\n Credit: Space.com Store View full size image Mars 12 inch Globe Buy Here\n\n"
            "The moons of Mars\n\nMars has two moons, Phobos and Deimos.\n")
    assert saved_document(tmp_path, "facts.txt", text).title == ""


def test_a_headline_above_the_first_paragraph_is_still_the_title(tmp_path):
    text = ("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.\n\n"
            "New York’s aging below-street infrastructure is tough to maintain in the winter months.\n\n"
            "Water mains\n\nThe city has 6,800 miles of water mains.\n")
    assert saved_document(tmp_path, "story.txt", text).title.startswith("Manhole Fires")


# -- people an encyclopedia names by given name and surname, with no title before them

@pytest.mark.parametrize("sentence, people", [
    ("Hermitian matrices are named after Charles Hermite, who demonstrated in 1855 that they have real eigenvalues.",
     {"Charles Hermite"}),
    ("Matrix mechanics was created by Werner Heisenberg, Max Born, and Pascual Jordan in 1925.",
     {"Werner Heisenberg", "Max Born", "Pascual Jordan"}),
    ("The comet was found by Caroline Herschel and Giovanni Battista Donati in 1786.",
     {"Caroline Herschel"}),
])
def test_a_given_name_and_surname_after_by_or_after_is_a_person(sentence, people):
    found = {f.text for f in facts_of(sentence) if f.kind == "person"}
    assert people <= found


@pytest.mark.parametrize("sentence, name", [
    ("The town was named after Victoria Falls in 1905.", "Victoria Falls"),
    ("The report was funded by Santa Clara County in 2019.", "Santa Clara County"),
    ("The holiday is named after May Day and was first held in 1890.", "May Day"),
    ("The crater was named after Viking 1, which landed in 1976.", "Viking 1"),
])
def test_a_place_or_a_day_after_by_or_after_is_no_person(sentence, name):
    assert not [f for f in facts_of(sentence) if f.kind == "person" and name.startswith(f.text)]
