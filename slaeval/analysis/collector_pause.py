"""Python's cyclic garbage collector, paused while a document is analysed.

Reading a PDF and running the rules make hundreds of thousands of short-lived containers
(pypdf's objects, the sets of sentences each string or pattern is found in) that die by
reference counting, not as cycles. Each of them still counts towards the collector's
thresholds, so the collector runs again and again, and its full rounds walk every tracked
object (the compiled rules, the catalogue, and in the app every widget's wrapper) for nothing.
On a 100-page contract that walk is only 2.5 % of the instructions but about a tenth of the
time, since it reads memory all over the heap (more when other programs share the processor's
cache); without it, the peak memory grows by 6 MB. The collector is paused for the analysis
and resumed after it, when it collects whatever cycles the analysis left behind. An analysis
is bounded by its time limit, so the pause is too.

The pause is process-wide, so it is counted: analyses that overlap (two worker threads) resume
the collector only when the last one ends, and only if it was running before the first began.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # analyses running
_resume = False  # whether the collector ran before the first of them


@contextmanager
def collector_paused() -> Iterator[None]:
    global _paused, _resume
    with _lock:
        if _paused == 0:
            _resume = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _resume:
                gc.enable()
