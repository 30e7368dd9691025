"""The acknowledgement code on a recipient's copy (text and QR code, clear of every line of
the letter), several copies in one PDF, and the messenger's delivery sheet."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from dataclasses import replace
from itertools import pairwise

import pdfplumber
import pytest
from reportlab.lib.units import cm

from desktop_app.domain.ack_codes import check_character, format_code, new_code
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.letters import Letter
from desktop_app.domain.thai_text import to_thai_digits
from desktop_app.reports.delivery_sheet import (
    COLUMNS,
    ROW_HEIGHT,
    DeliveryLine,
    DeliverySheet,
    DeliverySheetRenderer,
)
from desktop_app.reports.letters import (
    ACK_QR_SIZE,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    AckMark,
    LetterFonts,
    LetterRenderer,
    qr_modules,
    qr_widget,
)
from desktop_app.reports.typesetting import Segmenter

from .test_letters import SAMPLE

CODE = "ACE739KM" + check_character("ACE739KM")
WIDE = "WWWWWWWW" + check_character("WWWWWWWW")  # the widest code there is
RECIPIENT = "องค์การบริหารส่วนตำบลแม่ฮี้"
# Point sizes in the PDF are the font program's: nominal TH Sarabun size x this.
SCALE = LetterFonts.bundled().regular.apparent_scale


@pytest.fixture(scope="module")
def renderer() -> LetterRenderer:
    return LetterRenderer()


def fold(text: str) -> str:
    return re.sub(r"\s+", "", text)


def page_of(pdf: bytes, number: int = 0):  # type: ignore[no-untyped-def]
    return pdfplumber.open(io.BytesIO(pdf)).pages[number]


def qr_grid(page) -> tuple[list[list[bool]], tuple[float, float, float, float]]:  # type: ignore[no-untyped-def]
    """The QR code drawn on ``page``, read back from its filled rectangles (one per run of
    dark modules), and its bounding box (x0, top, x1, bottom)."""
    box = ACK_QR_SIZE / 29  # version 1: 21 modules and a 4-module quiet zone each side
    runs = [
        r
        for r in page.rects
        if r["fill"]
        and abs(r["height"] - box) < 0.01
        and abs(r["width"] / box - round(r["width"] / box)) < 0.01
    ]
    assert runs, "no QR code on the page"
    left = min(r["x0"] for r in runs)
    top = min(r["top"] for r in runs)
    grid = [[False] * 21 for _ in range(21)]
    for r in runs:
        row = round((r["top"] - top) / box)
        first, last = round((r["x0"] - left) / box), round((r["x1"] - left) / box)
        for column in range(first, last):
            grid[row][column] = True
    bbox = (left, top, max(r["x1"] for r in runs), max(r["bottom"] for r in runs))
    return grid, bbox


def overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def char_box(char) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    return (char["x0"], char["top"], char["x1"], char["bottom"])


def mark_and_letter(page):  # type: ignore[no-untyped-def]
    """The code's parts (each character of its small text, and the QR code) and the
    letter's own characters."""
    # The letter's text is 16 pt (TH Sarabun's size) or more; the code's is smaller.
    mark = [c for c in page.chars if c["size"] / SCALE < 15.5]
    letter = [c for c in page.chars if c["size"] / SCALE >= 15.5]
    _grid, qr = qr_grid(page)
    return mark, letter, [char_box(c) for c in mark] + [qr]


def assert_clear(letter, parts) -> None:  # type: ignore[no-untyped-def]
    """No character of the letter comes within 2 pt of a part of the code."""
    for char in letter:
        x0, top, x1, bottom = char_box(char)
        grown = (x0 - 2, top, x1 + 2, bottom)
        for part in parts:
            assert not overlaps(grown, part), (char["text"], part)


