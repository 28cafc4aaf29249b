"""Read the translations of a gettext ``.po`` file: each message's id and its translation.

The same result as Babel's ``read_po`` for what the app keeps (singular messages that have a
translation; fuzzy ones included, obsolete ``#~`` ones and plurals left out), checked by
``tests/ui/test_po_reader.py``. Reading the French texts with it does not import Babel, which
costs more than the reading, before the first window is shown.
"""

from __future__ import annotations

import re
from pathlib import Path

_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}  # and any other escaped character stands for itself


def _unquote(text: str) -> str:
    body = text.strip()[1:-1]
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def read_po(path: Path) -> dict[str, str]:
    messages: dict[str, str] = {}
    entry: dict[str, str] = {}
    field = ""

    def finish() -> None:
        msgid, msgstr = entry.get("msgid", ""), entry.get("msgstr", "")
        if msgid and msgstr and "msgid_plural" not in entry:
            messages[msgid] = msgstr
        entry.clear()

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith('"'):
            if field:
                entry[field] += _unquote(line)
            continue
        keyword, _space, rest = line.partition(" ")
        if keyword in ("msgctxt", "msgid") and "msgid" in entry:
            finish()
        if keyword in ("msgctxt", "msgid", "msgid_plural", "msgstr") or keyword.startswith(
            "msgstr["
        ):
            field = keyword
            entry[field] = _unquote(rest)
        else:  # a comment (obsolete entries included) or a blank line
            field = ""
    finish()
    return messages
