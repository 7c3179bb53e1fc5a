"""Records: dated list lines and table rows give order, year and "who" questions that read on their own."""

import random
import re

from makers import generate_file, saved_document

from game.generate.checks import strict_problems
from game.generate.order import events, order_candidates
from game.generate.records import candidates, records
from game.packs import check_pack
from game.textnorm import fold_quote

TIMELINE = """# CS Timeline

Legend
- ᴘʟ    Programming Language
- ᴛᴀ    Turing Award

## 1940's
- 1945 ᴛᴘ Merge sort invented by John Von Neumann
- 1947 ᴘʟ ARC Assembly by Kathleen Booth
- 1948 ᴘʟ CPC Coding scheme by Howard H. Aiken

## 1950's
- 1952 ᴘʟ Autocode
- 1955 ʜᴡ Magnetic core memory
- 1951 ᴘʟ First high-level PL with compiler, Böhm
- 1954 ᴘʟ `Fortran`, first commercial PL, Backus et al. at IBM
- 1957 ᴘʟ Fortran, the first compiler by Backus
- 1958 ᴘʟ `Lisp` by John McCarthy
- 1959 ʜᴡ MOSFET invented, Atalla & Kahng, Bell Labs

## 1960's
- 1960 ᴛᴘ Lexical scoping [^2] (Algol 60 Report)
- 1966 ᴛᴀ Alan Perlis wins the Turing Award
- 1969 ᴏs Unix first release at AT&T Bell Labs
- 1969 ᴛᴀ Marvin Minsky

## 1990's

* 1990
- ᴘʟ HTML by Tim Berners-Lee
- ᴏs Windows 3.0

* 1996
- 1996 ᴇᴛ Dolly the sheep was cloned at the Roslin Institute
- 1998 ᴇᴛ Google founded by Larry Page and Sergey Brin while at Stanford
- 1999 ᴘʟ C99 standard

## unsorted

- 1958 Curry and Feys
- 1960 Fortran Backus
- 1980 Automath project, de Bruijn
- 1979 Simula, Birtwistle et al.
- 1971 Pascal, Wirth
- Intersection Types
  - 1978 Coppo, Dezani
  - 1979 Coppo, Dezani, Sallé
  - 1980 Pottinger

[^2]: *Lexical scoping*: permit locally scoped variables (invisible to external code) in blocks, procedures and functions.
"""


def test_a_dated_list_gives_events_without_dates_tags_or_markup(tmp_path):
    document = saved_document(tmp_path, "timeline.md", TIMELINE)
    found = events("s", [], [], records(document))
    items = {e.item: e.interval[0][0] for e in found}
    assert items["Lisp by John McCarthy"] == 1958
    assert items["Alan Perlis wins the Turing Award"] == 1966
    assert items["Lexical scoping"] == 1960  # the footnote mark and the aside are no part of it
    assert items["HTML by Tim Berners-Lee"] == 1990  # dated by the line above it
    # A bare name is no event; "1955, 1951" after 1952 is a slip; the unsorted list is no chronology;
    # an entry that tells its own year ("C99") would give the answer away.
    for absent in ("Marvin Minsky", "Autocode", "Magnetic core memory", "First high-level PL with compiler, Böhm",
                   "Automath project, de Bruijn", "Coppo, Dezani", "C99 standard"):
        assert absent not in items
    folded = fold_quote(document.text)
    for question in (c.question for c in order_candidates(found, random.Random(1))):
        assert 3 <= len(question["items"]) <= 6
        years = [items[item] for item in question["items"]]
        assert years == sorted(years) and len(set(years)) == len(years)
        assert not any(re.search(r"\d{4}|[ᴀ-ᴢʟʜ`]", item) for item in question["items"])
        assert all(fold_quote(q["text"]) in folded for q in question["quote"])


