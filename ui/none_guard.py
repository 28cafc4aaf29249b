"""Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

Those wheels are built for Python 3.12+, where ``None`` is immortal (PEP 683), and every Qt
method that returns nothing hands back ``None`` without taking a reference. On Python 3.11
each such call (``label.setText``, ``painter.drawLine``...) leaves ``None`` one reference
short; after some thousands of calls (a few dozen repaints of the radar chart) Python aborts
with "deallocating None". PySide6 6.11 does not do this.

Giving ``None`` a very large reference count at start-up makes it as immortal as it is on
3.12, whichever PySide6 is installed. The layout is checked first: the count is written only
where CPython keeps it, and nothing is done on 3.12 and later.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40  # far more void calls than any session makes


def keep_none_alive() -> bool:
    """Top up None's reference count once; True if it was done (now or earlier)."""
    if sys.version_info >= (3, 12):
        return False
    if getattr(sys, "_slaeval_none_kept", False):
        return True
    count = ctypes.c_ssize_t.from_address(id(None))
    seen = sys.getrefcount(None)
    if not seen - 3 <= count.value <= seen + 3:  # not a standard CPython object header
        return False
    count.value += RESERVE
    sys._slaeval_none_kept = True  # type: ignore[attr-defined]
    return True
