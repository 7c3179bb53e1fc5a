"""Self-study: every answer kept, questions brought back when due (fsrs), statistics.
No pygame here.

Import the modules themselves (store, study, stats, learner): importing this package
imports none of them, so the game can use learner without loading sqlite3 before its
first frame.
"""
