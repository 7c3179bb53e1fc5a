import re

from hypothesis import given
from hypothesis import strategies as st

from game.textnorm import find_quote, fold_answer, fold_quote, format_number, numbers_in, parse_number

TYPOGRAPHIC = "\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
PLAIN = "'" * 5 + '"' * 5 + "-" * 7
WHITE_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())  # tabs, no-break and em spaces, line separators...


def test_quote_folding_forgives_only_white_space_and_typography():
    assert fold_quote("\u201cOur  troops\nhave departed\u201d \u2014 he said") == '"Our troops have departed" - he said'
    assert fold_quote("Kabul") != fold_quote("kabul")


@given(st.text(st.sampled_from(TYPOGRAPHIC + WHITE_SPACE + "Ab1.,-'\"\u00e9\u0301")))
def test_quote_folding_is_one_space_per_white_space_run_and_plain_punctuation(text):
    # The folding as the pack format defines it, written the slow, obvious way.
    defined = re.sub(r"\s+", " ", text.translate(str.maketrans(TYPOGRAPHIC, PLAIN))).strip()
    assert fold_quote(text) == defined


def test_find_quote_maps_back_to_the_documents_own_characters():
    document = "He said \u201cOur troops\n  have departed\u201d today."
    start, end = find_quote(document, '"Our troops have departed"')
    assert document[start:end] == "\u201cOur troops\n  have departed\u201d"
    assert find_quote(document, "troops left") is None


def test_answer_folding_ignores_case_accents_spaces_and_punctuation():
    assert fold_answer("  Ramstein Air-Base! ") == fold_answer("ramstein air base")
    assert fold_answer("Café") == fold_answer("cafe")
    assert fold_answer("Doha") != fold_answer("Dubai")


def test_numbers_as_people_write_them():
    assert parse_number("122,000") == parse_number("122000") == parse_number("122 000 people") == 122000
    assert parse_number("3.5") == 3.5 and parse_number("-4") == -4
    assert parse_number("lots") is None and parse_number("1,5") is None and parse_number("") is None
    assert numbers_in("more than 122,000 people since August 14, 2021; Aug. 15-16") == [122000, 14, 2021, 15, 16]
    assert format_number(122000.0) == "122,000" and format_number(2.5) == "2.5"
