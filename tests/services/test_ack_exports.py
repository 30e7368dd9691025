"""Issue 7 through the services: every recipient's copy with its code, the messenger's
delivery sheet, and the Excel exports (outgoing register, acknowledgements, dashboard) read
back cell by cell, types and print setup included."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re

import openpyxl
import pdfplumber
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import update

from desktop_app.db.models import LetterRecipient
from desktop_app.domain.ack_codes import format_code, is_valid_code
from desktop_app.domain.acks import (
    CELL_STATES,
    AckChannel,
    Acknowledgement,
    AckState,
    DashboardFilter,
)
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import Conflict, InvalidInput
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import SetupRequest
from desktop_app.reports.excel import (
    ACK_LETTER_COLUMNS,
    ACK_RECIPIENT_COLUMNS,
    OUTGOING_COLUMNS,
    STATE_FILLS,
)

# Figures below are read in Arabic digits: this workstation's screen shows them.
pytestmark = pytest.mark.usefixtures("arabic_screen")

OFFICE = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"
FORMULA_LIKE = "=1+1 การประชุมสัมมนาทางวิชาการ"


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def forward(context, targets, subject, urgency=Urgency.NORMAL):  # type: ignore[no-untyped-def]
    incoming = context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject=subject,
            urgency=urgency,
        ),
        context.actor,
    )
    draft = context.outgoing.draft_forward(incoming.id, context.outgoing.resolve(targets))
    return context.outgoing.issue(draft, context.actor)


def original_pdf(folder):  # type: ignore[no-untyped-def]
    """A 2-page PDF standing for the incoming original."""
    path = folder / "original.pdf"
    canvas = Canvas(str(path))
    for page in (1, 2):
        canvas.drawString(72, 720, f"ORIGINAL PAGE {page}")
        canvas.showPage()
    canvas.save()
    return path


@pytest.fixture
def tracked(office, clock):  # type: ignore[no-untyped-def]
    """Three letters on Friday 6 March 2569: A to the 7 districts (most urgent, due Monday
    9 March), B to two local authorities, C cancelled. Two of A's recipients acknowledge
    the same day, one letter comes back, then on 12 March one more acknowledges late and a
    reminder goes to the rest."""
    a = forward(office, ["all-districts"], FORMULA_LIKE, Urgency.MOST_URGENT)
    b = forward(office, ["2580101", "4580102"], "+ด่วน -ทดสอบ @ที่ประชุม")
    c = forward(office, ["5801"], "ออกเลขผิด")
    office.outgoing.cancel(c.id, "ออกเลขซ้ำ", office.actor)
    acks = office.acknowledgements
    rows = acks.tracking(a.id).rows
    acks.acknowledge(
        [rows[0].id, rows[1].id],
        Acknowledgement(
            at=dt.datetime(2026, 3, 6, 17, 0),
            channel=AckChannel.PHONE,
            by="นางสมศรี ใจดี",
            their_receive_no="=55",
            their_receive_date=dt.date(2026, 3, 6),
        ),
        office.actor,
    )
    acks.mark_returned(rows[2].id, "ที่อยู่ไม่ถูกต้อง", office.actor)
    clock.now = dt.datetime(2026, 3, 12, 9, 0)
    acks.acknowledge(
        [rows[3].id],
        Acknowledgement(at=dt.datetime(2026, 3, 11, 9, 0), channel=AckChannel.EMAIL),
        office.actor,
    )
    reminder = acks.remind(a.id, office.actor)
    return {"a": a, "b": b, "c": c, "reminder": reminder}


def pdf_pages(path):  # type: ignore[no-untyped-def]
    """The PDF's pages (read from memory: nothing left open)."""
    return pdfplumber.open(io.BytesIO(path.read_bytes())).pages


def pdf_text(path) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(page.extract_text() for page in pdf_pages(path))


