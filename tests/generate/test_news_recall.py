"""A news story's lead facts are asked: a plan officials told, a count before a hedging relative
clause, a thing a "the ..." phrase introduces itself. The hedge and the guess are still never asked."""

from makers import questions_from


def _asked(prompt_part: str, questions: list[dict]) -> list[dict]:
    return [q for q in questions if prompt_part in q.get("prompt", "")]


def test_a_plan_officials_told_is_asked():
    questions = questions_from("Around 30 ships and 21 aircraft from Indonesia, Australia, Malaysia, Singapore and "
                               "South Korea would search up to 10,000 square nautical miles on Tuesday, officials said.")
    assert _asked("Around ____ ships", questions)


def test_a_condition_told_by_officials_is_still_a_hedge():
    assert not questions_from("The agency would have saved 40 million dollars if the launch had gone ahead in "
                              "March, officials said.")


def test_a_would_told_by_no_one_is_still_a_hedge():
    assert not questions_from("Around 30 ships and 21 aircraft from Indonesia and Australia would search up to "
                              "10,000 square nautical miles on Tuesday.")


def test_the_count_is_asked_without_the_presumption_after_it():
    questions = questions_from("Countries around Asia on Tuesday stepped up the search for an AirAsia plane carrying "
                               "162 people that is presumed to have crashed in shallow waters off the Indonesian coast.")
    counts = _asked("carrying ____ people", questions)
    assert counts
    assert all("presumed" not in q["prompt"] for q in questions)


def test_a_presumption_is_never_stated_as_fact():
    assert not questions_from("An AirAsia plane carrying 162 people is presumed to have crashed off the Indonesian coast.")


def test_a_figure_under_the_terms_of_a_bill_is_asked():
    questions = questions_from("NASA will receive $18 billion for 2015 under the terms of an omnibus spending bill "
                               "released late Dec. 9.")
    assert _asked("NASA will receive", questions)


def test_the_bill_told_before_still_dangles():
    assert not questions_from("NASA will receive $18 billion for 2015 under the terms of the bill.")


def test_a_guess_told_by_analysts_is_still_a_hedge():
    assert not questions_from("Around 30 ships and 21 aircraft from Indonesia and Australia would search up to "
                              "10,000 square nautical miles on Tuesday, analysts said.")


def test_what_a_bill_would_require_is_asked():
    questions = questions_from("A new Bill would require telecommunications service providers to store so-called "
                               "‘metadata’ for two years.")
    assert _asked("A new Bill would require", questions)


def test_what_a_bill_would_cost_is_still_a_guess():
    assert not questions_from("A new Bill would cost telecommunications service providers 300 million dollars "
                              "over two years.")
