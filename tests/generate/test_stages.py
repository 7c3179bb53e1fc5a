"""Each pipeline stage alone: reading, sentences, facts."""

from pathlib import Path

import pytest
from conftest import SEEDS

from game.generate.facts import find_facts
from game.generate.sentences import Sentence, split_sentences
from game.generate.text import DocumentError, read_document


def _doc(tmp_path: Path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _facts(text: str):
    return find_facts([Sentence(0, len(text), text, text, 0)])[0]


@pytest.mark.parametrize("content, message", [(b"", "empty"), (b"  \n", "empty"), (b"\x00\x01PNG", "binary"), (b"\xff\xfeab", "UTF-8")])
def test_unusable_files_get_one_clear_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError) as error:
        read_document(path)
    assert message in str(error.value) and "\n" not in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(DocumentError, match="not found"):
        read_document(tmp_path / "nope.txt")


def test_sentence_offsets_are_exact_and_abbreviations_hold(tmp_path):
    text = "Headline Without An End\n\nThe U.S. embassy closed on Aug. 15, 2021, said Luis A. Jimenez Jr. of the State Department.\nA second paragraph begins here and ends here.\n"
    document = _doc(tmp_path, text)
    sentences = split_sentences(document)
    assert [s.text for s in sentences] == [
        "The U.S. embassy closed on Aug. 15, 2021, said Luis A. Jimenez Jr. of the State Department.",
        "A second paragraph begins here and ends here.",
    ]
    for s in sentences:
        assert text[s.start:s.end] == s.text == s.quote
    assert sentences[0].paragraph != sentences[1].paragraph


def test_clutter_is_dropped_from_the_seed_documents():
    kept = " ".join(s.text for path in SEEDS for s in split_sentences(read_document(path)))
    for clutter in ("Read more", "Leave a Reply", "email address", "Compiled by", "Antony Blinken\n", "To view source"):
        assert clutter not in kept
    assert "Kabul team demonstrates extraordinary resolve amid chaos" not in kept  # a headline
    assert "The Taliban are seeking international recognition" in kept


def test_markdown_is_analysed_plain_but_quoted_from_the_file(tmp_path):
    text = "# Title here\n\nThe *island* has 830 people.\n\nIts harbour was built in 1284 by monks.\n\n## References\n\n1. Smith, J. (2004). A book. Press.\n"
    document = _doc(tmp_path, text, "doc.md")
    sentences = split_sentences(document)
    assert [s.text for s in sentences] == ["The island has 830 people.", "Its harbour was built in 1284 by monks."]
    assert sentences[0].quote == "The *island* has 830 people."  # emphasis marks kept: the file's own words
    assert sentences[1].quote == "Its harbour was built in 1284 by monks."


def test_html_text_comes_from_a_parser_and_maps_back(tmp_path):
    text = "<html><head><script>var a = 'Read more.';</script></head><body><nav>Home</nav><p>The bridge opened in 1958 and was renovated in 1994.</p><footer>&copy; 2024</footer></body></html>"
    document = _doc(tmp_path, text, "doc.html")
    [sentence] = split_sentences(document)
    assert sentence.quote == "The bridge opened in 1958 and was renovated in 1994."
    assert sentence.quote in text


def test_dates_keep_their_precision_and_never_invent():
    facts = {f.text: (f.value, f.detail) for f in _facts(
        "It began in August 2021, on Oct. 7, 2001, on August 14, in 1979, in the 1990s and in 44 BC.") if f.kind == "date"}
    assert facts == {
        "August 2021": ((2021, 8, None), "month"),
        "Oct. 7, 2001": ((2001, 10, 7), "day"),
        "August 14": ((None, 8, 14), "day"),
        "1979": ((1979, None, None), "year"),
        "1990s": ((1990, None, None), "decade"),
        "44 BC": ((-44, None, None), "year"),
    }


@pytest.mark.parametrize("text, year", [
    ("Investment companies are regulated under the Investment Company Act of 1940.", "1940"),
    ("The Revolution of 1848 spread to Vienna within 3 weeks.", "1848"),
    ("Microsoft released Windows 2000, which ran on servers.", "2000"),
])
def test_a_year_that_is_part_of_a_name_is_no_date(text, year):
    assert not any(year in f.text for f in _facts(text))


def test_a_year_after_a_preposition_a_season_or_a_battle_is_a_date():
    dates = {f.text for f in _facts("In 1999, in the Summer of 1969 and at the Battle of Marathon 490 BC, it rained.")
             if f.kind == "date"}
    assert dates == {"1999", "1969", "490 BC"}


def test_number_spans_say_what_they_count():
    facts = _facts("More than 122,000 people left, 58,000 evacuees passed through, 45 percent stayed, it cost $2.3 billion and the deck is 640 metres long; a second wave came in 2 weeks.")
    found = {(f.kind, f.text, f.value, f.detail) for f in facts if f.kind != "date"}
    assert ("number", "122,000", 122000.0, "people") in found
    assert ("number", "58,000", 58000.0, "evacuees") in found
    assert ("percent", "45 percent", 45.0, "%") in found
    assert ("money", "$2.3 billion", 2.3e9, "$") in found
    assert ("quantity", "640 metres", 640.0, "metres") in found
    assert not any("second" in f.text for f in facts)  # number words only where recognised