def test_year_and_maker_questions_read_on_their_own(tmp_path):
    document = saved_document(tmp_path, "timeline.md", TIMELINE)
    questions = [c.question for c in candidates("s", records(document), random.Random(1))]
    by_prompt = {q["prompt"]: q for q in questions}
    year = by_prompt["Which year does the list give for “Alan Perlis wins the Turing Award”?"]
    assert year["answer"] == "1966" and "1966" not in year["wrong"] and len(year["wrong"]) >= 2
    maker = by_prompt["Who is behind “ARC Assembly” (1947), according to the list?"]
    assert maker["answer"] == "Kathleen Booth" and maker["accept"] == ["Booth"]
    # "Fortran" stands under 1954 and 1957: which year goes with it is open to dispute.
    assert not any("Fortran" in q["prompt"] for q in questions)
    for q in questions:
        assert q["answer"] in q["quote"]["text"]
        assert not re.search(r"[ᴀ-ᴢʟʜ`]", q["prompt"])


def test_a_timeline_file_makes_a_pack_that_passes_strict(tmp_path):
    out = generate_file(tmp_path, "cs-timeline.md", TIMELINE)
    pack, problems = check_pack(out)
    assert problems == [] and strict_problems(pack) == []
    assert {q.type for q in pack.questions} >= {"order", "choice"}


def test_a_table_of_films_orders_its_titles_by_their_year(tmp_path):
    rows = [("Repeat Performance", "1947"), ("Groundhog Day", "1993"), ("Run Lola Run", "1998"),
            ("The Girl Who Leapt Through Time", "1983"), ("Camp Slaughter", "2005"), ("The Girl Who Leapt Through Time", "2006")]
    page = ("<table><tr><th>Film</th><th>Year</th><th>Description</th></tr>"
            + "".join(f"<tr><th><i><a href='/wiki/x'>{t}</a></i></th><td>{y}</td>"
                      f"<td>A woman is forced to relive the same day over and over.</td></tr>" for t, y in rows)
            + "</table>")
    document = saved_document(tmp_path, "films.html", page)
    found = events("s", [], [], records(document))
    # A title two rows share dates neither.
    assert sorted((e.item, e.date) for e in found) == [
        ("Camp Slaughter", "2005"), ("Groundhog Day", "1993"), ("Repeat Performance", "1947"), ("Run Lola Run", "1998")]
    questions = [c.question for c in order_candidates(found, random.Random(1))]
    assert questions
    for question in questions:
        assert question["prompt"] == "Put these films in order by year, earliest first."
        years = [dict((e.item, e.date) for e in found)[item] for item in question["items"]]
        assert years == sorted(years)
        # The quote is the title; the year stands in another cell, so the explanation gives it.
        assert question["explanation"] == "Dates: " + "; ".join(years) + "."


def test_a_long_timeline_is_a_quiz_of_several_kinds_not_a_drill_of_years(tmp_path):
    events = ["Dover telegraph line opened", "Grand Union canal was finished", "Harwick city hall burned down",
              "Western railway reached the coast", "Kingsbridge harbour was dredged", "Ashford university was founded",
              "Elm Street bridge collapsed", "Morning Herald began printing", "Carlton museum opened its doors",
              "St Mary's cathedral was consecrated", "Northgate tramway was electrified", "Baxter library was built",
              "Saltmarsh port was closed by ice", "Redhill airport opened", "Victoria stadium was rebuilt",
              "Isle of Wren ferry service began", "Royal mint struck its first coin", "Beacon Point lighthouse was lit",
              "Queen's market hall was roofed", "Hollins observatory was built"]
    lines = [f"- {1800 + 7 * i} {event.capitalize()}" for i, event in enumerate(events)]
    out = generate_file(tmp_path, "town.md", "# Town timeline\n\n" + "\n".join(lines) + "\n", count=15)
    pack, problems = check_pack(out)
    assert problems == []
    kinds = [q.type for q in pack.questions]
    assert kinds.count("order") >= 2 and kinds.count("choice") <= 15 // 2
