"""The step pages in step order, each built the first time it is shown or asked for.

``window.pages`` reads like the list it used to be: empty until a project has been opened,
then one page per step, ``pages[i]`` building page ``i`` on demand (and iterating builds them in
order as it goes). The window itself only touches the pages already built.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, overload

from PySide6.QtWidgets import QStackedWidget

from slaeval.ui.steps import STEPS

if TYPE_CHECKING:
    from slaeval.ui.app_state import AppState
    from slaeval.ui.pages.base import Page


class StepPages(Sequence["Page"]):
    def __init__(self, stack: QStackedWidget, state: Callable[[], AppState]) -> None:
        self._stack = stack
        self._state = state
        self._built: dict[int, Page] = {}
        self.available = False  # True from the first project opened on

    def __len__(self) -> int:
        return len(STEPS) if self.available else 0

    @overload
    def __getitem__(self, index: int) -> Page: ...
    @overload
    def __getitem__(self, index: slice) -> list[Page]: ...
    def __getitem__(self, index: int | slice) -> Page | list[Page]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        if not -len(self) <= index < len(self):
            raise IndexError(index)
        index %= len(self)
        page = self._built.get(index)
        if page is None:
            page = STEPS[index].page_class()(self._state())
            self._stack.addWidget(page)
            self._built[index] = page
        return page

    def __iter__(self) -> Iterator[Page]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def built(self) -> list[Page]:
        return [self._built[i] for i in sorted(self._built)]

    def is_built(self, index: int) -> bool:
        return index in self._built

    def entries(self) -> list[tuple[str, float]]:
        """Each step's title and completion, as the step list shows them."""
        state = self._state()
        return [
            (page.title(), page.completion())
            if (page := self._built.get(index)) is not None
            else (step.title(), step.completion(state))
            for index, step in enumerate(STEPS)
        ]
