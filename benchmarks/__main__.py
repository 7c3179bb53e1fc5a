"""Run the benchmarks and print a table; --json FILE also writes the figures."""

from __future__ import annotations

import argparse
import importlib
import json
import platform
import sys

# Each module's run() returns {figure: value}; listed in the order the table shows them.
MODULES = ["startup", "idle", "frame", "pack_load", "generate", "memory", "study"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--only", nargs="*", choices=MODULES, help="run only these")
    options = parser.parse_args(argv)
    figures: dict[str, float] = {}
    for name in options.only or MODULES:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        figures.update(importlib.import_module(f"benchmarks.{name}").run())
    machine = f"{platform.machine()}, {platform.system()}, Python {platform.python_version()}"
    width = max(map(len, figures))
    print(f"{'figure':<{width}}  value    ({machine})")
    for key, value in figures.items():
        print(f"{key:<{width}}  {value:,.2f}")
    if options.json:
        with open(options.json, "w", encoding="utf-8") as handle:
            json.dump({"machine": machine, **figures}, handle, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
