"""Checks that neither drop a good question for how the page is written nor pass a broken prompt,
and wrong options a player cannot rule out from the prompt alone."""

from game.generate.checks import BLANK, Evidence, question_problems
from game.textnorm import numbers_in
from tests.generate.makers import questions_from, saved_document

IRELAND = ("Ireland (Irish: Éire [ˈeːɾʲə] ⓘ), also known as the Republic of Ireland (Poblacht na hÉireann),[a] is a "
           "country in north-western Europe consisting of 26 of the 32 counties of the island of Ireland. "
           "The capital and largest city is Dublin, on the eastern side of the island.\n")
EARNINGS = ("Hourly earnings nationwide were up 2.1 percent over the past 12 months, compared to 3.9 percent in June "
            "2007, six months prior to the past recession, Labor Department data show.")


def test_a_pronunciation_the_prompt_leaves_out_does_not_unground_its_blank(tmp_path):
    document = saved_document(tmp_path, "ireland.txt", IRELAND)
    assert "ⓘ" not in document.plain  # the prompt is made from the plain view, without it
    evidence = Evidence({"doc": document})
    quote = {"source": "doc", "text": IRELAND.split(" The capital")[0]}
    question = {"type": "number", "answer": 26, "quote": quote,
                "prompt": document.plain.split(" The capital")[0].replace("26 of", f"{BLANK} of")}
    assert question_problems(question, evidence) == []
    # ... and a prompt that is not the quote's words still fails
    wrong = {**question, "prompt": question["prompt"].replace("Europe", "Asia")}
    assert any("rebuild" in p for p in question_problems(wrong, evidence))


def test_no_wrong_option_is_a_figure_the_prompt_shows():
    for question in questions_from(EARNINGS, "Nevada was 5.9 percent below its peak employment in 2014."):
        if question["type"] != "choice":
            continue
        shown = set(numbers_in(question["prompt"].replace(BLANK, " ")))
        for wrong in question["wrong"]:
            assert not set(numbers_in(str(wrong))) & shown, (question["prompt"], wrong)


def _question(prompt: str, answer, quote: str, kind: str = "number") -> dict:
    return {"type": kind, "prompt": prompt, "answer": answer, "quote": {"source": "doc", "text": quote}}


def test_a_blank_in_an_aside_is_refused(tmp_path):
    text = "The North Atlantic covers (11.5%) and the South Atlantic (11.1%). The ocean covers 20 percent of the Earth."
    evidence = Evidence({"doc": saved_document(tmp_path, "atlantic.txt", text)})
    quote = "The North Atlantic covers (11.5%) and the South Atlantic (11.1%)."
    aside = _question(f"The North Atlantic covers ({BLANK}%) and the South Atlantic (11.1%).", 11.5, quote)
    assert any("aside" in p for p in question_problems(aside, evidence))
    main = _question(f"The ocean covers {BLANK} percent of the Earth.", 20, "The ocean covers 20 percent of the Earth.")
    assert question_problems(main, evidence) == []
    # the page lost what the North Atlantic covers: true, but no sentence to learn from
    statement = {"type": "true_false", "prompt": quote, "answer": True, "quote": {"source": "doc", "text": quote}}
    assert any("lost its object" in p for p in question_problems(statement, evidence))


def test_the_date_a_figure_is_compared_against_is_not_asked_but_the_figures_are(tmp_path):
    evidence = Evidence({"doc": saved_document(tmp_path, "jobs.txt", EARNINGS)})
    date = {**_question(EARNINGS.replace("June 2007", BLANK), "June 2007", EARNINGS, "choice"),
            "wrong": ["June 2000", "June 2004", "June 2011"]}
    assert any("compared against" in p for p in question_problems(date, evidence))
    figure = {**_question(EARNINGS.replace("3.9 percent", BLANK), "3.9 percent", EARNINGS, "choice"),
              "wrong": ["5.9 percent", "8.8 percent", "13.2 percent"]}
    assert question_problems(figure, evidence) == []
    # a date that is the finding itself stays askable
    text = "Unemployment peaked at 10 percent in October 2009, compared to 5 percent before the recession."
    evidence = Evidence({"doc": saved_document(tmp_path, "peak.txt", text)})
    peak = {**_question(text.replace("October 2009", BLANK), "October 2009", text, "choice"),
            "wrong": ["October 2001", "October 2005", "October 2013"]}
    assert not any("compared against" in p for p in question_problems(peak, evidence))


def test_the_span_of_a_time_counted_back_from_now_is_not_asked(tmp_path):
    evidence = Evidence({"doc": saved_document(tmp_path, "jobs.txt", EARNINGS)})
    span = _question(EARNINGS.replace("past 12", f"past {BLANK}"), 12, EARNINGS)
    assert any("counted back" in p for p in question_problems(span, evidence))
    text = "Zhou kings ruled in name only in the last 200 years of the dynasty."
    evidence = Evidence({"doc": saved_document(tmp_path, "zhou.txt", text)})
    reign = _question(text.replace("200", BLANK), 200, text)
    assert question_problems(reign, evidence) == []
