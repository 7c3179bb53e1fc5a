"""Timelines whose year stands on its own line, after each item or above it, and the years
their sentence questions must not drop."""

import random
import re

from makers import saved_document

from game.generate.facts import find_facts
from game.generate.order import events, order_candidates
from game.generate.questions import candidates as sentence_candidates
from game.generate.rank import Importance
from game.generate.records import candidates, records, untold_years
from game.generate.sentences import split_sentences

# The USGS page's shape: era and year-range headings, each event followed by its year.
AFTER = """# Earthquake Science Timeline

B.C.

- An earthquake and accompanying tsunami destroys and submerges the city of Helice, Greece.

373 B.C.

A.D.

- First seismoscope in Chang Hêng, China.

132 A.D.

1500 - 1799

- Great Lisbon Earthquake and tsunami on November 1 almost completely destroys the city.

1755

1800

- Observed faulting after earthquake in Cutch, India on June 16 (Allah Bund).

1819

- Early seismograph made by Karl Kreil. Faulting is observed after an earthquake in New Zealand on January 24.

1855

- A seismograph is developed in Japan by Alfred Ewing using a 7-meter long pendulum.

1879

- Explosion of Krakatoa volcano on August 27.

1883

- The Rossi-Forel intensity scale is set up in Italy. A seismological service is established in Manila.

1884

- Great Alaskan earthquakes occur on September 3 and 10 with uplifts reaching 47 feet.

1899
"""

# The same kind of list with its years above the items.
ABOVE = """# Volcano timeline

1815
- The eruption of Mount Tambora killed about 71,000 people on Sumbawa.
1883
- The eruption of Krakatoa was heard about 4,800 kilometres away on Rodrigues.
1902
- Mount Pelée destroyed the town of Saint-Pierre on Martinique, killing 28,000 people.
1980
- Mount St. Helens lost about 400 metres of its summit in Washington.
"""


def _dated(document):
    return {e.item: e.interval[0][0] for e in events("s", [], [], records(document))}


def test_years_after_their_items_date_those_items_not_the_next(tmp_path):
    items = _dated(saved_document(tmp_path, "usgs.md", AFTER))
    assert items["An earthquake and accompanying tsunami destroys and submerges the city of Helice, Greece"] == -373
    assert items["First seismoscope in Chang Hêng, China"] == 132
    assert items["Observed faulting after earthquake in Cutch, India on June 16"] == 1819  # not the heading 1800
    assert items["Explosion of Krakatoa volcano on August 27"] == 1883
    # An era or a span of years is a section's heading, no event.
    assert not any(re.fullmatch(r"[ABCD.]+|\d{4} - \d{4}", item) for item in items)


def test_a_years_after_list_without_blank_lines_dates_each_item_once(tmp_path):
    # Here each year line also stands right above the next item: the shape says it is not its date.
    tight = re.sub(r"\n\n(?=- |\d)", "\n", AFTER.split("1500 - 1799")[1])
    found = records(saved_document(tmp_path, "usgs.md", tight))
    lisbon = [r.shown for r in found if r.entry.startswith("Great Lisbon")]
    cutch = [r.shown for r in found if r.entry.startswith("Observed faulting")]
    assert lisbon == ["1755"] and cutch == ["1819"]


def test_an_order_question_from_a_years_after_list_runs_forwards(tmp_path):
    document = saved_document(tmp_path, "usgs.md", AFTER)
    found = events("s", [], [], records(document))
    years = {e.item: e.interval[0][0] for e in found}
    questions = [c.question for c in order_candidates(found, random.Random(1))]
    assert questions
    for question in questions:
        shown = [years[item] for item in question["items"]]
        assert shown == sorted(shown)
        assert not any(re.search(r"\d{3,4}", item) for item in question["items"])


