"""Small helpers for scene tests: build inputs, feed them as the loop would, read the screen."""

from pathlib import Path

from game.ui.input import KEY, Input

MINI_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "mini"


def key(k, mod=0) -> Input:
    return Input(KEY, key=k, mod=mod)


def feed(scene, *inputs):
    """Send inputs to `scene` as the loop would; the last command returned (None if none)."""
    command = None
    for inp in inputs:
        action = scene.action_for(inp)
        if action is not None:
            command = scene.apply(action) or command
    return command


def flat(text: str) -> str:
    """On-screen text with line wrapping undone, to search for whole sentences."""
    return " ".join(text.split())
