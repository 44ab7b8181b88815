"""The idle lock: after some minutes without a key or a click, a screen covers the whole window.

The desk faces the counter: a rider waiting there must not read the roster on a desk left
open. The lock screen shows only the station's name and a PIN field for the operator on duty
(or "Switch operator"); a right PIN lifts it where the desk was.

While locked, no key, click or shortcut reaches anything but the lock screen, and a dialog
that was open (a person's details, a confirmation) is cancelled, as if its Cancel was pressed:
nothing half-typed is saved, and nothing shows over the lock.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from desk.ui.safety.sign_in import LOCKED, SignInForm


class LockScreen(QWidget):
    """An opaque page over the whole main window (menus and status bar included)."""

    unlocked = Signal(object)  # the Operator who signed in

    def __init__(self, window: QMainWindow, station_name: str, operator_id: int, demo_pin: str = "") -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#eef1f4"))
        self.setPalette(palette)
        title = QLabel(station_name, self)
        title.setObjectName("lockStation")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        said = QLabel(self.tr("The desk is locked. Type your PIN and press Enter to go on."), self)
        said.setAlignment(Qt.AlignmentFlag.AlignCenter)
        said.setWordWrap(True)
        card = QFrame(self)
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAutoFillBackground(True)
        card_palette = card.palette()
        card_palette.setColor(QPalette.ColorRole.Window, QColor("#ffffff"))
        card.setPalette(card_palette)
        card.setMaximumWidth(460)
        self.form = SignInForm(LOCKED, operator_id, demo_pin, card)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(said)
        inner.addSpacing(8)
        inner.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(24)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.form.signed_in.connect(self.unlocked)
        window.installEventFilter(self)
        self.hide()

    def show_for(self, operator_id: int) -> None:
        self.form.set_mode(LOCKED, operator_id)
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.form.focus_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)


# Input that says someone is at the desk (it restarts the idle clock).
_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.InputMethod, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}
# Input that must not reach the desk behind the lock screen.
_BLOCKED = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.InputMethod,
    QEvent.Type.ContextMenu, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class IdleLock(QObject):
    """Watches the whole application's input; locks ``window`` after ``minutes`` without any (0: never)."""

    locked_changed = Signal(bool)

    def __init__(self, window: QMainWindow, minutes: int, station_name: str, demo_pin: str = "") -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self._last_input = time.monotonic()
        self._idle_ms = 0
        self.screen = LockScreen(window, station_name, window.ctx.operator.id, demo_pin)
        self.screen.unlocked.connect(self._unlocked)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self.set_minutes(minutes)
        # The filter goes away with this object (and so with the window).
        QApplication.instance().installEventFilter(self)

    # --- the idle clock -------------------------------------------------------------------
    def set_minutes(self, minutes: int) -> None:
        try:
            minutes = max(0, int(minutes))
        except (TypeError, ValueError):  # a hand-edited settings file
            minutes = 10
        self.set_idle_ms(minutes * 60_000)

    def set_idle_ms(self, ms: int) -> None:
        """The idle time in milliseconds (tests use a tiny one)."""
        self._idle_ms = max(0, int(ms))
        self._last_input = time.monotonic()
        if self._idle_ms:
            # Looked at a few times per idle period, at most every 5 s: no work per keystroke.
            self._timer.start(max(20, min(self._idle_ms // 4, 5000)))
        else:
            self._timer.stop()

    def _check(self) -> None:
        if not self.locked and self._idle_ms and (time.monotonic() - self._last_input) * 1000 >= self._idle_ms:
            self.lock()

    # --- lock and unlock ------------------------------------------------------------------
    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        popup = QApplication.activePopupWidget()
        while popup is not None:  # menus and combo lists first: they grab the input
            popup.close()
            following = QApplication.activePopupWidget()
            popup = None if following is popup else following
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and not self._inside(widget):
                widget.reject()
        for part in self._desk_parts():
            part.setEnabled(False)
        self.screen.show_for(self.window.ctx.operator.id)
        self.locked_changed.emit(True)

    def _unlocked(self, operator) -> None:
        self.locked = False
        for part in self._desk_parts():
            part.setEnabled(True)
        self.screen.hide()
        self._last_input = time.monotonic()
        self.locked_changed.emit(False)
        self.window.signed_in(operator)

    def _desk_parts(self) -> list[QWidget]:
        return [w for w in (self.window.menuBar(), self.window.centralWidget(), self.window.statusBar()) if w]

    def _inside(self, obj: QObject) -> bool:
        widget = obj if isinstance(obj, QWidget) else None
        while widget is not None:  # parentWidget() crosses into popups (the name list of the lock's combo)
            if widget is self.screen:
                return True
            widget = widget.parentWidget()
        return False

    def _belongs(self, obj: QObject) -> bool:
        """Is ``obj`` part of this desk: the window, its dialogs and menus, or a window without a parent?"""
        node = obj
        while node is not None:
            if node is self.window:
                return True
            parent = node.parent()
            if parent is None:
                # A parentless window (a message box opened with no parent) is the desk's too.
                return isinstance(node, QWidget) and node.isWindow()
            node = parent
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if not self.locked:
            if kind in _ACTIVITY:
                self._last_input = time.monotonic()
            return False
        # A closed window's lock guards nothing; nor one being destroyed (its Python side goes
        # before this filter, its child, is removed: events still arrive in between).
        if not shiboken6.isValid(self.window) or not self.window.isVisible():
            return False
        if kind == QEvent.Type.Shortcut:  # menu actions and tab keys
            return self._belongs(watched) and not self._inside(watched)
        if isinstance(watched, QWidget) and self._belongs(watched) and not self._inside(watched):
            if kind in _BLOCKED:
                return True
            if kind == QEvent.Type.Show and isinstance(watched, QDialog):
                # Something opened a dialog behind the lock (a message after a cancelled one).
                QTimer.singleShot(0, watched.reject)
        return False
