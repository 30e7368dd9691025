"""The number lock: nothing slow inside it, and once a number is issued it stays issued.

Registering and issuing prepare everything (copying and hashing files, typesetting, merging
PDFs) before the write transaction that allocates the number, and write files after it
commits. A PDF that cannot be written after the commit leaves the letter issued, says so, and
is saved later from the stored letter without a new number. Each test runs on SQLite and on
PostgreSQL (where the lock is the counter row's).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from desktop_app import files as files_module
from desktop_app.db.engine import Database
from desktop_app.domain.classes import Urgency
from desktop_app.domain.errors import EnvironmentProblem
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.letters import Letter
from desktop_app.domain.office import SetupRequest
from desktop_app.reports.letters import LetterRenderer
from desktop_app.reports.typesetting import segment as segment_module
from desktop_app.services.outgoing import OutgoingService
from tests.conftest import row_counts


@pytest.fixture
def office(context):  # type: ignore[no-untyped-def]
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    return context


def _pdf(path: Path, pages: int = 2) -> Path:
    canvas = Canvas(str(path))
    for page in range(pages):
        canvas.drawString(100, 700, f"original page {page + 1}")
        canvas.showPage()
    canvas.save()
    return path


def _receive(office, **extra):  # type: ignore[no-untyped-def]
    values = dict(
        sender="กรมส่งเสริมการปกครองท้องถิ่น",
        doc_no="มท 0810.2/ว 1089",
        doc_date=dt.date(2026, 3, 5),
        subject="การเผยแพร่องค์ความรู้",
        urgency=Urgency.URGENT,
    )
    values.update(extra)
    return office.incoming.receive(IncomingInput(**values), office.actor)


class LockWatch:
    """Records slow work (typesetting, building the word dictionary, flushing files to
    disk) done while a write transaction, the number lock, is open."""

    def __init__(self) -> None:
        self.held = False
        self.transactions = 0
        self.inside: list[str] = []
        self.outside: list[str] = []

    def note(self, what: str) -> None:
        (self.inside if self.held else self.outside).append(what)


@pytest.fixture
def watch(monkeypatch) -> LockWatch:  # type: ignore[no-untyped-def]
    state = LockWatch()
    original_write = Database.write

    @contextlib.contextmanager
    def write(self: Database) -> Iterator[object]:
        with original_write(self) as session:
            state.held = True
            state.transactions += 1
            try:
                yield session
            finally:
                state.held = False

    def spy(name: str, function):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            state.note(name)
            return function(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(Database, "write", write)
    monkeypatch.setattr(LetterRenderer, "build", spy("typeset", LetterRenderer.build))
    monkeypatch.setattr(files_module.os, "fsync", spy("fsync", os.fsync))
    monkeypatch.setattr(
        segment_module.Segmenter,
        "_dictionary",
        spy("dictionary", segment_module.Segmenter._dictionary),
    )
    return state


def test_registering_does_no_slow_work_inside_the_lock(office, watch, tmp_path):
    record = _receive(office, attachments=[_pdf(tmp_path / "scan.pdf")])
    assert record.receive_no == 1 and len(record.attachments) == 1
    assert watch.transactions == 1  # one short transaction for the number
    assert "fsync" in watch.outside and watch.inside == []
    assert office.attachment_store().verify(record.attachments[0].sha256)


def test_issuing_does_no_slow_work_inside_the_lock(office, watch, tmp_path):
    incoming = _receive(office, attachments=[_pdf(tmp_path / "scan.pdf")])
    watch.inside.clear()
    watch.outside.clear()
    watch.transactions = 0
    outgoing = office.outgoing
    issued = outgoing.issue(
        outgoing.draft_forward(incoming.id, outgoing.resolve(["all-districts"])), office.actor
    )
    assert issued.pdf_saved and issued.number == 1
    assert {"typeset", "dictionary", "fsync"} <= set(watch.outside)
    assert watch.inside == []
    assert watch.transactions == 1  # the predicted number was the one issued
    assert "มส ๐๐๒๓.๓/ว ๑" in PdfReader(issued.pdf).pages[0].extract_text()


def test_a_number_taken_by_another_workstation_is_typeset_again(office, watch, monkeypatch):
    """The letter was typeset with the number most likely to be issued; another workstation
    took it meanwhile: the letter printed carries the number actually issued."""
    incoming = _receive(office)
    outgoing = office.outgoing
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(["all-districts"]))
    other = outgoing.issue(draft, office.actor)
    assert other.number == 1
    monkeypatch.setattr(OutgoingService, "_next_number", lambda _self, _series, _year: 1)
    watch.inside.clear()
    issued = outgoing.issue(draft, office.actor)
    assert (issued.number, issued.doc_no, issued.pdf_saved) == (2, "มส 0023.3/ว 2", True)
    assert watch.inside == []  # typeset again after the commit, not inside the lock
    text = PdfReader(issued.pdf).pages[0].extract_text()
    assert "มส ๐๐๒๓.๓/ว ๒" in text and "ว ๑\n" not in text
    stored = outgoing.pdf_path(issued.id)
    assert "มส ๐๐๒๓.๓/ว ๒" in PdfReader(stored).pages[0].extract_text()


def test_a_pdf_that_cannot_be_written_leaves_the_number_issued(office, monkeypatch, tmp_path):
    incoming = _receive(office, attachments=[_pdf(tmp_path / "scan.pdf")])
    outgoing = office.outgoing
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(["all-districts"]))
    real_write = files_module.write_atomically

    def disk_full(target: Path, data: bytes) -> None:
        raise EnvironmentProblem("พื้นที่ดิสก์เต็ม บันทึกแฟ้มไม่ได้", "The disk is full")

    monkeypatch.setattr("desktop_app.services.outgoing.write_atomically", disk_full)
    issued = outgoing.issue(draft, office.actor, out=tmp_path / "letter.pdf")
    # Reported as issued, never as a failure, and says what is still to be done.
    assert (issued.number, issued.pdf, issued.pdf_saved) == (1, None, False)
    assert "ดิสก์เต็ม" in issued.pdf_problem_th and "disk is full" in issued.pdf_problem_en
    assert issued.to_json()["pdf_saved"] is False and issued.to_json()["pdf"] is None
    assert not (tmp_path / "letter.pdf").exists()
    rows = outgoing.register_rows()
    assert [(row.number, row.cancelled) for row in rows] == [(1, False)]

    # Saved later from the stored letter: the same number, no new one used.
    monkeypatch.setattr("desktop_app.services.outgoing.write_atomically", real_write)
    counts = row_counts(office.db)
    saved = outgoing.save_pdf(issued.id, tmp_path / "again.pdf")
    reader = PdfReader(saved)
    assert "มส ๐๐๒๓.๓/ว ๑" in reader.pages[0].extract_text()
    assert len(reader.pages) == issued.pages == 3  # the incoming original is appended too
    assert row_counts(office.db)["outgoing_letter"] == counts["outgoing_letter"]
    assert outgoing.issue(draft, office.actor).number == 2


def test_a_store_that_cannot_take_the_pdf_leaves_it_to_be_saved(office, monkeypatch, tmp_path):
    """The attachment store's disk is full when the letter's PDF is put in place."""
    incoming = _receive(office)
    outgoing = office.outgoing
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(["5803"]))

    def refuse(self, target: Path, *, keep_existing: bool = False) -> None:
        raise EnvironmentProblem("พื้นที่ดิสก์เต็ม", "The disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(files_module.Staged, "place", refuse)
        issued = outgoing.issue(draft, office.actor)
    assert not issued.pdf_saved and issued.number == 1
    assert [row.pdf_saved for row in outgoing.register_rows()] == [False]
    store = office.attachment_store()
    assert not [p for p in store.root.rglob("*") if p.is_file() and p.name.startswith(".")]
    # Opening it from the register typesets it again, stores it and marks it saved.
    path = outgoing.pdf_path(issued.id)
    assert "มส ๐๐๒๓.๓/๑" in PdfReader(path).pages[0].extract_text()
    assert [row.pdf_saved for row in outgoing.register_rows()] == [True]


def test_a_failed_save_leaves_no_file_and_uses_no_number(office, monkeypatch, tmp_path):
    from desktop_app.db import numbering

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise EnvironmentProblem("ฐานข้อมูลกำลังถูกใช้งาน", "The database is busy")

    before = row_counts(office.db)
    with monkeypatch.context() as patch:
        patch.setattr(numbering, "allocate_number", broken)
        with pytest.raises(EnvironmentProblem):
            _receive(office, attachments=[_pdf(tmp_path / "scan.pdf")])
    assert row_counts(office.db) == before
    root = office.attachment_store().root
    assert not root.exists() or [p for p in root.rglob("*") if p.is_file()] == []
    assert _receive(office).receive_no == 1


def test_the_stored_letter_is_the_letter_sent(office):
    """A reprint is what was sent: every field of the letter, the annex title included."""
    incoming = _receive(office)
    outgoing = office.outgoing
    draft = outgoing.draft_forward(incoming.id, outgoing.resolve(["all-local-authorities"]))
    import dataclasses

    letter = dataclasses.replace(
        draft.letter,
        annex_title="บัญชีรายชื่อ อปท. ในจังหวัด",
        initials="ศกพ.",
        copies_to=("อำเภอเมืองแม่ฮ่องสอน",),
    )
    issued = outgoing.issue(dataclasses.replace(draft, letter=letter), office.actor)
    stored = outgoing.stored_letter(issued.id)
    assert stored == dataclasses.replace(letter, doc_no=issued.doc_no, date=issued.letter_date)
    assert isinstance(stored, Letter)


def test_reading_never_writes(office, monkeypatch):
    """Opening the office and listing the register take no write transaction (so they never
    wait behind another workstation's save)."""
    from desktop_app.app_context import AppContext
    from desktop_app.domain.incoming import IncomingFilter

    _receive(office)
    writes = []
    original_write = Database.write

    def counting(self: Database):  # type: ignore[no-untyped-def]
        writes.append(True)
        return original_write(self)

    monkeypatch.setattr(Database, "write", counting)
    reopened = AppContext.open(office.db_url, paths=office.paths, username="clerk1")
    try:
        assert reopened.actor == office.actor
        rows = reopened.incoming.list_rows(IncomingFilter(search="องค์ความรู้"))
        assert [row.receive_no for row in rows] == [1]
        reopened.incoming.get(rows[0].id)
        reopened.outgoing.register_rows()
    finally:
        reopened.close()
    assert writes == []


def test_disk_errors_while_staging_are_reported_before_any_number(office, monkeypatch, tmp_path):
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    before = row_counts(office.db)
    with monkeypatch.context() as patch:
        patch.setattr(files_module.os, "fsync", full)
        with pytest.raises(EnvironmentProblem) as caught:
            _receive(office, attachments=[_pdf(tmp_path / "scan.pdf")])
    assert "ดิสก์เต็ม" in caught.value.message_th
    assert row_counts(office.db) == before
