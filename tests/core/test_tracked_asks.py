"""An ask under negotiation stays on the checklist once the answer scores well."""

from slaeval.demo import demo_project
from slaeval.offers import Answer
from slaeval.project import Negotiation
from slaeval.project_evaluation import evaluate_project

CRITERION = "support.p1_response"  # EcoNet says 4 h business: a red flag


def _asks(project):
    econet = project.offers[0].id
    return [a.criterion_id for a in evaluate_project(project).evaluation.result(econet).asks]


def test_a_tracked_ask_stays_listed_when_its_answer_becomes_good():
    project = demo_project()
    econet = project.offers[0]
    fixed = econet.model_copy(update={"answers": {**econet.answers, CRITERION: Answer(value=30.0)}})
    improved = project.model_copy(update={"offers": (fixed, *project.offers[1:])})
    assert CRITERION in _asks(project)
    assert CRITERION not in _asks(improved)
    tracked = improved.model_copy(
        update={"negotiation": {econet.id: {CRITERION: Negotiation(state="obtained")}}}
    )
    assert CRITERION in _asks(tracked)