# -- the letter JSON ------------------------------------------------------------------------
def test_the_code_is_part_of_the_letter_json_read_however_typed():
    letter = Letter.from_json({**SAMPLE, "ack_code": format_code(CODE).lower()})
    assert letter.ack_code == CODE
    assert letter.to_json()["ack_code"] == CODE
    assert Letter.from_json(letter.to_json()) == letter
    assert Letter.from_json(SAMPLE).ack_code == ""  # the office's copy: no code
    with pytest.raises(InvalidInput) as raised:
        Letter.from_json({**SAMPLE, "ack_code": CODE[:-1] + ("3" if CODE[-1] != "3" else "4")})
    assert raised.value.field == "ack_code"


# -- the recipient's copy -------------------------------------------------------------------
def test_a_recipients_copy_carries_its_code_as_text_and_as_qr(renderer):
    office_pdf = renderer.render_bytes(Letter.from_json(SAMPLE))
    copy_pdf = renderer.render_bytes(
        replace(Letter.from_json(SAMPLE), ack_code=CODE), copy_for=RECIPIENT
    )
    office, copy = page_of(office_pdf), page_of(copy_pdf)
    text = copy.extract_text()
    assert f"รหัสตอบรับ {format_code(CODE)}" in text
    assert fold(f"สำหรับ {RECIPIENT}") in fold(text)
    # The QR code drawn is exactly the code's symbol (ReportLab's encoder, level H, v1).
    grid, qr = qr_grid(copy)
    assert grid == qr_modules(CODE)
    widget = qr_widget(CODE)
    assert widget.value == CODE and [str(d.data) for d in widget.qr.dataList] == [CODE]
    assert type(widget.qr.dataList[0]).__name__ == "QRAlphaNum"  # what a scanner types back
    assert qr[2] - qr[0] == pytest.approx(ACK_QR_SIZE * 21 / 29, abs=0.1)
    # Its modules end flush with the text's right edge (the quiet zone lies in the margin).
    assert qr[2] == pytest.approx(PAGE_WIDTH - RIGHT_MARGIN, abs=0.5)
    # The office's copy: neither code nor QR code.
    assert "รหัสตอบรับ" not in office.extract_text()
    assert not any(c["size"] / SCALE < 15.5 for c in office.chars)
    with pytest.raises(AssertionError):
        qr_grid(office)


def test_the_code_overlaps_no_line_and_leaves_the_letter_as_it_was(renderer):
    office = page_of(renderer.render_bytes(Letter.from_json(SAMPLE)))
    copy = page_of(
        renderer.render_bytes(replace(Letter.from_json(SAMPLE), ack_code=CODE), copy_for=RECIPIENT)
    )
    mark, letter, parts = mark_and_letter(copy)
    assert "".join(c["text"] for c in mark).startswith("รหัสตอบรับ")
    assert_clear(letter, parts)
    # Level with the contact lines (ส่วนราชการเจ้าของเรื่อง ... e-mail), at the right.
    unit = next(w for w in copy.extract_words() if w["text"].startswith("กลุ่มงาน"))
    assert min(p[1] for p in parts) == pytest.approx(unit["top"], abs=8)
    assert min(p[0] for p in parts) > unit["x1"]
    # Every character of the office's copy is where it was: nothing moved or re-wrapped.
    where = Counter((c["text"], round(c["x0"], 1), round(c["top"], 1)) for c in office.chars)
    assert where == Counter((c["text"], round(c["x0"], 1), round(c["top"], 1)) for c in letter)


@pytest.mark.parametrize(
    "changes",
    [
        # Long contact lines, a word too wide to wrap beside the code: it goes under them.
        {
            "owner_unit": "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
            "fax": "0-5361-2842",
            "email": "saraban.local-administration.promotion.maehongson@dla.go.th",
        },
        # A long e-mail line level with the code's text: it wraps short of the code.
        {"owner_unit": "กลุ่มงานกฎหมาย\nงานสารบรรณ", "email": "saraban.maehongson.office@dla.go.th"},
        # No contact lines at all.
        {"owner_unit": "", "phone": "", "email": ""},
    ],
)
def test_the_code_never_overlaps_whatever_the_contact_lines(renderer, changes):
    letter = replace(Letter.from_json({**SAMPLE, **changes}), ack_code=WIDE)
    copy = page_of(renderer.render_bytes(letter, copy_for="องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน"))
    mark, others, parts = mark_and_letter(copy)
    assert fold(f"รหัสตอบรับ {format_code(WIDE)}") in fold("".join(c["text"] for c in mark))
    assert_clear(others, parts)
    assert qr_grid(copy)[0] == qr_modules(WIDE)
    text = fold(copy.extract_text())
    for line in [*letter.owner_unit.split("\n"), letter.email]:
        assert fold(line) in text  # nothing dropped, no word cut


