"""Hand-made bad inputs for every format slaeval reads.

Each case builds its file (or folder) inside a temporary folder and names the kind of input:
``offer`` (slaeval import PROJECT FILE; the app's offer import), ``project`` (slaeval score
FILE; the app's Open), ``catalogue`` (slaeval catalogue --from DIR) and ``document`` (slaeval
analyze FILE; the app's new offer from a contract document).
"""

from __future__ import annotations

from tests.reliability.corpus_build import Case, mark_as_newer_version
from tests.reliability.corpus_catalogues import catalogue_cases
from tests.reliability.corpus_documents import document_cases
from tests.reliability.corpus_offers import offer_cases
from tests.reliability.corpus_projects import project_cases

KINDS = ("offer", "project", "catalogue", "document")


def all_cases() -> list[Case]:
    return offer_cases() + project_cases() + catalogue_cases() + document_cases()


__all__ = ["KINDS", "Case", "all_cases", "mark_as_newer_version"]
