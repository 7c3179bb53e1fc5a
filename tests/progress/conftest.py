import pytest

from game.progress.store import ProgressStore
from game.progress.synthetic import synthetic_packs


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Never the real data directory."""
    folder = tmp_path / "data"
    monkeypatch.setenv("QUOTEQUIZ_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def store(data_dir):
    with ProgressStore() as opened:
        yield opened


@pytest.fixture
def packs():
    return synthetic_packs(count=2, questions=5)
