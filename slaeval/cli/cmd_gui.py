"""``slaeval gui [FILE]``: open the desktop app, or write a screenshot of one page.

Qt is imported only here, lazily, so the rest of the command line works without a display.
Nothing heavy is imported on the way to the window either (no pydantic, no database): the
app loads the project once its window is painted. The error classes are imported only when
there is an error to raise.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slaeval.cli.main import add_lang_option, lang_of

if TYPE_CHECKING:
    from slaeval.errors import InputError
    from slaeval.localized import Lang

PAGES = ("needs", "requirements", "offers", "compare", "negotiate", "export")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("gui")
    parser.add_argument("file", type=Path, nargs="?")
    parser.add_argument("--screenshot", type=Path)
    parser.add_argument("--page", choices=PAGES, default="needs")
    parser.add_argument("--size", default="1280x800")
    add_lang_option(parser)
    parser.set_defaults(func=run)


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{2,5})x(\d{2,5})", text)
    if not match:
        raise _input_error(
            f"Taille invalide : {text} (exemple : 1280x800)",
            f"Invalid size: {text} (example: 1280x800)",
        )
    return int(match.group(1)), int(match.group(2))


def _input_error(fr: str, en: str) -> InputError:
    from slaeval.errors import InputError
    from slaeval.localized import both

    return InputError(both(fr, en))


def _check_project_path(path: Path) -> None:
    """Refuse, before any window, a project path that is missing or not a regular file (a
    folder, a named pipe, a device): its status only, so nothing waits. The app checks the
    file again when it opens it. safe_read's message, imported only to be raised."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise _input_error(f"Projet introuvable : {path}", f"Project not found: {path}") from None
    except OSError as exc:  # a link loop, a folder that cannot be searched...
        from slaeval.project_file import os_error

        raise os_error(path, exc) from None
    if not stat.S_ISREG(mode):
        from slaeval.safe_read import NotRegularFileError

        raise NotRegularFileError(path, mode)


NO_DISPLAY = {
    "fr": "slaeval: aucun écran disponible pour ouvrir la fenêtre ; utilisez la ligne de "
    "commande (slaeval --help), ou --screenshot pour obtenir l'image d'une page.",
    "en": "slaeval: no display available to open the window; use the command line "
    "instead (slaeval --help), or --screenshot to render a page.",
}


def run(args: argparse.Namespace) -> int:
    size = _size(args.size)
    lang: Lang | None = args.lang
    if args.file is not None:
        _check_project_path(args.file)
    # Imported by name: the Qt front end is not part of the type-checked core.
    app = importlib.import_module("slaeval.ui.app")
    if args.screenshot is None and not app.has_display():
        print(NO_DISPLAY[lang_of(args)], file=sys.stderr)
        return 2
    code: int = app.run(args.file, lang, args.screenshot, args.page, size)
    return code
