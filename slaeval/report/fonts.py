"""The report fonts: DejaVu Sans, shipped in resources/fonts and embedded in every PDF.

The base-14 PDF fonts cover Latin-1 only and are not embedded: no euro sign in some viewers,
no narrow no-break space for French numbers, no check marks. DejaVu has them all.
"""

from __future__ import annotations

from functools import lru_cache

from slaeval.data_paths import resource
from slaeval.errors import ExportError
from slaeval.localized import both

REGULAR = "SlaevalSans"
BOLD = "SlaevalSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the fonts once per process (reportlab keeps a global registry)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    except (OSError, ValueError) as exc:
        raise ExportError(
            both(
                f"Police des rapports introuvable ou illisible : {exc}",
                f"The report font is missing or unreadable: {exc}",
            )
        ) from None
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
