"""The title screen and the pack choice. Title entries are one list: a new mode (study,
review mistakes, statistics) is one more line in `title_entries`."""

from __future__ import annotations

from pathlib import Path

import pygame

from game import paths
from game.packs.catalog import check_offered, packs_on_offer
from game.packs.model import Pack
from game.ui import theme
from game.ui.scene import Command, Pop, Push, Quit, Replace, Scene, Ui
from game.ui.scenes import quiz
from game.ui.scenes.menu import Entry, MenuScene
from game.ui.text import BOLD, Para


def play(ui: Ui, path: Path, via=Push) -> Command:
    """Start the quiz of the pack at `path`, or show why it cannot be played."""
    pack, problems = check_offered(path)
    if problems:
        # Like the statistics, a screen the title leads to is imported when it is chosen.
        from game.ui.scenes import errors

        return via(errors.PackErrorScene(ui, path, [str(p) for p in problems]))
    return via(quiz.start(ui, quiz.items_of([pack])))


def title_entries(ui: Ui, packs: list[Pack]) -> list[Entry]:
    if packs:
        plays = [Entry(str(i + 1), f"Play {pack.title}", lambda pack=pack: Push(quiz.start(ui, quiz.items_of([pack]))), f"{len(pack.questions)} questions") for i, pack in enumerate(packs[:8])]
    else:
        plays = [Entry("1", "Play the default pack", lambda: play(ui, paths.default_pack_path()), _describe(ui, paths.default_pack_path()))]
    more = [
        Entry("", "Choose a pack", lambda: Push(PackChoiceScene(ui)), "Shipped packs, your own, and any named on the command line"),
        *study_entries(ui),
    ]
    numbered = [Entry(str(len(plays) + i + 1), e.label, e.choose, e.detail) for i, e in enumerate(more)]
    return [*plays, *numbered]  # Esc quits, as the legend says


def study_entries(ui: Ui) -> list[Entry]:
    """Self-study modes, with what each has waiting; none when progress is not kept."""
    study = ui.study
    if study is None or study.store is None:
        return []
    stats = study.stats()
    missed = len(study.mistake_items())
    ready = "Nothing due: every question is scheduled" if not stats["due"] + stats["new"] else f"{stats['due']} due for review · {stats['new']} new"
    return [
        Entry("", "Study", lambda: mode_command(ui, "study"), ready),
        Entry("", "Review mistakes", lambda: mode_command(ui, "review"), f"{missed} missed recently" if missed else "No recent mistakes to review"),
        Entry("", "Statistics", lambda: Push(_stats_scene(ui)), f"{stats['answered']} answers · {stats['streak_days']} days in a row"),
    ]


def _stats_scene(ui: Ui) -> Scene:
    from game.ui.scenes.stats import StatsScene

    return StatsScene(ui)


def mode_command(ui: Ui, mode: str) -> Command | None:
    """Start a study ("study") or mistakes ("review") session; nothing when none is waiting."""
    items = ui.study.study_items() if mode == "study" else ui.study.mistake_items()
    return Push(quiz.start(ui, items)) if items else None


def _describe(ui: Ui, path: Path) -> str:
    # Self-study has just loaded every pack on offer: the default one is not parsed again.
    pack = next((p for p in ui.study.packs if p.path == path), None) if ui.study else None
    pack = pack or check_offered(path)[0]
    return f"{pack.title} · {len(pack.questions)} questions" if pack else "Cannot be loaded: choose it to see why"


class TitleScene(MenuScene):
    name = "title"
    back_label = "quit"

    def __init__(self, ui: Ui, packs: list[Pack]):
        super().__init__(ui, [])  # entries ask the progress store: built when first shown
        self.packs = packs

    def arrange(self, size) -> None:
        if not self.entries:
            self.entries = title_entries(self.ui, self.packs)
        super().arrange(size)

    def start_mode(self, mode: str) -> list[Scene]:
        """The scene that starts `mode` at once (quotequiz study / review), if it has questions."""
        command = mode_command(self.ui, mode) if self.ui.study else None
        return [command.scene] if command else []

    def resumed(self, result: object) -> Command | None:
        # Back from a quiz: what is due and missed has changed.
        self.entries = title_entries(self.ui, self.packs)
        self.layout(self.size)
        return None

    def footer(self) -> str:
        study = self.ui.study
        # The store could not be opened, or the last answer could not be saved (a disk filled).
        problem = (study.problem if study else None) or self.ui.unsaved
        return f"Progress is not being saved: {problem}" if problem else ""

    def heading_share(self) -> float:
        return 0.2

    def row_share(self) -> float:
        return 0.1

    def heading(self, area: pygame.Rect) -> None:
        height = self.size[1]
        self.fit([Para.of("QuoteQuiz", BOLD, color=theme.ACCENT), Para.of("Every answer proved by a quote from the document.", scale=0.36, color=theme.DIM, gap=0.15)], area, theme.text_px(height, 0.14), align="center", valign="middle")

    def back(self) -> Command:
        return Quit(0)


class PackChoiceScene(MenuScene):
    name = "packs"

    def __init__(self, ui: Ui):
        entries = []
        for i, (where, path) in enumerate(packs_on_offer(ui.command_line_packs)):
            pack, problems = check_offered(path)
            key = str(i + 1) if i < 9 else " "
            if pack is None:
                entries.append(Entry(key, path.name, lambda path=path: play(self.ui, path, Replace), f"{where} · cannot be loaded ({len(problems)} problems): choose it to see them"))
            else:
                entries.append(Entry(key, pack.title, lambda path=path: play(self.ui, path, Replace), f"{where} · {len(pack.questions)} questions · {path.name}"))
        super().__init__(ui, entries)

    def heading_share(self) -> float:
        return 0.1

    def heading(self, area: pygame.Rect) -> None:
        title = "Choose a pack" if self.entries else "No packs found"
        self.fit(Para.of(title, BOLD), area, theme.text_px(self.size[1], 0.065), valign="middle")

    def footer(self) -> str:
        return f"Your own packs go in {paths.user_packs_dir()}"

    def back(self) -> Command:
        return Pop()

