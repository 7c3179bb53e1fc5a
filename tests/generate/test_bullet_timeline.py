"""A Markdown list of dated bullets ("63 BC **Augustus Caesar** Born ... #birth [family]") is a timeline."""

import random

from makers import generate_file, saved_document

from game.generate.checks import strict_problems
from game.generate.order import events, order_candidates
from game.generate.records import candidates, records
from game.packs import check_pack
from game.textnorm import fold_quote

CENTURIES = """# Book of Centuries

## Century 1 (1-100 AD)

- 63 BC **Augustus Caesar** Born Gaius Octavius in Rome #birth #rulers [family]
- 27 BC-14 AD **Augustus Caesar** First Roman Emperor, establishes Pax Romana #rulers [family]
- 9 AD **Battle of Teutoburg Forest** Germanic tribes defeat Roman legions #wars [najmi]
- 43 AD **Roman Conquest of Britain** Emperor Claudius invades Britain #wars [family]
- 60 AD **Boudica** Death of Celtic queen after failed rebellion against Rome #death #wars [nada]
- 64 AD **Great Fire of Rome** Destroys much of Rome during Nero's reign #disasters [family]
- 69 AD **Boudica** Celtic queen rebels against Roman rule in Britain #wars [nada]
- c. 75 AD **Colosseum** Building begins under Vespasian #construction [family]
- 79 AD **Mount Vesuvius** Volcanic eruption destroys Pompeii and Herculaneum #disasters [family]

## Century 11 (1001-1100 AD)

- 1066 AD **Battle of Hastings** Norman conquest of England changes history #wars [isa]
- 1087 AD **William the Conqueror** Death of Norman king in Rouen #death #rulers [isa]
- 1096-1099 AD **First Crusade** European expedition to reclaim Holy Land #wars [isa]
"""

# A shopping list's counts in bold are no years.
RECIPE = """# Pancakes

- 2 **eggs** beaten well
- 3 **cups** of milk, warmed
- 4 **spoons** of sugar
"""


def test_dated_bullets_give_events_headed_by_their_subject_without_filing_marks(tmp_path):
    document = saved_document(tmp_path, "centuries.md", CENTURIES)
    found = events("s", [], [], records(document))
    dated = {e.item: e.interval for e in found}
    assert dated["Augustus Caesar: Born Gaius Octavius in Rome"][0][0] == -63
    assert dated["Battle of Hastings: Norman conquest of England changes history"][0][0] == 1066
    assert dated["Augustus Caesar: First Roman Emperor, establishes Pax Romana"] == ((-27, 1, 1), (14, 12, 31))
    assert not any("#" in item or "[" in item or "*" in item for item in dated)
    folded = fold_quote(document.text)
    for question in (c.question for c in order_candidates(found, random.Random(1))):
        starts = [dated[item][0] for item in question["items"]]
        assert starts == sorted(starts)
        for quote in question["quote"]:
            assert fold_quote(quote["text"]) in folded and "#" not in quote["text"] and "[" not in quote["text"]


def test_year_questions_ask_single_years_of_subjects_listed_once(tmp_path):
    document = saved_document(tmp_path, "centuries.md", CENTURIES)
    questions = {q["prompt"]: q for q in (c.question for c in candidates("s", records(document), random.Random(1)))}
    fire = questions["Which year does the list give for “Great Fire of Rome: Destroys much of Rome during Nero's reign”?"]
    assert fire["answer"] == "64 AD" and all(w.endswith(" AD") and w != "64 AD" for w in fire["wrong"])
    # Boudica stands under 60 and 69: which year goes with her is open to dispute. A range or
    # an approximate date ("c. 75 AD") is no single year to ask for.
    assert not any("Boudica" in p or "Colosseum" in p or "First Crusade" in p for p in questions)


def test_counts_in_a_list_are_no_timeline(tmp_path):
    assert records(saved_document(tmp_path, "recipe.md", RECIPE)) == []


def test_a_bullet_timeline_file_makes_a_pack_that_passes_strict(tmp_path):
    out = generate_file(tmp_path, "centuries.md", CENTURIES)
    pack, problems = check_pack(out)
    assert problems == [] and strict_problems(pack) == []
    assert {q.type for q in pack.questions} >= {"order", "choice"}
