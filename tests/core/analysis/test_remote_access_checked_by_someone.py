"""Remote access is described and audited only when someone checks it (remote_access_audit.py):
an audit or penetration test of the gateway, or the records open to the client; sessions
recorded with nothing more are a described set-up.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

REMOTE = "security.remote_access"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Our engineers connect through a bastion host that records every session.",
        "Remote sessions run through our RMM tool and are recorded; recordings are kept a year.",
        "Les techniciens passent par un VPN et les sessions sont enregistrées.",
        "L'accès à distance se fait par un bastion qui enregistre chaque session ; les "
        "enregistrements sont conservés six mois.",
    ],
)
def test_recorded_sessions_alone_are_described(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), REMOTE) == ["described"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Engineers connect through a bastion host that records every session. An independent "
        "firm audits the bastion every year.",
        "Remote sessions run through our RMM tool and are recorded; the recordings are "
        "available to the Customer on request.",
        "Les techniciens passent par un bastion qui enregistre les sessions ; la passerelle "
        "fait l'objet d'un test d'intrusion annuel.",
        "L'accès à distance passe par un bastion qui enregistre les sessions, consultables "
        "par le Client à tout moment.",
    ],
)
def test_recorded_and_checked_is_audited(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), REMOTE) == ["described_audited"]
