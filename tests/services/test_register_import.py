"""Importing this year's register from the office's Excel file (SQLite and PostgreSQL): all
rows or none, numbers and dates as in the sheet, the counters continuing after the highest."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.db.models import AuditEvent, IncomingDocument
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import Conflict, InvalidInput, PermissionDenied
from desktop_app.domain.incoming import IncomingFilter, IncomingInput
from desktop_app.domain.numbering import SeriesRef
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.register_import import ImportRefused
from desktop_app.domain.routing import Recipient
from desktop_app.domain.thai_text import to_arabic_digits
from desktop_app.domain.users import Actor, Role
from desktop_app.services.register_import import IMPORT_ACTION
from tests.conftest import row_counts
from tests.register_sheets import (
    INCOMING_TITLES,
    OUTGOING_TITLES,
    incoming_file,
    incoming_row,
    outgoing_row,
    write_sheet,
)


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def rows_by_number(context):  # type: ignore[no-untyped-def]
    return {row.receive_no: row for row in context.incoming.list_rows(IncomingFilter())}


def test_a_good_file_imports_every_row_and_the_next_receive_number_follows(office, tmp_path):
    path = write_sheet(
        tmp_path / "ทะเบียนรับ 2569.xlsx",
        INCOMING_TITLES,
        [
            incoming_row(
                "๒,๓๔๒",
                "๓ มี.ค. ๒๕๖๙",
                "๐๘.๔๐ น.",
                doc_no="ที่ มท ๐๘๑๐.๒/ว ๑๐๘๘",
                doc_date="๒ มี.ค. ๒๕๖๙",
            ),
            incoming_row(2343, "5/3/2569", "10:15", urgency="ด่วนมาก", secrecy="ลับ"),
            incoming_row(
                "2344/2569",
                dt.datetime(2569, 3, 6),  # a BE year typed into a date cell
                dt.time(16, 57),
                sender="องค์การบริหารส่วนตำบลผาบ่อง",
                subject="ขอเชิญประชุมเรื่องไฟป่า",
                remarks="ยกเลิก: ลงรับซ้ำ",
            ),
        ],
    )
    summary = office.register_import.import_file("incoming", path, office.actor)
    assert (summary.imported, summary.rows, summary.problems) == (3, 3, ())
    (span,) = summary.spans
    assert (span.year, span.first, span.last, span.next_number) == (2569, 2342, 2344, 2345)
    assert summary.to_json()["next"] == 2345

    stored = rows_by_number(office)
    assert sorted(stored) == [2342, 2343, 2344]
    assert stored[2342].received_at == dt.datetime(2026, 3, 3, 8, 40)
    assert stored[2342].doc_no == "มท ๐๘๑๐.๒/ว ๑๐๘๘"  # as in the sheet, without the label
    assert stored[2342].doc_date == dt.date(2026, 3, 2)
    assert (stored[2343].urgency, stored[2343].secrecy) == (
        Urgency.VERY_URGENT,
        Secrecy.CONFIDENTIAL,
    )
    assert stored[2344].received_at == dt.datetime(2026, 3, 6, 16, 57)
    assert (stored[2344].cancelled, stored[2344].cancel_reason) == (True, "ลงรับซ้ำ")
    # Imported rows are found like any other (search columns derived as the service does).
    found = office.incoming.list_rows(IncomingFilter(search="ไฟป่า"))
    assert [row.receive_no for row in found] == [2344]
    record = office.incoming.get(stored[2344].id)
    assert record.sender_org_id is not None  # the sender found in the directory
    assert "นำเข้าจากทะเบียนเดิม" in record.received_at_reason and "แถว 5" in record.received_at_reason

    # The counter continues after the highest number imported.
    received = office.incoming.receive(
        IncomingInput(
            sender="จังหวัดแม่ฮ่องสอน", doc_no="", doc_date=dt.date(2026, 3, 6), subject="ต่อ"
        ),
        office.actor,
    )
    assert received.receive_label == "2345/2569"
    with office.db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == IMPORT_ACTION)).one()
    assert event.user_id == office.actor.id and event.entity == "incoming"
    assert event.details["file"] == "ทะเบียนรับ 2569.xlsx" and len(event.details["sha256"]) == 64
    assert event.details["rows"] == 3


def test_a_file_with_bad_rows_imports_nothing_and_names_every_bad_row(office, tmp_path):
    path = write_sheet(
        tmp_path / "bad.xlsx",
        INCOMING_TITLES,
        [
            incoming_row(1),  # row 3
            incoming_row(2, "31 เม.ย. 2569"),  # row 4: no such date
            incoming_row(3, subject=""),  # row 5: no subject
            incoming_row(4),  # row 6
            incoming_row(1),  # row 7: the number of row 3 again
            incoming_row(6, "9/3/2569"),  # row 8: received in the future
            incoming_row(7),  # row 9
        ],
    )
    before = row_counts(office.db)
    with pytest.raises(ImportRefused) as refused:
        office.register_import.import_file("incoming", path, office.actor)
    assert sorted({problem.row for problem in refused.value.problems}) == [4, 5, 7, 8]
    assert "แถว 4" in refused.value.message_th and "Row 8" in refused.value.message_en
    assert row_counts(office.db) == before  # nothing written, not even the audit line
    assert office.numbering.state(SeriesRef("incoming"), 2569).next_number == 1
    # The dry run reports the same, and how many rows would be fine.
    preview = office.register_import.preview("incoming", path)
    assert (preview.rows, preview.valid, preview.problem_rows) == (7, 3, 4)
    assert [p.row for p in preview.problems] == [p.row for p in refused.value.problems]


def test_numbers_already_in_the_register_are_refused(office, tmp_path):
    for _ in range(2):
        office.incoming.receive(
            IncomingInput(
                sender="จังหวัดแม่ฮ่องสอน", doc_no="", doc_date=dt.date(2026, 3, 6), subject="ก"
            ),
            office.actor,
        )
    path = incoming_file(tmp_path / "overlap.xlsx", 2, 3)  # 2, 3, 4: 2 is taken
    before = row_counts(office.db)
    with pytest.raises(ImportRefused) as refused:
        office.register_import.import_file("incoming", path, office.actor)
    ((problem),) = refused.value.problems
    assert (problem.row, problem.column) == (3, "เลขทะเบียนรับ")
    assert "2/2569" in problem.message_th and "already" in problem.message_en
    assert row_counts(office.db) == before
    # Without the taken number the rest imports, and numbering continues after 4.
    path = incoming_file(tmp_path / "rest.xlsx", 3, 2)
    assert office.register_import.import_file("incoming", path, office.actor).imported == 2
    assert office.numbering.state(SeriesRef("incoming"), 2569).next_number == 5


def test_only_an_admin_imports_and_anyone_may_check_a_file(office, tmp_path):
    path = incoming_file(tmp_path / "in.xlsx", 1, 2)
    clerk = Actor(office.actor.id, "clerk2", "clerk2", Role.CLERK)
    before = row_counts(office.db)
    with pytest.raises(PermissionDenied):
        office.register_import.import_file("incoming", path, clerk)
    assert row_counts(office.db) == before
    assert office.register_import.preview("incoming", path).valid == 2


def test_files_that_are_not_the_register_are_refused_with_the_reason(office, tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    outgoing = write_sheet(tmp_path / "out.xlsx", OUTGOING_TITLES, [outgoing_row(1, "มส 0023.3/1")])
    no_header = write_sheet(tmp_path / "plain.xlsx", ["ลำดับ", "เรื่อง"], [[1, "ก"]])
    for path, words in (
        (broken, "ไม่ใช่แฟ้ม Excel"),
        (outgoing, "ทะเบียนหนังสือส่ง"),
        (no_header, "เลขทะเบียนรับ"),
        (tmp_path / "missing.xlsx", "ไม่พบแฟ้ม"),
        (tmp_path / "old.xls", ".xls"),
    ):
        with pytest.raises(InvalidInput) as refused:
            office.register_import.import_file("incoming", path, office.actor)
        assert words in refused.value.message_th, (path, refused.value.message_th)


def test_an_exported_register_imports_into_a_new_office_as_it_was(office, request, tmp_path):
    """The program's own export (Thai digits and dates as text) is a file it imports."""
    source = AppContext.open(
        sqlite_url(tmp_path / "source" / "saraban.sqlite3"),
        paths=AppPaths(data_dir=tmp_path / "source", config_dir=tmp_path / "source-config"),
        username="admin",
        clock=office.clock,
    )
    request.addfinalizer(source.close)
    source.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), source.actor)
    group = source.settings.work_groups()[0]
    for index, (urgency, secrecy) in enumerate(
        (
            (Urgency.NORMAL, Secrecy.NORMAL),
            (Urgency.MOST_URGENT, Secrecy.SECRET),
            (Urgency.URGENT, Secrecy.NORMAL),
        )
    ):
        source.incoming.receive(
            IncomingInput(
                sender="กรมส่งเสริมการปกครองท้องถิ่น",
                doc_no=f"มท ๐๘๑๐.{index}/ว {1000 + index}",
                doc_date=dt.date(2026, 3, 4),
                subject=f"=เรื่องที่ {index} ประจำปี ๒๕๖๙",  # would be a formula if not text
                to_text="ผู้ว่าราชการจังหวัด",
                urgency=urgency,
                secrecy=secrecy,
                remarks="ด่วน โทรแจ้ง" if index else "",
                work_group_id=group.id if index == 1 else None,
                received_at=dt.datetime(2026, 3, 5, 9 + index, 30),
                received_at_reason="ลงรับย้อนหลัง",
            ),
            source.actor,
        )
    source.incoming.cancel(source.incoming.list_rows(IncomingFilter())[0].id, "ลงซ้ำ", source.actor)
    exported = tmp_path / "export.xlsx"
    source.exports.export_incoming(IncomingFilter(descending=False), exported)

    summary = office.register_import.import_file("incoming", exported, office.actor)
    assert summary.imported == 3 and summary.problems == ()

    def comparable(context):  # type: ignore[no-untyped-def]
        """The lines as stored, text compared digit-blind: the export writes every text
        cell in one kind of digits (the screen's), which the import keeps as written."""
        return [
            (
                row.receive_no,
                row.received_at,
                to_arabic_digits(row.doc_no),
                row.doc_date,
                row.sender,
                row.to_text,
                to_arabic_digits(row.subject),
                row.urgency,
                row.secrecy,
                row.remarks,
                row.work_group_name,
                row.cancelled,
                row.cancel_reason,
            )
            for row in context.incoming.list_rows(IncomingFilter(descending=False))
        ]

    assert comparable(office) == comparable(source)


