"""Which letters already forwarded a document (the forwarding dialog warns before a second
one), and the Garuda image letters print: checked before it is taken, copied into the
office's store, and said when it is missing."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image

from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import InvalidInput, PermissionDenied
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import SetupRequest
from desktop_app.domain.users import Actor, Role
from desktop_app.services.emblem import check_image, emblem_problem, store_emblem


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def receive(context, number: int):  # type: ignore[no-untyped-def]
    return context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no=f"มท 0810.2/ว {number}",
            doc_date=dt.date(2026, 3, 5),
            subject=f"เรื่องที่ {number}",
            urgency=Urgency.NORMAL,
        ),
        context.actor,
    )


def image_bytes(kind: str = "PNG", size: tuple[int, int] = (200, 240)) -> bytes:
    buffer = io.BytesIO()
    mode = "RGBA" if kind == "PNG" else "RGB"
    Image.new(mode, size, (180, 140, 20)).save(buffer, kind)
    return buffer.getvalue()


# -- documents already forwarded ---------------------------------------------------------------
def test_the_letters_that_forwarded_a_document_oldest_first_without_cancelled_ones(office):
    outgoing = office.outgoing
    first, other = receive(office, 1), receive(office, 2)
    assert outgoing.forwards_of(first.id) == []
    districts = outgoing.resolve(["all-districts"])
    one = outgoing.issue(outgoing.draft_forward(first.id, districts), office.actor)
    outgoing.issue(outgoing.draft_forward(other.id, districts[:1]), office.actor)
    wrong = outgoing.issue(outgoing.draft_forward(first.id, districts[:1]), office.actor)
    outgoing.cancel(wrong.id, "ออกเลขผิด", office.actor)
    two = outgoing.issue(outgoing.draft_forward(first.id, districts[:2]), office.actor)

    rows = outgoing.forwards_of(first.id)
    assert [row.id for row in rows] == [one.id, two.id]  # the cancelled one forwarded nothing
    assert [row.doc_no for row in rows] == [one.doc_no, two.doc_no]
    assert rows[0].letter_date == dt.date(2026, 3, 6) and rows[0].recipients == 7
    assert rows[0].to_text == "อำเภอ ทุกอำเภอ"
    assert all(row.incoming_id == first.id and not row.cancelled for row in rows)
    assert [row.id for row in outgoing.forwards_of(other.id)] != [one.id]
    assert len(outgoing.forwards_of(other.id)) == 1


# -- the Garuda ------------------------------------------------------------------------------
def test_png_and_jpeg_images_are_taken_other_things_refused_with_the_reason():
    assert check_image(image_bytes("PNG"), "garuda.png").format == "PNG"
    jpeg = check_image(image_bytes("JPEG", (300, 360)), "garuda.jpg")
    assert (jpeg.format, jpeg.width, jpeg.height) == ("JPEG", 300, 360)
    refused = {
        "drawing.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
        "drawing.png": b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
        "animation.gif": image_bytes("GIF"),
        "icon.png": image_bytes("PNG", (40, 40)),
        "letter.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
        "garuda.png": image_bytes("PNG")[:60],  # cut short
    }
    reasons = {}
    for name, data in refused.items():
        with pytest.raises(InvalidInput) as raised:
            check_image(data, name)
        reasons[name] = raised.value.message_th
    assert "SVG" in reasons["drawing.svg"] and "SVG" in reasons["drawing.png"]
    assert "GIF" in reasons["animation.gif"]
    assert "40 จุด" in reasons["icon.png"]
    assert "ไม่ใช่แฟ้มภาพ" in reasons["letter.pdf"] and "ไม่ใช่แฟ้มภาพ" in reasons["garuda.png"]


def test_the_chosen_image_is_copied_into_the_office_store_and_letters_print_it(office, tmp_path):
    settings = office.settings
    path, problem_th, problem_en = emblem_problem(settings)
    assert path is None and "ยังไม่ได้ตั้งภาพตราครุฑ" in problem_th and "No Garuda" in problem_en

    stored = store_emblem(settings, office.attachment_store, image_bytes(), "ครุฑ.png", office.actor)
    assert settings.get("letter.garuda_path") == str(stored)
    assert stored.is_file() and office.attachment_store().root in stored.parents
    assert emblem_problem(settings) == (str(stored), "", "")
    # The letters use it: the renderer is given the stored image.
    assert office.outgoing.renderer().garuda == stored

    stored.unlink()  # the office's store lost it
    _path, problem_th, _en = emblem_problem(settings)
    assert "ไม่พบแฟ้มภาพตราครุฑ" in problem_th and str(stored) in problem_th
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    settings.set("letter.garuda_path", str(broken), office.actor)
    assert "ใช้ไม่ได้" in emblem_problem(settings)[1]


def test_only_an_admin_sets_the_garuda_and_a_refused_image_changes_nothing(office):
    settings = office.settings
    root: Path = office.attachment_store().root

    def stored_files() -> set[Path]:
        return {path for path in root.rglob("*") if path.is_file()} if root.exists() else set()

    before = stored_files()
    with pytest.raises(InvalidInput):
        store_emblem(settings, office.attachment_store, b"<svg/>", "a.svg", office.actor)
    clerk = Actor(office.actor.id + 100, "clerk2", "clerk2", Role.CLERK)
    with pytest.raises(PermissionDenied):
        store_emblem(settings, office.attachment_store, image_bytes(), "g.png", clerk)
    assert settings.get("letter.garuda_path") is None
    assert stored_files() == before
