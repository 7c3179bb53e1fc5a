"""Packs: the format every part of QuoteQuiz speaks. No pygame here."""

from game.packs.loader import PackError, Problem, check_pack, load_pack
from game.packs.model import QUESTION_TYPES, Pack, Question, Quote, Source

__all__ = ["PackError", "Problem", "check_pack", "load_pack", "Pack", "Question", "Quote", "Source", "QUESTION_TYPES"]
