"""Issue 9 item 5 through the services, on both databases: every workbook (incoming register,
outgoing register, acknowledgements per letter and per recipient, the dashboard's views)
keeps formula-like text as text, exports a year whose stored text holds control characters,
and shows the digits the screen shows."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.acks import AckChannel, Acknowledgement
from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingFilter, IncomingInput
from desktop_app.domain.office import SetupRequest
from desktop_app.reports.excel import THAI_DIGITS_FORMAT
from desktop_app.services.exports import ExportService

SUBJECT = '=HYPERLINK("http://x.example","ประชุม") ครั้งที่ 2'
SENDER = "+อำเภอปาย"
REMARK = "@SUM(A1:A9)"
BY = "-นางสมศรี ใจดี"
THEIR_NO = "=55"


@pytest.fixture
def office(context, clock):  # type: ignore[no-untyped-def]
    """One incoming document whose texts all look like formulas, forwarded to the seven
    districts; one district acknowledges with formula-like texts too."""
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    incoming = context.incoming.receive(
        IncomingInput(
            sender=SENDER,
            doc_no="มท 0810.2/ว 1089",
            doc_date=dt.date(2026, 3, 5),
            subject=SUBJECT,
            remarks=REMARK,
            urgency=Urgency.MOST_URGENT,  # due 9 March: overdue on the dashboard by the 12th
        ),
        context.actor,
    )
    outgoing = context.outgoing
    letter = outgoing.issue(
        outgoing.draft_forward(incoming.id, outgoing.resolve(["all-districts"])), context.actor
    )
    rows = context.acknowledgements.tracking(letter.id).rows
    context.acknowledgements.acknowledge(
        [rows[0].id],
        Acknowledgement(
            at=dt.datetime(2026, 3, 6, 17, 0),
            channel=AckChannel.PHONE,
            by=BY,
            their_receive_no=THEIR_NO,
            their_receive_date=dt.date(2026, 3, 6),
        ),
        context.actor,
    )
    clock.now = dt.datetime(2026, 3, 12, 9, 0)
    return context


def every_workbook(exports: ExportService, folder: Path, lang: str) -> list[Path]:
    return [
        folder / "incoming.xlsx"
        if exports.export_incoming(IncomingFilter(year=2569), folder / "incoming.xlsx", lang=lang)
        else folder / "none",
        exports.export_outgoing(folder / "outgoing.xlsx", 2569, lang),
        exports.export_acks(folder / "acks.xlsx", year=2569, lang=lang),
        exports.export_dashboard(folder / "dashboard.xlsx", lang=lang),
    ]


def cells(path: Path):  # type: ignore[no-untyped-def]
    for sheet in openpyxl.load_workbook(path).worksheets:
        for line in sheet.iter_rows():
            yield from line


def formulas(path: Path) -> list[str]:
    """The <f> elements of every sheet as written (a formula, as Excel reads the file)."""
    with zipfile.ZipFile(path) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/")
            and re.search(r"<f[ >/]", archive.read(name).decode("utf-8"))
        ]


@pytest.mark.usefixtures("arabic_screen")
@pytest.mark.parametrize("lang", ["th", "en"])
def test_formula_like_text_stays_text_in_every_workbook(office, tmp_path, lang):
    seen: dict[str, set[str]] = {}
    for path in every_workbook(office.exports, tmp_path, lang):
        assert formulas(path) == [], path.name
        for cell in cells(path):
            if isinstance(cell.value, str):
                assert cell.data_type == "s", (path.name, cell.coordinate)
                if cell.value in (SUBJECT, SENDER, REMARK, BY, THEIR_NO):
                    assert cell.quotePrefix, (path.name, cell.coordinate)
                    seen.setdefault(cell.value, set()).add(path.name)
    # Each formula-like text reached the workbooks that show it, as typed.
    assert seen[SUBJECT] == {"incoming.xlsx", "outgoing.xlsx", "acks.xlsx", "dashboard.xlsx"}
    assert seen[SENDER] == {"incoming.xlsx"} and seen[REMARK] == {"incoming.xlsx"}
    assert seen[BY] == {"acks.xlsx"} and seen[THEIR_NO] == {"acks.xlsx"}


@pytest.mark.parametrize(
    ("typed", "exported"),
    [
        ("ขอเชิญ\x1bประชุม", "ขอเชิญ ประชุม"),
        ("ขอเชิญประชุม\ufffe", "ขอเชิญประชุม "),
        ("ขอเชิญ\x07ประชุม\uffff", "ขอเชิญ ประชุม "),
    ],
)
def test_a_year_holding_control_characters_exports(office, tmp_path, typed, exported):
    from sqlalchemy import text

    record = office.incoming.receive(
        IncomingInput(sender="อำเภอ", doc_no="มส 1/1", doc_date=dt.date(2026, 3, 10), subject="ก"),
        office.actor,
    )
    # Typed text is cleaned when it is saved (issue 9); rows stored before that still hold
    # control characters.
    with office.db.write() as session:
        session.execute(
            text(
                "UPDATE incoming_document SET sender = :s, subject = :t, remarks = :t WHERE id = :i"
            ),
            {"s": f"อำเภอ{typed}", "t": typed, "i": record.id},
        )
    target = tmp_path / "2569.xlsx"
    flt = IncomingFilter(year=2569, descending=False)
    assert office.exports.export_incoming(flt, target) == 2
    sheet = openpyxl.load_workbook(target).active
    last = [cell.value for cell in sheet[4]]
    assert last[7] == exported and last[12] == exported
    assert last[5] == f"อำเภอ{exported}"


def test_the_export_shows_the_digits_the_screen_shows(office, tmp_path):
    screen = {"digits": "thai"}
    exports = ExportService(
        office.incoming,
        office.settings,
        office.outgoing,
        office.acknowledgements,
        screen_digits=lambda: screen["digits"],
    )
    assert office.settings.get("export.digits") == "arabic"  # the screen wins over it
    target = exports.export_incoming(IncomingFilter(year=2569), tmp_path / "thai.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "thai.xlsx").active
    assert target == 1
    assert sheet["A1"].value.startswith("ทะเบียนหนังสือรับ ปี พ.ศ. ๒๕๖๙")
    values = [cell.value for cell in sheet[3]]
    assert values[0] == 1 and sheet["A3"].number_format.startswith(THAI_DIGITS_FORMAT)
    assert values[1:5] == ["๖ มี.ค. ๒๕๖๙", "๑๖:๕๗", "มท ๐๘๑๐.๒/ว ๑๐๘๙", "๕ มี.ค. ๒๕๖๙"]
    assert values[7].endswith("ครั้งที่ ๒")  # the subject follows the same rule
    assert "๖ มีนาคม ๒๕๖๙" in values[11]  # the forwarding note too

    # Every workbook: no Arabic digit in any text cell but in Latin terms and codes.
    outgoing = exports.export_outgoing(tmp_path / "o.xlsx", 2569)
    acks = exports.export_acks(tmp_path / "a.xlsx", year=2569)
    dashboard = exports.export_dashboard(tmp_path / "d.xlsx")
    term = re.compile(r"[A-Za-z0-9]+(?:[-_.+/:@][A-Za-z0-9]+)*")  # "COVID-19", "747-6NC-W3H"
    for path in (outgoing, acks, dashboard):
        for cell in cells(path):
            if isinstance(cell.value, str):
                for run in term.findall(cell.value):
                    arabic = re.search("[0-9]", run) and not re.search("[A-Za-z]", run)
                    assert not arabic, (path.name, cell.coordinate, cell.value)
            elif isinstance(cell.value, int | float):
                assert cell.number_format.startswith(THAI_DIGITS_FORMAT), (path.name, cell)

    # An explicit choice wins; with Arabic chosen on screen, Arabic everywhere.
    exports.export_incoming(IncomingFilter(year=2569), tmp_path / "a1.xlsx", digits="arabic")
    assert openpyxl.load_workbook(tmp_path / "a1.xlsx").active["B3"].value == "6 มี.ค. 2569"
    screen["digits"] = "arabic"
    exports.export_incoming(IncomingFilter(year=2569), tmp_path / "a2.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "a2.xlsx").active
    assert sheet["B3"].value == "6 มี.ค. 2569" and sheet["A3"].number_format == "General"


def test_without_a_screen_the_office_setting_holds(office, tmp_path):
    office.settings.set("export.digits", "thai", office.actor)
    assert office.exports.digits() == "thai"
    assert office.exports.digits("arabic") == "arabic"
    office.exports.export_outgoing(tmp_path / "o.xlsx", 2569)
    sheet = openpyxl.load_workbook(tmp_path / "o.xlsx").active
    assert sheet["C3"].value == "๖ มี.ค. ๒๕๖๙"


@pytest.mark.usefixtures("arabic_screen")
def test_the_english_incoming_register_says_forwarded_in_english(office, tmp_path):
    office.exports.export_incoming(IncomingFilter(year=2569), tmp_path / "en.xlsx", lang="en")
    sheet = openpyxl.load_workbook(tmp_path / "en.xlsx").active
    assert sheet["L3"].value == "forwarded as มส 0023.3/ว 1 dated 6 Mar 2569"