def test_an_outgoing_register_imports_per_series_and_issuing_continues_it(office, tmp_path):
    path = write_sheet(
        tmp_path / "out.xlsx",
        OUTGOING_TITLES,
        [
            outgoing_row(410, "มส 0023.3/ว 410", "2 มี.ค. 2569"),
            outgoing_row("๔๑๑", "มส๐๐๒๓.๓/ว๔๑๑", "๓ มี.ค. ๒๕๖๙", remarks="ยกเลิก: ออกเลขผิด"),
            outgoing_row(120, "มส 0023.3/120", "4/3/2569", to="นายอำเภอเมืองแม่ฮ่องสอน"),
        ],
        above=[("ทะเบียนหนังสือส่ง ปี 2569",)],
    )
    summary = office.register_import.import_file("outgoing", path, office.actor)
    assert summary.imported == 3
    spans = {
        (span.series.circular, span.first, span.last, span.next_number) for span in summary.spans
    }
    assert spans == {(True, 410, 411, 412), (False, 120, 120, 121)}
    rows = {row.doc_no: row for row in office.outgoing.register_rows(2569)}
    assert set(rows) == {"มส 0023.3/ว 410", "มส 0023.3/ว 411", "มส 0023.3/120"}
    # Imported numbers have no letter text: the register says so, and a reprint is refused
    # rather than typesetting a blank letter.
    assert all(row.imported for row in rows.values())
    with pytest.raises(Conflict, match="Excel"):
        office.outgoing.pdf_path(rows["มส 0023.3/120"].id)
    assert rows["มส 0023.3/ว 411"].cancelled and rows["มส 0023.3/120"].letter_date == dt.date(
        2026, 3, 4
    )
    states = {state.series: state for state in office.numbering.series(2569)}
    assert states[SeriesRef("outgoing", "มส 0023.3", True)].next_number == 412
    assert states[SeriesRef("outgoing", "มส 0023.3", True)].in_use

    # The next circular issued by the program is ว 412.
    incoming = office.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject="การเผยแพร่องค์ความรู้",
        ),
        office.actor,
    )
    recipients: list[Recipient] = office.outgoing.resolve(["all-districts"])
    draft = office.outgoing.draft_forward(incoming.id, recipients, circular=True)
    issued = office.outgoing.issue(draft, office.actor, out=tmp_path / "letter.pdf")
    assert issued.doc_no == "มส 0023.3/ว 412"