def sheet_values(sheet) -> list[list[object]]:  # type: ignore[no-untyped-def]
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def assert_printable(sheet, lang: str = "th") -> None:  # type: ignore[no-untyped-def]
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == int(sheet.PAPERSIZE_A4)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToHeight == 0 and sheet.page_setup.fitToWidth >= 1
    assert sheet.print_options.gridLines
    assert "&P" in sheet.oddFooter.center.text and "&N" in sheet.oddFooter.center.text
    assert sheet.oddFooter.center.text.startswith("หน้า" if lang == "th" else "Page")
    assert sheet["A1"].font.name == "TH Sarabun New" and sheet["A1"].font.b


# -- recipients' copies ---------------------------------------------------------------------
def test_every_recipient_gets_a_copy_with_its_own_code(office, tmp_path):
    incoming = office.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject="การเผยแพร่องค์ความรู้",
            attachments=(original_pdf(tmp_path),),
        ),
        office.actor,
    )
    draft = office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["all-districts"]))
    letter = office.outgoing.issue(draft, office.actor)
    rows = office.acknowledgements.tracking(letter.id).rows
    out = tmp_path / "out"
    out.mkdir()
    target = office.outgoing.recipient_copies(letter.id, out / "copies.pdf")
    assert target == out / "copies.pdf"
    stored = PdfReader(office.outgoing.pdf_path(letter.id))
    letter_pages = len(stored.pages) - 2  # the stored PDF has the 2-page original appended
    assert letter_pages >= 1
    pages = pdf_pages(target)
    assert len(pages) == len(rows) * letter_pages  # the enclosures are not repeated
    assert not any("ORIGINAL" in (page.extract_text() or "") for page in pages)
    for index, row in enumerate(rows):  # in the recipients' order
        assert row.ack_code is not None
        text = "\n".join(
            page.extract_text() for page in pages[index * letter_pages : (index + 1) * letter_pages]
        )
        assert f"รหัสตอบรับ {format_code(row.ack_code)}" in text
        assert re.sub(r"\s", "", f"สำหรับ {row.name}") in re.sub(r"\s", "", text)
        assert "ที่ มส ๐๐๒๓.๓/ว ๑" in text
    # The office's copy, as stored, carries no code; the stored letter says so too.
    assert "รหัสตอบรับ" not in pdf_text(office.outgoing.pdf_path(letter.id))
    assert office.outgoing.stored_letter(letter.id).ack_code == ""
    assert sorted(p.name for p in out.iterdir()) == ["copies.pdf"]  # no temporary left


def test_letters_issued_before_codes_get_them_when_printed(office, tmp_path):
    letter = forward(office, ["5801", "5802", "5803"], "หนังสือเก่า")
    with office.db.write() as session:
        session.execute(
            update(LetterRecipient)
            .where(LetterRecipient.letter_id == letter.id, LetterRecipient.position > 0)
            .values(ack_code=None)
        )
    kept = office.acknowledgements.tracking(letter.id).rows[0].ack_code
    office.outgoing.recipient_copies(letter.id, tmp_path / "old.pdf")
    rows = office.acknowledgements.tracking(letter.id).rows
    assert rows[0].ack_code == kept  # a code already printed is never changed
    assert all(row.ack_code and is_valid_code(row.ack_code) for row in rows)
    assert len({row.ack_code for row in rows}) == 3
    text = pdf_text(tmp_path / "old.pdf")
    for row in rows:
        assert row.ack_code is not None and format_code(row.ack_code) in text
        # ... and the code printed is the one the office can record by.
        assert office.acknowledgements.row_for_code(format_code(row.ack_code)).id == row.id
    # Printing again gives the same codes.
    office.outgoing.delivery_sheet(letter.id, tmp_path / "sheet.pdf")
    assert [r.ack_code for r in office.acknowledgements.tracking(letter.id).rows] == [
        r.ack_code for r in rows
    ]


