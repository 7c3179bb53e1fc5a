"""Playing a quiz: the session state machine, judging and scoring. No pygame here."""