def test_a_number_counts_across_a_line_break_and_as_part_of_a_whole():
    facts = _facts("They were able to predict the choices of four of the five\n        participants in 2014.")
    counted = {(f.text, f.detail) for f in facts if f.kind == "number"}
    assert counted == {("four", "participants"), ("five", "participants")}


@pytest.mark.parametrize("text, name, not_a_name", [
    ("Office worker Barry Thomas of the Transit Authority is forced to relive the worst day of his life.",
     "Transit Authority", "Office"),
    ("After the Lively–Pressey study of 1923, people at Columbia University looked for formulas.",
     "Columbia University", "Pressey"),
    ("The Ennahda party is a movement similar to Egypt’s Islamist Muslim Brotherhood.",
     "Egypt", "Egypt’s Islamist Muslim Brotherhood"),
    ("Lyman Bryson of Teachers College found that many adults had poor reading ability.",
     "Teachers College", "Lyman Bryson of Teachers College"),
])
def test_a_common_word_or_half_a_compound_is_no_name(text, name, not_a_name):
    names = {f.text for f in _facts(text) if f.kind not in ("date", "number")}
    assert name in names and not_a_name not in names and "Lively" not in names


def test_names_are_classified_across_the_document():
    first = "U.S. Secretary of State Antony Blinken said the mission moved from Kabul to Doha."
    second = "Blinken said Operation Allies Refuge ended at Ramstein Air Base in Germany."
    sentences = [Sentence(0, len(first), first, first, 0), Sentence(len(first) + 1, len(first) + 1 + len(second), second, second, 0)]
    kinds = {f.text: (f.kind, f.detail) for facts in find_facts(sentences) for f in facts if f.kind != "date"}
    assert kinds["Antony Blinken"] == ("person", "")
    assert kinds["Blinken"] == ("person", "surname")
    assert kinds["Doha"] == ("place", "place")
    assert kinds["Germany"] == ("place", "country")
    assert kinds["Ramstein Air Base"] == ("place", "site")
    assert kinds["Operation Allies Refuge"] == ("operation", "")


def test_titles_skip_a_byline_and_fall_back_to_a_heading(tmp_path):
    from game.generate.command import _title_of

    byline = _doc(tmp_path, "Antony Blinken\n\nU.S. Moves Diplomatic Mission From Kabul To Qatar\n\nAll diplomats left Kabul on August 30.\n", "a.txt")
    assert _title_of(byline) == "U.S. Moves Diplomatic Mission From Kabul To Qatar"
    heading = _doc(tmp_path, "Compiled by A. Person.\nThe campaign began in 2001.\nTimeline of U.S. Relations with Afghanistan\n\nMore text here.\n", "b.txt")
    assert _title_of(heading) == "Timeline of U.S. Relations with Afghanistan"
    nothing = _doc(tmp_path, "The campaign began in 2001.\n", "c-doc.txt")
    assert _title_of(nothing) == "C doc"


def test_a_clause_is_quoted_and_he_said_is_resolved(tmp_path):
    import random

    from game.generate.questions import candidates
    from game.generate.rank import Importance

    text = ("Secretary of State Antony Blinken spoke on Monday about people leaving Afghanistan.\n\n"
            "He said less than 200 U.S. citizens remained in Kabul — but likely closer to just 100 — and wanted to leave.\n")
    document = _doc(tmp_path, text)
    sentences = split_sentences(document)
    facts = find_facts(sentences)
    found = list(candidates("s", sentences, facts, random.Random(1), Importance(sentences, facts)))
    number = next(c.question for c in found if c.kind == "number")
    assert number["prompt"] == "Antony Blinken said less than ____ U.S. citizens remained in Kabul."
    assert number["quote"]["text"] == "He said less than 200 U.S. citizens remained in Kabul"


def test_an_order_event_is_dated_by_its_own_clause_not_a_reported_one(tmp_path):
    from game.generate.order import events

    text = ("In the wake of the Soviet invasion of Afghanistan in 1979, the United States supported the Afghan resistance.\n\n"
            "A colleague of Rothman's then remembered that a student named Sarah Gille had studied at MIT in the 1990s.\n")
    sentences = split_sentences(_doc(tmp_path, text))
    found = events("s", sentences, find_facts(sentences))
    assert [e.item for e in found] == ["The Soviet invasion of Afghanistan"]


def test_a_two_word_unit_and_a_number_that_names_a_kind():
    facts = _facts("The ship was to deliver 2.5 metric tons of fuel, water and food to the station.")
    assert [(f.kind, f.text, f.detail) for f in facts] == [("quantity", "2.5 metric tons", "metric tons")]
    facts = _facts("Whole Foods is not opening any new 365 stores, a smaller, lower-priced version of the main brand.")
    assert not [f for f in facts if f.kind == "number"]
    assert [f.value for f in _facts("Whole Foods is opening 12 stores, a record for the company.") if f.kind == "number"] == [12]
