"""``slaeval demo PATH``: write the demo project to a new file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from slaeval.cli.main import add_lang_option, lang_of
from slaeval.demo import demo_project
from slaeval.errors import InputError
from slaeval.localized import both


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("demo")
    parser.add_argument("path", type=Path)
    add_lang_option(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from slaeval.project_store import save_project

    path: Path = args.path
    if path.exists():
        raise InputError(both(f"Le fichier existe déjà : {path}", f"File already exists: {path}"))
    save_project(path, demo_project()).close()
    lang = lang_of(args)
    print(
        f"Projet de démonstration écrit : {path}"
        if lang == "fr"
        else f"Demo project written: {path}"
    )
    return 0
