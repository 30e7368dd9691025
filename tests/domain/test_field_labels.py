"""A label copied with a field's text is dropped, so the letter does not print it twice and
the same text typed without it still matches (user trial: "เรื่อง ..." typed into the subject,
"จาก ..." into the sender, "ที่ ..." into a letter's JSON)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.field_labels import strip_field_label
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.letters import Letter


@pytest.mark.parametrize(
    ("kind", "typed", "kept"),
    [
        ("subject", "เรื่อง การประชุมสัมมนา", "การประชุมสัมมนา"),
        ("subject", "เรื่อง: การประชุม", "การประชุม"),
        ("subject", "เรื่อง  เรื่อง การประชุม", "การประชุม"),
        ("subject", "Subject: COVID-19", "COVID-19"),
        ("subject", "Re: meeting", "meeting"),
        ("sender", "จาก กรมส่งเสริมการปกครองท้องถิ่น", "กรมส่งเสริมการปกครองท้องถิ่น"),
        ("recipient", "เรียน ผู้ว่าราชการจังหวัด", "ผู้ว่าราชการจังหวัด"),
        ("recipient", "ถึง อำเภอ ทุกอำเภอ", "อำเภอ ทุกอำเภอ"),
        ("reference", "อ้างถึง หนังสือจังหวัด ที่ มส ๑", "หนังสือจังหวัด ที่ มส ๑"),
        ("enclosure", "สิ่งที่ส่งมาด้วย สำเนาหนังสือ", "สำเนาหนังสือ"),
        # Words that begin with a label's letters are text, and so is a Latin word.
        ("subject", "เรื่องเล่าจากชุมชน", "เรื่องเล่าจากชุมชน"),
        ("sender", "จากใจถึงใจ", "จากใจถึงใจ"),
        ("recipient", "ถึงเวลาแล้ว", "ถึงเวลาแล้ว"),
        ("subject", "Renewal of licences", "Renewal of licences"),
        ("recipient", "Tokyo office", "Tokyo office"),
        # Only a label: nothing.
        ("subject", "เรื่อง", ""),
        ("subject", "เรื่อง :", ""),
        ("recipient", "เรียน", ""),
    ],
)
def test_a_label_before_the_text_is_dropped(kind, typed, kept):
    assert strip_field_label(kind, typed) == kept


@given(st.text(st.sampled_from(list("กขเรื่องจากถึงเรียน :abRe")), max_size=30))
def test_dropping_labels_is_idempotent_and_keeps_the_end(value):
    once = strip_field_label("subject", value)
    assert strip_field_label("subject", once) == once
    assert value.endswith(once) or once == ""


def _input(**changes) -> IncomingInput:  # type: ignore[no-untyped-def]
    values = {
        "sender": "จาก กรมส่งเสริมการปกครองท้องถิ่น",
        "doc_no": "ที่ มท 0810.2/ว 1089",
        "doc_date": dt.date(2026, 3, 5),
        "subject": "เรื่อง การเผยแพร่องค์ความรู้",
        "to_text": "เรียน ผู้ว่าราชการจังหวัดแม่ฮ่องสอน",
    }
    values.update(changes)
    return IncomingInput(**values)


def test_the_incoming_register_stores_fields_without_their_labels():
    cleaned = _input().cleaned()
    assert cleaned.sender == "กรมส่งเสริมการปกครองท้องถิ่น"
    assert cleaned.doc_no == "มท 0810.2/ว 1089"
    assert cleaned.subject == "การเผยแพร่องค์ความรู้"
    assert cleaned.to_text == "ผู้ว่าราชการจังหวัดแม่ฮ่องสอน"
    with pytest.raises(InvalidInput) as caught:
        _input(subject="เรื่อง  ").cleaned()  # a label alone is no subject
    assert caught.value.field == "subject"


def test_a_letter_read_from_json_prints_each_label_once():
    letter = Letter.from_json(
        {
            "kind": "external",
            "doc_no": "ที่ มส 0023.3/1234",
            "subject": "เรื่อง ขอเชิญประชุม",
            "salutation": "เรียน นายอำเภอเมืองแม่ฮ่องสอน",
            "to": ["ถึง อำเภอ ทุกอำเภอ"],
            "references": ["อ้างถึง หนังสือจังหวัด ที่ มส 0023.3/ว 1"],
            "enclosures": ["สิ่งที่ส่งมาด้วย สำเนาหนังสือ จำนวน ๑ ชุด", "สิ่งที่ส่งมาด้วย"],
        }
    )
    assert letter.doc_no == "มส 0023.3/1234"
    assert letter.subject == "ขอเชิญประชุม"
    assert letter.salutation == "นายอำเภอเมืองแม่ฮ่องสอน"
    assert letter.to == ("อำเภอ ทุกอำเภอ",)
    assert letter.references == ("หนังสือจังหวัด ที่ มส 0023.3/ว 1",)
    assert letter.enclosures == ("สำเนาหนังสือ จำนวน ๑ ชุด",)


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "1899-12-31", "2201-01-01"])
def test_a_letter_date_out_of_range_is_refused_in_every_form(value):
    with pytest.raises(InvalidInput) as caught:
        Letter.from_json({"kind": "stamped", "date": value})
    assert caught.value.field == "date" and "2443" in caught.value.message_th
    assert Letter.from_json({"kind": "stamped", "date": "2026-11-30"}).date == dt.date(2026, 11, 30)
