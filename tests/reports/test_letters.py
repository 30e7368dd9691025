"""Letter templates: regulation geometry, red classes, annex for long recipient lists,
page numbers, digits, and exact copy-out."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pdfplumber
import pytest
from reportlab.lib.units import cm

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.letters import Letter
from desktop_app.reports.letters import (
    LEFT_MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT_MARGIN,
    LetterRenderer,
    prose_digits,
)

SAMPLE = {
    "kind": "stamped",
    "doc_no": "มส 0023.3/ว 354",
    "date": "2026-03-12",
    "to": ["อำเภอ ทุกอำเภอ", "องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน", "เทศบาลเมืองแม่ฮ่องสอน"],
    "subject": "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการ",
    "enclosures": ["สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท 0810.2/ว 1089"],
    "body": [
        "ด้วยกรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า ได้จัดทำเอกสารเผยแพร่องค์ความรู้ "
        "รายละเอียดปรากฏตามสำเนาหนังสือที่ส่งมาพร้อมนี้"
    ],
    "office": "จังหวัดแม่ฮ่องสอน",
    "owner_unit": "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
    "phone": "0-5361-2841 ต่อ 33",
    "email": "saraban_msn@dla.go.th",
    "urgency": "most_urgent",
    "secrecy": "confidential",
    "digits": "thai",
    "initials": "ศกพ.",
}


@pytest.fixture(scope="module")
def renderer() -> LetterRenderer:
    return LetterRenderer()


def fold(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pages(pdf: bytes) -> list:  # type: ignore[type-arg]
    document = pdfplumber.open(io.BytesIO(pdf))
    return list(document.pages)


def test_the_stamped_letter_follows_the_regulation(renderer):
    pdf = renderer.render_bytes(Letter.from_json(SAMPLE))
    first = pages(pdf)[0]
    text = first.extract_text()
    assert "ที่ มส ๐๐๒๓.๓/ว ๓๕๔" in text
    assert fold("ถึง อำเภอ ทุกอำเภอ องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน และเทศบาลเมืองแม่ฮ่องสอน") in fold(text)
    assert "๑๒ มีนาคม ๒๕๖๙" in text
    assert "saraban_msn@dla.go.th" in text  # e-mail keeps its own characters
    assert "โทร. ๐-๕๓๖๑-๒๘๔๑ ต่อ ๓๓" in text
    words = first.extract_words()
    doc_no = next(w for w in words if w["text"] == "ที่")
    assert doc_no["x0"] == pytest.approx(LEFT_MARGIN, abs=0.5)
    # The Garuda's 3 cm, 1.5 cm from the top, stay clear above the document number.
    assert doc_no["top"] >= 4.5 * cm - 1
    for char in first.chars:
        assert char["x1"] <= PAGE_WIDTH - RIGHT_MARGIN + 0.5
        assert char["x0"] >= LEFT_MARGIN - 0.5
    red = "".join(
        c["text"] for c in first.chars if tuple(c.get("non_stroking_color") or ()) == (0.8, 0, 0)
    )
    assert red.count("ด่วนที่สุด") == 1
    assert red.count("ลับ") == 2
    black = "".join(
        c["text"] for c in first.chars if tuple(c.get("non_stroking_color") or ()) != (0.8, 0, 0)
    )
    assert "ลับ" not in black and "ด่วนที่สุด" not in black
    urgency = next(w for w in words if w["text"] == "ด่วนที่สุด")
    assert urgency["top"] < doc_no["top"]  # above the document number
    # Red, 32 pt as TH Sarabun draws it (the regulation's least size for urgency).
    drawn = urgency["bottom"] - urgency["top"]
    assert drawn / renderer.fonts.bold.apparent_scale == pytest.approx(32, abs=0.1)
    # A stamped letter (ข้อ 14) has no เรื่อง and no separate enclosure line: the body names it.
    assert "เรื่อง" not in text and "สิ่งที่ส่งมาด้วย" not in text
    assert fold("สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น") in fold(text)
    secrecy = [w for w in words if w["text"] == "ลับ"]
    assert len(secrecy) == 2  # centred top and bottom
    for mark in secrecy:
        centre = (mark["x0"] + mark["x1"]) / 2
        assert centre == pytest.approx(
            LEFT_MARGIN + (PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN) / 2, abs=2
        )
    assert {m["top"] < 2 * cm for m in secrecy} == {True, False}


def test_everything_typed_copies_out(renderer):
    letter = Letter.from_json(
        {**SAMPLE, "secrecy": "normal", "urgency": "normal", "digits": "arabic", "initials": ""}
    )
    pdf = renderer.render_bytes(letter)
    got = fold("".join(p.extract_text() for p in pages(pdf)))
    for part in (
        *letter.body,
        letter.doc_no,
        letter.office,
        letter.owner_unit,
        letter.email,
        *letter.enclosures,
    ):
        assert fold(part) in got


def test_the_external_letter_has_its_parts_in_order(renderer):
    data = {
        **SAMPLE,
        "kind": "external",
        "to": ["ผู้ว่าราชการจังหวัดแม่ฮ่องสอน"],
        "references": ["หนังสือจังหวัดแม่ฮ่องสอน ที่ มส 0023.3/ว 100 ลงวันที่ 1 มีนาคม 2569"],
        "closing": "ขอแสดงความนับถือ",
        "office_address": "ศาลากลางจังหวัดแม่ฮ่องสอน ถนนขุนลุมประพาส",
        "signer": {"name": "นายทดสอบ ระบบดี", "position": "ท้องถิ่นจังหวัดแม่ฮ่องสอน"},
        "copies_to": ["นายอำเภอเมืองแม่ฮ่องสอน"],
        "urgency": "normal",
        "secrecy": "normal",
    }
    pdf = renderer.render_bytes(Letter.from_json(data))
    text = fold("".join(p.extract_text() for p in pages(pdf)))
    order = [
        "ที่มส๐๐๒๓.๓/ว๓๕๔",
        "ศาลากลางจังหวัด",
        "๑๒มีนาคม๒๕๖๙",
        "เรื่อง",
        "เรียนผู้ว่าราชการ",
        "อ้างถึง",
        "สิ่งที่ส่งมาด้วย",
        "ด้วยกรมส่งเสริม",
        "ขอแสดงความนับถือ",
        "(นายทดสอบระบบดี)",
        "ท้องถิ่นจังหวัดแม่ฮ่องสอน",
        "กลุ่มงานส่งเสริม",
        "สำเนาส่ง",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)
    first = pages(pdf)[0]
    address = next(w for w in first.extract_words() if w["text"].startswith("ศาลากลาง"))
    assert address["x0"] > PAGE_WIDTH / 2 - 1 * cm  # the office's address on the right


def test_recipients_that_do_not_fit_go_to_an_annex(renderer):
    names = [f"องค์การบริหารส่วนตำบลทดสอบที่{n}" for n in range(1, 43)]
    pdf = renderer.render_bytes(Letter.from_json({**SAMPLE, "to": names}))
    document = pages(pdf)
    first = document[0].extract_text()
    assert "ถึง ตามบัญชีรายชื่อแนบท้าย" in first
    annex = fold("".join(p.extract_text() for p in document[1:]))
    assert "บัญชีรายชื่อแนบท้ายหนังสือ" in annex
    for number, name in enumerate(names, start=1):
        assert fold(prose_digits(f"{number}. {name}", "thai")) in annex


def test_later_pages_are_numbered_at_the_top_centre(renderer):
    body = ["ย่อหน้าที่ยาวมากเพื่อให้หนังสือมีหลายหน้า " * 25] * 4
    pdf = renderer.render_bytes(Letter.from_json({**SAMPLE, "body": body, "secrecy": "normal"}))
    document = pages(pdf)
    assert len(document) >= 2
    assert "-๒-" not in document[0].extract_text()
    for number, page in enumerate(document[1:], start=2):
        marker = prose_digits(f"-{number}-", "thai")
        word = next(w for w in page.extract_words() if w["text"] == marker)
        assert word["top"] < 2.5 * cm
        assert (word["x0"] + word["x1"]) / 2 == pytest.approx(
            LEFT_MARGIN + (PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN) / 2, abs=2
        )


def test_arabic_digits_when_asked(renderer):
    pdf = renderer.render_bytes(Letter.from_json({**SAMPLE, "digits": "arabic"}))
    text = pages(pdf)[0].extract_text()
    assert "ที่ มส 0023.3/ว 354" in text and "12 มีนาคม 2569" in text


def test_garuda_image_is_drawn_3_cm_tall_centred(renderer, tmp_path):
    from PIL import Image

    image = tmp_path / "garuda.png"
    Image.new("RGB", (300, 330), "black").save(image)
    with_emblem = LetterRenderer(fonts=renderer.fonts, segmenter=renderer.segmenter, garuda=image)
    pdf = with_emblem.render_bytes(Letter.from_json(SAMPLE))
    (picture,) = pages(pdf)[0].images
    assert picture["bottom"] - picture["top"] == pytest.approx(3 * cm, abs=0.5)
    assert picture["top"] == pytest.approx(1.5 * cm, abs=0.5)
    assert (picture["x0"] + picture["x1"]) / 2 == pytest.approx(PAGE_WIDTH / 2, abs=0.5)
    assert picture["bottom"] < PAGE_HEIGHT


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"kind": "memo"}, "kind"),
        ({"kind": "stamped", "digits": "roman"}, "digits"),
        ({"kind": "stamped", "to": [1, 2]}, "to"),
        ({"kind": "stamped", "signer": "me"}, "signer"),
        ({"kind": "stamped", "urgency": "asap"}, None),
    ],
)
def test_bad_letter_json_is_refused(data, field):
    with pytest.raises(InvalidInput) as caught:
        Letter.from_json(data)
    assert caught.value.field == field


def test_a_date_may_be_typed_the_thai_way():
    assert Letter.from_json({"kind": "stamped", "date": "๕ มี.ค. ๖๙"}).date == dt.date(2026, 3, 5)
