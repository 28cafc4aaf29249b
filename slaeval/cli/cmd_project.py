"""``slaeval new``, ``slaeval import`` and ``slaeval schema``: make a project, add offers to it.

``import`` takes an offer JSON file (see ``slaeval schema``), a JSON export of offers
(``slaeval export --format json``: all its offers, or the one ``--offer`` names), or a
contract document (PDF, DOCX, text, Markdown) that the contract analysis turns into an offer.
Every offer is checked before any is added, and all are written in one transaction: a file
that cannot be read, or a write that fails partway (disk full), leaves the project exactly as
it was.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from slaeval.cli.main import add_lang_option, lang_of
from slaeval.criteria import Catalogue
from slaeval.errors import InputError
from slaeval.localized import both
from slaeval.offers import Offer, new_offer_id
from slaeval.project import ProjectInfo
from slaeval.project_file import read_only_error
from slaeval.promise_flags import note_text, promise_flags

if TYPE_CHECKING:
    from slaeval.analysis import AnalysisReport

DOCUMENT_SUFFIXES = (".pdf", ".docx", ".txt", ".md")


def register(subparsers: Any) -> None:
    new = subparsers.add_parser("new")
    new.add_argument("path", type=Path)
    new.add_argument("--client", default="")
    add_lang_option(new)
    new.set_defaults(func=run_new)

    imp = subparsers.add_parser("import")
    imp.add_argument("project", type=Path)
    imp.add_argument("file", type=Path)
    imp.add_argument("--offer", default=None)
    imp.add_argument("--provider", default=None)
    add_lang_option(imp)
    imp.set_defaults(func=run_import)

    schema = subparsers.add_parser("schema")
    schema.set_defaults(func=run_schema)


def run_new(args: argparse.Namespace) -> int:
    from slaeval.project_store import ProjectStore

    try:
        info = ProjectInfo(client=args.client.strip(), created=datetime.now(UTC))
    except ValidationError:
        raise InputError(
            both(
                "Nom de client trop long (200 caractères au plus)",
                "Client name too long (200 characters at most)",
            )
        ) from None
    ProjectStore.create(args.path, info).close()
    if lang_of(args) == "fr":
        print(f"Projet créé : {args.path}")
    else:
        print(f"Project created: {args.path}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from slaeval.catalogue import load_catalogue
    from slaeval.project_store import ProjectStore

    project_path: Path = args.project
    source: Path = args.file
    _check_source(source)  # before the project is opened: opening may upgrade an older one
    with ProjectStore.open(project_path) as store:  # says why a path is not a project
        if store.read_only:
            raise read_only_error(project_path)
        catalogue = load_catalogue()
        offers, report = _read_offers(source, args.provider, args.offer, catalogue)
        project = store.load()
        taken = {o.id for o in project.offers}
        fresh = []
        for offer in offers:
            fresh.append(
                offer.model_copy(update={"id": new_offer_id()}) if offer.id in taken else offer
            )
            taken.add(fresh[-1].id)
        flags = (
            []
            if report is None
            else promise_flags(project, fresh[0].name, report, catalogue, lang_of(args))
        )
        store.add_offers(fresh, flags)  # one transaction: every offer and note, or none
    for offer in fresh:
        _report(args, offer, project_path)
    for _offer_id, _criterion_id, negotiation in flags:
        print(note_text(negotiation.note, lang_of(args)))
    return 0


def run_schema(args: argparse.Namespace) -> int:
    from slaeval.offer_io import offer_json_schema

    print(json.dumps(offer_json_schema(), ensure_ascii=False, indent=2))
    return 0


def _check_source(source: Path) -> None:
    """A missing file, or a folder, a named pipe or a device where the file should be, is
    refused by its status (nothing is opened, so nothing waits) before any long work; the
    readers check again what they open."""
    from slaeval.safe_read import require_regular_file

    try:
        require_regular_file(source)
    except FileNotFoundError:
        raise InputError(
            both(f"Fichier introuvable : {source}", f"File not found: {source}")
        ) from None
    except OSError:
        pass  # a link loop, say: the reader gives the system's reason for it


def _read_offers(
    source: Path, provider: str | None, choose: str | None, catalogue: Catalogue
) -> tuple[list[Offer], AnalysisReport | None]:
    """The offers in ``source``, and the analysis report when it is a contract document."""
    if provider is not None and not provider.strip():
        raise InputError(
            both(
                "--provider est vide : donnez le nom du prestataire, ou omettez l'option",
                "--provider is empty: give the provider's name, or leave the option out",
            )
        )
    suffix = source.suffix.lower()
    if suffix == ".json":
        from slaeval.offer_io import read_offers_file

        name = None if provider is None else _valid_name(provider)
        offers = read_offers_file(source, catalogue, choose)
        if name is None:
            return offers, None
        if len(offers) > 1:
            raise InputError(
                both(
                    f"--provider renomme une seule offre, et {source.name} en contient "
                    f"{len(offers)} : choisissez-la avec --offer",
                    f"--provider renames one offer, and {source.name} holds {len(offers)}: "
                    "choose it with --offer",
                )
            )
        return [offers[0].model_copy(update={"name": name})], None
    if suffix in DOCUMENT_SUFFIXES:
        if choose is not None:
            raise InputError(
                both(
                    "--offer choisit une offre d'un export JSON, pas d'un document",
                    "--offer picks an offer from a JSON export, not from a document",
                )
            )
        offer, report = _from_document(
            source, _valid_name(source.stem if provider is None else provider), catalogue
        )
        return [offer], report
    raise _unsupported(source)


def _from_document(
    source: Path, provider: str, catalogue: Catalogue
) -> tuple[Offer, AnalysisReport]:
    from slaeval.analysis import analyze_document, offer_from_report

    report = analyze_document(source, catalogue)
    return offer_from_report(report, provider, catalogue), report


def _valid_name(provider: str) -> str:
    """The provider name as an offer stores it (trimmed), checked before any long work."""
    try:
        return Offer(name=provider).name
    except ValidationError:
        raise InputError(
            both(
                "Nom de prestataire vide ou trop long (200 caractères au plus)",
                "Provider name empty or too long (200 characters at most)",
            )
        ) from None


def _unsupported(source: Path) -> InputError:
    kinds = ".json, " + ", ".join(DOCUMENT_SUFFIXES)
    return InputError(
        both(
            f"Format de fichier non pris en charge : {source.name} (formats acceptés : {kinds})",
            f"Unsupported file format: {source.name} (accepted formats: {kinds})",
        )
    )


def _report(args: argparse.Namespace, offer: Offer, project_path: Path) -> None:
    count = sum(1 for a in offer.answers.values() if a.value is not None)
    if lang_of(args) == "fr":
        print(f"Offre importée : {offer.name} ({count} réponses) dans {project_path}")
    else:
        print(f"Imported offer: {offer.name} ({count} answers) into {project_path}")
