"""Each criterion's default gives its own basis: no two share a text unless deliberately."""

from collections import defaultdict

from slaeval.catalogue import load_catalogue

# One source that really backs several defaults: the joint advisory on MSPs covers MFA, least
# privilege, logging and who does what in security.
DELIBERATE: set[frozenset[str]] = {
    frozenset(
        {"security.mfa", "security.least_privilege", "security.log_retention", "security.raci"}
    ),
}


def shared_bases(criteria) -> set[frozenset[str]]:
    """Groups of criteria whose basis reads the same, in French or in English."""
    by_text: dict[tuple[str, str], set[str]] = defaultdict(set)
    for criterion in criteria:
        for lang in ("fr", "en"):
            text = " ".join(criterion.basis.reference.get(lang).split()).casefold()
            by_text[lang, text].add(criterion.id)
    return {frozenset(ids) for ids in by_text.values() if len(ids) > 1}


def test_no_two_criteria_share_a_basis_text_unless_deliberate():
    assert shared_bases(load_catalogue().criteria) - DELIBERATE == set()


def test_the_deliberate_shares_are_still_shared():
    """A group listed here that no longer shares its text is stale: take it out."""
    assert shared_bases(load_catalogue().criteria) >= DELIBERATE


def test_p2_response_has_its_own_basis_naming_p2():
    catalogue = load_catalogue()
    p1 = catalogue.criterion("support.p1_response").basis.reference
    p2 = catalogue.criterion("support.p2_response").basis.reference
    assert p2.fr != p1.fr and p2.en != p1.en
    assert "P2" in p2.fr and "P2" in p2.en and "P1" not in p2.fr + p2.en


def test_a_copied_basis_is_found():
    catalogue = load_catalogue()
    p1 = catalogue.criterion("support.p1_response")
    p2 = catalogue.criterion("support.p2_response").model_copy(update={"basis": p1.basis})
    assert frozenset({p1.id, p2.id}) in shared_bases([p1, p2])