def test_the_mark_keeps_the_code_in_latin_letters_whatever_the_digits(renderer):
    mark = AckMark(CODE, RECIPIENT, renderer.fonts, renderer.segmenter)
    assert mark.value == CODE
    width, height = mark.wrap(1000, 1000)
    assert width <= 6.5 * cm and height == pytest.approx(mark.parts[-1][1])
    copy = page_of(
        renderer.render_bytes(
            replace(Letter.from_json(SAMPLE), ack_code=CODE, digits="thai"), copy_for=RECIPIENT
        )
    )
    assert format_code(CODE) in copy.extract_text()  # 3 and 7 stay Arabic digits


def test_every_copy_in_one_pdf_numbered_on_its_own(renderer):
    names = [f"องค์การบริหารส่วนตำบลที่ {n}" for n in range(12)]
    long = replace(
        Letter.from_json(SAMPLE), to=tuple(names), body=Letter.from_json(SAMPLE).body * 14
    )
    codes = [new_code() for _ in range(3)]
    copies = [
        (replace(long, ack_code=code), name) for code, name in zip(codes, names, strict=False)
    ]
    buffer = io.BytesIO()
    counts = renderer.build_copies(copies, buffer)
    alone = renderer.build(long, io.BytesIO())
    assert counts == [alone] * 3 and alone >= 3  # letter pages and the recipients' annex
    pdf = pdfplumber.open(io.BytesIO(buffer.getvalue()))
    assert len(pdf.pages) == sum(counts)
    for index, code in enumerate(codes):
        pages = pdf.pages[index * alone : (index + 1) * alone]
        texts = [page.extract_text() for page in pages]
        assert sum(format_code(code) in text for text in texts) == 1
        assert not any(format_code(other) in t for other in codes if other != code for t in texts)
        # "-๒-" on each copy's second page, not "-๕-".
        assert "-๒-" in texts[1] and "ที่ มส" in texts[0]
    with pytest.raises(ValueError):
        renderer.build_copies([], io.BytesIO())


# -- the delivery sheet -----------------------------------------------------------------------
def sheet(count: int, **extra) -> DeliverySheet:  # type: ignore[no-untyped-def]
    names = ["อำเภอเมืองแม่ฮ่องสอน", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"] + [
        f"องค์การบริหารส่วนตำบลแม่ฮี้ {n}" for n in range(count - 2)
    ]
    codes = [WIDE] + [new_code() for _ in range(count - 1)]
    values = dict(
        office="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
        unit="กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
        doc_no="มส 0023.3/ว 354",
        letter_date=dt.date(2026, 3, 12),
        subject="การเผยแพร่องค์ความรู้",
        lines=tuple(
            DeliveryLine(n + 1, name, code)
            for n, (name, code) in enumerate(zip(names, codes, strict=True))
        ),
        urgency=Urgency.MOST_URGENT,
        printed_at=dt.datetime(2026, 3, 12, 9, 30),
    )
    values.update(extra)
    return DeliverySheet(**values)  # type: ignore[arg-type]


def column_text(page, index: int) -> str:  # type: ignore[no-untyped-def]
    """The text inside the table's ``index``-th column (between its vertical rules)."""
    rules = sorted({line["x0"] for line in page.lines if line["height"] > ROW_HEIGHT / 2})
    if not rules:
        return ""  # the last page may hold only the messenger's signature
    top = min(line["top"] for line in page.lines)
    bottom = max(line["bottom"] for line in page.lines)
    return str(page.crop((rules[index], top, rules[index + 1], bottom)).extract_text())


