"""Every shipped criterion has a short name in both languages (K.O. cells, tight places); a
catalogue without names still works, showing the question instead."""

from slaeval.catalogue import load_catalogue


def test_every_criterion_has_a_short_distinct_name_in_both_languages():
    criteria = load_catalogue().criteria
    for lang in ("fr", "en"):
        names = [c.name(lang) for c in criteria]
        assert all(0 < len(name) <= 40 for name in names), lang
        assert len(set(names)) == len(names), lang
        assert all(name != c.question.get(lang) for name, c in zip(names, criteria, strict=True))
    assert [c.id for c in criteria if c.label is None or c.label.fr == c.label.en] == []


def test_without_a_label_the_name_is_the_question():
    criterion = load_catalogue().criteria[0].model_copy(update={"label": None})
    assert criterion.name("fr") == criterion.question.fr
    assert criterion.name("en") == criterion.question.en
