"""Demo mode, screenshots, and what happens without a usable pack, display, font or sound."""

import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.packs import load_pack
from game.ui.app import open_window, run_play

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini" / "mini.yaml"


class Refuse:
    def record(self, item, outcome):
        raise AssertionError("demo answers must not be recorded")


def run_demo(folder: Path, seed: int) -> tuple[int, list[Path]]:
    code = run_play([MINI], demo=True, delay=0, screenshot_dir=folder, fullscreen=False, size=(640, 360), seed=seed, recorder=Refuse())
    return code, sorted(folder.iterdir())


@pytest.fixture(scope="module")
def demo_runs(tmp_path_factory):
    """The same seeded demo, twice."""
    return [run_demo(tmp_path_factory.mktemp("shots"), seed=5) for _ in range(2)]


def test_demo_plays_every_question_and_exits_at_the_results(demo_runs):
    code, shots = demo_runs[0]
    names = [p.name for p in shots]
    assert code == 0
    questions = len(load_pack(MINI).questions)
    assert sum(name.endswith("-feedback.png") for name in names) == questions
    assert names[0] == "001-question.png" and names[-1].endswith("-results.png")
    assert [int(name[:3]) for name in names] == list(range(1, len(names) + 1))
    assert pygame.image.load(str(shots[-1])).get_size() == (640, 360)


def test_demo_is_the_same_for_a_seed(demo_runs):
    (_, first), (_, again) = demo_runs
    assert [p.name for p in first] == [p.name for p in again]
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in again]


def test_a_busy_machine_shows_the_same_seeded_demo(demo_runs, tmp_path, monkeypatch):
    import time

    from game.ui.scenes.question import QuestionScene

    slow = QuestionScene.draw

    def draw_slowly(self, surface, now):  # each question screen takes a busy machine's 0.4 s
        time.sleep(0.4)
        slow(self, surface, now)

    monkeypatch.setattr(QuestionScene, "draw", draw_slowly)
    _, shots = run_demo(tmp_path, seed=5)
    assert [p.read_bytes() for p in shots] == [p.read_bytes() for p in demo_runs[0][1]]


def test_demo_answers_some_right_and_some_wrong(demo_runs):
    from game.ui import theme

    # Each feedback screen shows a green (right) or red (wrong) disc near its top left.
    colours = set()
    for path in demo_runs[0][1]:
        if path.name.endswith("-feedback.png"):
            image = pygame.image.load(str(path))
            colours |= {tuple(image.get_at((x, y)))[:3] for x in range(0, 120, 2) for y in range(40, 160, 2)}
    assert theme.RIGHT in colours and theme.WRONG in colours


def test_a_broken_pack_on_the_command_line_prints_its_problems_and_exits_1(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("quotequiz: 1\nid: ok\ntitle: T\nsources: []\nquestions: []\n", encoding="utf-8")
    code = run_play([bad], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=None, seed=None)
    assert code == 1
    err = capsys.readouterr().err
    assert f"{bad}:4:10: 'sources' must be a list of at least one source" in err
    assert "Traceback" not in err


def test_without_a_display_one_line_and_exit_1(tmp_path):
    env = {**os.environ, "SDL_VIDEODRIVER": "x11", "DISPLAY": ":987", "QUOTEQUIZ_DATA_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-m", "game", "play", str(MINI)], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quotequiz: cannot open a window")


@pytest.fixture
def set_mode_flags(monkeypatch):
    calls = []
    real = pygame.display.set_mode
    monkeypatch.setattr(pygame.display, "set_mode", lambda size, flags=0: (calls.append(flags), real(size, flags))[1])
    return calls


def test_fullscreen_uses_the_native_resolution_without_scaling(set_mode_flags):
    pygame.display.init()
    surface = open_window(None, fullscreen=True)
    assert surface.get_size() == pygame.display.get_desktop_sizes()[0]
    assert set_mode_flags == [pygame.FULLSCREEN]


def test_window_is_resizable_and_sized_as_asked(set_mode_flags):
    surface = open_window((900, 500), fullscreen=False)
    assert surface.get_size() == (900, 500)
    assert set_mode_flags == [pygame.RESIZABLE]


def test_the_first_frame_needs_no_audio_device_no_scheduler_and_no_progress_store(tmp_path):
    # In a fresh interpreter, as a player starts it: neither the scheduler, nor the audio
    # device, nor the progress store before the first question is on screen (each costs
    # milliseconds of start-up); the store is open before the game waits for the first answer.
    script = (
        "import sys, pygame\n"
        "from pathlib import Path\n"
        "from game.ui.app import run_play\n"
        "from game.ui.scene import Quit\n"
        "store = Path(sys.argv[1]) / 'progress.sqlite3'\n"
        "flip = pygame.display.flip\n"
        "def first_flip():\n"
        "    flip()\n"
        "    print(pygame.mixer.get_init(), 'fsrs' in sys.modules, store.exists())\n"
        "    pygame.display.flip = flip\n"
        "pygame.display.flip = first_flip\n"
        "def waiting(app):\n"
        "    print(app.top.name, store.exists())\n"
        "    app.execute(Quit(0))\n"
        f"run_play([{str(MINI)!r}], demo=False, delay=0, screenshot_dir=None, fullscreen=False, size=(640, 360), seed=1, driver=waiting)\n"
    )
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "QUOTEQUIZ_DATA_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", script, str(tmp_path)], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["None", "False", "False", "question", "True"]


def test_a_demo_with_a_delay_plays_to_the_end(tmp_path):
    """Waits between steps round to whole milliseconds; one that rounded to 0 once meant
    "wait for ever" to pygame, and the demo stopped on its first question."""
    script = (f"from game.ui.app import run_play\n"
              f"raise SystemExit(run_play([{str(MINI)!r}], demo=True, delay=0.05, screenshot_dir=None, "
              f"fullscreen=False, size=(640, 360), seed=1))\n")
    env = {**os.environ, "SDL_VIDEODRIVER": "dummy", "QUOTEQUIZ_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, timeout=60, capture_output=True)
    assert done.returncode == 0, done.stderr[-2000:]
