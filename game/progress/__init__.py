"""Self-study: every answer kept, questions brought back when due (fsrs), statistics.
No pygame here."""

from game.progress.stats import compute_stats, format_stats
from game.progress.store import ProgressError, ProgressStore
from game.progress.study import mistakes_queue, study_queue

__all__ = ["ProgressError", "ProgressStore", "compute_stats", "format_stats", "mistakes_queue", "study_queue"]
