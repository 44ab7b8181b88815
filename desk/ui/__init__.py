"""The PySide6 face of the desk. Only this package imports Qt."""

from __future__ import annotations

import ctypes
import sys


def _keep_none_alive() -> bool:
    """Work around PySide6 builds that drop a reference to ``None`` on every void Qt call.

    Measured with PySide6 6.12.0 (abi3 wheels) on Python 3.11: ``font.setBold(True)``,
    ``painter.setPen(...)``, ``label.setText(...)`` each lower ``None``'s reference count by one
    (the wheels assume Python 3.12's immortal ``None``). A desk starts with about 12,000, so
    painting a few hundred wish cards, or a long day of clicks, ends in "Fatal Python error:
    none_dealloc". On such a build ``None`` is given the immortality Python 3.12 gives it; on
    a sound build (or Python 3.12+) nothing is touched. Returns whether the fix was applied.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(20):
        font.setBold(True)
    if sys.getrefcount(None) >= before:
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    refcount.value += 1 << (8 * ctypes.sizeof(ctypes.c_ssize_t) - 4)
    return True


NONE_REFCOUNT_FIX = _keep_none_alive()
