"""Starting and leaving a quiz: shared by the title, pack choice, question, feedback and results."""

from __future__ import annotations

from collections.abc import Sequence

from game.packs.model import Pack
from game.play.session import Item, Session
from game.ui.scene import Push, Scene, Ui
from game.ui.scenes import question


def items_of(packs: Sequence[Pack]) -> list[Item]:
    return [Item(pack, q) for pack in packs for q in pack.questions]


def start(ui: Ui, items: Sequence[Item]) -> Scene:
    return question.QuestionScene(ui, Session(items, ui.rng, clock=ui.play_clock))


def leave(ui: Ui) -> Push:
    from game.ui.scenes.dialog import ConfirmScene  # here: not needed for the first frame

    return Push(ConfirmScene(ui, "Leave this quiz?", "You go back to the title screen.", yes="Leave", no="Keep playing"))
