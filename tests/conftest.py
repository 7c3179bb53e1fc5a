"""Every test runs headless and with its own user data directory.

SDL reads its driver variables when pygame initialises, so they are set here, before any
test module can import pygame. The game fixtures import pygame only when a test asks for them.
"""

import os
import random
from pathlib import Path

import pytest

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

MINI = Path(__file__).resolve().parent / "fixtures" / "mini" / "mini.yaml"


@pytest.fixture(scope="session", autouse=True)
def no_real_user_data(tmp_path_factory):
    """Fixtures wider than one test are set up before user_data_dir: they get a folder of
    their own, never the player's real data directory (the demo fixture wrote its pack
    cache there)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("QUOTEQUIZ_DATA_DIR", str(tmp_path_factory.mktemp("session-user-data")))
        yield


@pytest.fixture(autouse=True)
def user_data_dir(tmp_path_factory, monkeypatch):
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("QUOTEQUIZ_DATA_DIR", str(folder))
    return folder


class FakeClock:
    """Time stands still unless a test moves it: animations are over, times are exact."""

    def __init__(self, now: float = 1000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture(scope="session")
def typeset():
    import pygame

    from game.ui.text import Typeset

    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1280, 720))
    return Typeset.load()


@pytest.fixture
def ui(typeset, clock):
    import pygame

    from game.ui.scene import Ui
    from game.ui.sound import Cues

    pygame.display.set_mode((1280, 720))
    return Ui(typeset, Cues(), random.Random(7), clock=clock)


@pytest.fixture(scope="session")
def mini():
    from game.packs import load_pack

    return load_pack(MINI)


@pytest.fixture
def session_at(clock):
    """A session that asks the given question first, then the rest of the pack in order."""
    from game.play.session import Item, Session

    def make(pack, question_id: str, seed: int = 7):
        first = [q for q in pack.questions if q.id == question_id]
        rest = [q for q in pack.questions if q.id != question_id]
        return Session([Item(pack, q) for q in first + rest], random.Random(seed), clock=clock, shuffle=False)

    return make
