"""Undoable edits: each one writes through the project store and can write the old value back.

A command reads the old value when it is created, so undo restores exactly what was there. If
the store refuses a write (disk full, file removed), the error is reported and the stack is
left as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from slaeval.diagnostic_model import CompanyProfile, SignAnswer, SignId
from slaeval.errors import SlaevalError
from slaeval.localized import LANGS, both
from slaeval.offers import Answer, Offer
from slaeval.project import Negotiation, OverrideValue, ProjectInfo
from slaeval.project_store import ProjectStore
from slaeval.ui.app_state import AppState

_MISSING = object()


class StoreCommand(QUndoCommand):
    """Runs ``apply(store, value)`` with the new value on redo and the old one on undo."""

    def __init__(
        self,
        state: AppState,
        text: str,
        apply: Callable[[ProjectStore, object], None],
        old: object,
        new: object,
    ) -> None:
        super().__init__(text)
        self._state, self._apply, self._old, self._new = state, apply, old, new

    def _run(self, value: object) -> None:
        _guarded(self, self._state, lambda store: self._apply(store, value))

    def redo(self) -> None:
        self._run(self._new)

    def undo(self) -> None:
        self._run(self._old)


def set_sign(state: AppState, sign: SignId, answer: SignAnswer | None) -> StoreCommand:
    old = state.project.diagnostic.signs.get(sign)
    return StoreCommand(state, f"sign {sign}", lambda s, v: s.set_sign(sign, v), old, answer)  # type: ignore[arg-type]


def set_profile(state: AppState, profile: CompanyProfile) -> StoreCommand:
    return StoreCommand(
        state,
        "profile",
        lambda s, v: s.set_profile(v),  # type: ignore[arg-type]
        state.project.diagnostic.profile,
        profile,
    )


def set_info(state: AppState, info: ProjectInfo) -> StoreCommand:
    return StoreCommand(
        state,
        "info",
        lambda s, v: s.set_info(v),  # type: ignore[arg-type]
        state.project.info,
        info,
    )


def set_override(state: AppState, key: str, value: OverrideValue | object) -> StoreCommand:
    """``value`` _MISSING (see ``clear_override``) removes the override."""
    old = state.project.overrides.get(key, _MISSING)

    def apply(store: ProjectStore, v: object) -> None:
        if v is _MISSING:
            store.clear_override(key)
        else:
            store.set_override(key, v)  # type: ignore[arg-type]

    return StoreCommand(state, f"override {key}", apply, old, value)


def clear_override(state: AppState, key: str) -> StoreCommand:
    return set_override(state, key, _MISSING)


def set_note(state: AppState, key: str, text: str) -> StoreCommand:
    return StoreCommand(
        state,
        f"note {key}",
        lambda s, v: s.set_note(key, str(v)),
        state.project.notes.get(key, ""),
        text,
    )


def set_answer(
    state: AppState, offer_id: str, criterion_id: str, answer: Answer | None
) -> StoreCommand:
    old = state.project.offer(offer_id).answers.get(criterion_id)
    return StoreCommand(
        state,
        f"answer {criterion_id}",
        lambda s, v: s.set_answer(offer_id, criterion_id, v),  # type: ignore[arg-type]
        old,
        answer,
    )


def set_negotiation(
    state: AppState, offer_id: str, criterion_id: str, negotiation: Negotiation | None
) -> StoreCommand:
    old = state.project.negotiation.get(offer_id, {}).get(criterion_id)
    return StoreCommand(
        state,
        f"ask {criterion_id}",
        lambda s, v: s.set_negotiation(offer_id, criterion_id, v),  # type: ignore[arg-type]
        old,
        negotiation,
    )


def update_offer(state: AppState, offer: Offer) -> StoreCommand:
    old = state.project.offer(offer.id)
    return StoreCommand(state, f"offer {offer.name}", lambda s, v: s.update_offer(v), old, offer)  # type: ignore[arg-type]


class AddOffer(QUndoCommand):
    """Add an offer (with its answers); undo deletes it."""

    def __init__(self, state: AppState, offer: Offer) -> None:
        super().__init__(f"add {offer.name}")
        self._state, self._offer = state, offer

    def redo(self) -> None:
        _guarded(self, self._state, lambda s: s.add_offer(self._offer))

    def undo(self) -> None:
        _guarded(self, self._state, lambda s: s.delete_offer(self._offer.id))


class AddOffers(QUndoCommand):
    """Add several offers in one transaction (all or none); undo deletes them all at once."""

    def __init__(self, state: AppState, offers: list[Offer]) -> None:
        super().__init__(f"add {len(offers)} offers")
        self._state, self._offers = state, offers

    def redo(self) -> None:
        _guarded(self, self._state, lambda s: s.add_offers(self._offers))

    def undo(self) -> None:
        _guarded(self, self._state, lambda s: s.delete_offers([o.id for o in self._offers]))


class DeleteOffer(QUndoCommand):
    """Delete an offer; undo puts it back with its answers, place and negotiation."""

    def __init__(self, state: AppState, offer_id: str) -> None:
        project = state.project
        self._offer = project.offer(offer_id)
        super().__init__(f"delete {self._offer.name}")
        self._state = state
        self._position = [o.id for o in project.offers].index(offer_id)
        self._negotiation = dict(project.negotiation.get(offer_id, {}))

    def redo(self) -> None:
        _guarded(self, self._state, lambda s: s.delete_offer(self._offer.id))

    def undo(self) -> None:
        def restore(store: ProjectStore) -> None:
            store.add_offer(self._offer, self._position)
            for criterion_id, negotiation in self._negotiation.items():
                store.set_negotiation(self._offer.id, criterion_id, negotiation)

        _guarded(self, self._state, restore)


def _guarded(
    command: QUndoCommand, state: AppState, action: Callable[[ProjectStore], None]
) -> None:
    """Run ``action``; if the store refuses it, report it and take ``command`` off the stack."""
    if state.store is None:
        return
    refused: SlaevalError | None = None
    try:
        action(state.store)
    except SlaevalError as error:
        command.setObsolete(True)
        refused = error
    try:
        state.reload()
    except SlaevalError as error:  # damaged by another program: the window keeps what it shows
        if refused is not None:  # one message saying both
            error = SlaevalError(both(*(f"{refused.text(la)}\n\n{error.text(la)}" for la in LANGS)))
        refused = error
    if refused is not None:
        state.edit_failed.emit(refused)
