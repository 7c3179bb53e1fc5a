"""Write a pack as stable, readable YAML: fixed key order, one style, loads back the same.

Written by hand rather than through yaml.dump's layout so that the file reads like the
hand-written packs (quote text on one line, short lists inline) and stays byte-stable.
Every scalar is emitted through yaml's own quoting, so any text round-trips.
"""

from __future__ import annotations

from pathlib import Path

import yaml

_PACK_KEYS = ("quotequiz", "id", "title", "description", "language", "sources", "questions")
_SOURCE_KEYS = ("id", "title", "file", "url")
_QUESTION_KEYS = ("id", "type", "prompt", "answer", "wrong", "accept", "tolerance", "unit", "items",
                  "quote", "explanation", "tags", "difficulty")


def _scalar(value) -> str:
    """One YAML scalar on one line, quoted only when it has to be."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, float)):
        return yaml.safe_dump(value, default_flow_style=True, width=1_000_000).removesuffix("\n...\n").strip()
    text = yaml.safe_dump(str(value), default_flow_style=True, allow_unicode=True, width=1_000_000)
    return text.removesuffix("\n...\n").removesuffix("\n")


def _ordered(data: dict, keys: tuple[str, ...]) -> list[tuple[str, object]]:
    return [(k, data[k]) for k in keys if k in data] + sorted((k, v) for k, v in data.items() if k not in keys)


def dumps_pack(pack: dict) -> str:
    """The pack (plain data in pack format) as YAML text."""
    lines = []
    for key, value in _ordered(pack, _PACK_KEYS):
        if key == "sources":
            lines.append("sources:")
            for source in value:
                lines += _mapping_item(source, _SOURCE_KEYS, "  ")
        elif key == "questions":
            lines.append("questions:")
            for question in value:
                lines.append("")
                lines += _mapping_item(question, _QUESTION_KEYS, "  ")
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return "\n".join(lines) + "\n"


def _mapping_item(data: dict, keys: tuple[str, ...], indent: str) -> list[str]:
    lines = []
    for i, (key, value) in enumerate(_ordered(data, keys)):
        lead = f"{indent}- " if i == 0 else f"{indent}  "
        inner = indent + "    "
        if isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            lines += [f"{inner}{k}: {_scalar(v)}" for k, v in _ordered(value, ("source", "text"))]
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{lead}{key}:")
            for entry in value:
                lines += _mapping_item(entry, ("source", "text"), inner[:-2])
        elif isinstance(value, list):
            lines.append(f"{lead}{key}:")
            lines += [f"{inner}- {_scalar(v)}" for v in value]
        else:
            lines.append(f"{lead}{key}: {_scalar(value)}")
    return lines


def save_pack(pack: dict, path: str | Path) -> None:
    """Write the pack to `path` as UTF-8, replacing the file only once it is complete."""
    path = Path(path)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(dumps_pack(pack), encoding="utf-8", newline="\n")
    temporary.replace(path)
