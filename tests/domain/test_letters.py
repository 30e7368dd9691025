"""A letter is one domain value: its JSON both ways keeps every field; numbers and the
forwarding wording follow the regulation and saraban.md."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.doc_numbers import strip_doc_no_label
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.field_labels import FieldKind, strip_field_label
from desktop_app.domain.letters import (
    JSON_KEYS,
    PENDING_NUMBER,
    ForwardSource,
    Letter,
    RemindedLetter,
    SendingOffice,
    Signer,
    format_doc_no,
    forwarded_note,
    forwarding_letter,
    join_recipients,
    outgoing_series,
    reminder_letter,
)

# Text as offices type it: Thai, Latin, digits of both kinds, punctuation, inner spaces.
_ALPHABET = st.sampled_from(
    list("กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาิีึืุูเแโใไ่้๊๋็์ำๆฯ") + list("abcXYZ0123456789๐๑๒๓๔๕๖๗๘๙ .,/-()@")
)
text = st.text(_ALPHABET, max_size=40)
words = st.text(_ALPHABET, min_size=1, max_size=30).filter(lambda value: value.strip() != "")
lines = st.lists(words, max_size=4).map(tuple)


def _unlabelled(kind: FieldKind) -> Callable[[object], bool]:
    """Values as a letter holds them: a label typed before the text ("เรื่อง ...") is not
    part of the field (``field_labels``; reading JSON drops it)."""

    def check(value: object) -> bool:
        items = value if isinstance(value, tuple) else (value,)
        return all(strip_field_label(kind, str(item)) == item for item in items)

    return check


doc_numbers = text.filter(lambda value: strip_doc_no_label(value) == value)


@st.composite
def letters(draw) -> Letter:  # type: ignore[no-untyped-def]
    has_signer = draw(st.booleans())
    return Letter(
        kind=draw(st.sampled_from(["stamped", "external"])),
        doc_no=draw(doc_numbers),
        date=draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))),
        to=draw(lines.filter(_unlabelled("recipient"))),
        subject=draw(text.filter(_unlabelled("subject"))),
        salutation=draw(text.filter(_unlabelled("recipient"))),
        references=draw(lines.filter(_unlabelled("reference"))),
        enclosures=draw(lines.filter(_unlabelled("enclosure"))),
        body=draw(lines),
        closing=draw(text),
        signer=Signer(draw(text), draw(text)) if has_signer else None,
        office=draw(text),
        office_address=draw(text),
        owner_unit=draw(text),
        phone=draw(text),
        fax=draw(text),
        email=draw(text),
        urgency=draw(st.sampled_from(list(Urgency))),
        secrecy=draw(st.sampled_from(list(Secrecy))),
        digits=draw(st.sampled_from(["thai", "arabic"])),
        initials=draw(text),
        copies_to=draw(lines),
        annex_title=draw(text),
    )


@given(letters())
def test_letter_json_letter_keeps_every_field(letter):
    assert Letter.from_json(letter.to_json()) == letter


@given(letters())
def test_json_letter_json_keeps_every_field(letter):
    document = letter.to_json()
    assert set(document) == JSON_KEYS == {field.name for field in dataclasses.fields(Letter)}
    assert Letter.from_json(document).to_json() == document


def test_the_annex_title_survives_storing():
    """The stored JSON once dropped annex_title, so a reprint was not what was sent."""
    letter = Letter(kind="stamped", to=("ก",) * 30, annex_title="บัญชีรายชื่อ อปท. ที่ส่ง")
    assert Letter.from_json(letter.to_json()).annex_title == "บัญชีรายชื่อ อปท. ที่ส่ง"


def test_documented_leniency_in_reading():
    letter = Letter.from_json(
        {
            "kind": "external",
            "to": "อำเภอปาย",
            "body": ["ย่อหน้า", "  "],
            "date": "๕ มี.ค. ๖๙",
            "urgency": "ด่วนที่สุด",
            "added_by_another_tool": 1,
        }
    )
    assert letter.to == ("อำเภอปาย",) and letter.body == ("ย่อหน้า",)
    assert letter.date == dt.date(2026, 3, 5) and letter.urgency is Urgency.MOST_URGENT


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"kind": "memo"}, "kind"),
        ({"digits": "roman"}, "digits"),
        ({"signer": "นายก"}, "signer"),
        ({"to": [1, 2]}, "to"),
        ({"subject": ["a"]}, "subject"),
        ({"subject": True}, "subject"),
    ],
)
def test_wrong_values_are_refused_by_name(data, field):
    with pytest.raises(InvalidInput) as caught:
        Letter.from_json(data)
    assert caught.value.field == field


def test_document_numbers_and_their_series():
    assert format_doc_no("มส  0023.3", 354, circular=True) == "มส 0023.3/ว 354"
    assert format_doc_no("มส 0023.3", 12, circular=False) == "มส 0023.3/12"
    assert format_doc_no("มส 0023.3", PENDING_NUMBER, circular=True) == "มส 0023.3/ว ..."
    assert outgoing_series("มส 0023.3", True) != outgoing_series("มส 0023.3", False)
    assert outgoing_series("มส  0023.3", True) == outgoing_series("มส 0023.3", True)


def test_the_forwarding_letter_cites_the_incoming_letter():
    source = ForwardSource(
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "มท 0810.2/ว 1089",
        dt.date(2026, 3, 5),
        "การเผยแพร่องค์ความรู้",
        Urgency.MOST_URGENT,
        Secrecy.NORMAL,
    )
    office = SendingOffice(
        "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
        owner_unit="กลุ่มงานส่งเสริม",
        phone="0-5361-2841",
        issued_as="จังหวัดแม่ฮ่องสอน",
    )
    letter = forwarding_letter(source, office, ["อำเภอ ทุกอำเภอ"])
    assert "กรมส่งเสริมการปกครองท้องถิ่นได้มีหนังสือ ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569" in letter.body[0]
    assert letter.body[1].startswith("จังหวัดแม่ฮ่องสอน")
    # Stamped: the copy is named in the body, not listed; issued in the province's name.
    assert letter.enclosures == ()
    assert letter.office == "จังหวัดแม่ฮ่องสอน"
    assert (letter.kind, letter.urgency, letter.owner_unit) == (
        "stamped",
        Urgency.MOST_URGENT,
        "กลุ่มงานส่งเสริม",
    )
    external = forwarding_letter(source, office, ["อำเภอ ทุกอำเภอ"], kind="external")
    cited = "กรมส่งเสริมการปกครองท้องถิ่น ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569"
    assert external.enclosures == (f"สำเนาหนังสือ{cited} จำนวน 1 ชุด",)
    assert external.office == office.name
    without_number = forwarding_letter(dataclasses.replace(source, doc_no=""), office, [])
    assert "ที่  ลงวันที่" not in without_number.body[0]
    assert "กรมส่งเสริมการปกครองท้องถิ่นได้มีหนังสือ ลงวันที่ 5 มีนาคม 2569" in without_number.body[0]
    assert forwarded_note("มส 0023.3/ว 1", dt.date(2026, 3, 12)) == (
        "ส่งต่อ ที่ มส 0023.3/ว 1 ลงวันที่ 12 มีนาคม 2569"
    )


def test_recipients_are_joined_the_way_letters_write_them():
    assert join_recipients([]) == ""
    assert join_recipients([" อำเภอปาย "]) == "อำเภอปาย"
    assert join_recipients(["อำเภอ ทุกอำเภอ", "อบจ.", "เทศบาลเมือง"]) == (
        "อำเภอ ทุกอำเภอ อบจ. และเทศบาลเมือง"
    )


def test_a_reminder_cites_the_original_and_asks_by_a_date():
    original = RemindedLetter("มส 0023.3/ว 354", dt.date(2026, 3, 6), "การประชุมประจำเดือน")
    office = SendingOffice("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน", issued_as="จังหวัดแม่ฮ่องสอน")
    letter = reminder_letter(
        original, office, ["อำเภอปาย"], reply_by=dt.date(2026, 3, 20), digits="thai"
    )
    assert letter.kind == "stamped"
    assert letter.to == ("อำเภอปาย",)
    # A stamped letter has no อ้างถึง line: the body cites the original.
    assert letter.references == () and letter.enclosures == ()
    assert "ที่ มส 0023.3/ว 354 ลงวันที่ 6 มีนาคม 2569" in letter.body[0]
    assert "เรื่อง การประชุมประจำเดือน" in letter.body[0]
    assert "ภายในวันที่ 20 มีนาคม 2569" in letter.body[1]
    assert "การประชุมประจำเดือน" in letter.subject
    assert letter.office == "จังหวัดแม่ฮ่องสอน"
    assert Letter.from_json(letter.to_json()) == letter
