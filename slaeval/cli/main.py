"""Entry point of the ``slaeval`` command: parse, dispatch, and turn errors into one line.

This module is a thin launcher: it imports nothing heavy. ``COMMANDS`` names the module of
each command; only the module of the command given is imported (with its pydantic models,
database and so on), and the others appear in ``slaeval --help`` from the table alone. So
``slaeval FILE`` and ``slaeval gui`` reach the window without loading the core first.

Each command module has ``register(subparsers)`` and sets ``func(args) -> int`` on its parser.
Help texts live in ``help_texts`` as (French, English) pairs: ``slaeval --help`` and
``slaeval COMMAND --help`` speak the same language as the rest (``--lang``, before or after
the command, else the system's).
Input problems exit with status 2 and one line naming the problem, in the user's language
(``--lang``, else the system's); nothing else reaches the user as a traceback. A usage error
(unknown option, missing argument, invalid choice) prints the usage on one line and the
problem on the next, in that language too.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, Literal

from slaeval import __version__
from slaeval.cli.argparse_fr import FrenchHelpFormatter, french_argparse
from slaeval.cli.help_texts import (
    COMMAND_HELP,
    COMMAND_METAVAR,
    COMMANDS_HINT,
    COMMANDS_TITLE,
    DESCRIPTIONS,
    PROGRAM,
    SHARED,
    VERSION,
    localize_arguments,
    pick,
)

# slaeval.localized defines it too, but importing it loads pydantic.
Lang = Literal["fr", "en"]

# Command -> its module under slaeval.cli, in help order (its help texts: help_texts).
# A module may hold several commands.
COMMANDS: dict[str, str] = {
    "gui": "cmd_gui",
    "new": "cmd_project",
    "import": "cmd_project",
    "schema": "cmd_project",
    "demo": "cmd_demo",
    "catalogue": "cmd_catalogue",
    "score": "cmd_score",
    "export": "cmd_export",
    "report": "cmd_reports",
    "checklist": "cmd_reports",
    "diagnostic": "cmd_reports",
    "analyze": "cmd_analyze",
}

EXIT_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as the usage on one line, then the problem."""

    def error(self, message: str) -> None:  # type: ignore[override]
        usage = " ".join(self.format_usage().split())
        self.exit(EXIT_INPUT, f"{usage}\nslaeval: {' '.join(message.split())}\n")


def build_parser(command: str | None = None, lang: Lang | None = None) -> argparse.ArgumentParser:
    """The parser, its help in ``lang`` (default: the system's); only the module of
    ``command`` is imported, the other commands are named only."""
    lang = lang or system_lang()
    formatter = formatter_for(lang)
    parser = _Parser(prog="slaeval", description=pick(PROGRAM, lang), formatter_class=formatter)
    parser.add_argument(
        "--version", action="version", version=f"slaeval {__version__}", help=pick(VERSION, lang)
    )
    parser.add_argument(
        "--lang", choices=("fr", "en"), default=None, help=pick(SHARED["lang"], lang)
    )
    subparsers = parser.add_subparsers(
        dest="command",
        parser_class=_Parser,
        title=pick(COMMANDS_TITLE, lang),
        metavar=pick(COMMAND_METAVAR, lang),
        help=pick(COMMANDS_HINT, lang),
    )
    chosen = COMMANDS.get(command or "")
    for name, module_name in COMMANDS.items():
        if module_name != chosen:
            subparsers.add_parser(name, help=pick(COMMAND_HELP[name], lang), add_help=False)
        elif name == command_names(module_name)[0]:
            commands = LocalizedCommands(subparsers, lang)
            importlib.import_module(f"slaeval.cli.{module_name}").register(commands)
            for added, command_parser in commands.added.items():
                localize_arguments(command_parser, added, lang)
    return parser


class LocalizedCommands:
    """What a module's ``register`` adds its commands to: each command gets its help line
    and description from help_texts, in the chosen language."""

    def __init__(self, subparsers: Any, lang: Lang) -> None:
        self._subparsers = subparsers
        self._lang = lang
        self.added: dict[str, argparse.ArgumentParser] = {}

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        kwargs.update(
            help=pick(COMMAND_HELP[name], self._lang),
            description=pick(DESCRIPTIONS[name], self._lang),
            formatter_class=formatter_for(self._lang),
        )
        parser: argparse.ArgumentParser = self._subparsers.add_parser(name, **kwargs)
        self.added[name] = parser
        return parser


def formatter_for(lang: Lang) -> type[argparse.HelpFormatter]:
    return FrenchHelpFormatter if lang == "fr" else argparse.HelpFormatter


def command_names(module_name: str) -> list[str]:
    """The commands of one module, in the table's order."""
    return [name for name, module in COMMANDS.items() if module == module_name]


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    """``--lang`` after the command; left out of the result when not given, so that
    ``slaeval --lang fr COMMAND`` (before the command) is not reset."""
    parser.add_argument("--lang", choices=("fr", "en"), default=argparse.SUPPRESS)


def system_lang() -> Lang:
    """French when the system locale says so, English otherwise (as the core's
    ``slaeval.localized.system_lang``, without its pydantic import)."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(key, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def lang_of(args: argparse.Namespace) -> Lang:
    chosen = getattr(args, "lang", None)
    return "fr" if chosen == "fr" else "en" if chosen == "en" else system_lang()


def lang_in_argv(argv: Sequence[str]) -> Lang:
    """The language asked for by ``--lang`` before parsing (so usage errors use it too)."""
    chosen: str | None = None
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    return "fr" if chosen == "fr" else "en" if chosen == "en" else system_lang()


def _command_in(argv: Sequence[str]) -> str | None:
    """The command word: the first word that is not an option, nor the value of ``--lang``
    (the only top-level option that takes one)."""
    words = iter(argv)
    for arg in words:
        if arg == "--lang":
            next(words, None)
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].endswith(".slaeval") and len(argv) == 1):
        argv = ["gui", *argv]
    lang = lang_in_argv(argv)
    try:
        with french_argparse(lang == "fr"):
            parser = build_parser(_command_in(argv), lang)
            args = parser.parse_args(argv)
            if not getattr(args, "func", None):
                parser.print_help()
                return EXIT_INPUT
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else EXIT_INPUT
    try:
        code: int = args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from slaeval.errors import SlaevalError  # loaded by then if this is one

        if not isinstance(exc, SlaevalError):
            raise
        print(f"slaeval: {exc.text(lang_of(args))}", file=sys.stderr)
        return EXIT_INPUT
    return code


if __name__ == "__main__":
    sys.exit(main())
