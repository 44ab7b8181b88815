"""Before a roster export: how many people of how many, which filter limits them, masked or full phones."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class ExportDialog(QDialog):
    """Masked phones are the default; full numbers only for who may (``person.export_unmasked``), audited."""

    def __init__(self, shown: int, total: int, filters: list[str], searched: str, may_unmask: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the roster"))
        count = self.tr("Export {0} / {1} people").format(shown, total)
        if searched and not filters:
            count += self.tr(" (filtered by the search)")
        elif searched or filters:
            parts = ([self.tr("search “{0}”").format(searched)] if searched else []) + filters
            count += self.tr(" (filtered: {0})").format("、".join(parts))
        self.count_label = QLabel(count, self, objectName="exportCount", wordWrap=True)
        font = self.count_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.count_label.setFont(font)
        hint = self.tr("Only the people shown in the list are written. Clear the search and filters to export "
                       "everyone.") if shown < total else ""
        self.hint_label = QLabel(hint, self, objectName="exportHint", wordWrap=True)
        self.hint_label.setVisible(bool(hint))

        self.masked = QRadioButton(self.tr("Hide the middle digits of phone numbers (138****5678)"), self,
                                   objectName="exportMasked")
        self.full = QRadioButton(self.tr("Full phone numbers (administrators only; recorded in the audit log)"), self,
                                 objectName="exportFull")
        group = QButtonGroup(self)
        for button in (self.masked, self.full):
            group.addButton(button)
        self.masked.setChecked(True)
        self.full.setEnabled(may_unmask)
        if not may_unmask:
            self.full.setToolTip(self.tr("Needs the administrator role."))

        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("Choose the file…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button.setEnabled(shown > 0)

        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.hint_label)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("Phone numbers:"), self))
        layout.addWidget(self.masked)
        layout.addWidget(self.full)
        layout.addWidget(buttons)
        self.ok_button.setFocus()

    def mask_phones(self) -> bool:
        return not self.full.isChecked()

    def ask(self) -> bool | None:
        """Masked phones (True), full (False), or None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.mask_phones()
