"""The register page: the lazy model, search-as-you-type, filters, cancel and export."""

from __future__ import annotations

import openpyxl
import pytest

from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingFilter
from desktop_app.domain.thai_text import apply_digits
from desktop_app.ui.models.incoming_model import (
    COL_NUMBER,
    COL_REMARKS,
    COL_SENDER,
    COL_SUBJECT,
    ID_ROLE,
    PAGE_SIZE,
    IncomingModel,
)
from desktop_app.ui.pages import incoming_page as incoming_page_module
from desktop_app.ui.pages.incoming_page import IncomingPage
from tests.ui.conftest import register_samples, type_text


@pytest.fixture
def page(qtbot, ops):  # type: ignore[no-untyped-def]
    widget = IncomingPage(ops, digits="arabic")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _reload(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.apply_filters()


def test_the_model_passes_qtmodeltester_across_pages(qtbot, qtmodeltester, ui_context, ops):
    register_samples(ui_context, PAGE_SIZE + 37)
    model = IncomingModel(ops.incoming)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.set_filter(IncomingFilter())
    assert model.rowCount() == PAGE_SIZE + 37
    qtmodeltester.check(model, force_py=True)
    # Newest first; a row past the first page is fetched on demand (asked for by the check
    # above, shown "loading" until it arrives: data() never waits for the database).
    qtbot.waitUntil(lambda: model.row_state(PAGE_SIZE + 36) == "ready", timeout=10_000)
    assert model.index(0, COL_NUMBER).data() == "๒๓๗"
    assert model.index(PAGE_SIZE + 36, COL_NUMBER).data() == "๑"


def test_sorting_by_subject_follows_thai_dictionary_order(qtbot, ui_context, ops):
    import datetime as dt

    from desktop_app.domain.incoming import IncomingInput

    for subject in ("ไก่ชน", "เกษตรกร", "ขอเชิญ", "กรรมการ"):
        ui_context.incoming.receive(
            IncomingInput(sender="กรม", doc_no="", doc_date=dt.date(2026, 3, 1), subject=subject),
            ui_context.actor,
        )
    model = IncomingModel(ops.incoming)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.set_filter(IncomingFilter())
    from PySide6.QtCore import Qt

    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.sort(COL_SUBJECT, Qt.SortOrder.AscendingOrder)
    subjects = [model.index(row, COL_SUBJECT).data() for row in range(model.rowCount())]
    assert subjects == ["กรรมการ", "เกษตรกร", "ไก่ชน", "ขอเชิญ"]


def test_search_as_you_type_treats_thai_and_arabic_digits_alike(qtbot, page, ui_context):
    register_samples(ui_context, 30)
    _reload(qtbot, page)
    assert page.model.rowCount() == 30
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        type_text(page.search_edit, "มท0810.3/ว1010")
    assert page.model.rowCount() == 1
    row = page.model.row_at(0)
    assert row is not None and row.doc_no == "มท ๐๘๑๐.3/ว 1010"
    assert page.count_label.text() == "1 รายการ"


def test_search_finds_thai_words_inside_subjects(qtbot, page, ui_context):
    import datetime as dt

    from desktop_app.domain.incoming import IncomingInput

    register_samples(ui_context, 5)
    for subject in ("การสร้างงานให้แก่ผู้สูงอายุในชุมชน", "โรงเรียนผู้สูงอายุ"):
        ui_context.incoming.receive(
            IncomingInput(
                sender="กรมส่งเสริมการปกครองท้องถิ่น",
                doc_no="",
                doc_date=dt.date(2026, 3, 2),
                subject=subject,
            ),
            ui_context.actor,
        )
    _reload(qtbot, page)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        type_text(page.search_edit, "ผู้สูงอายุ")
    numbers = sorted(page.model.row_at(r).receive_no for r in range(page.model.rowCount()))
    assert numbers == [6, 7]


def test_filters_by_urgency_and_cancelled(qtbot, page, ui_context):
    register_samples(ui_context, 25)
    ui_context.incoming.cancel(3, "ลงรับซ้ำ", ui_context.actor)
    with qtbot.waitSignal(page.filters_filled, timeout=10_000):
        page.refill_filters()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.urgency_combo.setCurrentIndex(page.urgency_combo.findData(Urgency.URGENT))
    assert {page.model.row_at(r).urgency for r in range(page.model.rowCount())} == {Urgency.URGENT}
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.urgency_combo.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.status_combo.setCurrentIndex(page.status_combo.findData(True))
    assert page.model.rowCount() == 1
    assert page.model.index(0, COL_REMARKS).data() == "ยกเลิก: ลงรับซ้ำ"


def test_selecting_a_row_shows_it_in_the_detail_pane(qtbot, page, ui_context):
    register_samples(ui_context, 3)
    _reload(qtbot, page)
    page.table.selectRow(1)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=10_000)
    assert page.detail.record is not None
    assert page.detail.record.id == page.model.index(1, 0).data(ID_ROLE)
    assert page.detail.title.text() == f"เลขรับ {page.detail.record.receive_no}/2569"


