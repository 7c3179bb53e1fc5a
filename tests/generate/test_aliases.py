"""Names the document gives one thing are never each other's rival: "The Bahr al Abyad river
flows into South Sudan" is no false statement where the document says the Nile becomes the
Bahr al Abyad."""

from game.generate.checks import Evidence, alias_groups, question_problems
from game.generate.sentences import split_sentences
from game.generate.text import Document

NILE = (
    "Above Khartoum, the Nile is also known as the White Nile. "
    "The Nile river flows into South Sudan just south of Nimule, where it is known as the Bahr al Jabal. "
    "The Bahr al Ghazal joins the Bahr al Jabal at a small lagoon called Lake No, after which the river becomes known as "
    "the Bahr al Abyad, or the White Nile, from the whitish clay suspended in its waters. "
    "The Blue Nile begins in Ethiopia at Lake Tana. "
    "The most distant source is located in either Rwanda or Burundi. "
    "Its source is the Ruvyironza, which emerges in Bururi Province, Burundi, or the Nyabarongo, which flows from Rwanda."
)
INDIA = (
    "Bombay was renamed Mumbai in 1995. "
    "Mumbai is the capital of Maharashtra, and Pune and Nagpur are its other large cities."
)


def _quote(text: str) -> dict:
    return {"source": "s", "text": text}


def _problems(text: str, question: dict) -> list[str]:
    return question_problems(question, Evidence({"s": Document(None, text, text)}))


def _groups(text: str) -> set[frozenset[str]]:
    found = alias_groups(s.text for s in split_sentences(Document(None, text, text)))
    return {frozenset(k for k in found if found[k] == root) for root in set(found.values())}


def _alias_problem(problems: list[str]) -> bool:
    return any("another name the document gives" in p for p in problems)


def test_a_river_swapped_for_its_own_other_name_is_no_false_statement():
    quote = "The Nile river flows into South Sudan just south of Nimule, where it is known as the Bahr al Jabal."
    swapped = {"type": "true_false", "prompt": quote.replace("Nile", "Bahr al Abyad"), "answer": False, "quote": _quote(quote)}
    assert _alias_problem(_problems(NILE, swapped))  # through the chain: Nile, White Nile, Bahr al Abyad


def test_another_river_is_still_a_false_statements_change():
    quote = "The Nile river flows into South Sudan just south of Nimule, where it is known as the Bahr al Jabal."
    swapped = {"type": "true_false", "prompt": quote.replace("Nile", "Blue Nile"), "answer": False, "quote": _quote(quote)}
    assert not _alias_problem(_problems(NILE, swapped))


def test_a_renamed_city_is_no_wrong_option_for_its_new_name():
    quote = "Mumbai is the capital of Maharashtra, and Pune and Nagpur are its other large cities."
    question = {"type": "choice", "prompt": "____ is the capital of Maharashtra.", "answer": "Mumbai",
                "wrong": ["Bombay", "Pune", "Nagpur"], "quote": _quote(quote)}
    assert _alias_problem(_problems(INDIA, question))
    assert not _alias_problem(_problems(INDIA, {**question, "wrong": ["Delhi", "Pune", "Nagpur"]}))


def test_a_rival_that_is_another_name_of_a_name_the_prompt_holds_is_caught():
    # "The Bahr al Abyad joins the White Nile": the sentence would name one river twice.
    evidence = Evidence({"s": Document(None, NILE, NILE)})
    assert evidence.another_name("Bahr al Abyad", "The ____ joins the White Nile at Khartoum.") == "white nile"
    assert evidence.another_name("Bahr al Ghazal", "The ____ joins the White Nile at Khartoum.") is None


def test_a_title_and_a_nickname_join_one_group_through_a_chain():
    text = ("Elizabeth I, also known as the Virgin Queen, ruled England from 1558. "
            "The Virgin Queen, or Gloriana, never married. Mary I was her half-sister.")
    assert _groups(text) == {frozenset({"elizabeth i", "virgin queen", "gloriana"})}


def test_a_plain_choice_or_a_list_ending_in_or_names_no_alias():
    assert _groups(NILE) == {frozenset({"nile", "white nile", "bahr al abyad"})}
    assert _groups("Washington sent aid to Kenya, Uganda, or Tanzania, whichever asked first.") == set()


def test_where_a_place_lies_or_a_politicians_party_is_no_name_of_it():
    text = ("The Tierra Blanca Joven eruption of Lake Ilopango (El Salvador) happened in the 6th century. "
            "State Sen. Michael Doherty (R-Warren) said so. Sen. Jennifer Beck (R-Monmouth) agreed. "
            "Ted Cruz (Texas) and John Cornyn (Texas) voted no. The city of Mawsil (Mosul) suffered.")
    assert _groups(text) == {frozenset({"mawsil", "mosul"})}


def test_a_called_that_names_something_else_joins_nothing():
    text = ("The Mongols came to a trading post in Crimea, called Kaffa, controlled by the Genoese. "
            "Johnson called Smith on Tuesday. The reactors used in Chernobyl were called RBMK.")
    assert _groups(text) == set()