@pytest.fixture(scope="module")
def sheet_renderer() -> DeliverySheetRenderer:
    # The office's segmenter knows whole organisation names (as the service's does).
    names = ["สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน", "อำเภอเมืองแม่ฮ่องสอน"]
    return DeliverySheetRenderer(segmenter=Segmenter(names))


def test_the_delivery_sheet_lists_everyone_with_room_to_sign(sheet_renderer):
    data = sheet(30)
    pdf = pdfplumber.open(io.BytesIO(sheet_renderer.render_bytes(data)))
    assert len(pdf.pages) >= 2
    first = pdf.pages[0]
    assert first.width > first.height  # A4 landscape
    text = "\n".join(page.extract_text() for page in pdf.pages)
    names = fold("".join(column_text(page, 1) for page in pdf.pages))
    codes = "\n".join(column_text(page, 2) for page in pdf.pages)
    for line in data.lines:  # each in its column, in the letter's digits
        assert fold(to_thai_digits(line.recipient)) in names
        assert format_code(line.ack_code) in codes
    order = [names.index(fold(to_thai_digits(line.recipient))) for line in data.lines[2:]]
    assert order == sorted(order)
    assert "ที่ มส ๐๐๒๓.๓/ว ๓๕๔" in text and "๑๒ มีนาคม ๒๕๖๙" in text
    assert "ด่วนที่สุด" in text
    total = len(pdf.pages)
    for number, page in enumerate(pdf.pages, start=1):
        page_text = page.extract_text()
        for column in COLUMNS:  # the header row repeats on every page with rows
            assert fold(column.title) in fold(page_text) or not column_text(page, 1)
        assert f"หน้า {'๑๒๓๔'[number - 1]}/{'๑๒๓๔'[total - 1]}" in page_text
    assert sum(bool(column_text(page, 1)) for page in pdf.pages) >= 2
    assert "(ต่อ)" in pdf.pages[1].extract_text() and "(ต่อ)" not in first.extract_text()
    assert "ผู้นำส่ง" in pdf.pages[-1].extract_text()


def test_the_delivery_sheets_rows_are_tall_enough_and_cells_keep_to_their_columns(
    sheet_renderer,
):
    pdf = pdfplumber.open(io.BytesIO(sheet_renderer.render_bytes(sheet(12))))
    for page in pdf.pages:
        rules = sorted({round(line["top"], 1) for line in page.lines if line["width"] > 10 * cm})
        assert len(rules) >= 3
        body = [b - a for a, b in pairwise(rules[1:])]  # the rows under the header
        assert body and min(body) >= ROW_HEIGHT - 0.5
        columns = sorted(
            {round(line["x0"], 1) for line in page.lines if line["height"] > ROW_HEIGHT / 2}
        )
        assert len(columns) == len(COLUMNS) + 1
        table_top, table_bottom = rules[0], rules[-1]
        for char in page.chars:
            if not table_top < char["top"] < table_bottom:
                continue
            for x in columns:  # no text crosses a column rule
                assert not (char["x0"] < x - 0.2 < char["x1"] - 0.4), char["text"]
    # The widest code stays on one line in its column.
    assert format_code(WIDE) in pdf.pages[0].extract_text()
    # A name wider than its column is broken between the words it is made of, never inside one.
    assert "สำนักงานส่งเสริมการปกครอง\nท้องถิ่นจังหวัด\nแม่ฮ่องสอน" in column_text(pdf.pages[0], 1)


def test_the_delivery_sheet_in_arabic_digits_and_for_pending_recipients(sheet_renderer):
    data = sheet(3, digits="arabic", only_pending=True, urgency=Urgency.NORMAL)
    text = pdfplumber.open(io.BytesIO(sheet_renderer.render_bytes(data))).pages[0].extract_text()
    assert "ที่ มส 0023.3/ว 354" in text and "12 มีนาคม 2569" in text
    assert "เฉพาะผู้รับที่ยังไม่ตอบรับ" in text
    assert "ด่วน" not in text
    assert "หน้า 1/1" in text
