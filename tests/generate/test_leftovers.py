"""What a converted document carries besides its prose: a blog post's front matter names it, and
brackets the conversion emptied (a dropped pronunciation or script) keep a sentence out of prompts."""

from __future__ import annotations

import random

import pytest
import yaml
from makers import generate_file, saved_document

from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance
from game.generate.sentences import split_sentences

POST = """---
layout: post
title: "What are antibodies, anyway?"
date: 2020-05-16
---

# Antibodies

Antibodies are synthesised from a type of white blood cell called the B-lymphocyte.
Every person has billions of B-cells, each of which produces one antibody.
Within the Fv are six loops, known as the CDR loops, which bind the antigen.
"""


def test_a_posts_front_matter_title_names_its_pack(tmp_path):
    assert saved_document(tmp_path, "ideasbyjin-what-are-antibodies.md", POST).title == "What are antibodies, anyway?"
    pack = yaml.safe_load(generate_file(tmp_path, "ideasbyjin-what-are-antibodies.md", POST).read_text(encoding="utf-8"))
    assert pack["title"] == "What are antibodies, anyway?"


@pytest.mark.parametrize("header", [
    "---\nlayout: post\ndate: 2020-05-16\n---\n",  # no title: the heading names the post
    "---\ntitle: \"What are antibodies\n  tags: [bio\n---\n",  # broken YAML names nothing, and is no error
    "---\n---\n",
])
def test_without_a_front_matter_title_the_first_heading_names_the_post(tmp_path, header):
    text = header + POST.split("---\n", 2)[2]
    assert saved_document(tmp_path, "post.md", text).title == "Antibodies"


def test_a_rule_between_paragraphs_is_no_front_matter(tmp_path):
    text = "# Rivers\n\n---\n\ntitle: The Nile is the longest river in Africa.\n\n---\n"
    assert saved_document(tmp_path, "rivers.md", text).title == "Rivers"


ABSTRACT = """The YANGTZE or YANGZI ( or ) is the longest river in Asia, the third-longest in the world.
The Chumar River () is the Chinese name for the northern headwater of the Yangtze.
The Dangqu River (, p Dāngqū) is the actual geographic headwater of the Yangtze.
The river was called QUIAN (Yangzi or ) by Marco Polo on the earliest English maps.
In the history of Europe, the MIDDLE AGES (or MEDIEVAL PERIOD) lasted from the 5th to the 15th century.
In 376, the Goths received permission from Emperor Valens (r. 364–378) to settle in Thracia.
The Three Gorges Dam on the Yangtze is the largest hydro-electric power station in the world.
"""


def test_a_sentence_with_emptied_brackets_is_never_quoted(tmp_path):
    sentences = split_sentences(saved_document(tmp_path, "yangtze.md", ABSTRACT))
    damaged = [s.text for s in sentences if s.quote is None and s.run is None]  # each would show its hole
    assert damaged == ABSTRACT.splitlines()[:4]
    assert [s.text for s in sentences if s.quote is not None] == [  # brackets with words in them are the writer's own
        "In the history of Europe, the MIDDLE AGES (or MEDIEVAL PERIOD) lasted from the 5th to the 15th century.",
        "In 376, the Goths received permission from Emperor Valens (r. 364–378) to settle in Thracia.",
        "The Three Gorges Dam on the Yangtze is the largest hydro-electric power station in the world.",
    ]


def test_a_damaged_opening_still_names_the_subject(tmp_path):
    """The conversion emptied the brackets of the sentence that defines the river, but the
    prompts that lean on it still get the river as their lead-in."""
    lines = ["The YANGTZE or YANGZI ( or ) is the longest river in Asia, the third-longest in the world.",
             "The Yangtze flows through Chongqing, Yichang, Wuhan and Nanjing before it reaches Shanghai.",
             "The Yangtze Delta generates as much as 20% of the country's GDP.",
             "The Three Gorges Dam on the Yangtze is the largest hydro-electric power station in the world.",
             "For centuries the Yangtze divided north and south China in war and in trade.",
             "The Yangtze basin is home to nearly one-third of the population of China.",
             "At Wuhan, it receives its biggest tributary, the Han River."]
    sentences = split_sentences(saved_document(tmp_path, "yangtze.md", "\n".join(lines) + "\n"))
    facts = find_facts(sentences)
    prompts = [c.question["prompt"] for c in candidates("y", sentences, facts, random.Random(1), Importance(sentences, facts))]
    han = [p for p in prompts if "Han River" in p]
    assert han and all(p.startswith("Yangtze: ") for p in han)
    assert not any("( or )" in p for p in prompts)
