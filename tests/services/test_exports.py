"""One exports service for the GUI and the CLI: the same workbook, whoever asks."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.incoming import IncomingFilter, IncomingInput
from desktop_app.domain.office import SetupRequest

# Figures below are read in Arabic digits: this workstation's screen shows them.
pytestmark = pytest.mark.usefixtures("arabic_screen")


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    for day in (3, 4):
        context.incoming.receive(
            IncomingInput(
                sender="กรมส่งเสริมการปกครองท้องถิ่น",
                doc_no=f"มท 1/ว {day}",
                doc_date=dt.date(2026, 3, day),
                subject=f"เรื่องที่ {day}",
            ),
            context.actor,
        )
    return context


def test_titles_in_both_languages(office):
    flt = IncomingFilter(year=2569)
    assert office.exports.incoming_title(flt, "th") == (
        "ทะเบียนหนังสือรับ ปี พ.ศ. 2569 สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"
    )
    assert office.exports.incoming_title(flt, "en") == (
        "Incoming register, BE 2569, สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"
    )


@pytest.mark.parametrize("lang", ["th", "en"])
def test_the_cli_writes_what_the_service_writes(office, tmp_path, lang, monkeypatch):
    flt = IncomingFilter(year=2569, descending=False)
    ours = tmp_path / "service.xlsx"
    assert office.exports.export_incoming(flt, ours, lang=lang) == 2
    cli = tmp_path / "cli.xlsx"
    assert (
        main(
            [
                "--db",
                office.db_url,
                "--lang",
                lang,
                "incoming",
                "export",
                "--year",
                "2569",
                "--out",
                str(cli),
            ]
        )
        == 0
    )

    def cells(path):  # type: ignore[no-untyped-def]
        sheet = openpyxl.load_workbook(path).active
        return [[cell.value for cell in row] for row in sheet.iter_rows()]

    assert cells(cli) == cells(ours)
    month = "Mar" if lang == "en" else "มี.ค."
    assert cells(ours)[2][1] == f"6 {month} 2569"


def test_a_wrong_target_is_refused_before_anything_is_read(office, tmp_path, monkeypatch):
    def no_reading(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("the register was read")

    monkeypatch.setattr(office.incoming, "iter_rows", no_reading)
    with pytest.raises(InvalidInput):
        office.exports.export_incoming(IncomingFilter(), tmp_path / "x.csv")
    with pytest.raises(InvalidInput):
        office.exports.export_incoming(IncomingFilter(), tmp_path / "none" / "x.xlsx")
