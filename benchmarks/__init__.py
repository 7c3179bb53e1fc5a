"""QuoteQuiz benchmarks: `python -m benchmarks [--json FILE] [--only NAME ...]`."""
