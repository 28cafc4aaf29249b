"""The summary's cost sentence: offers that run for different terms are compared per year
(a 12-month total against a 36-month one would make the dearer offer look cheaper)."""

from __future__ import annotations

from slaeval.exports import build_report
from slaeval.project import Project
from tests.core.exports.conftest import TODAY
from tests.core.exports.helpers import pdf_pages


def _summary(project: Project, lang: str) -> str:
    return " ".join(" ".join(pdf_pages(build_report(project, lang, today=TODAY))[:2]).split())


def _offers(demo: Project, *names: str) -> Project:
    return demo.model_copy(update={"offers": tuple(o for o in demo.offers if o.name in names)})


def test_different_terms_are_compared_per_year(demo: Project) -> None:
    pair = _offers(demo, "Fortis Infogérance", "EcoNet Services")  # 12 and 36 months
    fortis = next(o for o in pair.offers if o.name == "Fortis Infogérance").prices
    econet = next(o for o in pair.offers if o.name == "EcoNet Services").prices
    assert fortis.term_months != econet.term_months
    text = _summary(pair, "en")
    assert "Per year it costs €47,900, against €12,580 for EcoNet Services" in text
    assert "terms of 12 and 36 months" in text
    assert "Over its term" not in text
    assert "Ramenée à l'année, elle coûte 47 900" in _summary(pair, "fr").replace("\u202f", " ")


def test_equal_terms_are_compared_over_the_term(demo: Project) -> None:
    pair = _offers(demo, "Fortis Infogérance", "EcoNet Services")
    offers = tuple(
        o.model_copy(update={"prices": o.prices.model_copy(update={"term_months": 12})})
        for o in pair.offers
    )
    text = _summary(pair.model_copy(update={"offers": offers}), "en")
    assert "Over its term (12 months) it costs €47,900" in text
    assert "Per year it costs" not in text
