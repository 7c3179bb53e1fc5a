"""The `quotequiz` command. The window is imported only by the commands that open one."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from game import __version__, paths
from game.packs import check_pack
from game.packs.loader import problems_at


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("-") and args[0] not in ("-h", "--help", "--version"):
        args.insert(0, "play")  # `quotequiz` and `quotequiz --demo` mean play
    # A command gets a parser of its own: building every command's parser first (argparse
    # looks up translations for each) delayed a game's first frame by 2 ms.
    options = _parser(args[0]).parse_args(args[1:]) if args[0] in COMMANDS else _parser().parse_args(args)
    try:
        return options.run(options)
    except KeyboardInterrupt:
        return 130


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `quotequiz COMMAND`, or with no command, of `quotequiz` and all its commands."""
    if command is not None:
        parser = argparse.ArgumentParser(prog=f"quotequiz {command}")
        COMMANDS[command][1](parser)
        return parser
    parser = argparse.ArgumentParser(prog="quotequiz", description="Quiz questions from documents, every answer proved by a quote.")
    parser.add_argument("--version", action="version", version=f"quotequiz {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (text, add_arguments) in COMMANDS.items():
        add_arguments(commands.add_parser(name, help=text))
    return parser


def _play_arguments(play: argparse.ArgumentParser) -> None:
    play.add_argument("packs", nargs="*", type=Path, metavar="PACK", help="one pack starts at once; several are offered on the title screen")
    play.add_argument("--demo", action="store_true", help="play by itself and exit at the results")
    play.add_argument("--delay", type=_non_negative, default=1.5, metavar="SECONDS", help="demo pause per screen (0: none)")
    play.add_argument("--screenshot", type=Path, metavar="DIR", help="save a PNG of every screen shown")
    _window_options(play)
    play.set_defaults(run=_play, mode="play")


def _validate_arguments(validate: argparse.ArgumentParser) -> None:
    validate.add_argument("packs", nargs="*", type=Path, metavar="PACK", help="default: every shipped pack")
    validate.add_argument("--strict", action="store_true", help="also run the generator's question-quality checks")
    validate.set_defaults(run=_validate)


def _generate_arguments(generate: argparse.ArgumentParser) -> None:
    from game.generate import command  # here: only `generate` and the full parser need it

    command.add_arguments(generate)
    generate.set_defaults(run=command.run)


def _mode_arguments(name: str, mode: argparse.ArgumentParser) -> None:
    mode.add_argument("packs", nargs="*", type=Path, metavar="PACK", help="default: the shipped packs and yours")
    _window_options(mode)
    mode.set_defaults(run=_play, mode=name, demo=False, delay=0.0, screenshot=None)


def _stats_arguments(stats: argparse.ArgumentParser) -> None:
    stats.add_argument("packs", nargs="*", type=Path, metavar="PACK", help="default: the shipped packs and yours")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.set_defaults(run=_stats)


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--fullscreen", action="store_true", help="fill the display at its native resolution")
    parser.add_argument("--size", type=_size, metavar="WxH", help="window size, e.g. 1280x720")
    parser.add_argument("--seed", type=int, help="replay the same shuffles")


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError("use WIDTHxHEIGHT, e.g. 1280x720") from None
    if width < 320 or height < 240:
        raise argparse.ArgumentTypeError("the smallest window is 320x240")
    return width, height


def _validate(options: argparse.Namespace) -> int:
    packs = options.packs or sorted(paths.shipped_packs_dir().glob("*.yaml"))
    if not packs:
        print("quotequiz: no packs to validate", file=sys.stderr)
        return 1
    failed = False
    for path in packs:
        pack, problems = check_pack(path)
        if pack is not None and options.strict:
            problems = _quality_problems(pack)
        for problem in problems:
            print(problem)
        if not problems:
            print(f"{path}: ok, {len(pack.questions)} questions")
        failed |= bool(problems)
    return 1 if failed else 0


def _quality_problems(pack):
    from game.generate.checks import strict_problems

    index = {question.id: i for i, question in enumerate(pack.questions)}
    found = [((("questions", index[qid]) if qid in index else ()), message) for qid, message in strict_problems(pack)]
    return problems_at(pack.path, found)


def _stats(options: argparse.Namespace) -> int:
    from game.progress.commands import stats_command

    return stats_command(options.json, options.packs)


def _play(options: argparse.Namespace) -> int:
    try:
        from game.ui.app import run_play
    except ImportError as error:
        print(f"quotequiz: cannot open the game window: {error}", file=sys.stderr)
        return 1
    return run_play(
        packs=options.packs,
        demo=options.demo,
        delay=options.delay,
        screenshot_dir=options.screenshot,
        fullscreen=options.fullscreen,
        size=options.size,
        seed=options.seed,
        mode=options.mode,
    )


# name: (help line, what adds its arguments)
COMMANDS = {
    "play": ("open the game (the default command)", _play_arguments),
    "validate": ("check packs; print FILE:LINE:COL: message for every problem", _validate_arguments),
    "generate": ("make a pack of checked questions from documents", _generate_arguments),
    "study": ("study due questions first, then new ones; answers are saved", partial(_mode_arguments, "study")),
    "review": ("review the questions missed recently; answers are saved", partial(_mode_arguments, "review")),
    "stats": ("answers, accuracy, days in a row, mastery and reviews due", _stats_arguments),
}