def test_which_year_questions_give_the_year_after_the_item(tmp_path):
    document = saved_document(tmp_path, "usgs.md", AFTER)
    by_prompt = {c.question["prompt"]: c.question for c in candidates("s", records(document), random.Random(1))}
    helice = by_prompt["Which year does the list give for “An earthquake and accompanying tsunami destroys "
                       "and submerges the city of Helice, Greece”?"]
    assert helice["answer"] == "373 B.C." and helice["quote"]["text"].endswith("373 B.C.")
    assert not any("1800" == q["answer"] or "B.C.”" in q["prompt"] for q in by_prompt.values())


def test_years_running_backwards_after_their_items_give_nothing(tmp_path):
    shuffled = AFTER.replace("1819\n", "1919\n").replace("1855\n", "1701\n").replace("1879\n", "1620\n")
    assert _dated(saved_document(tmp_path, "usgs.md", shuffled)) == {}


def _sentence_questions(tmp_path, name, text):
    """Every sentence question the generator would weigh for the document."""
    document = saved_document(tmp_path, name, text)
    sentences = split_sentences(document)
    facts = find_facts(sentences)
    years = untold_years(sentences, records(document))
    return [c.question for c in sentence_candidates("s", sentences, facts, random.Random(1),
                                                               Importance(sentences, facts), "", years)]


def test_a_sentence_question_from_a_years_after_list_names_the_year(tmp_path):
    prompts = [q["prompt"] for q in _sentence_questions(tmp_path, "usgs.md", AFTER)]
    japan = [p for p in prompts if "Ewing" in p]
    assert japan and all(p.startswith("1879: ") for p in japan)
    assert any(p.startswith("1884: ") for p in prompts)
    # "Great Alaskan earthquakes occur ... reaching 47 feet" under 1899; a heading leads nothing.
    assert all(re.match(r"(?:\d{3,4}(?: [AB]\.[CD]\.)?): ", p) for p in prompts)
    assert not any(p.startswith(("1800", "B.C.", "A.D.", "1500")) for p in prompts)


def test_options_for_an_old_entry_are_no_countries_of_today(tmp_path):
    # "1879: A seismograph is developed in ____" → Japan: "Hong Kong" or "South Korea", today's
    # neighbours, are no options then; the document's own countries may be.
    japan = [q for q in _sentence_questions(tmp_path, "usgs.md", AFTER) if q.get("answer") == "Japan"]
    assert japan
    offered = {option for q in japan if q["type"] == "choice" for option in q["wrong"]}
    assert offered <= {"Greece", "China", "India", "New Zealand", "Italy"}, offered


def test_both_events_of_an_entry_keep_its_year(tmp_path):
    document = saved_document(tmp_path, "usgs.md", AFTER)
    sentences = split_sentences(document)
    years = untold_years(sentences, records(document))
    told = {sentences[i].text: year for i, year in years.items()}
    assert told["The Rossi-Forel intensity scale is set up in Italy."] == "1884"
    assert told["A seismological service is established in Manila."] == "1884"


def test_a_sentence_question_from_a_years_above_list_names_the_year(tmp_path):
    prompts = [q["prompt"] for q in _sentence_questions(tmp_path, "volcanoes.md", ABOVE)]
    tambora = [p for p in prompts if "Tambora" in p]
    pelee = [p for p in prompts if "Pelée" in p]
    assert tambora and pelee
    assert all(p.startswith("1815: ") for p in tambora) and all(p.startswith("1902: ") for p in pelee)


def test_a_false_statement_keeps_the_lead_in_year_and_changes_one_fact(tmp_path):
    questions = _sentence_questions(tmp_path, "volcanoes.md", ABOVE)
    true = {q["prompt"] for q in questions if q["type"] == "true_false" and q["answer"] is True}
    false = [q["prompt"] for q in questions if q["type"] == "true_false" and q["answer"] is False]
    assert false
    for prompt in false:
        # The same year and all but one fact of a true statement the list makes.
        assert any(t[:6] == prompt[:6] and len(set(t.split()) ^ set(prompt.split())) <= 4 for t in true), prompt
