"""Generated bad inputs (hypothesis): a valid offer with one answer made invalid, and garbage."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st


def valid_offer() -> dict[str, Any]:
    from slaeval.data_paths import samples_dir

    text = (samples_dir() / "offers" / "fortis.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


INVALID_VALUES = {
    "support.p1_response": st.one_of(
        st.floats(max_value=-0.001),
        st.text(min_size=1),
        st.booleans(),
        st.lists(st.integers(), max_size=3),
    ),
    "availability.commitment": st.one_of(
        st.floats(min_value=100.001, max_value=1e12), st.floats(max_value=-0.001)
    ),
    "security.mfa": st.text(alphabet="xyz!? ", min_size=1).filter(lambda s: s.strip()),
    "security.edr": st.sampled_from(["oui", "YES", "true", "1", "maybe"]),
}


@st.composite
def invalid_offer_texts(draw: st.DrawFn) -> tuple[str, str]:
    """(criterion made invalid, the offer JSON text)."""
    offer = valid_offer()
    criterion = draw(st.sampled_from(sorted(INVALID_VALUES)))
    offer["answers"][criterion] = {"value": draw(INVALID_VALUES[criterion])}
    return criterion, json.dumps(offer)


def garbage() -> st.SearchStrategy[bytes]:
    """Bytes that are never a valid offer (a NUL first byte is never valid JSON)."""
    return st.binary(min_size=0, max_size=2000).map(lambda blob: b"\x00" + blob)
