"""Prompts that cannot stand alone, and sentences the conversion damaged (blind review 9).

Each rule has sentences in the style of a failure a teacher marked, and a near miss that
must still be asked."""

import random

import pytest
from makers import FILLERS, line_facts, questions_from, saved_document

from game.generate.questions import candidates, usable
from game.generate.rank import Importance
from game.generate.sentences import Sentence, split_sentences


def _sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text, text, 0)


@pytest.mark.parametrize("text", [
    # a pronoun subject after an opening phrase, whose only noun is not what it stands for
    "With a salinity of 342 g/kg, or 34.2% (in 2011), it is one of the world's saltiest bodies of water.",
    "At a depth of 304 metres in 2010, it is the deepest hypersaline lake in the world.",
    "Since the flood of 1931, they have rebuilt the levees along 2,000 miles of the river.",
    # openers that point back at the sentence before
    "That’s where the Domain Name System (DNS) comes into play for 2 billion users.",
    "That is why the Romans built 80,000 kilometres of roads across Europe.",
    "In the third incident, Malaysia Airlines Flight MH17 was shot down over Ukraine in July 2014.",
    "The second case was reported in Wuhan on 8 January 2020 by 3 doctors.",
])
def test_a_sentence_pointing_back_is_not_used(text):
    assert not usable(_sentence(text))


@pytest.mark.parametrize("text", [
    # the opening phrase names what the pronoun stands for
    "After Obama arrived in Nairobi in July 2015, he met President Kenyatta at State House.",
    "With 342 g/kg of salt in 2011, the Dead Sea is one of the world's saltiest bodies of water.",
    # an ordinal that says of what, and "that" as a conjunction
    "The first case of COVID-19 was reported in Wuhan in December 2019.",
    "For the first time in 1969, Apollo 11 landed 2 astronauts on the Moon.",
])
def test_a_sentence_naming_its_subject_is_still_used(text):
    assert usable(_sentence(text))


def test_a_prompt_naming_nothing_but_its_blank_is_not_asked():
    # any sea is "relatively shallow": nothing says which is meant (the statement names it)
    other = "The Java Sea lies between Borneo and Java."
    asked = questions_from("The Java Sea is relatively shallow.", other)
    assert [q["prompt"] for q in asked] in ([], ["The Java Sea is relatively shallow."])
    # the same kind of sentence that says where or how much is asked with a blank
    asked = questions_from("The Java Sea is relatively shallow, at about 46 metres deep.", other)
    assert any("____" in q["prompt"] for q in asked)
    # a name that opens the prompt says what it is about
    asked = questions_from("Hermitian matrices are named after Charles Hermite.", "Charles Hermite met Joseph Bertrand in 1848.")
    assert any("____" in q["prompt"] for q in asked)


def _statements(text: str, title: str) -> list[str]:
    """The true/false prompts from `text` in a document titled `title`."""
    others = ["The Renaissance began in Florence in the 14th century.", "Machiavelli wrote in the Renaissance in 1513.",
              "The Renaissance reached England by 1500.", "Historians date the Renaissance to 1400 in Italy."]
    sentences, facts, _ = line_facts("\n".join([text, *others, *FILLERS]))
    found = candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts), title)
    return [c.question["prompt"] for c in found if c.sentence == ("doc", 0) and c.kind == "true_false"]


def test_a_true_statement_must_name_more_than_the_subject():
    assert _statements("The Renaissance has a long and complex historiography.", "Renaissance") == []
    assert _statements("The Renaissance reached Poland in the 1480s.", "Renaissance")
    # a rank is what a false statement could change
    assert _statements("The Renaissance was the first movement to revive Greek learning.", "Renaissance")


DAMAGED = """The Dead Sea is receding at a swift rate; its surface area today is , having been in 1930.
In the Dead Sea region of Israel, there are on average 192 days above annually.
The lake had a temperature that swung between and in the summer of 2002.
Before the eruption, Mount Samalas may have been as tall as , based on reconstructions.
The Dead Sea has 192 days above 30 °C annually in the region of Israel and Jordan.
Floods turned up annually along the Jordan River between 1930 and 1960.
"""


def test_a_sentence_missing_a_value_is_never_quoted(tmp_path):
    sentences = split_sentences(saved_document(tmp_path, "dead-sea.md", DAMAGED))
    damaged = [s.text for s in sentences if s.quote is None and s.run is None]
    assert damaged == DAMAGED.splitlines()[:4]
