"""Hidden step pages wait to be shown before they show an edit; the page on screen does not."""

from slaeval.ui import commands
from tests.ui.page_projects import page


def _count_refreshes(target):  # type: ignore[no-untyped-def]
    calls = []
    refresh = target.refresh

    def counted() -> None:
        calls.append(1)
        refresh()

    target.refresh = counted
    return calls


def test_a_hidden_page_refreshes_once_when_shown_not_on_every_edit(window, demo_path):
    assert window.open_file(demo_path)
    state = window.state
    requirements = page(window, "requirements")
    needs = page(window, "needs")
    assert needs.isVisible() and not requirements.isVisible()
    hidden_calls = _count_refreshes(requirements)
    shown_calls = _count_refreshes(needs)
    for answer in ("yes", "no", "partly"):
        state.push(commands.set_sign(state, "major_outage", answer))
    assert len(shown_calls) == 3  # the page on screen follows every edit
    assert hidden_calls == [] and requirements.out_of_date
    window.show_step("requirements")
    assert len(hidden_calls) == 1 and not requirements.out_of_date
    window.show_step("needs")
    window.show_step("requirements")
    assert len(hidden_calls) == 1  # nothing changed in between: no second rebuild


def test_a_page_shown_after_an_edit_shows_the_edit(window, demo_path):
    assert window.open_file(demo_path)
    state = window.state
    requirements = page(window, "requirements")
    state.push(commands.set_override(state, "round_the_clock", True))
    assert not requirements.round_the_clock.isChecked()  # hidden: not rebuilt yet
    window.show_step("requirements")
    assert requirements.round_the_clock.isChecked()
    assert requirements.rtc_why.text() == "Changed by you"
