"""Markdown as a reader sees it: pipe tables read as rows of cells, emphasis as markup, and
a timeline table's rows as dated events."""

import random
import re

import yaml
from makers import generate_file, saved_document

from game.generate.checks import strict_problems
from game.generate.facts import find_facts
from game.generate.order import events, order_candidates
from game.generate.records import candidates, records
from game.generate.sentences import split_sentences
from game.generate.text import read_document
from game.packs import check_pack
from game.textnorm import fold_quote

# Study notes in the style of a citizenship-test timeline: a period row, bold words, items
# apart on <br>, a row without a date, and an entry without a subject.
TIMELINE = """|Time|Events|
|---|---|
|55 BC|Roman **Julius Caesar** tried (failed) to invade Britain|
|43|Roman **Emperor Claudius** successfully invaded (most of) Britain|
|410|The Roman army left Britain to defend other parts of the Roman Empire and never returned.|
|---|---|
|1066|- William became king of England<br>- Start of the Westminster Abbey as the coronation church|
|By 1200|The English ruled an area of Ireland known as the **Pale**, around **Dublin**|
|1284|King **Edward I** introduced the Statute of **Rhuddlan**, which annexed **Wales** to the Crown of England|
|1348|Black Death (a form of plague) comes to Britain.<br> - **1/3** of the population of England died.|
|By 1400|- **Geoffrey Chaucer** wrote Canterbury Tales. A series of poems in English about a group of people going to Canterbury on a pilgrimage.|
|1450s|The English left France (end of "100 years war")|
|1509, 21 April|Henry VIII became king of England.|
|16th century|Protestant ideas gradually gained strength in Scotland|
|1666|A great fire destroyed much of London|
|- Mary Peters, a talented athlete, was born|
|1721|Sir Robert Walpole became the first Prime Minister in British history|
"""


def test_a_pipe_table_is_rows_of_cells_not_glued_sentences(tmp_path):
    document = saved_document(tmp_path, "uk.md", TIMELINE)
    assert "|" not in document.plain and "**" not in document.plain and "<br>" not in document.plain
    rows = [[document.cell_text(c) for c in row] for table in document.tables for row in table]
    assert rows[0] == ["Time", "Events"]
    assert ["1284", "King Edward I introduced the Statute of Rhuddlan, which annexed Wales to the Crown of England"] in rows
    # A timeline's entries are records, not sentences: no "A series of poems ..." without a subject.
    assert not any("series of poems" in s.text for s in split_sentences(document))


def test_a_timeline_table_dates_each_item_of_a_row(tmp_path):
    document = saved_document(tmp_path, "uk.md", TIMELINE)
    sentences = split_sentences(document)
    found = events("s", sentences, find_facts(sentences), records(document))
    years = {e.item: e.interval for e in found}
    assert years["Roman Julius Caesar tried to invade Britain"][0][0] == -55
    assert years["Roman Emperor Claudius successfully invaded Britain"][0][0] == 43
    assert years["William became king of England"][0][0] == 1066
    assert years["King Edward I introduced the Statute of Rhuddlan"][0][0] == 1284
    assert years["Henry VIII became king of England"] == ((1509, 4, 21), (1509, 4, 21))
    assert years["Protestant ideas gradually gained strength in Scotland"] == ((1501, 1, 1), (1600, 12, 31))
    assert years["The English left France"] == ((1450, 1, 1), (1459, 12, 31))
    # No verb, no date ("By 1200"), no date cell at all, or a second sentence that leans on the first.
    for absent in ("Start of the Westminster Abbey as the coronation church", "The English ruled an area of Ireland known as the Pale",
                   "Mary Peters, a talented athlete, was born", "A series of poems in English about a group of people going to Canterbury"):
        assert not any(absent in item for item in years)
    folded = fold_quote(document.text)
    questions = [c.question for c in order_candidates(found, random.Random(1))]
    assert questions
    for question in questions:
        starts = [years[item][0] for item in question["items"]]
        assert starts == sorted(starts)
        assert all(fold_quote(q["text"]) in folded for q in question["quote"])


def test_a_timeline_tables_year_questions_name_the_event_and_quote_the_date(tmp_path):
    document = saved_document(tmp_path, "uk.md", TIMELINE)
    by_prompt = {c.question["prompt"]: c.question for c in candidates("s", records(document), random.Random(1))}
    year = by_prompt["Which year does the list give for “A great fire destroyed much of London”?"]
    assert year["answer"] == "1666" and year["quote"]["text"] == "1666|A great fire destroyed much of London"


def test_a_timeline_table_makes_a_pack_that_passes_strict(tmp_path):
    out = generate_file(tmp_path, "uk-timeline.md", TIMELINE)
    pack, problems = check_pack(out)
    assert problems == [] and strict_problems(pack) == []
    assert "order" in {q.type for q in pack.questions}
    assert not any("|" in q.prompt or "**" in q.prompt for q in pack.questions)


HISTORY = """## Ancient era

In 221 BC, Qin Shi Huang conquered the various warring states and created for himself the title of _Huangdi_ or "emperor" of the Qin, marking the beginning of imperial China.

The archaeological site of Xihoudu in Shanxi Province has evidence of use of fire by _Homo erectus_, which is dated 1.27 million years ago.

In 1929 the *Peking Man* fossils were studied by the geologist Davidson Black at Zhoukoudian near Beijing.

The variable snake_case_name and the blank ____ keep their underscores.

The Zhou dynasty introduced the concept of the Mandate of Heaven, which is described in the _Book of Documents_.

Confucius was born in 551 BC in the state of Lu, and his teachings were collected in the _Analects_.

The Great Wall of China was joined into one line of defence by the Qin dynasty under **Qin Shi Huang**.
"""


