"""Render the letters an officer signs to PNG, at real size, for docs/screenshots/ and review.

    .venv/bin/python packaging/letter_screenshots.py [OUT_DIR]

Four letters: the sample circular's forwarding letter (the office's real one, as text),
a stamped reminder made by the app, a long external letter (three pages: the page numbers
and continuation cues), and a secret, urgent letter whose recipients go to an annex. Each
page is written as OUT_DIR/letter-<name>-<page>.png at 100 dpi (A4: 827 x 1169 pixels),
and the PDFs beside them in a temporary folder that is printed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pypdfium2

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.letters import (
    Letter,
    RemindedLetter,
    SendingOffice,
    Signer,
    reminder_letter,
)
from desktop_app.reports.letters import LetterRenderer

ROOT = Path(__file__).resolve().parents[1]
DPI = 100


def sample() -> Letter:
    data = json.loads((ROOT / "benchmarks" / "forwarding_letter.json").read_text("utf-8"))
    return Letter.from_json(data)


def reminder() -> Letter:
    office = SendingOffice(
        "จังหวัดแม่ฮ่องสอน",
        owner_unit="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด\nกลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
        phone="0-5361-2841 ต่อ 33",
        email="saraban_msn@dla.go.th",
    )
    original = RemindedLetter(
        "มส 0023.3/ว 354",
        dt.date(2026, 3, 12),
        sample().subject,
        urgency=Urgency.MOST_URGENT,
    )
    letter = reminder_letter(
        original,
        office,
        ["องค์การบริหารส่วนตำบลผาบ่อง", "เทศบาลตำบลปางหมู", "องค์การบริหารส่วนตำบลห้วยปูลิง"],
        reply_by=dt.date(2026, 3, 20),
    )
    return replace(letter, doc_no="มส 0023.3/ว 371", date=dt.date(2026, 3, 18), initials="ศกพ.")


def long_external() -> Letter:
    body = sample().body
    return replace(
        sample(),
        kind="external",
        doc_no="มส 0023.3/1021",
        office="สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
        office_address="ศาลากลางจังหวัดแม่ฮ่องสอน ถนนขุนลุมประพาส อำเภอเมืองแม่ฮ่องสอน\nจังหวัดแม่ฮ่องสอน ๕๘๐๐๐",
        salutation="ผู้ว่าราชการจังหวัดแม่ฮ่องสอน",
        references=("หนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569",),
        enclosures=(
            "สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น จำนวน 1 ชุด",
            "สรุปข้อมูลโครงการ จำนวน 1 ฉบับ",
        ),
        body=(
            *body,
            *body,
            "ทั้งนี้ ได้แจ้งให้องค์กรปกครองส่วนท้องถิ่นในพื้นที่ทราบแล้ว ตามหนังสือ ที่ มส 0023.3/ว 354 "
            "ลงวันที่ 12 มีนาคม 2569 ผู้ประสานงาน นายสมชาย ใจดี โทร. 0 5361 2841 "
            "งบประมาณ 1,565,850 บาท ระยะเวลา 3 วัน ค่าฝุ่น PM2.5 และมาตรการป้องกัน COVID-19",
            *body,
        ),
        closing="ขอแสดงความนับถือ",
        signer=Signer("นายทดสอบ ระบบดี", "ท้องถิ่นจังหวัดแม่ฮ่องสอน"),
        copies_to=("นายอำเภอเมืองแม่ฮ่องสอน",),
        urgency=Urgency.NORMAL,
    )


def secret_with_annex() -> Letter:
    places = ["ผาบ่อง", "ปางหมู", "ห้วยปูลิง", "ห้วยโป่ง", "หมอกจำแป่", "จองคำ", "ห้วยผา"]
    places += ["ขุนยวม", "เมืองปอน", "แม่เงา", "แม่อูคอ", "แม่ยวมน้อย", "แม่กิ๊"]
    names = [f"องค์การบริหารส่วนตำบล{name}" for name in places]
    return replace(
        sample(),
        to=("อำเภอ ทุกอำเภอ", *names),
        urgency=Urgency.URGENT,
        secrecy=Secrecy.SECRET,
        annex_title="บัญชีรายชื่อหน่วยงานแนบท้ายหนังสือ",
    )


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    pdfs = Path(tempfile.mkdtemp(prefix="saraban-letters-"))
    renderer = LetterRenderer()
    letters = {
        "forwarding": sample(),
        "reminder": reminder(),
        "external-long": long_external(),
        "secret-annex": secret_with_annex(),
    }
    for name, letter in letters.items():
        pdf = pdfs / f"{name}.pdf"
        pages = renderer.build(letter, pdf)
        document = pypdfium2.PdfDocument(str(pdf))
        for number in range(pages):
            image = document[number].render(scale=DPI / 72).to_pil()
            image.save(out / f"letter-{name}-{number + 1}.png")
        print(f"{name}: {pages} page(s), {pdf}")
    print(f"PNG files in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
