"""Order questions: events dated by the right date, whole items, and chronological tables."""

import random
from pathlib import Path

from game.generate.facts import find_facts
from game.generate.order import events, order_candidates
from game.generate.records import records
from game.generate.sentences import split_sentences
from game.generate.text import read_document
from game.textnorm import fold_quote

TABLE = """A Table of Leading Events

We give here a table of leading events from the year 800 B.C. onward.

B.C.
    Ancient times

800.
    The building of Carthage.

776.
    First Olympiad.

753.
    Rome built.

490.
    Battle of Marathon.

484.
    Herodotus born. Aeschylus won his first prize for tragedy.

431.
    Peloponnesian War began (to 404).

A.D.
    Christian Era began.

14.
    Augustus died. Tiberius emperor.

269.
    The Emperor Claudius defeated the Goths at Nish.

210.
    Aurelian became emperor.

272.
    Zenobia carried captive to Rome.

410.
    The Visigoths under Alaric captured Rome.
"""


def _events(tmp_path: Path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    sentences = split_sentences(document)
    return document, events("s", sentences, find_facts(sentences), records(document))


def test_a_timeline_gives_order_questions_with_right_keys(tmp_path):
    document, found = _events(tmp_path, TABLE)
    years = {e.item: e.interval[0][0] for e in found}
    # The era in force: B.C. until the "A.D." line, so 800 comes before 753, and 753 before 14.
    assert years["The building of Carthage"] == -800 and years["Rome built"] == -753
    assert years["Augustus died"] == 14 and years["The Visigoths under Alaric captured Rome"] == 410
    assert years["Herodotus born"] == -484
    assert years["Peloponnesian War began"] == -431  # the aside "(to 404)" is no part of the item
    # "269. ... 210. ... 272.": a misprint out of sequence is not asked about.
    assert "Aurelian became emperor" not in years
    questions = [c.question for c in order_candidates(found, random.Random(3))]
    assert questions
    folded = fold_quote(document.text)
    for question in questions:
        dates = [years[item] for item in question["items"]]
        assert dates == sorted(dates) and len(set(dates)) == len(dates)
        assert not any(ch.isdigit() for item in question["items"] for ch in item)
        for quote in question["quote"]:
            assert fold_quote(quote["text"]) in folded
            assert quote["text"].split()[0].rstrip(".").isdigit()  # the quote shows the date line
        # The quotes show "753." but not the era set above: the explanation names it.
        assert all(era in question["explanation"] for era in ("B.C." if d < 0 else "A.D." for d in dates))


def test_short_lines_of_an_ordinary_article_are_not_dates(tmp_path):
    text = ("How to Repair a Pothole\n\n1.\n    Clear the hole of water and debris.\n\n2.\n    Fill it with hot asphalt.\n\n"
            "3.\n    Compact the patch with a roller.\n\n2021\n\nThe city filled more potholes than ever before, officials said.\n")
    _, found = _events(tmp_path, text)
    assert found == []


def test_a_date_inside_a_clause_never_dates_the_main_event(tmp_path):
    text = ("A colleague of Rothman's then remembered that a graduate student named Sarah Gille had studied at MIT in the 1990s.\n\n"
            "The meteorologist Edward Lorenz, who was born in 1917, won the Kyoto Prize for basic sciences.\n\n"
            "With further online searches, Rothman found a wedding announcement from 1959.\n\n"
            "By 2010 the water department had replaced every cast-iron main in the borough.\n\n"
            "The city planned to open a new treatment plant on the river in 2030.\n\n"
            "The world watched as more than 120,000 people were airlifted from Afghanistan in August 2021.\n")
    _, found = _events(tmp_path, text)
    assert [(e.item, e.date) for e in found] == [("More than 120,000 people were airlifted from Afghanistan", "August 2021")]


def test_fragments_never_become_items(tmp_path):
    text = ("Mozilla is a free-software community, created in 1998 by members of Netscape.\n\n"
            "Bugzilla is a bug tracking system, which was released as open source software by Netscape in 1998 along with the rest of the codebase.\n\n"
            "On July 16, 2012, Mitchell Baker announced that Mozilla's leadership had come to the conclusion that on-going stability was the most important thing for Thunderbird.\n\n"
            "In the fall of 2017, the geophysicist Daniel Rothman, co-director of MIT's Lorenz Center, was preparing for an upcoming symposium.\n\n"
            "In 1972, the seagull was deposed when a conference organizer, unable to check back with Lorenz, wrote his own title for the talk.\n\n"
            "Valentina Tereshkova became the first woman in space in June 1963, three years after her selection.\n")
    _, found = _events(tmp_path, text)
    # "The seagull was deposed" is whole, but leans on a seagull the player never met.
    assert sorted(e.item for e in found) == ["Valentina Tereshkova became the first woman in space"]


def test_an_opening_date_dates_each_verb_and_a_closing_one_only_its_own(tmp_path):
    text = ("In 221 BC, Qin Shi Huang conquered the various warring states and created for himself the title of emperor of the Qin.\n\n"
            "The Government Mill on the island of St Helena opened in 1907, but was closed down in May, 1910, on exhaustion of leaf.\n\n"
            "The Royal Society of London was founded in 1660 and received its royal charter from Charles II in 1662.\n")
    _, found = _events(tmp_path, text)
    # "was founded in 1660 and received ... in 1662": the first date closes no clause of its own.
    assert sorted((e.item, e.date) for e in found) == [
        ("Qin Shi Huang conquered the various warring states", "221 BC"),
        ("The Government Mill on the island of St Helena opened", "1907")]
