"""A spin box must not quietly swap what a volunteer typed for another number.

Qt puts the previous value back when the typed text is outside the range (``0`` in a 1–20
box, an empty box) as soon as the box loses focus or Enter is pressed, so a dialog that
reads ``value()`` would save the old number while the volunteer believed they typed another.
``SpinGuard`` remembers that the typed text was refused, so the dialog can say so instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QSpinBox


class SpinGuard:
    def __init__(self, spin: QSpinBox) -> None:
        self.spin = spin
        self._typed_bad = False
        spin.lineEdit().textEdited.connect(self._edited)

    def _edited(self, _text: str) -> None:
        self._typed_bad = not self.spin.hasAcceptableInput()

    def refused(self) -> bool:
        """True if the typed text was out of range (asked once: the box now shows the number kept)."""
        bad = self._typed_bad or not self.spin.hasAcceptableInput()
        self._typed_bad = False
        if bad:
            self.spin.setValue(self.spin.value())  # show the number actually kept
            self.spin.setFocus()
            self.spin.selectAll()
        return bad
