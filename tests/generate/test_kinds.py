"""Wrong options of the answer's own kind: an island chain against island chains, a
university against universities, and the world's countries only for a country."""

import random

import pytest
from makers import line_facts

from game.generate.distractors import distractors, name_class, named_otherwise

CHAINS = "\n".join([
    "Hotspot chains rise from the floor of the Pacific Ocean.",
    "An example is the Hawaiian Islands, which formed over a hotspot.",
    "The Line Islands and the Austral Islands formed the same way.",
    "The Mariana Islands lie in an arc at the edge of a plate.",
    "Tristan da Cunha is a hotspot volcano in the Atlantic Ocean.",
    "The Aleutian Islands lie in an arc as well.",
])


def test_an_island_chain_is_offered_against_island_chains_never_an_ocean():
    sentences, facts, pool = line_facts(CHAINS)
    fact = next(f for f in facts[1] if f.text == "Hawaiian Islands")
    prompt = sentences[1].text.replace(fact.text, "____")
    for seed in range(10):
        options, _ = distractors(fact, pool, prompt, random.Random(seed))
        assert len(options) == 3 and all(o.endswith(" Islands") for o in options), options


@pytest.mark.parametrize("a, b, same", [
    ("Hawaiian Islands", "Line Islands", True),
    ("Hawaiian Islands", "Atlantic Ocean", False),
    ("Atlantic Ocean", "Caribbean Sea", True),  # both bodies of water
    ("Columbia University", "Teachers College", True),
    ("Columbia University", "East India Company", False),
    ("University of Chicago", "Columbia University", True),
    ("Google", "Netscape", True),  # bare names: what the document makes of them decides
    ("Google", "Stanford University", False),
])
def test_names_share_a_class_by_the_words_that_say_what_they_are(a, b, same):
    assert (name_class(a) == name_class(b)) is same


ISLANDS = "\n".join([
    "Greenland is the world's largest island, with an area of over 2.1 million km².",
    "Australia is the world's smallest continent.",
])
LIBYA = "\n".join([
    "Tunisia has been praised as the one success of the Arab Spring.",
    "Security officials are particularly concerned by the collapse of Libya.",
])


def test_the_worlds_countries_are_rivals_only_for_an_answer_asked_as_a_country():
    sentences, facts, pool = line_facts(ISLANDS)
    greenland = next(f for f in facts[0] if f.text == "Greenland")
    prompt = sentences[0].text.replace("Greenland", "____")
    assert distractors(greenland, pool, prompt, random.Random(1)) == ([], 0)  # "Canada" is no island
    sentences, facts, pool = line_facts(LIBYA)
    libya = next(f for f in facts[1] if f.text == "Libya")
    options, _ = distractors(libya, pool, sentences[1].text.replace("Libya", "____"), random.Random(1))
    assert len(options) == 3


@pytest.mark.parametrize("prompt, otherwise", [
    ("____ is the world's largest island, with an area of over 2.1 million km².", True),
    ("The ship anchored off the island of ____ for a week.", True),
    ("____ is the capital of the new federation.", True),
    ("____ is a country of 8 million people.", False),
    ("Security officials are particularly concerned by the collapse of ____.", False),
    ("Thousands of Tunisians have flocked to join jihadist groups in ____.", False),
])
def test_a_prompt_that_names_the_blank_as_another_kind_of_place(prompt, otherwise):
    assert named_otherwise(prompt) is otherwise


MICROCONTINENTS = "\n".join([
    "Tropical islands range from Madagascar and Sri Lanka to the city-islands of Singapore and Hong Kong.",
    "Examples are Madagascar and Socotra off Africa, and some of the Seychelles.",
    "Tourism matters in Mauritius, Sri Lanka and Papua New Guinea.",
])


def test_a_country_placed_on_a_continent_is_offered_against_countries_of_that_continent():
    sentences, facts, pool = line_facts(MICROCONTINENTS)
    fact = next(f for f in facts[1] if f.text == "Madagascar")
    prompt = sentences[1].text.replace("Madagascar", "____", 1)
    for seed in range(10):
        options, _ = distractors(fact, pool, prompt, random.Random(seed))
        assert len(options) == 3 and not {"Sri Lanka", "Singapore", "Hong Kong", "Papua New Guinea"} & set(options), options
