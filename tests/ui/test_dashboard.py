"""The supervisor's dashboard: figures, the matrix, the roll-up, the overdue list, reminders,
refreshing when another workstation records something, and QtCharts loaded only on demand."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QMenu

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.acks import (
    CELL_STATES,
    AckChannel,
    Acknowledgement,
    AckState,
    DashboardFilter,
    Matrix,
    MatrixLetter,
    MatrixRecipient,
)
from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.thai_text import to_thai_digits
from desktop_app.ui.models.ack_matrix_model import (
    ACKNOWLEDGED,
    ACKNOWLEDGED_LATE,
    DAYS_LATE_ROLE,
    LEVEL_ROLE,
    OVERDUE,
    OVERDUE_SHADES,
    PENDING,
    RETURNED,
    ROW_ID_ROLE,
    STATE_COLOURS,
    STATE_ROLE,
    AckMatrixModel,
    overdue_shade,
)
from desktop_app.ui.pages.dashboard_page import (
    COL_DAYS,
    COL_RECIPIENT,
    COL_REMINDED,
    PERIOD_FISCAL,
    PERIOD_MONTH,
    PERIOD_QUARTER,
    TAB_CHARTS,
    TAB_OVERDUE,
    DashboardPage,
    period_range,
)

WAIT = 20_000
KHUN_YUAM, PANG_MAPHA, PAI = "อำเภอขุนยวม", "อำเภอปางมะผ้า", "อำเภอปาย"
PAI_TOWN = "เทศบาลตำบลปาย"
MUANG = "อำเภอเมืองแม่ฮ่องสอน"


@dataclass
class Office:
    """Letter A (2 Mar 2569) to every district and Pai's eight local authorities, letter B
    (10 Mar) to every district; today is Thursday 12 Mar 2569."""

    first: int  # letter A's id
    second: int  # letter B's id
    first_rows: dict[str, int]  # recipient name -> tracking row id on letter A
    first_due: dt.date


@pytest.fixture
def office(ui_context, clock) -> Office:  # type: ignore[no-untyped-def]
    c = ui_context
    doc = c.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 2, 27),
            subject="การเผยแพร่องค์ความรู้จากการประชุมสัมมนา",
            urgency=Urgency.URGENT,
        ),
        c.actor,
    )
    clock.now = dt.datetime(2026, 3, 2, 9, 0)
    first = c.outgoing.issue(
        c.outgoing.draft_forward(doc.id, c.outgoing.resolve(["all-districts", "district:5803"])),
        c.actor,
    )
    clock.now = dt.datetime(2026, 3, 10, 9, 0)
    second = c.outgoing.issue(
        c.outgoing.draft_forward(doc.id, c.outgoing.resolve(["all-districts"])), c.actor
    )
    rows = {row.name: row.id for row in c.acknowledgements.tracking(first.id).rows}
    due = c.acknowledgements.tracking(first.id).rows[0].due_date
    assert due == dt.date(2026, 3, 10)
    service = c.acknowledgements
    service.acknowledge(
        [rows[KHUN_YUAM]],
        Acknowledgement(dt.datetime(2026, 3, 3, 10, 0), AckChannel.PHONE),
        c.actor,
    )
    service.acknowledge(
        [rows[PANG_MAPHA]],
        Acknowledgement(dt.datetime(2026, 3, 9, 11, 0), AckChannel.EMAIL),
        c.actor,
    )
    service.mark_returned(rows[PAI], "ที่อยู่ไม่ถูกต้อง", c.actor)
    clock.now = dt.datetime(2026, 3, 11, 15, 0)
    service.acknowledge([rows[PAI_TOWN]], Acknowledgement(dt.datetime(2026, 3, 11, 14, 0)), c.actor)
    clock.now = dt.datetime(2026, 3, 12, 9, 30)
    return Office(first.id, second.id, rows, due)


def shown_page(qtbot, ops) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = DashboardPage(ops, digits="thai")
    qtbot.addWidget(page)
    page.resize(1176, 700)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.show()
    return page


def thai(value: object) -> str:
    return to_thai_digits(str(value))


def test_the_figures_are_the_services_and_add_up(qtbot, ops, ui_context, office):
    page = shown_page(qtbot, ops)
    figures = ui_context.acknowledgements.dashboard(DashboardFilter())
    # By hand: 22 rows (15 on A, 7 on B); 3 acknowledged; A's 12 others are past 10 Mar.
    assert (figures.pending, figures.overdue, figures.returned) == (19, 12, 1)
    assert figures.acknowledged_this_week == 2  # 9 Mar (Monday) and 11 Mar
    assert figures.median_days_to_ack == 7  # 1, 7 and 9 days after 2 Mar
    shown = {name: label.text() for name, label in page.figure_labels.items()}
    assert shown == {
        "pending": thai(figures.pending),
        "overdue": thai(figures.overdue),
        "acknowledged_this_week": thai(figures.acknowledged_this_week),
        "median_days": "๗ วัน",
        "returned": thai(figures.returned),
    }
    assert "๑๒ มี.ค. ๒๕๖๙" in page.state_label.text()
    # The roll-up: every district, in the service's order, Pai with its authorities.
    table = page.district_table
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [
        d.name for d in figures.by_district
    ]
    pai_row = [table.item(r, 0).text() for r in range(table.rowCount())].index(PAI)
    assert [table.item(pai_row, c).text() for c in range(1, 5)] == ["๑๐", "๙", "๘", "๑๐.๐"]
    khun_yuam_row = [table.item(r, 0).text() for r in range(table.rowCount())].index(KHUN_YUAM)
    assert table.item(khun_yuam_row, 4).text() == "๕๐.๐"
    # The overdue list: 12 rows, 2 days overdue, oldest first, as the service lists them.
    overdue = ui_context.acknowledgements.overdue(DashboardFilter())
    listed = page.overdue_table
    assert listed.rowCount() == len(overdue) == 12
    assert [listed.item(r, COL_RECIPIENT).text() for r in range(12)] == [
        o.recipient for o in overdue
    ]
    assert listed.item(0, COL_DAYS).text() == "๒"
    assert page.tabs.tabText(TAB_OVERDUE) == "เกินกำหนด (๑๒)"


def test_the_matrix_groups_districts_with_their_authorities_and_colours_states(
    qtbot, qtmodeltester, ops, ui_context, office
):
    page = shown_page(qtbot, ops)
    model = page.matrix_model
    qtmodeltester.check(model)
    assert model.columnCount() == 2 and model.rowCount() == 15
    header = model.headerData(0, Qt.Orientation.Horizontal)
    assert header.startswith("ว ๒") and "๑๐ มี.ค. ๖๙" in header  # newest letter first
    assert "ว ๑" in model.headerData(1, Qt.Orientation.Horizontal)
    names = [model.recipient(r).name for r in range(model.rowCount())]
    levels = [model.headerData(r, Qt.Orientation.Vertical, LEVEL_ROLE) for r in range(15)]
    districts = [names[r] for r in range(15) if levels[r] == 0]
    assert districts == [
        KHUN_YUAM,
        PANG_MAPHA,
        PAI,
        MUANG,
        "อำเภอแม่ลาน้อย",
        "อำเภอแม่สะเรียง",
        "อำเภอสบเมย",
    ]  # Thai dictionary order (leading vowels sort by the consonant)
    pai = names.index(PAI)
    under_pai = names[pai + 1 : pai + 9]
    assert levels[pai + 1 : pai + 9] == [1] * 8
    assert under_pai[0] == PAI_TOWN and all(
        n.startswith("องค์การบริหารส่วนตำบล") for n in under_pai[1:]
    )
    assert levels[pai + 9] == 0 and names[pai + 9] == MUANG
    assert model.headerData(pai + 1, Qt.Orientation.Vertical).startswith("    ")

    def colour(name: str, column: int) -> str | None:
        brush = model.index(names.index(name), column).data(Qt.ItemDataRole.BackgroundRole)
        return None if brush is None else QBrush(brush).color().name()

    first, second = 1, 0
    assert colour(KHUN_YUAM, first) == STATE_COLOURS[ACKNOWLEDGED]
    assert colour(PAI, first) == STATE_COLOURS[RETURNED]
    assert colour(PAI_TOWN, first) == STATE_COLOURS[ACKNOWLEDGED_LATE]  # 11 Mar > due 10 Mar
    assert colour(MUANG, first) == OVERDUE_SHADES[overdue_shade(2)]
    assert colour(MUANG, second) == STATE_COLOURS[PENDING]
    assert colour(PAI_TOWN, second) is None  # letter B did not go to local authorities
    cell = model.index(names.index(MUANG), first)
    assert cell.data(STATE_ROLE) == CELL_STATES.index(AckState.OVERDUE)
    assert cell.data(DAYS_LATE_ROLE) == 2
    assert cell.data(ROW_ID_ROLE) == office.first_rows[MUANG]
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "๒"
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "มส ๐๐๒๓.๓/ว ๑" in tip and "๒ มี.ค. ๒๕๖๙" in tip
    assert "การเผยแพร่องค์ความรู้" in tip and "เกินกำหนด" in tip and "๒ วัน" in tip
    assert "ไม่ได้ส่ง" in model.index(names.index(PAI_TOWN), second).data(Qt.ItemDataRole.ToolTipRole)
    # The view paints those colours itself (from the model's precomputed cells).
    view = page.matrix_view
    image = view.viewport().grab().toImage()

    def painted(name: str, column: int) -> str:
        rect = view.visualRect(model.index(names.index(name), column))
        return image.pixelColor(rect.left() + 1, rect.top() + 1).name()

    assert painted(KHUN_YUAM, first) == STATE_COLOURS[ACKNOWLEDGED]
    assert painted(MUANG, first) == OVERDUE_SHADES[overdue_shade(2)]
    assert painted(PAI, first) == STATE_COLOURS[RETURNED]
    assert painted(PAI_TOWN, second) == "#ffffff"
    cell = model.index(names.index(KHUN_YUAM), first)
    view.selectionModel().select(cell, view.selectionModel().SelectionFlag.Select)
    image = view.viewport().grab().toImage()
    assert painted(KHUN_YUAM, first) != STATE_COLOURS[ACKNOWLEDGED]  # under the highlight


def _matrix(cells: dict[tuple[int, int], tuple[int, int, int]]) -> Matrix:
    letters = (
        MatrixLetter(2, "มส 0023.3/ว 12", dt.date(2026, 3, 10), "เรื่องสอง", Urgency.MOST_URGENT),
        MatrixLetter(1, "มส 0023.3/ว 11", dt.date(2026, 1, 5), "เรื่องหนึ่ง", Urgency.NORMAL),
    )
    recipients = tuple(
        MatrixRecipient(f"#{n}", f"ผู้รับ {n}", None, "local_authority", 1) for n in range(8)
    )
    return Matrix(letters, recipients, cells, dt.date(2026, 3, 12))


def test_overdue_cells_darken_with_lateness_and_a_refresh_keeps_the_shape(qtbot, qtmodeltester):
    lateness = [1, 5, 10, 20, 45]
    cells = {(row, 1): (OVERDUE, days, 100 + row) for row, days in enumerate(lateness)}
    cells[(5, 0)] = (ACKNOWLEDGED, 0, 200)
    model = AckMatrixModel(digits="arabic")
    model.set_matrix(_matrix(cells))
    qtmodeltester.check(model)
    shades = [
        QBrush(model.index(row, 1).data(Qt.ItemDataRole.BackgroundRole)).color().lightness()
        for row in range(len(lateness))
    ]
    assert shades == sorted(shades, reverse=True) and len(set(shades)) == len(lateness)
    assert model.index(4, 1).data() == "45"
    assert model.index(6, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)
    # The same rows and columns again (a refresh): cells change in place, no reset.
    resets: list[bool] = []
    changes: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda *_: changes.append(True))
    cells[(0, 1)] = (ACKNOWLEDGED_LATE, 1, 100)
    model.set_matrix(_matrix(cells))
    assert resets == [] and changes == [True]
    expected = QColor(STATE_COLOURS[ACKNOWLEDGED_LATE]).name()
    assert QBrush(model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole)).color().name() == expected
    qtmodeltester.check(model)


def test_an_acknowledgement_from_another_workstation_arrives_by_the_marker_poll(
    qtbot, ops, ui_context, office, tmp_path, clock
):
    page = shown_page(qtbot, ops)
    assert page.figure_labels["pending"].text() == "๑๙"
    # Nothing changed: a poll reads the marker and does not reload.
    loads: list[object] = []
    page.loaded.connect(loads.append)
    page.poll()
    qtbot.waitUntil(lambda: not page._polling, timeout=WAIT)
    assert not page._loading and loads == []
    # Another workstation (its own connection to the same database) records a reply.
    other = AppContext.open(
        sqlite_url(tmp_path / "data" / "saraban.sqlite3"),
        paths=AppPaths(data_dir=tmp_path / "other", config_dir=tmp_path / "other-config"),
        language="th",
        username="clerk1",
        clock=clock,
    )
    try:
        other.acknowledgements.acknowledge(
            [office.first_rows[MUANG]], Acknowledgement(dt.datetime(2026, 3, 12, 9, 0)), other.actor
        )
    finally:
        other.close()
    page.poll_timer.setInterval(20)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        pass
    assert page.figure_labels["pending"].text() == "๑๘"
    assert page.figure_labels["overdue"].text() == "๑๑"
    model = page.matrix_model
    names = [model.recipient(r).name for r in range(model.rowCount())]
    colour = model.index(names.index(MUANG), 1).data(Qt.ItemDataRole.BackgroundRole)
    assert QBrush(colour).color().name() == STATE_COLOURS[ACKNOWLEDGED_LATE]
    # A hidden page does not poll.
    page.hide()
    assert not page.poll_timer.isActive()


def _register_numbers(context) -> list[str]:  # type: ignore[no-untyped-def]
    return [row.doc_no for row in context.outgoing.register_rows(2569)]


def test_the_reminder_button_reminds_the_selected_overdue_recipients(
    qtbot, ops, ui_context, office
):
    page = shown_page(qtbot, ops)
    page.tabs.setCurrentIndex(TAB_OVERDUE)
    table = page.overdue_table
    assert not page.remind_button.isEnabled()
    names = [table.item(r, COL_RECIPIENT).text() for r in range(table.rowCount())]
    table.selectRow(names.index(MUANG))
    table.selectionModel().select(
        table.model().index(names.index(PAI), 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    assert set(page.selected_overdue_rows()) == {office.first_rows[MUANG], office.first_rows[PAI]}
    assert page.remind_button.isEnabled() and "๑ ฉบับ" in page.remind_button.text()
    before = _register_numbers(ui_context)
    # The button asks first: one reminder (both rows are on letter A) to two recipients.
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert page.confirm_bar.isVisible()
    question = page.confirm_text.text()
    assert "ออกหนังสือเตือน ๑ ฉบับ" in question and "ถึงผู้รับรวม ๒ ราย" in question
    assert "มส ๐๐๒๓.๓/ว ๑ (๒ ราย)" in question
    assert _register_numbers(ui_context) == before  # nothing issued yet
    with qtbot.waitSignal(page.reminders_issued, timeout=WAIT) as issued:
        qtbot.mouseClick(page.confirm_yes, Qt.MouseButton.LeftButton)
    assert not page.confirm_bar.isVisible()
    (reminder,) = issued.args[0]
    assert reminder.doc_no == "มส 0023.3/ว 3"
    assert _register_numbers(ui_context) == [reminder.doc_no, *before]
    assert sorted(r.name for r in reminder.recipients) == sorted([MUANG, PAI])
    tracking = ui_context.acknowledgements.tracking(office.first)
    assert tracking.reminders == ((reminder.id, reminder.doc_no),)
    assert {r.name for r in tracking.rows if r.reminded_count} == {MUANG, PAI}
    assert page.notice.isVisible() and not page.remind_button.isEnabled()  # selection cleared
    assert (
        reminder.printed_no in page.notice.text() and "ออกหนังสือเตือนแล้ว ๑ ฉบับ" in page.notice.text()
    )
    # The write reloads the page: the list now counts the reminder (reminders are not listed).
    qtbot.waitUntil(
        lambda: table.item(names.index(MUANG), COL_REMINDED).text() == "๑", timeout=WAIT
    )
    assert table.rowCount() == 12


def test_a_reminder_whose_pdf_failed_says_so_and_keeps_its_number(
    qtbot, ops, ui_context, office, monkeypatch
):
    page = shown_page(qtbot, ops)
    from desktop_app.services.outgoing import OutgoingService

    real = OutgoingService.issue

    def no_pdf(self, draft, actor, *, out=None):  # type: ignore[no-untyped-def]
        issued = real(self, draft, actor, out=out)
        from dataclasses import replace

        return replace(issued, pdf=None, pdf_problem_th="ดิสก์เต็ม", pdf_problem_en="disk full")

    monkeypatch.setattr(OutgoingService, "issue", no_pdf)
    column = [page.matrix_model.letter(c).id for c in range(2)].index(office.first)
    page.matrix_view._column_menu(QPoint(page.matrix_view.columnViewportPosition(column) + 5, 5))
    menu = next(m for m in page.findChildren(QMenu) if m.isVisible())
    action = next(a for a in menu.actions() if a.text().startswith("ส่งหนังสือเตือน"))
    action.trigger()
    menu.close()
    # The letter's pending recipients are read (the matrix may be filtered), then asked about.
    qtbot.waitUntil(page.confirm_bar.isVisible, timeout=WAIT)
    assert "ถึงผู้รับรวม ๑๒ ราย ตามหนังสือที่ มส ๐๐๒๓.๓/ว ๑ (๑๒ ราย)" in page.confirm_text.text()
    with qtbot.waitSignal(page.reminders_issued, timeout=WAIT) as issued:
        qtbot.mouseClick(page.confirm_yes, Qt.MouseButton.LeftButton)
    (reminder,) = issued.args[0]
    assert len(reminder.recipients) == 12  # everyone on letter A still pending
    text = page.notice.text()
    assert reminder.printed_no in text and "ยังไม่ได้บันทึกแฟ้ม PDF (ดิสก์เต็ม)" in text
    assert reminder.doc_no in _register_numbers(ui_context)


def test_no_to_the_confirmation_issues_nothing(qtbot, ops, ui_context, office):
    """ "Select all" and remind, then no; two letters' cells in the matrix, then Escape; an
    overdue selection changed while asked: none of them takes a number."""
    page = shown_page(qtbot, ops)
    issued: list[object] = []
    page.reminders_issued.connect(issued.append)
    registered = len(ui_context.outgoing.register_rows(2569))
    page.tabs.setCurrentIndex(TAB_OVERDUE)
    qtbot.mouseClick(page.select_all_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert page.confirm_bar.isVisible()
    question = page.confirm_text.text()
    assert "ออกหนังสือเตือน ๑ ฉบับ" in question and "ถึงผู้รับรวม ๑๒ ราย" in question
    assert page.confirm_yes.text() == "ออกเลขและส่งหนังสือเตือน ๑ ฉบับ"
    assert page.confirm_no.hasFocus()  # Enter must not issue numbers
    qtbot.mouseClick(page.confirm_no, Qt.MouseButton.LeftButton)
    assert not page.confirm_bar.isVisible()
    assert page.remind_button.hasFocus()  # the keyboard is back where the question came from
    # A changed selection closes a question about the old one.
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    assert page.confirm_bar.isVisible()
    page.overdue_table.selectRow(0)
    assert not page.confirm_bar.isVisible()
    # Muang's cells on both letters: two reminders (one per letter), each to one recipient.
    page.tabs.setCurrentIndex(0)
    model, view = page.matrix_model, page.matrix_view
    muang = [model.recipient(r).name for r in range(model.rowCount())].index(MUANG)
    flags = view.selectionModel().SelectionFlag.Select
    for column in range(model.columnCount()):
        view.selectionModel().select(model.index(muang, column), flags)
    page.confirm_remind_rows(page.selected_pending_cells())
    question = page.confirm_text.text()
    assert "ออกหนังสือเตือน ๒ ฉบับ" in question and "ถึงผู้รับรวม ๒ ราย" in question
    assert "มส ๐๐๒๓.๓/ว ๒ (๑ ราย), มส ๐๐๒๓.๓/ว ๑ (๑ ราย)" in question
    qtbot.keyClick(page.confirm_no, Qt.Key.Key_Escape)
    assert not page.confirm_bar.isVisible()
    qtbot.waitUntil(lambda: not ops.runner.busy, timeout=WAIT)
    assert len(ui_context.outgoing.register_rows(2569)) == registered
    assert issued == []
    assert ui_context.acknowledgements.tracking(office.first).reminders == ()


def test_filters_reload_and_a_stale_result_is_dropped(qtbot, ops, ui_context, office):
    page = shown_page(qtbot, ops)
    # The first view is read for the period the page opens on, the last three months.
    opened = DashboardFilter(start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 12))
    assert page.filters == opened and page.view is not None
    assert page.view.figures == ui_context.acknowledgements.dashboard(opened)
    shown: list[object] = []
    page.loaded.connect(shown.append)
    page.kind.setCurrentIndex(page.kind.findData("district"))  # starts a reload
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.kind.setCurrentIndex(page.kind.findData("local_authority"))  # before it ends
    qtbot.waitUntil(lambda: not page._loading, timeout=WAIT)
    # The page opens on the last three months (1 January to today, 12 March 2569).
    last_three = {"start": dt.date(2026, 1, 1), "end": dt.date(2026, 3, 12)}
    assert page.filters == DashboardFilter(recipient_kind="local_authority", **last_three)
    assert page.period.currentData() == PERIOD_QUARTER
    assert len(shown) == 1  # the districts' view, read for old filters, was never shown
    model = page.matrix_model
    kinds = {model.recipient(r).kind for r in range(model.rowCount()) if model.recipient(r).level}
    assert kinds == {"local_authority"}
    # Only letter A went to local authorities: letter B's column is blank.
    columns = {column for _row, column in model.matrix.cells}
    assert [model.letter(c).id for c in columns] == [office.first]
    expected = ui_context.acknowledgements.dashboard(
        DashboardFilter(recipient_kind="local_authority", **last_three)
    )
    assert page.figure_labels["pending"].text() == thai(expected.pending) == "๗"
    # A period with no letters: figures are zero and the matrix says there is nothing.
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.period.setCurrentIndex(page.period.findData(PERIOD_FISCAL))
    assert page.filters.start == dt.date(2025, 10, 1)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.start_date.set_date(dt.date(2026, 3, 11))
        page.apply_filters()
    assert page.figure_labels["pending"].text() == "๐"
    assert page.matrix_empty.isVisible() and not page.matrix_view.isVisible()
    # A period that ends before it starts is refused inline, the view stays.
    page.end_date.set_date(dt.date(2026, 3, 1))
    page.apply_filters()
    assert "วันเริ่มต้นอยู่หลังวันสิ้นสุด" in page.state_label.text()


def test_period_presets():
    today = dt.date(2026, 1, 20)
    assert period_range(PERIOD_MONTH, today) == (dt.date(2026, 1, 1), dt.date(2026, 1, 31))
    assert period_range(PERIOD_QUARTER, today) == (dt.date(2025, 11, 1), today)
    assert period_range(PERIOD_FISCAL, today) == (dt.date(2025, 10, 1), dt.date(2026, 9, 30))
    assert period_range(PERIOD_FISCAL, dt.date(2026, 10, 1))[0] == dt.date(2026, 10, 1)
    assert period_range(PERIOD_MONTH, dt.date(2026, 12, 5))[1] == dt.date(2026, 12, 31)


def test_double_clicks_ask_to_open_the_letter(qtbot, ops, office):
    page = shown_page(qtbot, ops)
    model = page.matrix_model
    names = [model.recipient(r).name for r in range(model.rowCount())]
    view = page.matrix_view
    rect = view.visualRect(model.index(names.index(MUANG), 1))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_letter, timeout=WAIT) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [office.first]
    page.tabs.setCurrentIndex(TAB_OVERDUE)
    table = page.overdue_table
    with qtbot.waitSignal(page.open_letter, timeout=WAIT) as opened:
        page._overdue_double_clicked(table.model().index(0, 0))
    assert opened.args == [office.first]


def test_the_charts_show_the_histogram_and_months(qtbot, ops, ui_context, office):
    page = shown_page(qtbot, ops)
    assert page.charts is None
    page.tabs.setCurrentIndex(TAB_CHARTS)
    assert page.charts is not None
    histogram = page.charts.histogram_chart.series()[0].barSets()[0]
    values = [histogram.at(i) for i in range(histogram.count())]
    # Days 0..7, 8-14, 15+: the three replies took 1, 7 and 9 days.
    assert values == [0, 1, 0, 0, 0, 0, 0, 1, 1, 0]
    acks, letters = page.charts.monthly_chart.series()
    assert acks.barSets()[0].at(0) == 3  # March: 3 acknowledgements
    assert letters.at(0).y() == 2  # and 2 letters
    # Every axis speaks Thai digits, like the rest of the page; values sit on round ticks.
    thai_ticks = ["๐", "๑", "๒", "๓", "๔", "๕"]
    assert _value_labels(page.charts.histogram_chart.series()[0]) == thai_ticks
    assert _value_labels(acks) == thai_ticks and _value_labels(letters) == thai_ticks
    days = page.charts.histogram_chart.axes(Qt.Orientation.Horizontal)[0].categories()
    assert days[:3] == ["๐", "๑", "๒"] and days[-1] == "๑๕+"


def _value_labels(series) -> list[str]:  # type: ignore[no-untyped-def]
    """The labels of the vertical axis ``series`` is drawn against, bottom up."""
    (axis,) = [a for a in series.attachedAxes() if a.orientation() == Qt.Orientation.Vertical]
    labels = axis.categoriesLabels()
    assert axis.min() == 0 and axis.max() == axis.endValue(labels[-1])
    return sorted(labels, key=axis.endValue)


def test_the_chart_axes_follow_the_digits_and_round_their_ticks(qtbot, ops, office):
    from desktop_app.ui.widgets.ack_charts import AckCharts, value_ticks

    assert value_ticks(0) == value_ticks(4) == [0, 1, 2, 3, 4, 5]
    assert value_ticks(150) == [0, 50, 100, 150, 200]  # room above the highest bar
    assert value_ticks(999) == [0, 200, 400, 600, 800, 1000, 1200]
    page = shown_page(qtbot, ops)
    assert page.view is not None
    figures = page.view.figures
    arabic = AckCharts(digits="arabic", language="en")
    qtbot.addWidget(arabic)
    arabic.set_figures(figures)
    assert _value_labels(arabic.histogram_chart.series()[0]) == ["0", "1", "2", "3", "4", "5"]
    from dataclasses import replace

    busy = replace(figures, ack_days_histogram=((1, 1200), (3, 40)))
    thai = AckCharts(digits="thai")
    qtbot.addWidget(thai)
    thai.set_figures(busy)
    labels = _value_labels(thai.histogram_chart.series()[0])
    assert labels == ["๐", "๒๕๐", "๕๐๐", "๗๕๐", "๑,๐๐๐", "๑,๒๕๐", "๑,๕๐๐"]


def test_export_writes_the_filtered_dashboard(
    qtbot, ops, ui_context, office, tmp_path, monkeypatch
):
    from openpyxl import load_workbook

    service = type(ui_context.exports)
    real = service.export_dashboard
    calls: list[tuple[object, ...]] = []

    def spy(self, target, filters=None, lang="th"):  # type: ignore[no-untyped-def]
        calls.append((target, filters, lang))
        return real(self, target, filters, lang)

    monkeypatch.setattr(service, "export_dashboard", spy)
    page = shown_page(qtbot, ops)
    with qtbot.waitSignal(page.loaded, timeout=WAIT):
        page.kind.setCurrentIndex(page.kind.findData("district"))
    target = tmp_path / "dashboard.xlsx"
    with qtbot.waitSignal(page.status_message, timeout=WAIT):
        page.export_to(target)
    opened_on = {"start": dt.date(2026, 1, 1), "end": dt.date(2026, 3, 12)}  # last 3 months
    assert calls == [(target, DashboardFilter(recipient_kind="district", **opened_on), "th")]
    assert str(target) in page.notice.text()
    assert len(load_workbook(target).sheetnames) > 1


def test_the_main_window_lists_the_dashboard_and_loads_qtcharts_only_for_the_charts(
    ui_context, office, tmp_path
):
    script = textwrap.dedent(
        """
        import json, os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from desktop_app.app_context import AppContext
        from desktop_app.config import AppPaths
        from desktop_app.db.engine import sqlite_url
        from desktop_app.ui.app import create_application
        from desktop_app.ui.operations import Operations
        from desktop_app.ui.operations.tasks import TaskRunner
        from desktop_app.ui.main_window import MainWindow

        app = create_application(["probe"], "th")
        root = Path(sys.argv[1])
        context = AppContext.open(
            sqlite_url(root / "data" / "saraban.sqlite3"),
            paths=AppPaths(data_dir=root / "probe", config_dir=root / "probe-config"),
            language="th",
            username="clerk1",
        )
        runner = TaskRunner(max_threads=2)
        window = MainWindow(Operations(context, runner))
        window.show()
        seen = {"window": "PySide6.QtCharts" in sys.modules}
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        window.nav.setCurrentRow(titles.index("ภาพรวมการตอบรับ"))
        seen["page"] = "PySide6.QtCharts" in sys.modules
        seen["current"] = window.pages.currentWidget() is window.dashboard_page
        window.dashboard_page.tabs.setCurrentIndex(3)
        seen["charts"] = "PySide6.QtCharts" in sys.modules
        runner.wait_all()
        context.close()
        print(json.dumps(seen))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"window": False, "page": False, "current": True, "charts": True}


