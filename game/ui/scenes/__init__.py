"""The screens of the game, one module each. Scenes that lead to one another import each
other as modules (`from game.ui.scenes import feedback`), so the cycle question -> feedback
-> question resolves at call time."""
