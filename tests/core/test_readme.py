"""The README's quick start stays true: its test command is the one CI runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def quick_start_commands():
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0].strip() for block in section.split("```sh\n")[1:]]


def test_quick_start_is_two_commands_and_ci_runs_the_second():
    play, test = quick_start_commands()
    assert play.endswith(".venv/bin/quotequiz") and "pytest" in test
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci_lines