def test_the_letters_header_draws_each_section_once_and_again_when_selected(
    qtbot, ops, office, monkeypatch
):
    """Sections are pictures drawn once (a page jump repaints them all); a selected
    letter's section is drawn highlighted, a picture of its own."""
    from desktop_app.ui.widgets.ack_matrix_view import UpwardHeader

    page = shown_page(qtbot, ops)
    view = page.matrix_view
    header = view.horizontalHeader()
    assert isinstance(header, UpwardHeader)
    drawn: list[str] = []
    original = UpwardHeader._draw_section

    def counting(self, option, text, pen, font, ratio):  # type: ignore[no-untyped-def]
        drawn.append(text)
        return original(self, option, text, pen, font, ratio)

    monkeypatch.setattr(UpwardHeader, "_draw_section", counting)
    header._sections.clear()
    header.grab()
    first = list(drawn)
    assert sorted(first) == sorted(
        str(view.model().headerData(c, Qt.Orientation.Horizontal)) for c in range(2)
    )
    image = header.grab().toImage()
    assert drawn == first  # the second paint copies the pictures
    assert len({image.pixel(x, y) for x in range(0, 40, 2) for y in range(0, 110, 5)}) > 2
    view.selectColumn(0)
    header.grab()
    assert len(drawn) == len(first) + 1  # the selected section, highlighted


def test_the_letters_header_draws_its_sections_ahead_when_idle(qtbot, ops, office):
    """A jump to a part of the matrix not seen yet finds its header pictures made."""
    page = shown_page(qtbot, ops)
    header = page.matrix_view.horizontalHeader()
    header._sections.clear()
    header._prepare_later()
    qtbot.waitUntil(lambda: not header._preparing, timeout=10_000)
    texts = {key[0] for key in header._sections}
    model = page.matrix_view.model()
    assert texts == {
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    }