def test_typesetting_happens_outside_any_transaction(office, tmp_path, monkeypatch):
    letter = forward(office, ["5801", "5802"], "เรื่องทดสอบ")
    with office.db.write() as session:
        session.execute(
            update(LetterRecipient)
            .where(LetterRecipient.letter_id == letter.id)
            .values(ack_code=None)
        )
    open_now: list[str] = []
    db = office.db
    for name in ("write", "reading", "read"):
        original = getattr(db, name)

        def tracking(*args, _original=original, _name=name, **kwargs):  # type: ignore[no-untyped-def]
            @contextlib.contextmanager
            def scope():  # type: ignore[no-untyped-def]
                open_now.append(_name)
                try:
                    with _original(*args, **kwargs) as inner:
                        yield inner
                finally:
                    open_now.pop()

            return scope()

        monkeypatch.setattr(db, name, tracking)
    renderer = office.outgoing.renderer()
    seen: list[list[str]] = []
    build_copies = renderer.build_copies

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(list(open_now))
        return build_copies(*args, **kwargs)

    monkeypatch.setattr(renderer, "build_copies", watched)
    office.outgoing.recipient_copies(letter.id, tmp_path / "c.pdf")
    assert seen == [[]]


def test_copies_and_sheets_are_refused_for_cancelled_letters_and_bad_targets(
    office, tmp_path, monkeypatch
):
    letter = forward(office, ["5801"], "เรื่องทดสอบ")

    def no_reading(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the letter was read")

    with monkeypatch.context() as patched:
        patched.setattr(office.outgoing, "_copy_rows", no_reading)
        with pytest.raises(InvalidInput):
            office.outgoing.recipient_copies(letter.id, tmp_path / "copies.docx")
        with pytest.raises(InvalidInput):
            office.outgoing.delivery_sheet(letter.id, tmp_path / "none" / "sheet.pdf")
    office.outgoing.cancel(letter.id, "ออกเลขผิด", office.actor)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Conflict):
        office.outgoing.recipient_copies(letter.id, out / "copies.pdf")
    with pytest.raises(Conflict):
        office.outgoing.delivery_sheet(letter.id, out / "sheet.pdf")
    assert list(out.iterdir()) == []


# -- the delivery sheet ---------------------------------------------------------------------
def test_the_delivery_sheet_lists_recipients_and_codes_and_then_only_the_pending(
    tracked, office, tmp_path
):
    letter = tracked["a"]
    rows = office.acknowledgements.tracking(letter.id).rows
    everyone = office.outgoing.delivery_sheet(letter.id, tmp_path / "all.pdf")
    text = pdf_text(everyone)
    folded = re.sub(r"\s", "", text)
    for row in rows:
        assert re.sub(r"\s", "", row.name) in folded
        assert row.ack_code is not None and format_code(row.ack_code) in text
    assert "ที่ มส ๐๐๒๓.๓/ว ๑" in text and "๖ มีนาคม ๒๕๖๙" in text  # the letter's digits
    assert "ด่วนที่สุด" in text and OFFICE in text
    assert "ตีกลับ" in text  # the returned one says so in หมายเหตุ

    pending = office.outgoing.delivery_sheet(letter.id, tmp_path / "pending.pdf", only_pending=True)
    text = pdf_text(pending)
    assert "เฉพาะผู้รับที่ยังไม่ตอบรับ" in text
    for row in rows:
        assert row.ack_code is not None
        assert (format_code(row.ack_code) in text) == (row.acknowledged_at is None)
    # The signed sheet comes back: recorded in one step for everyone still pending.
    done = office.acknowledgements.acknowledge_all(
        letter.id,
        Acknowledgement(at=dt.datetime(2026, 3, 12, 8, 0), channel=AckChannel.DELIVERY_SHEET),
        office.actor,
    )
    assert len(done.recorded) == 4  # the returned one too, now delivered by hand
    with pytest.raises(Conflict):
        office.outgoing.delivery_sheet(letter.id, tmp_path / "none.pdf", only_pending=True)


