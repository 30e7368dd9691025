"""Forwarding: recipients from presets, the drafted letter, numbers, tracking rows."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from desktop_app.db.models import LetterRecipient, OutgoingLetter
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import Conflict, InvalidInput
from desktop_app.domain.incoming import IncomingFilter, IncomingInput
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.routing import to_line


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def receive(context, **extra):  # type: ignore[no-untyped-def]
    values = dict(
        sender="กรมส่งเสริมการปกครองท้องถิ่น",
        doc_no="มท 0810.2/ว 1089",
        doc_date=dt.date(2026, 3, 5),
        subject="การเผยแพร่องค์ความรู้จากการประชุมสัมมนา",
        urgency=Urgency.MOST_URGENT,
    )
    values.update(extra)
    return context.incoming.receive(IncomingInput(**values), context.actor)


@pytest.mark.parametrize(
    ("target", "count"),
    [
        ("all-districts", 7),
        ("all-local-authorities", 50),
        ("all-municipalities", 7),
        ("all-sao", 42),
        ("district:5803", 8),
        ("5803", 1),
        ("6580304", 1),
    ],
)
def test_presets_and_codes_resolve_to_the_directory(office, target, count):
    assert len(office.outgoing.resolve([target])) == count


def test_the_to_line_names_whole_groups_the_way_offices_write_them(office):
    chosen = office.outgoing.resolve(["all-districts", "2580101", "4580102"])
    assert to_line(chosen, office.outgoing.recipient_directory()) == [
        "อำเภอ ทุกอำเภอ",
        "องค์การบริหารส่วนจังหวัดแม่ฮ่องสอน",
        "เทศบาลเมืองแม่ฮ่องสอน",
    ]
    everything = office.outgoing.resolve(["all-local-authorities"])
    assert to_line(everything, office.outgoing.recipient_directory()) == [
        "องค์กรปกครองส่วนท้องถิ่น ทุกแห่ง"
    ]
    pai = office.outgoing.resolve(["district:5803"])
    assert to_line(pai, office.outgoing.recipient_directory()) == [
        "องค์กรปกครองส่วนท้องถิ่นในอำเภอปาย ทุกแห่ง"
    ]


def test_unknown_targets_are_refused(office):
    for target in ("nowhere", "district:9999", "list:ไม่มี"):
        with pytest.raises(InvalidInput):
            office.outgoing.resolve([target])


def test_the_draft_is_filled_from_the_incoming_record(office):
    incoming = receive(office)
    draft = office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["all-districts"]))
    letter = draft.letter
    assert letter.subject == incoming.subject
    assert letter.to == ("อำเภอ ทุกอำเภอ",)
    assert "มท 0810.2/ว 1089" in letter.body[0] and "5 มีนาคม 2569" in letter.body[0]
    # A stamped letter names the copy in its body (no สิ่งที่ส่งมาด้วย line) and is issued
    # in the province's name; an external one lists the copy as enclosed.
    assert letter.enclosures == ()
    assert "รายละเอียดปรากฏตามสำเนาหนังสือที่ส่งมาพร้อมนี้" in letter.body[0]
    assert letter.office == "จังหวัดแม่ฮ่องสอน"
    assert letter.urgency is Urgency.MOST_URGENT
    assert draft.circular and draft.prefix == "มส 0023.3"
    external = office.outgoing.draft_forward(incoming.id, [], kind="external").letter
    assert external.enclosures and "มท 0810.2/ว 1089" in external.enclosures[0]
    assert external.office == "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดแม่ฮ่องสอน"


def test_issuing_numbers_tracks_and_records(office, tmp_path, clock):
    incoming = receive(office)
    outgoing = office.outgoing
    first = outgoing.issue(
        outgoing.draft_forward(
            incoming.id, outgoing.resolve(["all-districts", "2580101", "4580102"])
        ),
        office.actor,
    )
    second = outgoing.issue(
        outgoing.draft_forward(incoming.id, outgoing.resolve(["all-sao"])),
        office.actor,
        out=tmp_path / "second.pdf",
    )
    single = outgoing.issue(
        outgoing.draft_forward(incoming.id, outgoing.resolve(["5803"])), office.actor
    )
    assert (first.series, first.number, first.printed_no) == ("circular", 1, "มส ๐๐๒๓.๓/ว ๑")
    assert (second.series, second.number) == ("circular", 2)
    assert (single.series, single.number, single.doc_no) == ("normal", 1, "มส 0023.3/1")
    assert second.pdf == tmp_path / "second.pdf"
    text = "".join(page.extract_text() for page in PdfReader(first.pdf).pages)
    assert "มส ๐๐๒๓.๓/ว ๑" in text
    with office.db.read() as session:
        rows = list(
            session.scalars(
                select(LetterRecipient)
                .where(LetterRecipient.letter_id == first.id)
                .order_by(LetterRecipient.position)
            )
        )
        letter = session.get(OutgoingLetter, first.id)
        assert letter is not None and letter.incoming_id == incoming.id
        assert letter.content["doc_no"] == "มส 0023.3/ว 1"
    assert [r.code for r in rows][-2:] == ["2580101", "4580102"]
    assert len(rows) == 9
    assert all(r.due_date == clock.now.date() + dt.timedelta(days=3) for r in rows)
    # The incoming register's การปฏิบัติ records the forwarding and can be searched.
    record = office.incoming.get(incoming.id)
    assert "ส่งต่อ ที่ มส 0023.3/ว 1" in record.action_taken
    assert list(office.incoming.ids(IncomingFilter(search="0023.3/ว 2"))) == [incoming.id]


def test_names_sent_to_stay_as_they_were(office):
    from desktop_app.db.models import Organisation

    incoming = receive(office)
    issued = office.outgoing.issue(
        office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["6580304"])),
        office.actor,
    )
    with office.db.write() as session:
        org = session.scalar(select(Organisation).where(Organisation.code == "6580304"))
        old_name, org.name = org.name, "เทศบาลตำบลชื่อใหม่"
    assert office.outgoing.recipients_of(issued.id) == [(old_name, "6580304")]


def test_the_incoming_pdf_is_appended_and_a_broken_one_refused(office, tmp_path):
    original = tmp_path / "incoming.pdf"
    canvas = Canvas(str(original))
    for page in range(2):
        canvas.drawString(100, 700, f"original page {page + 1}")
        canvas.showPage()
    canvas.save()
    incoming = receive(office, attachments=[original])
    issued = office.outgoing.issue(
        office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["5803"])), office.actor
    )
    reader = PdfReader(issued.pdf)
    assert len(reader.pages) == issued.pages == 3
    assert "original page 2" in reader.pages[2].extract_text()

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    bad = receive(office, attachments=[broken], doc_no="มท 1/ว 2")
    with pytest.raises(InvalidInput):
        office.outgoing.issue(
            office.outgoing.draft_forward(bad.id, office.outgoing.resolve(["5803"])), office.actor
        )
    # No number was used by the failed attempt.
    again = office.outgoing.issue(
        office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["5804"])), office.actor
    )
    assert again.number == 2


def test_a_cancelled_incoming_document_cannot_be_forwarded(office):
    incoming = receive(office)
    office.incoming.cancel(incoming.id, "ซ้ำ", office.actor)
    with pytest.raises(Conflict):
        office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["5803"]))


def test_saved_lists_route_across_provinces(office):
    from desktop_app.services.directory import find_province

    with office.db.write() as session:
        office.directory.load_province(session, find_province("ลำพูน"), office.actor)
    members = [a.id for a in office.outgoing.resolve(["5803"])]
    lamphun = office.directory.organisations(kinds=["local_authority"], province_code="51")[:2]
    office.outgoing.save_list("เครือข่ายโครงการ", members + [o.id for o in lamphun], office.actor)
    assert office.outgoing.lists() == ["เครือข่ายโครงการ"]
    resolved = office.outgoing.resolve(["list:เครือข่ายโครงการ"])
    assert {a.id for a in resolved} == set(members) | {o.id for o in lamphun}


def test_preview_renders_without_using_a_number(office):
    incoming = receive(office)
    draft = office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["all-districts"]))
    pdf = office.outgoing.preview(draft)
    assert "ที่ มส ๐๐๒๓.๓/ว ..." in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert office.outgoing.register_rows() == []


def test_the_offices_emblem_setting_reaches_the_next_letter(office, tmp_path):
    from PIL import Image

    incoming = receive(office)
    draft = office.outgoing.draft_forward(incoming.id, office.outgoing.resolve(["5803"]))
    before = office.outgoing.issue(draft, office.actor)
    assert not PdfReader(before.pdf).pages[0].images
    emblem = tmp_path / "garuda.png"
    Image.new("RGB", (200, 220), "black").save(emblem)
    office.settings.set("letter.garuda_path", str(emblem), office.actor)
    after = office.outgoing.issue(draft, office.actor)
    assert len(PdfReader(after.pdf).pages[0].images) == 1
