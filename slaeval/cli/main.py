"""Entry point of the ``slaeval`` command: parse, dispatch, and turn errors into one line.

Each command lives in its own module with ``register(subparsers)``; the module sets
``func(args) -> int`` on its parser. Input problems exit with status 2 and one line naming
the problem, in the user's language; nothing else reaches the user as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from slaeval import __version__
from slaeval.errors import SlaevalError
from slaeval.localized import Lang, system_lang

# Modules under slaeval.cli, in the order of the help text.
COMMAND_MODULES: tuple[str, ...] = (
    "cmd_gui",
    "cmd_project",
    "cmd_demo",
    "cmd_catalogue",
    "cmd_score",
    "cmd_export",
    "cmd_reports",
    "cmd_analyze",
)

EXIT_INPUT = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors in one line with exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_INPUT, f"slaeval: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="slaeval", description="Evaluate managed IT services offers.")
    parser.add_argument("--version", action="version", version=f"slaeval {__version__}")
    subparsers = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"slaeval.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"slaeval.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("fr", "en"),
        default=None,
        help="language of the output (default: the system's)",
    )


def lang_of(args: argparse.Namespace) -> Lang:
    chosen = getattr(args, "lang", None)
    return "fr" if chosen == "fr" else "en" if chosen == "en" else system_lang()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].endswith(".slaeval") and len(argv) == 1):
        argv = ["gui", *argv]
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_INPUT
    try:
        code: int = args.func(args)
    except SlaevalError as exc:
        print(f"slaeval: {exc.text(lang_of(args))}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