# -- the outgoing register ------------------------------------------------------------------
def test_the_outgoing_register_in_the_regulations_columns(tracked, office, tmp_path):
    target = office.exports.export_outgoing(tmp_path / "ทะเบียนส่ง.xlsx", 2569)
    assert target == tmp_path / "ทะเบียนส่ง.xlsx"
    sheet = openpyxl.load_workbook(target).active
    assert sheet.title == "ทะเบียนหนังสือส่ง"
    values = sheet_values(sheet)
    assert values[0][0] == f"ทะเบียนหนังสือส่ง ปี พ.ศ. 2569 {OFFICE}"
    assert values[1] == [column.title_th for column in OUTGOING_COLUMNS]
    assert values[1][:6] == ["เลขทะเบียนส่ง", "ที่", "ลงวันที่", "จาก", "ถึง", "เรื่อง"]
    assert values[1][-3] == "การปฏิบัติ" and values[1][-1] == "หมายเหตุ"
    body = values[2:]
    assert [row[1] for row in body] == [
        "มส 0023.3/ว 1",
        "มส 0023.3/ว 2",
        "มส 0023.3/1",
        "มส 0023.3/ว 3",
    ]  # in the order they were issued
    first = body[0]
    assert first[0] == 1 and isinstance(first[0], int)  # the number stays a number
    assert first[2] == "6 มี.ค. 2569"
    assert first[4] == "อำเภอ ทุกอำเภอ"
    assert first[5] == FORMULA_LIKE  # text, not a formula
    assert first[6] == "ตอบรับแล้ว 3 จาก 7 ราย"
    assert first[8] == "ส่งต่อหนังสือรับเลขที่ 1/2569"
    assert body[1][5] == "+ด่วน -ทดสอบ @ที่ประชุม"
    cancelled = body[2]
    assert cancelled[8].startswith("ยกเลิก: ออกเลขซ้ำ") and cancelled[6] is None
    assert sheet.cell(row=5, column=6).font.strike and not sheet.cell(row=3, column=6).font.strike
    assert body[3][8] == "เตือนหนังสือที่ มส 0023.3/ว 1" and body[3][2] == "12 มี.ค. 2569"
    for row in sheet.iter_rows(min_row=3):
        for cell in row:
            if isinstance(cell.value, str):
                assert cell.data_type == "s", cell.coordinate
    assert sheet.cell(row=3, column=6).data_type == "s"
    assert sheet.freeze_panes == "A3" and sheet.print_title_rows == "$2:$2"
    assert sheet.auto_filter.ref == "A2:I6"
    assert_printable(sheet)
    # Another year: the header alone.
    empty = openpyxl.load_workbook(office.exports.export_outgoing(tmp_path / "e.xlsx", 2568))
    assert empty.active.max_row == 2


def test_the_outgoing_register_in_english_and_thai_digits(tracked, office, tmp_path):
    from desktop_app.config import WorkstationPrefs

    WorkstationPrefs(office.paths.workstation_file).set("digits", "thai")  # the screen's
    target = office.exports.export_outgoing(tmp_path / "en.xlsx", None, "en")
    sheet = openpyxl.load_workbook(target).active
    values = sheet_values(sheet)
    assert values[0][0] == f"Outgoing register, {OFFICE}"
    assert values[1] == [column.title_en for column in OUTGOING_COLUMNS]
    first = values[2]
    assert first[0] == 1  # still a number
    assert first[1] == "มส ๐๐๒๓.๓/ว ๑" and first[2] == "๖ Mar ๒๕๖๙"
    assert first[6] == "๓ of ๗ acknowledged"
    assert values[4][8].startswith("CANCELLED: ")
    assert_printable(sheet, "en")


