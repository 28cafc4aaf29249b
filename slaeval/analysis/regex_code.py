"""Compile the shipped rules' patterns without running Python's regex parser.

``re.compile`` parses a pattern with a pure-Python parser, turns the parse into the engine's
code, also in Python, and only then hands that code to the C engine. For the rules a long
contract needs that took about 0.3 s, paid again by the first analysis in every process (the
command line runs one per process): a first analysis took 2.3 times as long as reading the
file, a later one 1.4 times.

The shipped rules do not change between releases, so their engine code is worked out once and
shipped in ``resources/analysis/regex_code.json`` (``python -m slaeval.analysis.literal_table``
writes it with the literal table after a rules edit; a test checks it is current).
``compile`` builds a pattern from it with the engine's own constructor, which checks the code
before use.

Rewriting each rule into the form the engine scans fastest (``fast_regex.speed_up``, pure
Python too) is shipped in the same file, whatever the interpreter: ``fast_form``.

The engine's code belongs to one CPython release: a bug fix in ``re._compiler`` or
``re._parser`` in a micro release can give other code for the same pattern with the same
``MAGIC``. The table records the full version (micro release included), the engine's ``MAGIC``
and ``CODESIZE``, and each entry's key is worked out from them too, so that an entry merged in
from a table written by another interpreter is never found. Each entry carries a digest of its
text, so that a damaged one is not used. On any mismatch, for a pattern not in the table, or
for code the engine refuses, ``compile`` is ``re.compile``. Either way the pattern is the same:
the same source, flags, groups and engine code.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
import sys
from array import array
from functools import lru_cache
from typing import Any

from slaeval.analysis.fast_regex import speed_up
from slaeval.data_paths import resource

TABLE = ("analysis", "regex_code.json")
FAST = "fast:"
_sre: Any = importlib.import_module("_sre")
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_ABOUT = (
    "Written by python -m slaeval.analysis.literal_table from rules.json: each rule pattern's "
    "regex engine code, so that it is not parsed again in every process (regex_code.py). "
    "Do not edit by hand."
)


def engine() -> dict[str, Any]:
    """What the table's code is valid for: this interpreter's release and regex engine."""
    return {
        "python": list(sys.version_info),
        "magic": getattr(_sre, "MAGIC", None),
        "codesize": getattr(_sre, "CODESIZE", None),
        "implementation": sys.implementation.name,
    }


def _digest(text: str) -> str:
    # surrogatepass: a pattern may hold a lone surrogate ("\\ud800" in rules.json), which
    # re.compile takes; the key must not fail where re.compile does not
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def key(pattern: str, flags: int, engine: dict[str, Any] | None = None) -> str:
    """The entry's name: the pattern with its flags, and for engine code the engine."""
    where = "" if engine is None else json.dumps(engine, sort_keys=True)
    return _digest(f"{where}{int(flags)}:{pattern}")


def _checked(line: str) -> str | None:
    """The JSON text of an entry ``<digest> <json>``, None when the digest does not match."""
    digest, sep, text = line.partition(" ")
    return text if sep and _digest(text) == digest else None


@lru_cache(maxsize=1)
def _file_lines() -> tuple[dict[str, Any], dict[str, str]]:
    """The table's first line, and its entries each still as JSON text (only those used get
    decoded)."""
    try:
        text = resource(*TABLE).read_text(encoding="utf-8")
        head, _, body = text.partition("\n")
        first = json.loads(head)
    except (OSError, ValueError):
        return {}, {}
    out = {}
    # "\n" only: str.splitlines also cuts at U+2028, U+0085 and other characters a JSON text
    # may hold unescaped
    for line in body.split("\n"):
        name, sep, entry = line.rstrip("\r").partition(" ")
        if sep:
            out[name] = entry
    return first, out


def _lines() -> dict[str, str]:
    """The entries, when the table's code is this interpreter's (fast forms included)."""
    first, lines = _file_lines()
    return lines if first == {"engine": engine()} else {}


def fast_form(pattern: str) -> str:
    """``speed_up(pattern)``, from the table when it holds it (any interpreter)."""
    line = _file_lines()[1].get(FAST + key(pattern, 0))
    text = None if line is None else _checked(line)
    if text is not None:
        try:
            fast = json.loads(text)
            if isinstance(fast, str):
                return fast
        except ValueError:
            pass
    return speed_up(pattern)


def compile(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the shipped engine code when it holds this one."""
    line = _lines().get(key(pattern, flags, engine()))
    text = None if line is None else _checked(line)
    if text is not None:
        try:
            final_flags, groups, groupindex, indexgroup, code = json.loads(text)
            built: re.Pattern[str] = _sre.compile(
                pattern, final_flags, code, groups, groupindex, tuple(indexgroup)
            )
            return built
        except (ValueError, TypeError, RuntimeError, OverflowError):  # the engine refused it
            pass
    return re.compile(pattern, flags)


def entry(pattern: str, flags: int) -> list[Any]:
    """What ``re.compile`` hands the engine for ``pattern``, as ``_compiler.compile`` does."""
    flags = int(flags)
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    if any(not 0 <= c < 2 ** (8 * _sre.CODESIZE) for c in code):
        raise ValueError("engine code out of range")
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in parsed.state.groupdict.items():
        indexgroup[index] = name
    return [
        flags | parsed.state.flags,
        parsed.state.groups - 1,
        dict(parsed.state.groupdict),
        indexgroup,
        list(array("I", code)) if _sre.CODESIZE == 4 else list(code),
    ]


def table_text(patterns: list[tuple[str, int]], sources: list[str]) -> str:
    """The file: a first line naming the engine, then one line per pattern and one per source
    pattern's fast form, sorted by key."""
    here = engine()
    lines = {key(p, f, here): json.dumps(entry(p, f), separators=(",", ":")) for p, f in patterns}
    # ensure_ascii: a lone surrogate cannot be written as UTF-8, and every line ends at "\n"
    lines |= {FAST + key(s, 0): json.dumps(speed_up(s)) for s in sources}
    lines = {k: f"{_digest(v)} {v}" for k, v in lines.items()}
    head = json.dumps({"engine": here})
    about = json.dumps({"about": _ABOUT})
    return "\n".join([head, f"about {about}", *(f"{k} {v}" for k, v in sorted(lines.items()))])
