"""Where things live: the shipped data (packs, assets) and the user's data directory."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "quotequiz"
DATA_DIR_ENV = "QUOTEQUIZ_DATA_DIR"


def _shipped(name: str) -> Path:
    # A wheel carries questions/ and assets/ inside the package (see pyproject's
    # force-include); a source checkout or editable install has them beside game/.
    # (The package is always a folder on disk, so its own path is where importlib.resources
    # would look, without that module's 1 ms per call before the first frame.)
    package = Path(__file__).resolve().parent
    packaged = package / name
    return packaged if packaged.is_dir() else package.parent / name


def shipped_packs_dir() -> Path:
    return _shipped("questions")


def assets_dir() -> Path:
    return _shipped("assets")


def default_pack_path() -> Path:
    return shipped_packs_dir() / "kabul-2021.yaml"


def data_dir() -> Path:
    """The user's data directory; QUOTEQUIZ_DATA_DIR overrides the platform default."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_packs_dir() -> Path:
    return data_dir() / "packs"