# -- acknowledgements -----------------------------------------------------------------------
def test_acknowledgements_per_letter_and_per_recipient(tracked, office, tmp_path):
    acks = office.acknowledgements
    target = office.exports.export_acks(tmp_path / "acks.xlsx", year=2569)
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["รายหนังสือ", "รายผู้รับ"]
    letters, recipients = workbook["รายหนังสือ"], workbook["รายผู้รับ"]
    values = sheet_values(letters)
    assert values[0][0].startswith("การตอบรับหนังสือส่ง ปี พ.ศ. 2569 (ข้อมูล ณ 12 มี.ค. 2569)")
    assert OFFICE in values[0][0]
    assert values[1] == [column.title_th for column in ACK_LETTER_COLUMNS]
    # Cancelled letters and reminders are not counted (as on the dashboard).
    assert [row[0] for row in values[2:]] == ["มส 0023.3/ว 1", "มส 0023.3/ว 2"]
    assert values[2] == [
        "มส 0023.3/ว 1",
        "6 มี.ค. 2569",
        FORMULA_LIKE,
        "ด่วนที่สุด",
        7,
        3,
        4,
        4,
        1,
        1,
    ]
    assert values[3][3:] == [None, 2, 0, 2, 0, 0, 0]
    assert letters.cell(row=3, column=3).data_type == "s"
    # The figures add up to the dashboard's.
    board = acks.dashboard()
    assert sum(row[5] for row in values[2:]) == board.acknowledged
    assert sum(row[6] for row in values[2:]) == board.pending
    assert sum(row[7] for row in values[2:]) == board.overdue
    assert sum(row[8] for row in values[2:]) == board.returned

    rows = sheet_values(recipients)
    assert rows[1] == [column.title_th for column in ACK_RECIPIENT_COLUMNS]
    tracking = acks.tracking(tracked["a"].id).rows + acks.tracking(tracked["b"].id).rows
    assert len(rows) == 2 + len(tracking)
    today = dt.date(2026, 3, 12)
    for index, (line, row) in enumerate(zip(rows[2:], tracking, strict=True)):
        state = row.state(today)
        assert line[3] == row.name
        assert row.ack_code is not None and line[4] == format_code(row.ack_code)
        assert line[8] == state.label_th
        assert line[14] == row.days_late(today) and line[15] == row.reminded_count
        fill = recipients.cell(row=index + 3, column=9).fill.fgColor.rgb
        assert fill.endswith(STATE_FILLS[state])
    by_name = {line[3]: line for line in rows[2:]}
    first = by_name[tracking[0].name]
    assert first[7:14] == [
        "9 มี.ค. 2569",
        "ตอบรับแล้ว",
        "6 มี.ค. 2569 17:00",
        "นางสมศรี ใจดี",
        "โทรศัพท์",
        "=55",
        "6 มี.ค. 2569",
    ]
    assert recipients.cell(row=3, column=13).data_type == "s"  # "=55" stays text
    assert by_name[tracking[2].name][8] == "ตีกลับ"
    assert by_name[tracking[3].name][8] == "ตอบรับช้า" and by_name[tracking[3].name][14] == 2
    assert {line[8] for line in rows[2:]} >= {"เกินกำหนด", "รอตอบรับ"}
    for sheet in (letters, recipients):
        assert_printable(sheet)
        assert sheet.print_title_rows == "$2:$2"


def test_acknowledgement_filters_and_english(tracked, office, tmp_path):
    target = office.exports.export_acks(
        tmp_path / "d.xlsx", DashboardFilter(recipient_kind="district"), lang="en"
    )
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["By letter", "By recipient"]
    letters = sheet_values(workbook["By letter"])
    assert "recipients: districts" in letters[0][0] and "as of 12 Mar 2569" in letters[0][0]
    assert letters[1] == [column.title_en for column in ACK_LETTER_COLUMNS]
    assert [row[0] for row in letters[2:]] == ["มส 0023.3/ว 1"]  # B went to no district
    assert letters[2][3] == "Most urgent"
    recipients = sheet_values(workbook["By recipient"])
    assert len(recipients) == 2 + 7
    assert {row[8] for row in recipients[2:]} <= {s.label_en for s in AckState}
    assert "phone" in {row[11] for row in recipients[2:]}
    other_year = openpyxl.load_workbook(office.exports.export_acks(tmp_path / "y.xlsx", year=2568))
    assert other_year["รายหนังสือ"].max_row == 2 and other_year["รายผู้รับ"].max_row == 2


