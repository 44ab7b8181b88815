"""The service catalog (admin): the station's services, add a new one, retire an old one."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk.models import Operator, ServiceType
from desk.services.common import catalogs
from desk.ui.widgets.operations import may, run_op
from desk.ui.widgets import dialogs
from desk.ui.widgets.record_view import record_table
from desk.ui.widgets.table_model import CENTER, Column, RecordTableModel


class ServiceTableModel(RecordTableModel[ServiceType]):
    def __init__(self, parent=None) -> None:
        yes = self.tr("yes")
        super().__init__(
            [
                Column(self.tr("Service"), lambda s: s.name),
                Column(self.tr("English"), lambda s: s.name_en),
                Column(self.tr("Ticked for first visits"), lambda s: yes if s.is_default else "", align=CENTER),
                Column(self.tr("Status"), lambda s: self.tr("retired") if s.retired_at else self.tr("offered")),
            ],
            parent,
        )

    def muted(self, record: ServiceType) -> bool:
        return record.retired_at is not None


class ServiceCatalogDialog(QDialog):
    def __init__(self, operator: Operator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operator = operator
        self.changed = False
        self.setWindowTitle(self.tr("Service catalog"))
        self.model = ServiceTableModel(self)
        self.table = record_table(self.model, self, alternating=False)
        self.name = QLineEdit(self)
        self.name.setObjectName("newServiceName")
        self.name.setPlaceholderText(self.tr("New service, e.g. 微波炉加热"))
        self.default = QCheckBox(self.tr("tick it for first visits"), self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.retire_button = QPushButton(self.tr("Retire selected…"), self)
        admin = may(operator, "catalog.manage")
        for w in (self.name, self.default, self.add_button, self.retire_button):
            w.setEnabled(admin)
        add_row = QHBoxLayout()
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.default)
        add_row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not admin:
            layout.addWidget(QLabel(self.tr("Only an administrator can change the catalog."), self))
        layout.addWidget(self.table)
        layout.addLayout(add_row)
        layout.addWidget(self.retire_button)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.retire_button.clicked.connect(self.retire_selected)
        self.resize(620, 420)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(catalogs.services(include_retired=True))

    def add(self) -> None:
        added = run_op(self, catalogs.add_service, self.name.text(), self.operator, is_default=self.default.isChecked())
        if added is None:
            return
        self.name.clear()
        self.changed = True
        self.reload()

    def retire_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        service = self.model.row_record(index.row())
        if not dialogs.confirm(self, self.tr("Retire a service"),
                               self.tr("Stop offering {0}? Past visits keep it.").format(service.name)):
            return
        if run_op(self, catalogs.retire_service, service.id, self.operator) is None:
            return
        self.changed = True
        self.reload()
