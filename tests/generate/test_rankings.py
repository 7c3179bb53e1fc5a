"""Rankings: a numbered list under a line about ranks gives 'which is ranked first' questions."""

import random

from makers import generate_file, saved_document

from game.generate.rankings import candidates, rankings
from game.packs import check_pack

# A news page in the style of a money site: the ranking as <br/> lines in nested spans.
PAGE = """<html><body><h1>U.S. ranks last among wealthy nations</h1>
<p> The report assessed poverty, inequality, mobility and employment in 10 wealthy countries. </p>
<p> The overall rankings of the countries were as follows:<span> <br/>1. Finland <span> <br/>2. Norway<span>
<br/>3. Australia <span> <br/>4. Canada<span> <br/>5. Germany<span> <br/>6. France </span></span></span></span></span></p>
<p> The low ranking the U.S. received was due to its extreme levels of inequality. </p>
</body></html>"""


def test_a_ranking_in_br_lines_asks_which_comes_first_and_last(tmp_path):
    document = saved_document(tmp_path, "ranks.html", PAGE)
    [ranking] = rankings(document)
    assert [name for name, _, _ in ranking.entries] == ["Finland", "Norway", "Australia", "Canada", "Germany", "France"]
    questions = {c.question["prompt"]: c.question for c in candidates("s", [ranking], random.Random(1))}
    first = questions["In the overall rankings of the countries, which is ranked first?"]
    assert first["answer"] == "Finland" and "Finland" not in first["wrong"]
    assert first["quote"]["text"] == "1. Finland" and first["quote"]["text"] in document.text
    assert questions["In the overall rankings of the countries, which is ranked 6th?"]["answer"] == "France"


def test_numbered_steps_and_lists_not_from_one_are_no_ranking(tmp_path):
    steps = saved_document(tmp_path, "steps.md", "To install it, do this:\n\n1. Download\n2. Unpack\n3. Run\n")
    assert rankings(steps) == []  # steps, not ranks
    middle = saved_document(tmp_path, "mid.html", "<p>The rankings continued as follows:<br/>4. Canada<br/>5. Germany<br/>6. France</p>")
    assert rankings(middle) == []  # a list that does not start at first place


def test_a_ranking_page_makes_a_valid_pack(tmp_path):
    out = generate_file(tmp_path, "ranks.html", PAGE, count=5)
    pack, problems = check_pack(out)
    assert problems == [] and any(q.prompt.startswith("In the overall rankings of the countries, which is ranked") for q in pack.questions)
