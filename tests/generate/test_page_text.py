"""Page text: citation markers, bios, captions and list items never reach a question."""

import argparse

import pytest

from game.generate.checks import strict_problems
from game.generate.command import add_arguments, run
from game.generate.sentences import split_sentences
from game.generate.text import read_document
from game.packs import check_pack, load_pack

# Copied from an encyclopedia page as a reader would: markers after words and sentences.
ICELAND = (
    "According to the Landnámabók, Iceland was settled in 874 when the Norwegian chieftain Ingólfr Arnarson"
    " became the first permanent settler on the island.[12] In the following centuries, Norwegians emigrated"
    " to Iceland, bringing with them thralls of Gaelic origin.[13][14] The Althing, the legislative assembly,"
    " was founded in 930 at Þingvellir.[15][a] Iceland remained independent for more than three centuries,"
    "[citation needed] until the Old Covenant of 1262 brought the island under the Norwegian crown.[16]"
    " In 1397, Norway and with it Iceland were united with Denmark and Sweden in the Kalmar Union.[17]"
    " The Laki eruption of 1783 killed about a quarter of the population[18] and led to a famine known as"
    " the Mist Hardships.[19] Iceland became a sovereign state on 1 December 1918,[20] and a republic on"
    " 17 June 1944.[21][note 1]\n"
)
MARKERS = ("[12]", "[13]", "[14]", "[15]", "[a]", "[citation needed]", "[18]", "[20]", "[note 1]")


def _document(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_document(path)


@pytest.mark.parametrize("name, body", [
    ("iceland.txt", "History\n\n" + ICELAND),
    ("iceland.md", "## History\n\n" + ICELAND.replace("Kalmar Union", "**Kalmar Union**")),
    ("iceland.html", "<h2>History</h2><p>" + ICELAND.replace("Althing", "<a href='/wiki/Althing'>Althing</a>") + "</p>"),
])
def test_sentences_drop_citation_markers_and_quote_the_files_own_words(tmp_path, name, body):
    document = _document(tmp_path, name, body)
    sentences = split_sentences(document)
    assert len(sentences) == 7
    assert not any(marker in s.text for s in sentences for marker in MARKERS)
    for sentence in sentences:
        if sentence.quote is not None:
            assert sentence.quote in document.text
    sovereign = next(s for s in sentences if "sovereign" in s.text)
    assert sovereign.text == "Iceland became a sovereign state on 1 December 1918, and a republic on 17 June 1944."
    assert sovereign.quote == "Iceland became a sovereign state on 1 December 1918,[20] and a republic on 17 June 1944."


def test_an_authors_brackets_are_words_of_the_text(tmp_path):
    document = _document(tmp_path, "speech.txt", (
        "The spokesman said that “[the Taliban] will not be allowed to return” after the vote.\n"
        "The letter, dated 1921, said the goverment [sic] had failed the town.\n"
        "[1] Smith, John. A History of the Town. London: Penguin, 2004.\n"))
    texts = [s.text for s in split_sentences(document)]
    assert "[the Taliban]" in texts[0] and "[sic]" in texts[1]
    assert "[1] Smith" in document.plain  # a reference list keeps its numbers


def _generate(tmp_path, *docs):
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    out = tmp_path / "pack" / "p.yaml"
    assert run(parser.parse_args([*map(str, docs), "-o", str(out), "--count", "15", "--seed", "1"])) == 0
    return out


def test_a_pack_from_a_marked_page_asks_its_marked_sentences_and_passes_strict(tmp_path):
    path = tmp_path / "iceland.txt"
    path.write_text("Iceland\nFrom Wikipedia, the free encyclopedia\n\nHistory\n\n" + ICELAND, encoding="utf-8")
    pack, problems = check_pack(_generate(tmp_path, path))
    assert problems == [] and strict_problems(pack) == []
    assert len(pack.questions) >= 5
    assert not any("[" in q.prompt for q in pack.questions)
    quoted = " ".join(quote.text for q in pack.questions for quote in q.quotes)
    assert any(marker in quoted for marker in MARKERS)  # asked from sentences carrying markers


def test_a_quote_is_found_written_with_or_without_its_markers(tmp_path):
    (tmp_path / "iceland.txt").write_text(ICELAND, encoding="utf-8")
    pack = tmp_path / "p.yaml"
    questions = "".join(
        f"""  - id: q{i}
    type: true_false
    prompt: "Iceland became a sovereign state in 1918."
    answer: true
    quote: {{source: iceland, text: "{quote}"}}
""" for i, quote in enumerate(["state on 1 December 1918,[20] and a republic", "state on 1 December 1918, and a republic"]))
    pack.write_text(f"""quotequiz: 1
id: iceland
title: Iceland
sources:
  - id: iceland
    title: Iceland
    file: iceland.txt
questions:
{questions}""", encoding="utf-8")
    assert check_pack(pack)[1] == []
    assert len(load_pack(pack).questions) == 2
