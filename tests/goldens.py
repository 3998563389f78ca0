"""One switch for every golden-file test: goldens are rewritten only when asked, with

    UPDATE_GOLDEN=1 python -m pytest -q

then read the diff before committing. ``CLAIMCHECK_REGEN_GOLDEN=1``, the name the check and
extract goldens used to read, works the same. Any other value (``0``, ``false``, empty) leaves
the goldens alone, so that a stray variable never rewrites what the tests compare against.
"""

from __future__ import annotations

import os

FLAGS = ("UPDATE_GOLDEN", "CLAIMCHECK_REGEN_GOLDEN")  # the first is the documented one


def regenerate() -> bool:
    """True when the run was asked to rewrite the golden files (a flag set to ``1``)."""
    return any(os.environ.get(name) == "1" for name in FLAGS)
