"""Points. Kept small so the README can state the whole rule:

a right answer scores 100, plus 10 for every right answer before it in the current streak
(at most +50); a wrong answer scores 0 and ends the streak.
"""

BASE_POINTS = 100
STREAK_STEP = 10
MAX_STREAK_BONUS = 50


def points_for(correct: bool, streak_before: int) -> int:
    if not correct:
        return 0
    return BASE_POINTS + min(STREAK_STEP * streak_before, MAX_STREAK_BONUS)
