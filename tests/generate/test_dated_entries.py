"""Dated entries a list reader does not see: a data timeline held in a page's YAML front matter
(Jekyll, Hugo), and paragraphs under year headings. Their dates must reach the questions."""

import random
import re

from makers import generate_file, saved_document

from game.generate.facts import find_facts
from game.generate.order import events, order_candidates
from game.generate.questions import candidates as sentence_candidates
from game.generate.rank import Importance
from game.generate.records import candidates, dated_passages, records, untold_years
from game.generate.sentences import split_sentences
from game.textnorm import find_quote

FRONT_MATTER = """---
layout: timeline
title: Britain 1640-1707
timeline:
  - date: 1640
    short_desc: Short Parliament
    long_desc: |
      The Short Parliament was summoned by King Charles I and sat for only three weeks.
    read_more:
  - date: 1642
    short_desc: Beginning of English Civil War
    long_desc: |
      The English Civil War was a series of armed conflicts between Parliamentarians and Royalists.

      Disagreements over religion and the King's use of power caused the war.
  - date: 1645
    short_desc: Battle of Naseby
    long_desc: |
      The Parliamentarian New Model Army, led by Sir Thomas Fairfax, defeated the Royalist army of King Charles I.
  - date: 1649
    short_desc: Execution of Charles I
    long_desc: |
      Charles I was executed outside the Banqueting House in Whitehall, London, on 30 January 1649.
  - date: 1707
    short_desc: Formation of Great Britain
    long_desc: |
      The Acts of Union joined the Kingdom of England and the Kingdom of Scotland.
---
"""

YEAR_HEADINGS = """# The English Civil War, year by year

## 1642

King Charles I raised his standard at Nottingham in August. The first pitched battle was fought at Edgehill in October, and neither side won.

## 1643

The Royalists took Bristol in July. Parliament made an alliance with the Scots, the Solemn League and Covenant.

## 1644 - The north is lost

The Scots crossed the border in January. Prince Rupert was beaten at Marston Moor by the armies of Parliament and the Scots.

## 1645

The New Model Army defeated the King at Naseby in June.
"""


def _lead_ins(tmp_path, name, text):
    """The sentences the generator would read, each with the year lead-in it gets ("" for none)."""
    document = saved_document(tmp_path, name, text)
    sentences = split_sentences(document)
    years = untold_years(sentences, records(document) + dated_passages(document))
    return {s.text: years.get(i, "") for i, s in enumerate(sentences)}


def test_a_front_matter_timeline_gives_an_order_question_in_its_own_order(tmp_path):
    document = saved_document(tmp_path, "britain.md", FRONT_MATTER)
    found = events("s", [], [], records(document))
    years = {e.item: e.interval[0][0] for e in found}
    assert years["Battle of Naseby"] == 1645 and years["Formation of Great Britain"] == 1707
    questions = [c.question for c in order_candidates(found, random.Random(1))]
    assert questions
    for question in questions:
        assert [years[item] for item in question["items"]] == sorted(years[item] for item in question["items"])
        # Each quote is the file's own words, and shows the item's date.
        for item, quote in zip(question["items"], question["quote"]):
            assert find_quote(document.text, quote["text"]) is not None
            assert item in quote["text"] and str(years[item]) in quote["text"]


def test_a_front_matter_timeline_gives_year_questions_quoting_the_entry(tmp_path):
    document = saved_document(tmp_path, "britain.md", FRONT_MATTER)
    by_prompt = {c.question["prompt"]: c.question for c in candidates("s", records(document), random.Random(1))}
    naseby = by_prompt["Which year does the list give for “Battle of Naseby”?"]
    assert naseby["answer"] == "1645" and "1645" in naseby["quote"]["text"]
    assert find_quote(document.text, naseby["quote"]["text"]) is not None


def test_sentences_of_a_front_matter_entry_get_its_year_unless_they_give_their_own(tmp_path):
    lead = _lead_ins(tmp_path, "britain.md", FRONT_MATTER)
    assert lead["The English Civil War was a series of armed conflicts between Parliamentarians and Royalists."] == "1642"
    assert lead["Disagreements over religion and the King's use of power caused the war."] == "1642"
    assert lead["The Parliamentarian New Model Army, led by Sir Thomas Fairfax, defeated the Royalist army of King Charles I."] == "1645"
    execution = next(text for text in lead if text.startswith("Charles I was executed"))
    assert lead[execution] == ""  # it says 1649 itself


def test_a_whole_pack_from_a_front_matter_timeline_passes_its_checks(tmp_path):
    import yaml

    pack = yaml.safe_load(generate_file(tmp_path, "britain.md", FRONT_MATTER, count=12).read_text())
    types = {q["type"] for q in pack["questions"]}
    assert "order" in types


def test_a_broken_front_matter_block_gives_no_records_and_no_crash(tmp_path):
    broken = FRONT_MATTER.replace("    short_desc: Battle of Naseby", "  short_desc: [Battle of Naseby")
    document = saved_document(tmp_path, "britain.md", broken)
    assert records(document) == [] and dated_passages(document) == []


def test_entries_out_of_order_in_the_front_matter_give_no_order(tmp_path):
    shuffled = FRONT_MATTER.replace("date: 1645", "date: 1745").replace("date: 1649", "date: 1601")
    document = saved_document(tmp_path, "britain.md", shuffled)
    assert not any(r.shown in ("1745", "1601") for r in records(document))


def test_paragraphs_under_year_headings_get_the_year(tmp_path):
    lead = _lead_ins(tmp_path, "civil-war.md", YEAR_HEADINGS)
    assert lead["The Royalists took Bristol in July."] == "1643"
    assert lead["The Scots crossed the border in January."] == "1644"
    assert lead["The New Model Army defeated the King at Naseby in June."] == "1645"


def test_a_lone_year_heading_or_a_span_gives_no_lead_in(tmp_path):
    # One "2019" heading may head a study's methods: no run of years says it dates its text.
    lone = "# A survey of rivers\n\n## 2019\n\nWe sampled the water of the Thames at twelve sites in June.\n"
    assert set(_lead_ins(tmp_path, "survey.md", lone).values()) == {""}
    spans = re.sub(r"## (\d{4})", lambda m: f"## {m[1]} - {int(m[1]) + 4}", YEAR_HEADINGS)
    assert set(_lead_ins(tmp_path, "spans.md", spans).values()) == {""}


def test_a_sentence_question_under_a_year_heading_names_the_year(tmp_path):
    document = saved_document(tmp_path, "civil-war.md", YEAR_HEADINGS)
    sentences = split_sentences(document)
    facts = find_facts(sentences)
    years = untold_years(sentences, records(document) + dated_passages(document))
    prompts = [c.question["prompt"] for c in sentence_candidates("s", sentences, facts, random.Random(1),
                                                                  Importance(sentences, facts), "", years)]
    rupert = [p for p in prompts if "Prince Rupert" in p]
    assert rupert and all(p.startswith("1644: ") for p in rupert)


def test_a_year_in_a_tables_cell_heads_no_section(tmp_path):
    # A films table: each row's year stands beside its synopsis, which tells a story, not that year.
    rows = "".join(f"|{year}|A weatherman relives the same day again and again in a small town.|\n"
                   for year in (1990, 1993, 1998))
    films = "# Time loop films\n\n|Year|Synopsis|\n|---|---|\n" + rows
    assert dated_passages(saved_document(tmp_path, "films.md", films)) == []
