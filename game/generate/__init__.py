"""Document -> sentences -> facts -> questions -> checks -> ranked pack. No pygame here.

Each stage is its own module and can be used alone:
text (read a file), sentences (split and drop clutter), facts (typed spans), questions
(candidates of the five types), checks (the quality checks, also for hand-written packs),
rank (choose the best), pipeline (the stages joined), command (`quotequiz generate`).
"""
