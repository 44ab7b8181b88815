"""Export the workbook for the party committee: a month, the year to date or a custom range.

The work runs on a worker thread so the window stays responsive; a progress dialog shows the
sheets as they are written. The file is written under a temporary name and renamed when done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QObject, QThread, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QWidget,
)

from desk.errors import DeskError
from desk.reports import monthly
from desk.services import figures
from desk.store import release_thread_connection
from desk.ui.context import DeskContext
from desk.ui.errors import message_of, show_error
from desk.ui.widgets import dialogs
from desk.ui.widgets.operations import may, run_op


class ExportWorker(QObject):
    """Writes the workbook on its own thread (and its own database connection)."""

    progressed = Signal(int, int)
    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # DeskError or another exception

    def __init__(self, period, path: Path, operator, unmasked: bool) -> None:
        super().__init__()
        self.period, self.path, self.operator, self.unmasked = period, path, operator, unmasked

    def run(self) -> None:
        try:
            result = monthly.export_workbook(self.period, self.path, self.operator, unmasked=self.unmasked,
                                             progress=lambda i, n: self.progressed.emit(i, n))
        except Exception as exc:  # noqa: BLE001 (shown to the volunteer by the UI thread)
            self.failed.emit(exc)
        else:
            self.finished.emit(result)
        finally:
            release_thread_connection()  # this thread's own connection


class ExportPanel(QGroupBox):
    exported = Signal(object)

    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Monthly workbook for the party committee"))
        today = QDate.currentDate()
        self.month = QDateEdit(today, self)
        self.month.setObjectName("exportMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.setMaximumWidth(160)
        self.kind_month = QRadioButton(self.tr("The month"), self)
        self.kind_ytd = QRadioButton(self.tr("January to that month"), self)
        self.kind_range = QRadioButton(self.tr("From … to …"), self)
        self.kind_month.setChecked(True)
        self.kinds = QButtonGroup(self)
        for i, b in enumerate((self.kind_month, self.kind_ytd, self.kind_range)):
            self.kinds.addButton(b, i)
        self.start = QDateEdit(QDate(today.year(), 1, 1), self)
        self.end = QDateEdit(today, self)
        for w in (self.start, self.end):
            w.setDisplayFormat("yyyy-MM-dd")
            w.setCalendarPopup(True)
        self.unmasked = QCheckBox(self.tr("Full phone numbers (administrator; recorded)"), self)
        self.unmasked.setObjectName("exportUnmasked")
        self.button = QPushButton(self.tr("Export… (Ctrl+E)"), self)
        self.button.setObjectName("exportButton")
        self.status = QLabel(self)
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)

        kinds = QHBoxLayout()
        for b in (self.kind_month, self.kind_ytd, self.kind_range):
            kinds.addWidget(b)
        kinds.addStretch(1)
        span = QHBoxLayout()
        span.addWidget(self.start)
        span.addWidget(QLabel("—", self))
        span.addWidget(self.end)
        span.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Covering"), kinds)
        form.addRow(self.tr("Custom range"), span)
        form.addRow("", self.unmasked)
        form.addRow(self.button, self.status)
        self.kinds.idToggled.connect(lambda *_: self._sync())
        self.button.clicked.connect(self.export)
        self._sync()
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self.follow_operator()

    def follow_operator(self) -> None:
        """The button and the full-phones choice for whoever is on duty now (the operator changes
        while the tab stays built: a volunteer's shift, then staff's)."""
        allowed = may(self.ctx, "report.export")
        full_phones = may(self.ctx, "report.export_unmasked")
        self.unmasked.setVisible(full_phones)
        if not full_phones:
            self.unmasked.setChecked(False)
        self.button.setEnabled(allowed and self._thread is None)
        self.button.setToolTip("" if allowed else self.tr("Exporting needs a staff member."))

    def _sync(self) -> None:
        custom = self.kind_range.isChecked()
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        self.month.setEnabled(not custom)

    def period(self):
        """The period chosen, or raises DeskError for a bad range."""
        if self.kind_range.isChecked():
            return figures.custom(self.start.date().toPython(), self.end.date().toPython())
        chosen = self.month.date().toPython()
        return figures.year_to_date(chosen) if self.kind_ytd.isChecked() else figures.month(chosen)

    def choose_file(self, suggested: str) -> str:
        """Where to save (a test replaces this)."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the workbook"), suggested, self.tr("Excel workbook (*.xlsx)"))
        return path

    def export(self) -> None:
        if self._thread is not None:
            return
        period = run_op(self, self.period)
        if period is None:
            return
        target = self.choose_file(str(Path.home() / monthly.default_name(period)))
        if not target:
            return
        unmasked = self.unmasked.isChecked() and self.unmasked.isVisible()
        if unmasked and not dialogs.confirm(self, self.tr("Full phone numbers"), self.tr(
                "The workbook will show full phone numbers. It is recorded who exported it. Continue?")):
            return
        self.start_export(period, Path(target), unmasked)

    def start_export(self, period, path: Path, unmasked: bool = False) -> None:
        self.button.setEnabled(False)
        self.status.setText(self.tr("Writing {0}…").format(path.name))
        self.progress = QProgressDialog(self.tr("Writing the workbook…"), "", 0, 1, self)
        self.progress.setCancelButton(None)
        self.progress.setMinimumDuration(300)
        self._thread = QThread(self)
        self._worker = ExportWorker(period, path, self.ctx.operator, unmasked)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._worker.finished.connect(self._thread.quit)
        self._worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self._cleanup)
        self._thread.start()

    def busy(self) -> bool:
        return self._thread is not None

    def _progressed(self, i: int, n: int) -> None:
        self.progress.setMaximum(n)
        self.progress.setValue(i)

    def _done(self, result) -> None:
        self.progress.reset()
        self.status.setText(self.tr("Saved {0} ({1} sheets): {2}").format(
            result.period_title, len(result.sheets), str(result.path)))
        self.exported.emit(result)

    def _failed(self, exc) -> None:
        self.progress.reset()
        self.status.setText(message_of(exc) if isinstance(exc, DeskError) else self.tr("The workbook was not written."))
        show_error(self, exc)

    def _cleanup(self) -> None:
        self._thread.deleteLater()
        self._worker.deleteLater()
        self._thread = None
        self._worker = None
        self.follow_operator()

