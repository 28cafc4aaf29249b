"""slaeval core: evaluate and negotiate managed IT services (infogérance) contracts.

The core never imports Qt or the ui package; the desktop front end lives in ``slaeval.ui``.
"""

__version__ = "0.1.0"
