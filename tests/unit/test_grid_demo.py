"""The demo's grid year is believable: every state, photos, points linked to the reports, helps."""

from desk import demo
from desk.models import Attachment, HazardReport, HelpRecord, PointEntry
from desk.services.common import attachments
from desk.services.grid.terms import STATES
from desk.services.points import ledger


def test_demo_grid_year():
    demo.fill(people=150, days=365, seed=11)
    states = {s for (s,) in HazardReport.select(HazardReport.state).tuples()}
    assert states == set(STATES)
    assert {g for (g,) in HazardReport.select(HazardReport.grid).tuples()} == set(range(1, 7))
    assert HazardReport.select().count() > 100
    photo = Attachment.get(Attachment.owner_type == "hazard_report")
    assert attachments.path_of(photo.id).read_bytes()[:4] == b"\x89PNG"
    assert 20 <= HelpRecord.select().count() <= 50
    assert HelpRecord.select().where(HelpRecord.confirmed_at.is_null()).exists()
    linked = PointEntry.select().where(PointEntry.source_type.in_(("hazard_report", "help_record")))
    assert linked.count() > 50
    assert ledger.check_ledger() == []
