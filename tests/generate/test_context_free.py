"""Prompts a teacher can put in front of a class as they stand (blind review 3): no subject
that only names a kind or a step of something in the sentence before, no writer in person,
no item of an open list, no fragment without a verb, and no blank over what the document is
about.

Each rule has sentences in the style of a failure a teacher marked, and a near miss that
must still be asked."""


import pytest
from makers import questions_from

from game.generate.facts import find_facts
from game.generate.questions import clause_for
from game.generate.sentences import Sentence


@pytest.mark.parametrize("text", [
    "Examples are Singapore and its causeway, built in 1924 over 1 kilometre of sea.",
    "An example is the Hawaiian Islands, from Hawaii to Kure, formed over 30 million years.",
    "The only examples in the Atlantic Ocean are the Lesser Antilles and the South Sandwich Islands.",
    "Examples formed from coral reefs in 1900 include Maldives and Tonga.",
    "Each list has a list with 10 sublists of 27 megabytes.",
    "The first step will be the transfer of any assets related to Yahoo business to Delaware in 2017.",
    "Neither was finished before 1945 in Berlin.",
    "Note: in previous versions of Minecraft, released in 2011, there was no compression.",
    "Most victims died two to seven days after initial infection in 1347.",
])
def test_a_subject_that_leans_on_the_sentence_before_is_not_asked(text):
    assert questions_from(text) == []


@pytest.mark.parametrize("text", [
    "Tristan da Cunha is an example of a hotspot volcano in the Atlantic Ocean, active in 1961.",
    "Each year in the 1990s, about 2 million tourists visited Mauritius.",
    "The first step of the Apollo program was the Mercury flight of Alan Shepard in 1961.",
    "Most victims of the Black Death died within 7 days in 1347.",
])
def test_a_subject_that_says_what_it_is_of_is_still_asked(text):
    assert questions_from(text)


@pytest.mark.parametrize("text", [
    "My favorite is simply Remain Co., founded in 2016 in Delaware.",
    "Our infrastructure in Mountain View had 12 data centres in 2016.",
    "Frankly, the 2016 sale to Verizon was the end of Yahoo.",
    "Arguably, the 1929 crash in New York caused the Great Depression.",
])
def test_the_writer_in_person_or_an_aside_is_not_asked(text):
    assert questions_from(text) == []


@pytest.mark.parametrize("text", [
    "After World War I, the League of Nations was founded in Geneva in 1920.",
    "The US imposed sanctions on Iran in 1979.",
])
def test_a_numeral_or_the_country_us_is_no_writer_in_person(text):
    assert questions_from(text)


def test_one_name_of_an_open_or_long_list_is_not_blanked():
    text = ("International tourism is a significant factor in the economy of many tropical islands including "
            "Seychelles, Sri Lanka, Mauritius and the Maldives.")
    assert not any("____" in q["prompt"] for q in questions_from(text, "Sri Lanka and Mauritius traded in 1900."))
    text = "Coral islands such as the Maldives formed near Tonga, Samoa, Nauru, and Polynesia."
    assert not any("____" in q["prompt"] for q in questions_from(text, "Samoa and Tonga traded in 1900."))
    text = "The rate of postage to the U.K., India, and certain Colonies was set in 1920."
    assert not any("____" in q["prompt"] and "1920" in q["prompt"] for q in questions_from(text, "India and Kenya traded in 1900."))


def test_a_name_beside_one_other_is_still_blanked():
    text = "Mr Obama flew from Kenya to Ethiopia on Sunday, the first president to visit."
    assert any(q["type"] == "choice" for q in questions_from(text, "Kenya and Ethiopia met in 1961."))


def test_a_fragment_whose_main_clause_has_no_verb_is_not_asked():
    text = ("Based on genetic evidence derived from Black Death victims in the East Smithfield burial site "
            "in England, Schuenemann et al.")
    assert questions_from(text) == []
    text = "Based on genetic evidence from England, Schuenemann concluded in 2011 that Yersinia pestis caused it."
    assert questions_from(text.replace(" caused it", " was its cause"))


def test_the_name_a_document_writes_again_and_again_is_no_blank_to_fill():
    # its subject or publisher, written five times, also inside possessives and longer phrases
    text = "In 2013, the Mozilla Foundation funded 3 games through the Game Creator Challenge."
    others = ["Mozilla Foundation staff met the Linux Foundation in Berlin in 2012.",
              "The Apache Foundation hosted 30 projects in 2011."]
    often = ["The Mozilla Foundation’s 2014 report listed 5 products.",
             "Mozilla Foundation grants reached 12 schools in 2015.",
             "Firefox was released by the Mozilla Foundation in 2004."]
    asked = [q for q in questions_from(text, *others, *often) if q["type"] in ("choice", "text")]
    assert not any(q["answer"] == "Mozilla Foundation" for q in asked)
    assert questions_from(text, *others, *often)  # still a true or false statement, and its number
    # named in one other sentence only, it is a fact to recall
    assert any(q["type"] in ("choice", "text") and q["answer"] == "Mozilla Foundation"
               for q in questions_from(text, *others))


def test_a_false_statement_does_not_put_the_documents_subject_in_anothers_place():
    # the subject has a hand in most of what its document tells: the changed statement may be true
    text = "The Apache Foundation has hosted the Tomcat project since 1999."
    others = ["The Linux Foundation met in Berlin in 2012.", "The Mozilla Foundation funded 3 games in 2013."]

    def falsified(name: str) -> bool:
        often = [f"The {name} released {n} reports in {2000 + n}." for n in range(3, 7)]
        return any(q["type"] == "true_false" and "Mozilla" in q["prompt"] for q in questions_from(text, *others, *often))

    assert not falsified("Mozilla Foundation")
    assert falsified("Linux Foundation")


def test_a_sentence_is_cut_before_a_citation_mark_but_not_across_one():
    text = ("Greenland is the world's largest island, with an area of over 2.1 million km², while Australia "
            "has an area of 7.6 million km², but there is no standard of size that distinguishes islands from "
            "continents, or from islets.")
    quote = text.replace("continents,", "continents,[6]")
    sentence = Sentence(0, len(text), text, quote, 0)
    facts = find_facts([sentence])[0]
    greenland = next(f for f in facts if f.text == "Greenland")
    clause = clause_for(sentence, greenland, facts, {})
    assert clause.text(sentence) == "Greenland is the world's largest island"
    # the file's words differ before the cut: the sentence is used whole or not at all
    sentence = Sentence(0, len(text), text, quote.replace("Greenland is", "Greenland[2] is"), 0)
    clause = clause_for(sentence, greenland, facts, {})
    assert clause is None or clause.text(sentence) == text