# -- the dashboard --------------------------------------------------------------------------
def test_the_dashboard_as_a_workbook(tracked, office, tmp_path):
    acks = office.acknowledgements
    target = office.exports.export_dashboard(tmp_path / "dashboard.xlsx")
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == [
        "ภาพรวม",
        "รายอำเภอ",
        "รายผู้รับ",
        "เกินกำหนด",
        "ตารางการตอบรับ",
    ]
    board = acks.dashboard()
    summary = {row[0]: row[1] for row in sheet_values(workbook["ภาพรวม"]) if row[0]}
    assert summary["ข้อมูล ณ วันที่"] == "12 มี.ค. 2569"
    assert summary["ช่วงเวลา"] == "ทุกช่วงเวลา"
    assert summary["หนังสือ (ฉบับ)"] == board.letters == 2
    assert summary["รอตอบรับ (ราย)"] == board.pending
    assert summary["เกินกำหนด (ราย)"] == board.overdue
    assert summary["ตอบรับแล้ว (ราย)"] == board.acknowledged
    assert summary["ตีกลับ (ราย)"] == board.returned
    districts = sheet_values(workbook["รายอำเภอ"])[2:]
    assert [row[0] for row in districts] == [d.name for d in board.by_district]
    assert [row[1:5] for row in districts] == [
        [d.total, d.acknowledged, d.pending, d.overdue] for d in board.by_district
    ]
    assert workbook["รายอำเภอ"]["F3"].number_format == "0.0%"
    recipients = sheet_values(workbook["รายผู้รับ"])[2:]
    assert [row[1] for row in recipients] == [r.name for r in board.by_recipient]
    overdue = sheet_values(workbook["เกินกำหนด"])[2:]
    items = acks.overdue()
    assert [(row[4], row[6]) for row in overdue] == [
        (item.recipient, item.days_overdue) for item in items
    ]
    assert len(items) == 4 and all(row[6] == 3 for row in overdue)

    matrix = acks.matrix()
    grid = workbook["ตารางการตอบรับ"]
    values = sheet_values(grid)
    assert values[1][1 : 1 + len(matrix.letters)] == [
        f"{letter.doc_no}\n6 มี.ค. 2569" for letter in matrix.letters
    ]
    assert [row[0] for row in values[2 : 2 + len(matrix.recipients)]] == [
        r.name for r in matrix.recipients
    ]
    for (row, column), (state_index, late, _id) in matrix.cells.items():
        cell = grid.cell(row=row + 3, column=column + 2)
        state = CELL_STATES[state_index]
        assert cell.value.startswith(state.label_th)
        days_shown = late > 0 and state in (AckState.OVERDUE, AckState.ACKNOWLEDGED_LATE)
        assert (f"{late} วัน" in cell.value) == days_shown
        assert cell.fill.fgColor.rgb.endswith(STATE_FILLS[state])
    blank = [
        (r, c)
        for r in range(len(matrix.recipients))
        for c in range(len(matrix.letters))
        if (r, c) not in matrix.cells
    ]
    assert blank and all(not grid.cell(row=r + 3, column=c + 2).value for r, c in blank)
    legend = values[-1]
    assert legend[1 : 1 + len(CELL_STATES)] == [s.label_th for s in CELL_STATES]
    assert grid.print_title_cols == "$A:$A" and grid.freeze_panes == "B3"
    for sheet in workbook.worksheets:
        assert_printable(sheet)


def test_every_export_refuses_a_wrong_target_before_reading(office, tmp_path, monkeypatch):
    def no_reading(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the database was read")

    monkeypatch.setattr(office.outgoing, "register_lines", no_reading)
    monkeypatch.setattr(office.acknowledgements, "dashboard", no_reading)
    monkeypatch.setattr(office.acknowledgements.db, "reading", no_reading)
    out = tmp_path / "out"
    out.mkdir()
    for target in (out / "x.csv", out / "missing" / "x.xlsx"):
        with pytest.raises(InvalidInput):
            office.exports.export_outgoing(target)
        with pytest.raises(InvalidInput):
            office.exports.export_acks(target)
        with pytest.raises(InvalidInput):
            office.exports.export_dashboard(target)
    assert list(out.iterdir()) == []
