"""One call from a project to everything derived from it: requirements and evaluation."""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.catalogue import load_catalogue
from slaeval.criteria import Catalogue
from slaeval.diagnostic_texts import load_diagnostic_texts
from slaeval.evaluation import Evaluation, evaluate
from slaeval.project import Project
from slaeval.promise_flags import tracked_asks
from slaeval.requirements import (
    DerivedRequirements,
    Requirements,
    derive_requirements,
    effective_requirements,
)


@dataclass(frozen=True)
class ProjectEvaluation:
    catalogue: Catalogue
    derived: DerivedRequirements
    requirements: Requirements
    evaluation: Evaluation


def evaluate_project(project: Project, catalogue: Catalogue | None = None) -> ProjectEvaluation:
    catalogue = catalogue or load_catalogue()
    derived = derive_requirements(project.diagnostic, catalogue, load_diagnostic_texts())
    requirements = effective_requirements(derived, project.overrides)
    evaluation = evaluate(catalogue, requirements, project.offers, tracked_asks(project))
    return ProjectEvaluation(catalogue, derived, requirements, evaluation)
