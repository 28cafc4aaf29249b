"""Write the tables worked out from the shipped rules: the strings each pattern needs
(``prefilter.py``) and each rule pattern's regex engine code (``regex_code.py``).

    python -m slaeval.analysis.literal_table          rewrite resources/analysis/literals.json
                                                      and resources/analysis/regex_code.json
    python -m slaeval.analysis.literal_table --check  exit 1 when either is out of date

Run it after editing ``rules.json``: an out-of-date table gives the same findings, only a
slower first analysis in each process (the patterns it lacks are parsed then).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from slaeval.analysis import regex_code
from slaeval.analysis.literal_scan import module_patterns
from slaeval.analysis.prefilter import TABLE, Branches, Required, table_key, worked_out
from slaeval.analysis.rules import FLAGS, Rules, load_rules
from slaeval.data_paths import resource

_ABOUT = (
    "Written by python -m slaeval.analysis.literal_table from rules.json: the strings each "
    "pattern needs (prefilter.py). Do not edit by hand."
)


def _strings(found: frozenset[str]) -> list[str]:
    return sorted(found)


def _entry(answers: tuple[Required, tuple[frozenset[str], ...], Branches]) -> list[Any]:
    required, sets, branches = answers
    return [
        None if required is None else _strings(required),
        [_strings(s) for s in sets],
        None if branches is None else [[_strings(o) for o in b] for b in branches],
    ]


def table_text(rules: Rules) -> str:
    """The file's content for ``rules``: one line per compiled pattern (the analysis modules'
    own patterns too), in a stable order (a rules edit changes a few lines of it)."""
    patterns = (*rules.compiled, *module_patterns())
    entries = {table_key(p.pattern): _entry(worked_out(p.pattern)) for p in patterns}
    lines = [
        f"{json.dumps(key)}: {json.dumps(entry, ensure_ascii=False)}"
        for key, entry in sorted(entries.items())
    ]
    return (
        "{\n" + f'"about": {json.dumps(_ABOUT)},\n"patterns": {{\n' + ",\n".join(lines) + "\n}}\n"
    )


def code_text(rules: Rules) -> str:
    """The engine-code file's content: every pattern the rules compile as they are used."""
    patterns = sorted({(p.pattern, int(FLAGS)) for p in rules.compiled})
    return regex_code.table_text(patterns, sorted(set(rules.sources))) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m slaeval.analysis.literal_table")
    parser.add_argument("--check", action="store_true", help="only say if the files are current")
    args = parser.parse_args(argv)
    rules = load_rules()
    stale = 0
    for path, text in (
        (resource(*TABLE), table_text(rules)),
        (resource(*regex_code.TABLE), code_text(rules)),
    ):
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if current == text:
            continue
        if args.check:
            print(f"{path} is out of date: run python -m slaeval.analysis.literal_table")
            stale = 1
        else:
            path.write_text(text, encoding="utf-8")
    if not args.check:
        print(f"{resource(*TABLE).parent}: {len(rules.compiled)} patterns")
    return stale


if __name__ == "__main__":
    sys.exit(main())
