"""Load the contract-analysis rules (``resources/analysis/rules.json``) and compile them once.

The rules are data: French and English patterns, number words, weekday names, priority words.
A choice rule gives a criterion a fixed value when its patterns match one sentence; a measure
rule reads a quantity (a delay, a sum of money) near an anchor. See the file's "about" field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from slaeval.analysis import regex_code
from slaeval.analysis.fast_regex import speed_up
from slaeval.analysis.model import FindingKind, FindingUnit
from slaeval.analysis.quantities import Quantities
from slaeval.data_paths import resource
from slaeval.errors import InputError
from slaeval.localized import both

Pattern = re.Pattern[str]
# Rules match folded text (``document.fold``: lower case, no accents), in which a letter is an
# ASCII letter: "\\b" and "\\w" are then told by ASCII tables, much faster than Unicode ones.
_FLAGS = FLAGS = re.ASCII


class _Lazy:
    """A rule's pattern, compiled the first time it is used.

    Python's regex compiler is pure Python: compiling all the rules took as long as
    analysing a 100-page contract, in every process that analyses one document. Many
    patterns are never searched in a given document (the strings they need are absent,
    ``prefilter.py``), so each is compiled on first use. It answers what the analysis asks of a
    compiled pattern, with the same results; the type checker sees a ``re.Pattern``.
    """

    # search, match and finditer are the compiled pattern's own methods once it is compiled:
    # the analysis calls them tens of thousands of times per document, with no step between.
    __slots__ = ("_compiled", "finditer", "match", "pattern", "search")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: Pattern | None = None

    def _get(self) -> Pattern:
        if self._compiled is None:
            compiled = self._compiled = regex_code.compile(self.pattern, _FLAGS)
            self.search = compiled.search
            self.match = compiled.match
            self.finditer = compiled.finditer
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # the first search, or findall, sub, groups...
        return getattr(self._get(), name)

    def __repr__(self) -> str:
        return f"<rule pattern {self.pattern[:60]!r}>"


def _lazy(pattern: str) -> Pattern:
    return _Lazy(pattern)  # type: ignore[return-value]


_REFERENCE = re.compile(r"\{@(\w+)\}")
Near = Literal["after", "after_or_before"]


@dataclass(frozen=True, slots=True)
class ChoiceRule:
    """Gives ``criterion`` the value ``value`` when every pattern of ``all`` matches.

    ``next`` patterns may match in the sentence or in the one after it in the same paragraph
    (the deciding detail often comes in the next sentence). ``negatable``: the rule does not
    fire when what its first pattern names is denied or prohibited ("shared accounts are
    prohibited"), nor when its ``next`` patterns name something only to deny it ("no
    immutable copy is kept"). ``price_lines``: the rule also reads a price-list line (a table
    row with a price), which other rules skip: a line of a price list is not a commitment.
    ``anywhere`` patterns must each match somewhere in the document (a certification stated
    in one clause of a security plan named in another).
    """

    criterion: str
    value: str | float | bool
    unit: FindingUnit
    rank: int
    confidence: float
    all: tuple[Pattern, ...]
    any: tuple[Pattern, ...]
    none: tuple[Pattern, ...]
    next: tuple[Pattern, ...] = ()
    negatable: bool = False
    price_lines: bool = False
    anywhere: tuple[Pattern, ...] = ()


@dataclass(frozen=True, slots=True)
class MeasureRule:
    """Reads a ``quantity`` (duration or money) near ``anchor`` as the criterion's value.

    ``deadline``: with no quantity near the anchor, a delay given as a deadline anywhere in
    the sentence ("Within 15 days of termination, the Provider shall return...") is read.
    ``skip_before`` / ``skip_after``: a quantity with these words just before or after it is
    not this criterion's (the months of a notice period next to a termination fee). ``next``
    and ``negatable``: as for choice rules ("may terminate without any early termination fee"
    names a fee only to deny it). ``smallest``: of the quantities near the anchors, the smallest
    is read, not the nearest ("e-mail back within 4 hours, the other services within 24": the
    recovery time of the essential services).
    """

    criterion: str
    kind: FindingKind
    quantity: Literal["duration", "money"]
    unit: FindingUnit
    confidence: float
    all: tuple[Pattern, ...]
    none: tuple[Pattern, ...]
    anchor: Pattern
    near: Near
    window: int
    minimum: float
    maximum: float
    deadline: bool = False
    skip_before: Pattern | None = None
    skip_after: Pattern | None = None
    next: tuple[Pattern, ...] = ()
    negatable: bool = False
    smallest: bool = False


@dataclass(frozen=True, slots=True)
class Rules:
    """Every compiled rule and word list."""

    quantities: Quantities
    vocab: dict[str, Pattern]
    priority_patterns: tuple[Pattern, ...]
    priority_words: dict[str, int]
    weekdays: dict[str, int]
    day_range: Pattern
    choice_rules: tuple[ChoiceRule, ...]
    measure_rules: tuple[MeasureRule, ...]
    compiled: tuple[Pattern, ...] = ()  # every pattern above, once each
    sources: tuple[str, ...] = ()  # each as written (vocabulary expanded), before speed_up

    def word(self, key: str) -> Pattern:
        return self.vocab[key]


def default_rules_path() -> Path:
    return resource("analysis", "rules.json")


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> Rules:
    """The rules in ``path`` (the shipped file by default), compiled."""
    # The shipped rules are compiled as they are used (a test compiles every one of them);
    # a rules file of one's own is compiled at once, so that a bad pattern is reported here.
    shipped = path is None
    path = path or default_rules_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _compile_rules(data, lazy=shipped)
    except (OSError, ValueError, KeyError, TypeError, re.error) as exc:
        raise InputError(
            both(
                f"Fichier de règles d'analyse illisible : {path} ({exc})",
                f"Unreadable analysis rules file: {path} ({exc})",
            )
        ) from None


def _compile_rules(data: dict[str, Any], *, lazy: bool = False) -> Rules:
    made: dict[str, Pattern] = {}
    sources: dict[str, None] = {}

    def _compile(pattern: str) -> Pattern:
        """A rule's pattern, compiled in the form the regex engine scans fastest (same
        matches); once, however many rules share it."""
        sources[pattern] = None
        fast = regex_code.fast_form(pattern) if lazy else speed_up(pattern)
        if fast not in made:
            made[fast] = _lazy(fast) if lazy else re.compile(fast, _FLAGS)
        return made[fast]

    quantities = Quantities({str(k): float(v) for k, v in data["numbers"].items()})
    raw_vocab: dict[str, Any] = data["vocab"]
    text_vocab = {k: v for k, v in raw_vocab.items() if isinstance(v, str)}

    def expand(pattern: str) -> str:
        if pattern.startswith("@"):
            pattern = text_vocab[pattern[1:]]
        for _depth in range(4):  # "{@price}" inside a pattern: that vocabulary entry
            if "{@" not in pattern:
                break
            pattern = _REFERENCE.sub(lambda m: f"(?:{text_vocab[m.group(1)]})", pattern)
        return pattern.replace("{N}", quantities.number)

    def compile_all(patterns: list[str]) -> tuple[Pattern, ...]:
        return tuple(_compile(expand(p)) for p in patterns)

    priority_words = {str(k): int(v) for k, v in raw_vocab["priority_words"].items()}
    words = "|".join(sorted(priority_words, key=len, reverse=True))
    weekdays = {str(k): int(v) for k, v in raw_vocab["weekdays"].items()}
    days = "|".join(sorted(weekdays, key=len, reverse=True))
    priority_patterns = compile_all(raw_vocab["priority_numbered"]) + tuple(
        _compile(p.replace("{W}", words)) for p in raw_vocab["priority_worded"]
    )
    choice_rules = tuple(
        ChoiceRule(
            criterion=r["criterion"],
            value=r["value"],
            unit=r.get("unit", "text"),
            rank=int(r.get("rank", 1)),
            confidence=float(r.get("confidence", 0.75)),
            all=compile_all(r["all"]),
            any=compile_all(r.get("any", [])),
            none=compile_all(r.get("none", [])),
            next=compile_all(r.get("next", [])),
            negatable=bool(r.get("negatable", False)),
            price_lines=bool(r.get("price_lines", False)),
            anywhere=compile_all(r.get("anywhere", [])),
        )
        for r in data["choice_rules"]
    )
    measure_rules = tuple(
        MeasureRule(
            criterion=r["criterion"],
            kind=r.get("kind", "answer"),
            quantity=r["quantity"],
            unit=r["unit"],
            confidence=float(r.get("confidence", 0.75)),
            all=compile_all(r["all"]),
            none=compile_all(r.get("none", [])),
            anchor=_compile(expand(r["anchor"])),
            near=r.get("near", "after"),
            window=int(r.get("window", 80)),
            minimum=float(r.get("min", 0)),
            maximum=float(r.get("max", 1e12)),
            deadline=bool(r.get("deadline", False)),
            skip_before=_compile(expand(r["skip_before"])) if "skip_before" in r else None,
            skip_after=_compile(expand(r["skip_after"])) if "skip_after" in r else None,
            next=compile_all(r.get("next", [])),
            negatable=bool(r.get("negatable", False)),
            smallest=bool(r.get("smallest", False)),
        )
        for r in data["measure_rules"]
    )
    return Rules(
        quantities=quantities,
        vocab={k: _compile(expand(v)) for k, v in text_vocab.items()},
        priority_patterns=priority_patterns,
        priority_words=priority_words,
        weekdays=weekdays,
        day_range=_compile(raw_vocab["day_range"].replace("{D}", days)),
        choice_rules=choice_rules,
        measure_rules=measure_rules,
        compiled=tuple(made.values()),
        sources=tuple(sources),
    )


def warm_up() -> int:
    """Compile every shipped pattern now and say how many there are. The app calls it in the
    background while the user picks a document, so the first analysis does not wait for it."""
    rules = load_rules()
    for pattern in rules.compiled:
        pattern.search("")
    return len(rules.compiled)
