"""Entry point of the ``slaeval`` command: parse, dispatch, and turn errors into one line.

This module is a thin launcher: it imports nothing heavy. ``COMMANDS`` names the module of
each command; only the module of the command given is imported (with its pydantic models,
database and so on), and the others appear in ``slaeval --help`` from the table alone. So
``slaeval FILE`` and ``slaeval gui`` reach the window without loading the core first.

Each command module has ``register(subparsers)`` and sets ``func(args) -> int`` on its parser.
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
from typing import Literal

from slaeval import __version__
from slaeval.cli.argparse_fr import french_argparse

# slaeval.localized defines it too, but importing it loads pydantic.
Lang = Literal["fr", "en"]

# Command -> (module under slaeval.cli, the help line of ``slaeval --help``), in help order.
# A module may hold several commands; its own ``register`` gives each the same help line.
COMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("cmd_gui", "open the desktop app (the default)"),
    "new": ("cmd_project", "create an empty project file"),
    "import": ("cmd_project", "add offers (JSON, a JSON export) or a contract document"),
    "schema": ("cmd_project", "print the JSON Schema of offer files"),
    "demo": ("cmd_demo", "write the demo project"),
    "catalogue": ("cmd_catalogue", "list the criteria catalogue"),
    "score": ("cmd_score", "score and rank the offers of a project"),
    "export": ("cmd_export", "export offers (JSON) or the matrix (CSV or XLSX)"),
    "report": ("cmd_reports", "scored comparison report (PDF)"),
    "checklist": ("cmd_reports", "negotiation checklist (PDF)"),
    "diagnostic": ("cmd_reports", "diagnostic summary (PDF)"),
    "analyze": (
        "cmd_analyze",
        "read a contract or SLA (PDF, DOCX, text) and list its commitments",
    ),
}

EXIT_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as the usage on one line, then the problem."""

    def error(self, message: str) -> None:  # type: ignore[override]
        usage = " ".join(self.format_usage().split())
        self.exit(EXIT_INPUT, f"{usage}\nslaeval: {' '.join(message.split())}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; only the module of ``command`` is imported, the rest are named only."""
    parser = _Parser(prog="slaeval", description="Evaluate managed IT services offers.")
    parser.add_argument("--version", action="version", version=f"slaeval {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    chosen = COMMANDS[command][0] if command in COMMANDS else None
    for name, (module_name, help_text) in COMMANDS.items():
        if module_name != chosen:
            subparsers.add_parser(name, help=help_text, add_help=False)
        elif name == command_names(module_name)[0]:
            module = importlib.import_module(f"slaeval.cli.{module_name}")
            module.register(subparsers)
    return parser


def command_names(module_name: str) -> list[str]:
    """The commands of one module, in the table's order."""
    return [name for name, (module, _help) in COMMANDS.items() if module == module_name]


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help="language of the output (default: the system's)",
    )


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
    """The command word: top-level options take no value, so it is the first other word."""
    return next((arg for arg in argv if not arg.startswith("-")), None)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].endswith(".slaeval") and len(argv) == 1):
        argv = ["gui", *argv]
    lang = lang_in_argv(argv)
    try:
        with french_argparse(lang == "fr"):
            parser = build_parser(_command_in(argv))
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
