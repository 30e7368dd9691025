"""Fixtures for the Qt tests: a set-up office on a fresh SQLite file, a fixed clock, and a
task runner. Qt runs offscreen (QT_QPA_PLATFORM is set before QApplication exists)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import SetupRequest


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["saraban-desk-tests"]


@pytest.fixture(scope="session", autouse=True)
def _fonts_and_language(qapp):  # type: ignore[no-untyped-def]
    from desktop_app.ui.app import create_application

    create_application(["saraban-desk-tests"], "th")
    yield


@pytest.fixture
def ui_context(tmp_path, clock) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    paths = AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config")
    context = AppContext.open(
        sqlite_url(tmp_path / "data" / "saraban.sqlite3"),
        paths=paths,
        language="th",
        username="clerk1",
        clock=clock,
    )
    context.setup.initialise(SetupRequest(province="แม่ฮ่องสอน", prefix="มส 0023.3"), context.actor)
    yield context
    context.close()


@pytest.fixture
def runner(qapp):  # type: ignore[no-untyped-def]
    from desktop_app.ui.operations.tasks import TaskRunner

    task_runner = TaskRunner(max_threads=4)
    yield task_runner
    task_runner.wait_all()


@pytest.fixture
def ops(ui_context, runner):  # type: ignore[no-untyped-def]
    """The operations the windows are given (the only way they reach the services)."""
    from desktop_app.ui.operations import Operations

    return Operations(ui_context, runner)


def result_of(qtbot, op, timeout: int = 20_000):  # type: ignore[no-untyped-def]
    """Run an operation and wait for its result (raising its error)."""
    outcome: dict[str, object] = {}
    op.success(lambda value: outcome.setdefault("value", value)).failure(
        lambda error: outcome.setdefault("error", error)
    ).run(None)
    qtbot.waitUntil(lambda: bool(outcome), timeout=timeout)
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]


def register_samples(context: AppContext, count: int, *, start: int = 0) -> None:
    """``count`` documents with distinct subjects and numbers (service level, no UI)."""
    for index in range(start, start + count):
        context.incoming.receive(
            IncomingInput(
                sender="กรมส่งเสริมการปกครองท้องถิ่น" if index % 3 else "สำนักงานจังหวัดแม่ฮ่องสอน",
                doc_no=f"มท ๐๘๑๐.{index % 7}/ว {1000 + index}",
                doc_date=dt.date(2026, 3, 1 + index % 5),
                subject=f"ขอเชิญประชุมสัมมนาเรื่องที่ {index} การพัฒนาท้องถิ่น",
                urgency=Urgency.URGENT if index % 10 == 0 else Urgency.NORMAL,
            ),
            context.actor,
        )


def type_text(widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` into ``widget`` key by key, as a Thai keyboard layout would.

    QTest.keyClicks only maps ASCII to keys; a Thai layout sends key events whose text is
    the Thai character, which is what this does for every character.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """A modal box would hang an offscreen test: fail with its text instead."""
    from PySide6.QtWidgets import QMessageBox

    def refuse(box) -> int:  # type: ignore[no-untyped-def]
        raise AssertionError(f"unexpected message box: {box.text()} {box.informativeText()}")

    monkeypatch.setattr(QMessageBox, "exec", refuse)


@pytest.fixture(autouse=True)
def laptop_screen(monkeypatch):  # type: ignore[no-untyped-def]
    """Windows size themselves as on the office's usual laptop: a 1366x768 screen less a
    40-pixel task bar (the offscreen platform's own screen is 800x800). A test trying another
    screen patches ``screen_fit.available_geometry`` again."""
    from PySide6.QtCore import QRect

    from desktop_app.ui import screen_fit

    monkeypatch.setattr(
        screen_fit, "available_geometry", lambda _widget=None: QRect(0, 0, 1366, 728)
    )
