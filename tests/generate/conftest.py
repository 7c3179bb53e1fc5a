from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = Path(__file__).parent / "docs"
SEEDS = [ROOT / "questions" / "sources" / "rferl-mission-moves-to-doha.txt",
         ROOT / "questions" / "sources" / "state-dept-afghanistan-evacuation.txt"]
UNSEEN = sorted(DOCS.iterdir())


@pytest.fixture(scope="session")
def generated(tmp_path_factory):
    """Packs generated once per session: the seed pair and each unseen document."""
    import argparse

    from game.generate.command import add_arguments, run

    packs = {}
    for name, docs in [("seeds", SEEDS)] + [(d.stem, [d]) for d in UNSEEN]:
        out = tmp_path_factory.mktemp(name) / f"{name}.yaml"
        parser = argparse.ArgumentParser()
        add_arguments(parser)
        assert run(parser.parse_args([*map(str, docs), "-o", str(out), "--count", "40"])) == 0
        packs[name] = out
    return packs
