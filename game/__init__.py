"""QuoteQuiz: quiz questions from documents, every answer proved by a verbatim quote."""

__version__ = "0.1.0"
