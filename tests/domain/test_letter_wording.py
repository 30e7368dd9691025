"""The wording of drafted letters: the default forwarding letter and reminder read as a Thai
official writes them (samples/received-circular.txt), stamped letters name what is sent in the
body (ระเบียบงานสารบรรณ ข้อ 14), and an office's own templates are checked before use."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.letters import (
    DEFAULT_WORDING,
    TEMPLATE_FIELDS,
    ForwardSource,
    Letter,
    LetterWording,
    RemindedLetter,
    SendingOffice,
    check_template,
    enclosure_sentence,
    fill_template,
    forwarding_letter,
    paragraphs_of,
    reminder_letter,
)

SOURCE = ForwardSource(
    "กรมส่งเสริมการปกครองท้องถิ่น",
    "มท 0810.2/ว 1089",
    dt.date(2026, 3, 5),
    "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการเพื่อแลกเปลี่ยนองค์ความรู้ระหว่างไทยและญี่ปุ่น",
)
OFFICE = SendingOffice(
    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน",
    address="ศาลากลางจังหวัดแม่ฮ่องสอน",
    owner_unit="กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
    phone="0-5361-2841 ต่อ 33",
    email="saraban_msn@dla.go.th",
    issued_as="จังหวัดแม่ฮ่องสอน",
)
TO = ["อำเภอ ทุกอำเภอ", "องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน", "เทศบาลเมืองแม่ฮ่องสอน"]


def test_the_default_forwarding_letter_reads_as_an_official_writes_it():
    letter = forwarding_letter(SOURCE, OFFICE, TO)
    assert letter.body == (
        "ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้มีหนังสือ ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569 "
        f"เรื่อง {SOURCE.subject} รายละเอียดปรากฏตามสำเนาหนังสือที่ส่งมาพร้อมนี้",
        "จังหวัดแม่ฮ่องสอนพิจารณาแล้ว จึงขอส่งเรื่องดังกล่าวมาเพื่อทราบ และพิจารณาดำเนินการในส่วนที่เกี่ยวข้องต่อไป",
    )
    # The subject is cited after "เรื่อง", never pasted after "แจ้งว่า" as a sentence.
    assert not any("แจ้งว่า" in paragraph for paragraph in letter.body)
    assert not any("  " in paragraph for paragraph in letter.body)


def test_a_stamped_forwarding_letter_names_the_copy_in_its_body():
    letter = forwarding_letter(SOURCE, OFFICE, TO, kind="stamped")
    assert letter.enclosures == () and letter.references == ()
    assert "รายละเอียดปรากฏตามสำเนาหนังสือที่ส่งมาพร้อมนี้" in " ".join(letter.body)
    assert letter.subject == SOURCE.subject  # the register's subject and the PDF's title
    assert (letter.office, letter.office_address) == ("จังหวัดแม่ฮ่องสอน", "")
    assert (letter.owner_unit, letter.phone, letter.email) == (
        "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
        "0-5361-2841 ต่อ 33",
        "saraban_msn@dla.go.th",
    )
    assert letter.printed_body() == letter.body


def test_an_external_forwarding_letter_keeps_its_enclosures_line_and_address():
    letter = forwarding_letter(SOURCE, OFFICE, TO, kind="external")
    assert letter.enclosures == (
        "สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569 จำนวน 1 ชุด",
    )
    assert letter.body[0].endswith("รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย")
    assert "ส่งมาพร้อมนี้" not in " ".join(letter.body)
    assert (letter.office, letter.office_address) == (OFFICE.name, OFFICE.address)
    assert letter.printed_body() == letter.body  # external letters print their own line


def test_a_source_without_a_number_is_cited_by_its_date():
    letter = forwarding_letter(dataclasses.replace(SOURCE, doc_no=""), OFFICE, TO)
    assert letter.body[0].startswith("ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้มีหนังสือ ลงวันที่ 5 มีนาคม 2569 เรื่อง ")
    assert " ที่ " not in letter.body[0].split("เรื่อง")[0]
    assert "  " not in letter.body[0]


def test_the_issuing_name_defaults_to_the_office_s_name():
    office = SendingOffice("สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดลำพูน")
    assert office.issued_as == office.name
    assert forwarding_letter(SOURCE, office, TO).office == office.name


def test_the_default_reminder_cites_the_original_and_asks_by_a_date():
    original = RemindedLetter("มส 0023.3/ว 354", dt.date(2026, 3, 12), "การประชุมประจำเดือน")
    letter = reminder_letter(original, OFFICE, ["อำเภอปาย"], reply_by=dt.date(2026, 3, 20))
    assert letter.body == (
        "ตามที่จังหวัดแม่ฮ่องสอนได้ส่งหนังสือ ที่ มส 0023.3/ว 354 ลงวันที่ 12 มีนาคม 2569 "
        "เรื่อง การประชุมประจำเดือน มาเพื่อทราบและพิจารณาดำเนินการ ความละเอียดแจ้งแล้ว นั้น",
        "จังหวัดแม่ฮ่องสอนตรวจสอบแล้ว ยังไม่ได้รับแจ้งการรับหนังสือดังกล่าวจากหน่วยงานของท่าน "
        "จึงขอให้แจ้งการรับหนังสือ พร้อมระบุเลขทะเบียนรับและวันที่รับ ภายในวันที่ 20 มีนาคม 2569 "
        "หากได้ดำเนินการแล้ว ขออภัยมา ณ โอกาสนี้",
    )
    assert (letter.kind, letter.references, letter.enclosures) == ("stamped", (), ())
    assert letter.office == "จังหวัดแม่ฮ่องสอน"
    assert letter.subject == "ติดตามการตอบรับหนังสือ เรื่อง การประชุมประจำเดือน"
    undated = reminder_letter(original, OFFICE, ["อำเภอปาย"])
    assert "ภายในวันที่" not in undated.body[1]
    assert "วันที่รับ หากได้ดำเนินการแล้ว" in undated.body[1]


def test_the_printed_body_names_enclosures_a_stamped_letter_still_carries():
    letter = Letter(
        kind="stamped",
        body=("ด้วยจังหวัดขอส่งเอกสาร",),
        enclosures=("สำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท 0810.2/ว 1089 จำนวน 1 ชุด",),
    )
    assert letter.printed_body() == (
        "ด้วยจังหวัดขอส่งเอกสาร",
        "พร้อมนี้ได้ส่งสำเนาหนังสือกรมส่งเสริมการปกครองท้องถิ่น ที่ มท 0810.2/ว 1089 จำนวน 1 ชุด มาด้วย",
    )
    several = dataclasses.replace(letter, enclosures=("แบบสำรวจ", "คู่มือ"))
    assert several.printed_body()[-1] == "พร้อมนี้ได้ส่งเอกสารมาด้วย ดังนี้ (1) แบบสำรวจ (2) คู่มือ"
    # Nothing else changes: the stored letter keeps its enclosures as typed.
    assert Letter.from_json(several.to_json()).enclosures == ("แบบสำรวจ", "คู่มือ")
    assert dataclasses.replace(letter, kind="external").printed_body() == letter.body
    assert enclosure_sentence([" "]) == ""


@pytest.mark.parametrize(
    ("name", "template", "named"),
    [
        ("forward", "ด้วย{sender ได้มีหนังสือ", "{"),
        ("forward", "ด้วย{sender}} ได้มีหนังสือ", "}"),
        ("forward", "ด้วย{sender}ได้มีหนังสือ เรื่อง {subjetc}", "{subjetc}"),
        ("forward", "ด้วย{}ได้มีหนังสือ", "{}"),
        ("reminder", "ด้วย{sender}ได้มีหนังสือ", "{sender}"),  # a forwarding letter's value
        ("forward", "ด้วย{sender:>10}ได้มีหนังสือ", "{sender:>10}"),
    ],
)
def test_a_template_that_does_not_check_is_refused_naming_the_fault(name, template, named):
    with pytest.raises(InvalidInput) as caught:
        check_template(name, ["ย่อหน้าแรกถูกต้อง", template])
    error = caught.value
    assert error.field == f"wording.{name}"
    assert named in error.message_th and named in error.message_en
    assert "ย่อหน้าที่ 2" in error.message_th and "paragraph 2" in error.message_en
    with pytest.raises(InvalidInput):
        LetterWording(**{name: ("ย่อหน้าแรกถูกต้อง", template)})


def test_an_empty_template_is_refused_and_blank_lines_are_dropped():
    with pytest.raises(InvalidInput) as caught:
        LetterWording(forward=(" ", ""))
    assert caught.value.field == "wording.forward"
    wording = LetterWording(forward=paragraphs_of("  ด้วย{sender}ส่งมา \n\n  จึงแจ้งมา\n"))
    assert wording.forward == ("ด้วย{sender}ส่งมา", "จึงแจ้งมา")
    assert not wording.is_default("forward") and wording.is_default("reminder")
    assert DEFAULT_WORDING.is_default("forward")


def test_an_office_s_own_wording_drafts_the_letter():
    wording = LetterWording(
        forward=(
            "{sender}มีหนังสือ ที่ {doc_no} ลงวันที่ {doc_date} แจ้งเรื่อง {subject}",
            "{issued_as}ขอส่งสำเนาหนังสือ {{ฉบับเต็ม}} มาเพื่อทราบ ({office})",
        )
    )
    office = dataclasses.replace(OFFICE, wording=wording)
    letter = forwarding_letter(dataclasses.replace(SOURCE, subject="งบ {พิเศษ}"), office, TO)
    assert letter.body == (
        "กรมส่งเสริมการปกครองท้องถิ่นมีหนังสือ ที่ มท 0810.2/ว 1089 ลงวันที่ 5 มีนาคม 2569 แจ้งเรื่อง งบ {พิเศษ}",
        "จังหวัดแม่ฮ่องสอนขอส่งสำเนาหนังสือ {ฉบับเต็ม} มาเพื่อทราบ (สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน)",
    )


_PLAIN = st.text(st.sampled_from(list("กขคงจดตทนบปมยรลวสหอะาิีุู่้เแโ .,()0123456789")), max_size=12)


@given(
    st.lists(
        st.one_of(_PLAIN, st.sampled_from(["{" + key + "}" for key in TEMPLATE_FIELDS["forward"]])),
        min_size=1,
        max_size=8,
    ),
    st.text(st.sampled_from(list("กขค{} 12")), min_size=1, max_size=10).filter(str.strip),
)
def test_any_template_of_text_and_known_placeholders_checks_and_fills(pieces, value):
    template = "x" + "".join(pieces)
    assert check_template("forward", [template]) == (template.strip(),)
    values = dict.fromkeys(TEMPLATE_FIELDS["forward"], value)
    (filled,) = fill_template([template], values)
    assert filled.count(value.strip()) >= sum(piece.startswith("{") for piece in pieces)
