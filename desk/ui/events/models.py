"""Table models of the events tab: events, an event's registrations and sign-ins."""

from __future__ import annotations

from desk.services import events
from desk.services.common.masking import mask_phone
from desk.services.events import AttendanceRow, EventRow, RegistrationRow
from desk.ui.errors import term
from desk.ui.widgets.table_model import CENTER, NUMBER, Column, RecordTableModel


def category_name(code: str) -> str:
    return term(events.CATEGORIES.get(code, code))


def when_text(row: EventRow) -> str:
    if row.starts_at.date() == row.ends_at.date():
        return f"{row.starts_at:%Y-%m-%d %H:%M}–{row.ends_at:%H:%M}"
    return f"{row.starts_at:%Y-%m-%d %H:%M} – {row.ends_at:%m-%d %H:%M}"


class EventTableModel(RecordTableModel[EventRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("When"), when_text, lambda r: r.starts_at),
                Column(self.tr("Event"), self._title),
                Column(self.tr("Kind"), lambda r: category_name(r.category)),
                Column(self.tr("Place"), lambda r: r.place),
                Column(self.tr("Registered"), lambda r: self._of_capacity(r), lambda r: r.registered, NUMBER),
                Column(self.tr("Attended"), lambda r: r.attended, None, NUMBER),
                Column(self.tr("Walk-ins"), lambda r: r.walk_ins, None, NUMBER),
                Column(self.tr("Points"), lambda r: r.points or "", lambda r: r.points, NUMBER),
                Column(self.tr("Partner units"), lambda r: r.units),
            ],
            parent,
        )

    def _title(self, row: EventRow) -> str:
        if row.cancelled:
            return self.tr("{0} (cancelled: {1})").format(row.title, row.cancel_reason)
        return row.title

    @staticmethod
    def _of_capacity(row: EventRow) -> str:
        return f"{row.registered} / {row.capacity}" if row.capacity else str(row.registered)

    def muted(self, record: EventRow) -> bool:
        return record.cancelled


class RegistrationModel(RecordTableModel[RegistrationRow]):
    """Who is on the event's list, and whether they came."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Phone"), lambda r: mask_phone(r.phone)),
                Column(self.tr("Platform"), lambda r: r.platform),
                Column(self.tr("Registered"), lambda r: self._registered(r), lambda r: r.registered_at),
                Column(self.tr("Signed in"), lambda r: f"✔ {r.checked_at:%H:%M}" if r.attended else "",
                       lambda r: r.checked_at or 0, CENTER),
                Column(self.tr("By"), lambda r: r.operator),
            ],
            parent,
        )

    def _registered(self, row: RegistrationRow) -> str:
        if row.walk_in:
            return self.tr("walk-in")
        return f"{row.registered_at:%m-%d %H:%M}"


class AttendanceModel(RecordTableModel[AttendanceRow]):
    """The event's sign-ins, newest first; removed ones greyed out."""

    def __init__(self, parent=None) -> None:
        methods = {
            "desk": self.tr("at the desk"),
            "sheet": self.tr("from the signed sheet"),
            "all": self.tr("all registered"),
        }
        super().__init__(
            [
                Column(self.tr("Time"), lambda r: f"{r.checked_at:%m-%d %H:%M}", lambda r: r.checked_at),
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Phone"), lambda r: mask_phone(r.phone)),
                Column(self.tr("Platform"), lambda r: r.platform),
                Column(self.tr("Walk-in"), lambda r: self.tr("walk-in") if r.walk_in else "", None, CENTER),
                Column(self.tr("Points"), lambda r: f"+{r.points}" if r.points else "", lambda r: r.points, NUMBER),
                Column(self.tr("How"), lambda r: methods.get(r.method, r.method)),
                Column(self.tr("By"), lambda r: r.operator),
                Column(self.tr("Removed because"), lambda r: r.void_reason if r.voided else ""),
            ],
            parent,
        )

    def muted(self, record: AttendanceRow) -> bool:
        return record.voided
