"""What a page prints around its text stays out of prompts: the source's line wraps inside a
list item, a word's pronunciation, a dated list line, a picture's caption run into the text."""

from __future__ import annotations

import yaml
from makers import generate_file, saved_document

from game.generate.records import records
from game.generate.sentences import split_sentences

TIMELINE = """<html><body><h1>Chronology of Modern India</h1>
<ul>
        <li><b>1835 :</b> English adopted as the official language.</li>
        <li><b>1853 :</b> First Railway line between Bombay and
Thana opened.</li>
        <li><b>1876-77 :</b> The Delhi Durbar organised by Lytton.</li>
        <li><b>1878 :</b> Vernacular Press Act passed.</li>
        <li><b>1885 :</b> Foundation of Indian National Congress.</li>
        <li><b>1939 :</b> Subhash Bose resigned from the
Presidentship of Congress.</li>
</ul>
<pre>line one
line two</pre>
</body></html>
"""


def test_a_list_item_wrapped_in_the_markup_is_one_item(tmp_path):
    document = saved_document(tmp_path, "india.html", TIMELINE)
    entries = {r.entry: r for r in records(document)}
    assert "First Railway line between Bombay and Thana opened." in entries
    assert entries["Subhash Bose resigned from the Presidentship of Congress."].quote == \
        "1939 : Subhash Bose resigned from the Presidentship of Congress."
    assert "line one\nline two" in document.plain  # preformatted text keeps its lines


def test_a_span_of_years_dates_a_record_and_no_sentence(tmp_path):
    document = saved_document(tmp_path, "india.html", TIMELINE)
    durbar = next(r for r in records(document) if r.entry.startswith("The Delhi Durbar"))
    assert durbar.interval == ((1876, 1, 1), (1877, 12, 31))
    assert not any("Durbar" in s.text for s in split_sentences(document))


def test_a_dated_line_without_a_bullet_is_no_sentence(tmp_path):
    document = saved_document(tmp_path, "notes.txt", (
        "Notes on the Raj\n\n1876-77 : The Delhi Durbar organised by Lytton.\n\n"
        "The Durbar of 1877 proclaimed Queen Victoria Empress of India before a vast crowd.\n"))
    assert [s.text for s in split_sentences(document)] == [
        "The Durbar of 1877 proclaimed Queen Victoria Empress of India before a vast crowd."]


IRELAND = (
    "Ireland (Irish: Éire [ˈeːɾʲə] ⓘ), also known as the Republic of Ireland (Poblacht na hÉireann),[a] is a "
    "country in north-western Europe consisting of 26 of the 32 counties of the island of Ireland. The capital "
    "and largest city is Dublin, on the eastern side of the island.\n\n"
    "During the Great Famine, from 1845 to 1849, the island's population of over 8 million fell by 30%. This set "
    "the pattern of emigration for the century to come, resulting in constant population decline up to the "
    "1960s.The Irish Parliamentary Party was formed in 1882 by Charles Stewart Parnell (1846–1891). Charles "
    "Stewart Parnell addressing a meeting.\n\n"
    "From 1874, and particularly under Charles Stewart Parnell from 1880, the Irish Parliamentary Party gained "
    "prominence. It sought Home Rule through two unsuccessful bills.Home Rule seemed certain when the Parliament "
    "Act 1911 abolished the veto of the House of Lords.\n")


def test_a_pronunciation_is_left_out_of_the_sentence_but_quoted_as_the_file_has_it(tmp_path):
    document = saved_document(tmp_path, "ireland.txt", IRELAND)
    first = split_sentences(document)[0]
    assert first.text.startswith("Ireland (Irish: Éire), also known as the Republic of Ireland")
    assert first.quote.startswith("Ireland (Irish: Éire [ˈeːɾʲə] ⓘ), also known as")
    assert first.quote in document.text


def test_captions_glued_to_the_text_are_no_sentences(tmp_path):
    texts = [s.text for s in split_sentences(saved_document(tmp_path, "ireland.txt", IRELAND))]
    assert not any("formed in 1882" in t or "addressing a meeting" in t for t in texts)
    # The text around them stays, a paragraph glued to the next one too.
    assert any(t.endswith("population decline up to the 1960s.") for t in texts)
    assert any(t.startswith("Home Rule seemed certain") for t in texts)


def test_a_caption_glued_before_the_text_leaves_the_text(tmp_path):
    document = saved_document(tmp_path, "party.txt", (
        "The Home Rule League met in Dublin in 1873 and chose its leaders. John Redmond and William "
        "O'Brien leaving the Mansion House.The party won 86 seats in the general election of 1885.\n"))
    assert [s.text for s in split_sentences(document)] == [
        "The Home Rule League met in Dublin in 1873 and chose its leaders.",
        "The party won 86 seats in the general election of 1885."]


def test_no_prompt_shows_a_pronunciation_or_a_caption(tmp_path):
    pack = yaml.safe_load(generate_file(tmp_path, "ireland.txt", IRELAND).read_text(encoding="utf-8"))
    prompts = [q["prompt"] for q in pack["questions"]]
    assert prompts and not any("ˈ" in p or "ⓘ" in p or "1882" in p or "1846" in p for p in prompts)