def test_cancelling_from_the_page_keeps_the_number_marked(qtbot, page, ui_context, monkeypatch):
    register_samples(ui_context, 2)
    _reload(qtbot, page)

    class Accepting:
        def __init__(self, *_args) -> None:
            self.reason = type("R", (), {"text": staticmethod(lambda: "ส่งผิดหน่วยงาน")})()

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(incoming_page_module, "CancelDialog", Accepting)
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.cancel_document(2)
    record = ui_context.incoming.get(2)
    assert record.cancelled and record.cancel_reason == "ส่งผิดหน่วยงาน"
    assert ui_context.incoming.count(IncomingFilter()) == 2
    row = page.model.row_for_id(2)
    assert page.model.index(row, COL_REMARKS).data() == "ยกเลิก: ส่งผิดหน่วยงาน"


def test_cancelling_a_forwarded_document_names_the_letters_that_stay_issued(
    qtbot, page, ui_context, monkeypatch
):
    register_samples(ui_context, 2)
    outgoing = ui_context.outgoing
    issued = outgoing.issue(
        outgoing.draft_forward(2, outgoing.resolve(["all-districts"])), ui_context.actor
    )
    _reload(qtbot, page)
    seen: list[str] = []

    class Refusing:
        def __init__(self, _label, _parent, forwarded="") -> None:  # type: ignore[no-untyped-def]
            seen.append(forwarded)

        def exec(self) -> int:
            return 0  # the clerk reads the notice and keeps the number

    monkeypatch.setattr(incoming_page_module, "CancelDialog", Refusing)
    page.cancel_document(2)
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert apply_digits(issued.doc_no, page.digits) in seen[0]  # in the page's digits
    assert not ui_context.incoming.get(2).cancelled
    page.cancel_document(1)  # never forwarded: no notice
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen[1] == ""


def test_the_cancel_dialog_shows_the_forwarded_notice(qtbot):
    dialog = incoming_page_module.CancelDialog("ยกเลิกเลขรับ ๒/๒๕๖๙", None, "ที่ มส ๐๐๒๓.๓/ว ๑")
    qtbot.addWidget(dialog)
    assert dialog.forwarded_notice is not None
    assert "ว ๑" in dialog.forwarded_notice.text()
    plain = incoming_page_module.CancelDialog("ยกเลิกเลขรับ ๑/๒๕๖๙", None)
    qtbot.addWidget(plain)
    assert plain.forwarded_notice is None


def test_export_runs_off_the_gui_thread_and_writes_the_filter(qtbot, page, ui_context, tmp_path):
    register_samples(ui_context, 40)
    _reload(qtbot, page)
    target = tmp_path / "ทะเบียน.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=20_000) as finished:
        page.export_to(target)
    assert finished.args == [target, 40]
    sheet = openpyxl.load_workbook(target).active
    assert sheet["A2"].value == "เลขทะเบียนรับ"
    assert sheet["A3"].value == 1  # the export runs oldest first
    assert sheet.freeze_panes == "A3"


def test_sender_column_shows_what_was_typed(qtbot, page, ui_context):
    register_samples(ui_context, 3)
    _reload(qtbot, page)
    senders = {page.model.index(r, COL_SENDER).data() for r in range(3)}
    assert senders == {"กรมส่งเสริมการปกครองท้องถิ่น", "สำนักงานจังหวัดแม่ฮ่องสอน"}
