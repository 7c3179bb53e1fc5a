"""Small documents turned into the generator's inputs and outputs, shared by the generate tests."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from game.generate.command import add_arguments, run
from game.generate.distractors import Pool
from game.generate.facts import find_facts
from game.generate.questions import candidates
from game.generate.rank import Importance
from game.generate.sentences import Sentence
from game.generate.text import Document, read_document

# Sentences beside the one under test, so that wrong options of every kind exist.
FILLERS = ["Kenya, Ethiopia, Cuba and Iran signed the treaty in 1961 after 12 meetings.",
           "Rothman and Gille met in Tokyo in 1972 and in Colorado in 1987 with 300 people.",
           "Madagascar and Borneo were surveyed in 1901 by 40 geologists."]


def line_facts(text: str):
    """Each line a sentence: the sentences, their facts, and the pool of wrong options."""
    sentences, at = [], 0
    for line in text.split("\n"):
        sentences.append(Sentence(at, at + len(line), line, line, len(sentences)))
        at += len(line) + 1
    facts = find_facts(sentences)
    return sentences, facts, Pool([f for fs in facts for f in fs])


def questions_from(text: str, *others: str) -> list[dict]:
    """The questions the generator would make from `text`, among the others and the fillers."""
    sentences = [Sentence(0, len(t), t, t, 0) for t in (text, *others, *FILLERS)]
    facts = find_facts(sentences)
    found = candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts))
    return [c.question for c in found if c.sentence == ("doc", 0)]


def saved_document(folder: Path, name: str, text: str) -> Document:
    """`text` saved as `name` and read back as the generator reads a document."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def generate_file(folder: Path, name: str, text: str, count: int = 10) -> Path:
    """`quotequiz generate` on `text` saved as `name`; the written pack's path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    out = folder / "pack" / "pack.yaml"
    assert run(parser.parse_args([str(path), "-o", str(out), "--count", str(count), "--seed", "1"])) == 0
    return out


def questions_by_line(lines: list[str]) -> dict[str, list[dict]]:
    """The generator's candidate questions from each line of a document (with FILLERS after it), by line."""
    sentences = [Sentence(0, len(t), t, t, i) for i, t in enumerate([*lines, *FILLERS])]
    facts = find_facts(sentences)
    found: dict[str, list[dict]] = {}
    for candidate in candidates("doc", sentences, facts, random.Random(1), Importance(sentences, facts)):
        found.setdefault(sentences[candidate.sentence[1]].text, []).append(candidate.question)
    return found