def test_markdown_emphasis_is_markup_and_quotes_stay_the_files_words(tmp_path):
    document = saved_document(tmp_path, "china.md", HISTORY)
    assert "Huangdi or" in document.plain and "by Homo erectus," in document.plain and "the Peking Man fossils" in document.plain
    assert "snake_case_name" in document.plain and "____" in document.plain
    for sentence in split_sentences(document):
        assert "_" not in sentence.text.replace("snake_case_name", "").replace("____", "")
        if sentence.quote is not None:
            assert sentence.quote in document.text
    # The italic word cuts the sentence: the words before it still prove an order item's date.
    sentences = split_sentences(document)
    found = {e.item: e for e in events("s", sentences, find_facts(sentences))}
    event = found["Qin Shi Huang conquered the various warring states"]
    assert event.date == "221 BC" and event.quote["text"] in document.text


def test_a_pack_from_emphasised_markdown_has_no_marks_in_prompts_and_passes_strict(tmp_path):
    out = generate_file(tmp_path, "china.md", HISTORY)
    pack, problems = check_pack(out)
    assert problems == [] and strict_problems(pack) == []
    assert pack.questions
    assert not any(re.search(r"(?<!_)_(?!_)|\*", q.prompt) for q in pack.questions)
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["title"] == "China"


# A world timeline in the style of a personal notes page: tables without outer bars, dates
# in billions of years, circa marks, a range across eras, and joke rows from fiction.
WORLD = """# World History Timeline

## Pre-History

year|event
---|-------
14B BCE|the Big Bang
4.5B BCE|enter Earth
66M BCE|Chicxulub Impact, end of dinosaurs

## Before Common Era

year|event
---|-------
~3500 BCE|the Kish Tablet, oldest written document
~500 BCE - 300 CE |synthesis of Hinduism
71 BCE|death of Spartacus
49 BCE|Julius Caesar crosses the Rubicon

## Common Era

year|event
---|-------
476|fall of the Western Roman Empire
1620|the Mayflower lands in New England
1885|setting of Back to the Future III
1914-1918|WWI
1961|Yuri Gagarin conducts the first human space flight
1992-1996|Star Trek: Khan Noonien Singh rules a quarter of Earth
2007|the iPhone is released
"""


def test_a_table_without_outer_bars_is_still_a_table(tmp_path):
    document = saved_document(tmp_path, "world.md", WORLD)
    rows = [[document.cell_text(c) for c in row] for table in document.tables for row in table]
    assert len(document.tables) == 3 and "|" not in document.plain
    assert ["49 BCE", "Julius Caesar crosses the Rubicon"] in rows and ["~500 BCE - 300 CE", "synthesis of Hinduism"] in rows


def test_timeline_dates_in_billions_circa_and_across_eras(tmp_path):
    document = saved_document(tmp_path, "world.md", WORLD)
    dated = {r.entry: r for r in records(document)}
    assert dated["the Big Bang"].value[0] == -14_000_000_000
    assert dated["Chicxulub Impact, end of dinosaurs"].value[0] == -66_000_000
    # "500 BCE - 300 CE" runs from before the era into it; "c. 3500 BCE" is only near 3500 BC.
    hinduism = dated["synthesis of Hinduism"].interval
    assert hinduism[0][0] <= -500 and hinduism[1][0] >= 300
    kish = dated["the Kish Tablet, oldest written document"].interval
    assert kish[0][0] < -3500 < kish[1][0]
    assert dated["WWI"].interval == ((1914, 1, 1), (1918, 12, 31))


def test_a_timelines_events_in_the_present_or_named_are_ordered_and_fiction_is_not(tmp_path):
    document = saved_document(tmp_path, "world.md", WORLD)
    sentences = split_sentences(document)
    found = events("s", sentences, find_facts(sentences), records(document))
    items = {e.item: e.interval for e in found}
    for item in ("Julius Caesar crosses the Rubicon", "Fall of the Western Roman Empire", "Death of Spartacus",
                 "The Mayflower lands in New England", "Yuri Gagarin conducts the first human space flight"):
        assert item in items
    assert not any("Back to the Future" in item or "Khan" in item for item in items)
    years = {c.question["prompt"]: c.question["answer"] for c in candidates("s", records(document), random.Random(1))}
    assert years["Which year does the list give for “The Mayflower lands in New England”?"] == "1620"
    assert not any("Back to the Future" in p or "Star Trek" in p for p in years)
    for question in (c.question for c in order_candidates(found, random.Random(1))):
        starts = [items[item][0] for item in question["items"]]
        assert starts == sorted(starts)


def test_a_census_table_under_year_headers_is_no_timeline(tmp_path):
    # Populations are counts, not years: ordering the districts by them would have no right key.
    census = """# Cyprus

The population of the districts at the censuses of 1881, 1891 and 1901 was:

| District   | 1901    | 1891    | 1881    |
|------------|---------|---------|---------|
| Nicosia    | 71,289  | 61,695  | 56,300  |
| Famagusta  | 48,508  | 41,423  | 38,207  |
| Larnaca    | 26,073  | 23,760  | 20,766  |
| Limassol   | 39,139  | 35,730  | 28,717  |
| Paphos     | 35,205  | 31,674  | 28,424  |
| Kyrenia    | 16,808  | 15,004  | 13,216  |
"""
    path = tmp_path / "cyprus.md"
    path.write_text(census, encoding="utf-8")
    assert records(read_document(path)) == []
