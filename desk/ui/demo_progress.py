"""The first ``desk --demo`` fills a year of demo data (5–10 s): show that it is happening, at once.

The filling runs in a worker thread (it only touches the database, through the services;
peewee gives that thread its own SQLite connection) while this thread keeps a small progress
window painted and tells which part of the station is being made. Qt objects stay here.
"""

from __future__ import annotations

import queue
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from desk import demo
from desk.store import release_thread_connection

STEP_TITLES = {
    "desk.demo.people": QT_TRANSLATE_NOOP("DemoProgress", "People, grids and the desk's operators"),
    "desk.demo.checkin": QT_TRANSLATE_NOOP("DemoProgress", "A year of check-ins"),
    "desk.demo.points": QT_TRANSLATE_NOOP("DemoProgress", "Riders' points and the points supermarket"),
    "desk.demo.gifts": QT_TRANSLATE_NOOP("DemoProgress", "Gift campaigns, stock and hand-outs"),
    "desk.demo.wishes": QT_TRANSLATE_NOOP("DemoProgress", "The wish board"),
    "desk.demo.events": QT_TRANSLATE_NOOP("DemoProgress", "Events and their sign-in sheets"),
    "desk.demo.grid": QT_TRANSLATE_NOOP("DemoProgress", "Grid reports and help records"),
}
POLL_MS = 50


def step_text(filler: str) -> str:
    """What the window says while ``filler`` runs ("" once everything is made)."""
    if not filler:
        return QCoreApplication.translate("DemoProgress", "The demo station is ready.")
    title = filler.rsplit(".", 1)[-1]
    if filler in STEP_TITLES:
        title = QCoreApplication.translate("DemoProgress", STEP_TITLES[filler])
    return QCoreApplication.translate(
        "DemoProgress", "Making a demo station with a year of activity (only the first time).\nNow: {0}"
    ).format(title)


class DemoProgressDialog(QProgressDialog):
    """A progress window without a cancel button: half a demo database is no use to anyone."""

    def __init__(self, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoProgress")
        self.setWindowTitle(QCoreApplication.translate("DemoProgress", "Station Desk: preparing the demo"))
        self.setCancelButton(None)
        self.setRange(0, max(1, total))
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(460)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setLabelText(step_text(demo.FILLERS[0]))
        self.steps_shown: list[str] = []  # what the volunteer was told, in order (tests read it)

    def show_step(self, done: int, total: int, filler: str) -> None:
        self.setMaximum(max(1, total))
        self.setValue(done)
        self.setLabelText(step_text(filler))
        self.steps_shown.append(filler)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Esc would hide the window while the filling goes on; there is nothing to cancel.
        if event.key() != Qt.Key.Key_Escape:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.value() < self.maximum():
            event.ignore()  # the filling goes on; closing would only hide that it does
        else:
            super().closeEvent(event)


def fill_with_progress(people: int, days: int, parent: QWidget | None = None) -> DemoProgressDialog:
    """Fill the bound, empty database with the demo while a progress window shows each step.

    Returns the (closed) dialog; an exception in the filling is raised here, in this thread.
    """
    dialog = DemoProgressDialog(len(demo.fillers()), parent)
    dialog.show()
    QApplication.processEvents()  # paint it before the first filler starts
    events: queue.Queue = queue.Queue()
    failure: list[BaseException] = []

    def work() -> None:
        try:
            demo.fill(people=people, days=days, progress=lambda done, total, name: events.put((done, total, name)))
        except BaseException as exc:  # noqa: BLE001 (handed to the window's thread)
            failure.append(exc)
        finally:
            release_thread_connection()

    worker = threading.Thread(target=work, name="demo-fill", daemon=True)
    loop = QEventLoop()

    def poll() -> None:
        while True:
            try:
                dialog.show_step(*events.get_nowait())
            except queue.Empty:
                break
        if not worker.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_MS)
    timer.timeout.connect(poll)
    worker.start()
    timer.start()
    loop.exec()
    timer.stop()
    worker.join()
    poll()
    dialog.setValue(dialog.maximum())
    dialog.close()
    if failure:
        raise failure[0]
    return dialog
