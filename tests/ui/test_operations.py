"""The window never waits for the database: work runs as operations on worker threads,
failures take one path, rows that cannot be read say so."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer

from desktop_app.db import engine as engine_module
from desktop_app.db.engine import sqlite_path
from desktop_app.domain.errors import EnvironmentProblem
from desktop_app.domain.incoming import IncomingFilter
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.incoming_model import (
    COL_NUMBER,
    COL_SUBJECT,
    ID_ROLE,
    PAGE_SIZE,
    STATE_ROLE,
    IncomingModel,
)
from tests.ui.conftest import register_samples, result_of


def test_the_window_answers_while_a_save_waits_for_a_locked_database(
    qtbot, ui_context, ops, monkeypatch
):
    """Another workstation holds the write lock: the clerk's save waits on a worker thread
    while the window keeps processing events and shows that work is going on; once the
    lock is released the document is saved."""
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 30_000)  # the save waits, not fails
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    form = window.incoming_page.open_new_form()
    qtbot.addWidget(form, before_close_func=lambda widget: widget._mark_clean())
    form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
    form.doc_date_edit.edit.setText("5/3/69")
    form.subject_edit.setText("บันทึกขณะที่อีกเครื่องกำลังบันทึก")

    database = sqlite_path(ui_context.db_url)
    assert database is not None
    blocker = sqlite3.connect(database, timeout=1)
    blocker.execute("BEGIN IMMEDIATE")  # another workstation, mid-save
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(1))
    try:
        timer.start()
        form.save()
        # The GUI thread keeps running its event loop: the timer ticks, the indicator shows.
        qtbot.waitUntil(lambda: len(ticks) >= 15, timeout=10_000)
        qtbot.waitUntil(window.busy_bar.isVisible, timeout=10_000)
        assert form.saved_record is None and not form.save_button.isEnabled()
        assert ui_context.incoming.count(IncomingFilter()) == 0  # still waiting for the lock
    finally:
        with qtbot.waitSignal(form.saved, timeout=30_000) as saved:
            blocker.rollback()
            blocker.close()
        timer.stop()
    assert saved.args[0].receive_no == 1
    qtbot.waitUntil(lambda: not window.busy_bar.isVisible(), timeout=10_000)


def test_a_page_that_cannot_be_read_shows_its_rows_as_unavailable(
    qtbot, qtmodeltester, ui_context, ops, monkeypatch
):
    register_samples(ui_context, PAGE_SIZE + 20)
    model = IncomingModel(ops.incoming)
    with qtbot.waitSignal(model.reloaded, timeout=10_000):
        model.set_filter(IncomingFilter())
    real_rows = ui_context.incoming.rows

    def unreachable(_ids):  # type: ignore[no-untyped-def]
        raise EnvironmentProblem("เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้", "Cannot reach the server")

    monkeypatch.setattr(ui_context.incoming, "rows", unreachable)
    last = PAGE_SIZE + 19
    # Asking for a row of the second page never raises out of data(), nor waits.
    assert model.index(last, COL_SUBJECT).data() == "กำลังโหลด…"
    assert model.index(last, COL_NUMBER).data(STATE_ROLE) == "loading"
    qtbot.waitUntil(lambda: model.row_state(last) == "unavailable", timeout=10_000)
    assert model.index(last, COL_SUBJECT).data() == "อ่านข้อมูลไม่ได้ จะลองใหม่อีกครั้ง"
    assert "เชื่อมต่อ" in model.index(last, COL_SUBJECT).data(3)  # the tooltip says why
    assert model.index(last, COL_NUMBER).data(ID_ROLE) == model.id_at(last)  # still selectable
    qtmodeltester.check(model, force_py=True)  # every role of every row, unavailable ones too
    assert model.index(0, COL_NUMBER).data() == "๒๒๐"  # the first page is unaffected

    monkeypatch.setattr(ui_context.incoming, "rows", real_rows)
    monkeypatch.setattr("desktop_app.ui.models.incoming_model.RETRY_SECONDS", 0.0)
    model.index(last, COL_SUBJECT).data()  # asked again once the retry delay has passed
    qtbot.waitUntil(lambda: model.row_state(last) == "ready", timeout=10_000)
    assert model.index(last, COL_NUMBER).data() == "๑"


def test_a_failed_operation_takes_the_one_error_path(qtbot, ops, monkeypatch):
    """Without a failure handler of its own, an operation's error is shown for the widget
    that asked; a handler replaces that; a widget gone meanwhile gets nothing."""
    from PySide6.QtWidgets import QWidget

    from desktop_app.ui import messages

    shown: list[tuple[object, BaseException]] = []
    monkeypatch.setattr(messages, "show_error", lambda parent, error: shown.append((parent, error)))
    problem = EnvironmentProblem("ฐานข้อมูลกำลังถูกใช้งาน", "busy")

    def fail(_context, _control):  # type: ignore[no-untyped-def]
        raise problem

    widget = QWidget()
    qtbot.addWidget(widget)
    task = ops.query("test.fail", fail).run(widget)
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert shown == [(widget, problem)]
    handled: list[BaseException] = []
    task = ops.query("test.fail", fail).failure(handled.append).run(widget)
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert handled == [problem] and len(shown) == 1

    import shiboken6

    gone = QWidget()
    task = ops.query("test.fail", fail).run(gone)
    shiboken6.delete(gone)  # closed before the answer came back (answers wait for the loop)
    qtbot.waitUntil(lambda: not task.running, timeout=10_000)
    assert len(shown) == 1


def test_a_write_announces_what_it_changed(qtbot, ops, ui_context):
    import datetime as dt

    from desktop_app.domain.incoming import IncomingInput

    with qtbot.waitSignal(ops.changed, timeout=10_000) as changed:
        result_of(
            qtbot,
            ops.incoming.receive(
                IncomingInput(
                    sender="กรม", doc_no="", doc_date=dt.date(2026, 3, 5), subject="ทดสอบ"
                )
            ),
        )
    assert changed.args == ["incoming"]
    with pytest.raises(EnvironmentProblem):  # result_of hands an operation's error back
        result_of(
            qtbot,
            ops.query(
                "test.fail", lambda _c, _j: (_ for _ in ()).throw(EnvironmentProblem("x", "x"))
            ),
        )


def test_pdf_pages_can_be_drawn_on_several_threads_at_once(ui_context):
    """PDFium is not thread-safe: previews and print pages rendered on several worker threads
    together must not crash the program (they take turns)."""
    import threading

    from desktop_app.domain.letters import Letter
    from desktop_app.reports.letters import LetterRenderer
    from desktop_app.ui.widgets.pdf_preview import render_pages

    pdf = LetterRenderer().render_bytes(Letter(kind="stamped", subject="ทดสอบ", body=("ก",) * 40))
    results: list[int] = []

    def draw() -> None:
        for _ in range(5):
            results.append(len(render_pages(pdf, scale=0.5)))

    threads = [threading.Thread(target=draw) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(results) == 20 and len(set(results)) == 1
