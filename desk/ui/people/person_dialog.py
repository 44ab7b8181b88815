"""Add or edit a person: name, phone, kind, platform, grid, team and party flags, note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator
from desk.services.people import records as people
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets.person_fields import grid_combo, kind_combo, name_edit, phone_edit, platform_combo


class PersonDialog(QDialog):
    """Validation is the service's: its message shows in red under the form, nothing is saved."""

    def __init__(self, operator: Operator, person_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.person_id = person_id
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("Add person"))
        self.name = name_edit(self)
        self.name.setObjectName("personName")
        self.phone = phone_edit(self)
        self.phone.setObjectName("personPhone")
        self.kind = kind_combo(self)
        self.kind.setObjectName("personKind")
        self.platform = platform_combo(self)
        self.platform.setObjectName("personPlatform")
        self.grid = grid_combo(self, self.tr("(no grid)"))
        self.grid.setObjectName("personGrid")
        self.caring_team = QCheckBox(self.tr("Member of the Caring Rider Team"), self)
        self.caring_team.setObjectName("personCaringTeam")
        if not may(operator, "team.manage"):
            # Who is on the team is staff's choice (网格随手拍 › Caring Rider Team); a volunteer sees it.
            self.caring_team.setEnabled(False)
            self.caring_team.setToolTip(self.tr("Staff add and remove members of the Caring Rider Team."))
        self.party_member = QCheckBox(self.tr("Party member"), self)
        self.party_member.setObjectName("personPartyMember")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("personNote")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.message = QLabel(self)
        self.message.setObjectName("personMessage")
        self.message.setStyleSheet("color: #b00020")
        self.message.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("P&latform / employer:"), self.platform)
        form.addRow(self.tr("&Grid:"), self.grid)
        form.addRow("", self.caring_team)
        form.addRow("", self.party_member)
        form.addRow(self.tr("N&ote:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.identity_hint = QLabel(self.tr("Only staff can change a person's name or phone."), self)
        self.identity_hint.setStyleSheet("color: #555")
        self.identity_hint.setVisible(False)
        layout.addWidget(self.identity_hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        if person_id is not None:
            self._load(people.get_person(person_id))
        (self.name if self.name.isEnabled() else self.kind).setFocus()

    def _load(self, p) -> None:
        self.name.setText(p.name)
        self.phone.setText(p.phone or "")
        if not people.may_edit_identity(p, self.operator):
            # Renaming someone or taking over their number is staff's; the rest a volunteer corrects.
            for field in (self.name, self.phone):
                field.setEnabled(False)
            self.identity_hint.setVisible(True)
        self.kind.setCurrentIndex(max(0, self.kind.findData(p.kind)))
        self.platform.setCurrentText(p.platform)
        self.grid.setCurrentIndex(max(0, self.grid.findData(p.grid_id)))
        self.caring_team.setChecked(p.caring_team)
        self.party_member.setChecked(p.party_member)
        self.note.setPlainText(p.note)

    def data(self) -> people.PersonInput:
        return people.PersonInput(
            name=self.name.text(),
            phone=self.phone.text(),
            kind=self.kind.currentData(),
            platform=self.platform.currentText(),
            grid_id=self.grid.currentData(),
            caring_team=self.caring_team.isChecked(),
            party_member=self.party_member.isChecked(),
            note=self.note.toPlainText(),
        )

    def accept(self) -> None:  # noqa: D102 (Qt override)
        # A refusal shows in red under the form; nothing is saved.
        if self.person_id is None:
            saved = run_op(self.message.setText, people.create_person, self.data(), self.operator)
        else:
            saved = run_op(self.message.setText, people.update_person, self.person_id, self.data(), self.operator)
        if saved is None:
            return
        self.person_id = saved.id
        super().accept()
