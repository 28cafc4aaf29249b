"""Bad offer JSON files (read by `slaeval import` and by the app's offer import)."""

from __future__ import annotations

import json

from tests.reliability.corpus_build import (
    Case,
    directory,
    endless,
    fifo,
    missing,
    symlink_loop,
    valid_project_bytes,
    write,
)


def _offer(**changes: object) -> str:
    base: dict[str, object] = {"name": "Prestataire", "answers": {}}
    base.update(changes)
    return json.dumps(base)


def _answer(criterion: str, value: object, **extra: object) -> str:
    return _offer(answers={criterion: {"value": value, **extra}})


def _pdf_bytes() -> bytes:
    from slaeval.data_paths import samples_dir

    return (samples_dir() / "documents" / "econet.pdf").read_bytes()


OFFER_TEXTS: dict[str, str | bytes] = {
    "empty": "",
    "whitespace": "   \n\t ",
    "truncated": _offer()[:-5],
    "top-level-array": "[]",
    "top-level-string": '"offer"',
    "top-level-null": "null",
    "top-level-number": "42",
    "no-name": json.dumps({"answers": {}}),
    "empty-name": _offer(name="   "),
    "name-only-newlines": _offer(name="\n\n"),
    "name-is-number": _offer(name=12),
    "name-lone-surrogate": '{"name": "A\\ud800B", "answers": {}}',
    "huge-name": _offer(name="x" * 5000),
    "answers-is-list": _offer(answers=[1, 2]),
    "answer-not-object": _offer(answers={"security.mfa": "none_or_shared"}),
    "unknown-criterion": _answer("support.p9_teleportation", 5),
    "10000-unknown-criteria": _offer(answers={f"x.c{i}": {"value": 1} for i in range(10_000)}),
    "unknown-field": _offer(colour="blue"),
    "negative-duration": _answer("support.p1_response", -30),
    "absurd-duration": _answer("support.p1_response", 10**30),
    "availability-120": _answer("availability.commitment", 120),
    "availability-negative": _answer("availability.commitment", -1),
    "availability-text": _answer("availability.commitment", "high"),
    "availability-number-as-text": _answer("availability.commitment", "99.9"),
    "yesno-maybe": _answer("security.edr", "maybe"),
    "yesno-number": _answer("security.edr", 1),
    "choice-unknown-id": _answer("security.mfa", "sometimes"),
    "value-is-object": _answer("security.mfa", {"a": 1}),
    "value-is-list": _answer("support.p1_response", [30]),
    "value-is-bool": _answer("support.p1_response", True),
    "huge-number": _answer("support.p1_response", 1e308),
    "overflow-number": '{"name": "X", "answers": {"support.p1_response": {"value": 1e999}}}',
    "nan": '{"name": "X", "answers": {"support.p1_response": {"value": NaN}}}',
    "infinity": '{"name": "X", "answers": {"support.p1_response": {"value": -Infinity}}}',
    "bad-clock": _answer("support.p1_response", 30, clock="martian"),
    "business-clock-on-percent": _answer("availability.commitment", 99.9, clock="business"),
    "evidence-not-object": _answer("security.mfa", "none_or_shared", evidence="quote"),
    "evidence-quote-number": _answer(
        "security.mfa", "none_or_shared", evidence={"quote": 5, "location": "p. 1"}
    ),
    "unknown-source": _answer("security.mfa", "none_or_shared", source="telepathy"),
    "prices-is-text": _offer(prices="cheap"),
    "negative-monthly": _offer(prices={"monthly": -10}),
    "zero-term": _offer(prices={"term_months": 0}),
    "negative-term": _offer(prices={"term_months": -12}),
    "fractional-term": _offer(prices={"term_months": 12.5}),
    "absurd-term": _offer(prices={"term_months": 100000}),
    "absurd-setup": _offer(prices={"setup": 1e15}),
    "credit-over-100": _offer(prices={"credit_tiers": [{"below": 99.9, "credit_percent": 400}]}),
    "credit-tiers-not-list": _offer(prices={"credit_tiers": {"below": 99}}),
    "window-backwards": _offer(support_window={"start_minute": 1000, "end_minute": 500}),
    "window-past-midnight": _offer(support_window={"start_minute": 0, "end_minute": 2000}),
    "window-day-9": _offer(support_window={"days": [9]}),
    "window-no-days": _offer(support_window={"days": []}),
    "bad-offer-id": _offer(id="../../etc/passwd"),
    "empty-offer-id": _offer(id=""),
    "deeply-nested": '{"name": "X", "answers": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "invalid-utf8": b'{"name": "\xff\xfe caf\xe9", "answers": {}}',
    "zero-bytes": b"\0" * 4096,
    "binary-noise": bytes(range(256)) * 16,
    "utf16-bom": _offer().encode("utf-16"),
    "trailing-garbage": _offer() + " }}}",
    "two-offers-in-a-row": _offer() + "\n" + _offer(),
    "single-quotes": "{'name': 'P', 'answers': {}}",
    "comment-line": "// offer from the vendor\n" + _offer(),
}


def offer_cases() -> list[Case]:
    cases = [Case(f"offer-{n}", "offer", write(f"{n}.json", d)) for n, d in OFFER_TEXTS.items()]
    cases += [
        Case("offer-pdf-named-json", "offer", lambda tmp: write("pdf.json", _pdf_bytes())(tmp)),
        Case(
            "offer-project-named-json",
            "offer",
            lambda tmp: write("project.json", valid_project_bytes(tmp))(tmp),
        ),
        Case("offer-directory", "offer", directory("folder.json")),
        Case("offer-symlink-loop", "offer", symlink_loop("loop.json")),
        Case("offer-missing", "offer", missing("absent.json")),
        Case("offer-named-pipe", "offer", fifo("pipe.json")),
        Case("offer-endless-file", "offer", endless("zero.json")),
        Case("offer-50MB", "offer", write("big.json", b" " * (50 * 1024 * 1024))),
    ]
    return cases
