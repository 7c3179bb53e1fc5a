"""Installed (in CI: from a wheel, not editable) and run from any folder, the game finds its packs."""

import os
import subprocess
import sys


def run_game(*args, cwd):
    env = {**os.environ, "QUOTEQUIZ_DATA_DIR": str(cwd / "data")}
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True, text=True, cwd=cwd, env=env)


def test_validate_finds_the_shipped_packs_from_another_folder(tmp_path):
    run = run_game("validate", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "kabul-2021.yaml: ok," in run.stdout


def test_validate_reports_a_broken_pack_and_exits_1(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("quotequiz: 1\nid: x\ntitle: [unclosed\n", encoding="utf-8")
    run = run_game("validate", str(broken), cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout.startswith(f"{broken}:4:1: invalid YAML")
    assert "Traceback" not in run.stdout + run.stderr