def test_thai_digits_everywhere_and_an_office_sheet_with_english_titles(office, tmp_path):
    path = write_sheet(
        tmp_path / "office.xlsx",
        ["No.", "Subject", "From", "Dated", "Received", "Time", "Receive no.", "Their no."],
        [
            [
                1,
                "เรื่อง ก",
                "จังหวัดแม่ฮ่องสอน",
                "๒๖ ก.พ. ๖๙",
                "๒ มี.ค. ๒๕๖๙",
                "๑๓:๐๕",
                "๙๙",
                "มส ๐๐๑๗.๓/ว ๕",
            ],
            [2, "เรื่อง ข", "จังหวัดแม่ฮ่องสอน", "2026-02-27", "2 March 2569", "8.05", 100, None],
        ],
        above=[("Incoming register 2026",), (None,), ("printed 6 Mar",)],
    )
    summary = office.register_import.import_file("incoming", path, office.actor)
    assert (summary.header_row, summary.imported) == (4, 2)
    stored = rows_by_number(office)
    assert stored[99].received_at == dt.datetime(2026, 3, 2, 13, 5)
    assert stored[99].doc_date == dt.date(2026, 2, 26)
    assert stored[100].received_at == dt.datetime(2026, 3, 2, 8, 5)
    assert stored[100].doc_no == ""
    with office.db.read() as session:
        assert session.scalar(
            select(IncomingDocument.doc_no_fold).where(IncomingDocument.receive_no == 99)
        ) == ("มส0017.3/ว5")
