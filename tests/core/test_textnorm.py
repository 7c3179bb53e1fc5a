from game.textnorm import find_quote, fold_answer, fold_quote, format_number, numbers_in, parse_number


def test_quote_folding_forgives_only_white_space_and_typography():
    assert fold_quote("\u201cOur  troops\nhave departed\u201d \u2014 he said") == '"Our troops have departed" - he said'
    assert fold_quote("Kabul") != fold_quote("kabul")


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
