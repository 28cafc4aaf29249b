"""argparse's own messages (usage errors, help headings) in French.

argparse words its messages through ``gettext``, which it looks up as the module globals ``_``
and ``ngettext`` each time it formats one. While ``french_argparse()`` is active those two
return the French text below, so "unknown option", "missing argument" or "invalid choice"
read in French under ``--lang fr``. Only the messages a user of ``slaeval`` can meet are here;
the others are mistakes in the parser's own definition, never the user's. Section headings
get their colon from the formatter, not from gettext: ``FrenchHelpFormatter`` spaces it.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from contextlib import contextmanager

FRENCH: dict[str, str] = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "unrecognized arguments: %s": "argument(s) non reconnu(s) : %s",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix non valide : %(value)r (choisir parmi %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "expected %s argument": "%s valeur attendue",
    "expected %s arguments": "%s valeurs attendues",
    "invalid %(type)s value: %(value)r": "valeur non valide (%(type)s) : %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue %(parser_name)r (commandes : %(choices)s)"
    ),
    "the following arguments are required: %s": "argument(s) obligatoire(s) manquant(s) : %s",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "not allowed with argument %s": "interdit avec l'argument %s",
    "unexpected option string: %s": "option inattendue : %s",
    "ignored explicit argument %r": "valeur %r ignorée : cette option n'en prend pas",
}


class FrenchHelpFormatter(argparse.HelpFormatter):
    """Help as French writes it: a space before the colon of each heading ("options :"), and
    no line that starts with the ":" ";" "?" "!" or "»" of the line before."""

    def start_section(self, heading: str | None) -> None:
        super().start_section(None if heading is None else f"{heading} ")

    def _split_lines(self, text: str, width: int) -> list[str]:
        return [_unglued(line) for line in super()._split_lines(_glued(text), width)]

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return _unglued(super()._fill_text(_glued(text), width, indent))


# argparse wraps at ASCII spaces only: a no-break space holds the two sides together, and is
# a plain space again once the lines are cut.
_NO_BREAK = "\u00a0"
_SPACE_KEPT = re.compile(r" (?=[:;?!»])|(?<=«) ")


def _glued(text: str) -> str:
    return _SPACE_KEPT.sub(_NO_BREAK, text)


def _unglued(text: str) -> str:
    return text.replace(_NO_BREAK, " ")


def _gettext(text: str) -> str:
    return FRENCH.get(text, text)


def _ngettext(singular: str, plural: str, count: int) -> str:
    text = singular if count == 1 else plural
    return FRENCH.get(text, text)


@contextmanager
def french_argparse(active: bool = True) -> Iterator[None]:
    """argparse speaks French inside the block (when ``active``), as before after it."""
    if not active:
        yield
        return
    saved = argparse.__dict__["_"], argparse.__dict__["ngettext"]
    setattr(argparse, "_", _gettext)  # noqa: B010 (a module global, not an attribute)
    setattr(argparse, "ngettext", _ngettext)  # noqa: B010
    try:
        yield
    finally:
        setattr(argparse, "_", saved[0])  # noqa: B010
        setattr(argparse, "ngettext", saved[1])  # noqa: B010
