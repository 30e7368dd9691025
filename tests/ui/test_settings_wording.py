"""Settings, "ถ้อยคำในหนังสือ": the admin edits the issuing name and the letters' templates,
sees the body a sample document gets, is told on the page what is wrong with a template, and
saves; what is saved drafts the next forwarding letter."""

from __future__ import annotations

import pytest

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.letters import DEFAULT_FORWARD_WORDING, DEFAULT_REMINDER_WORDING
from desktop_app.ui.operations import Operations
from desktop_app.ui.pages.settings_page import SettingsPage
from desktop_app.ui.pages.settings_wording import PLACEHOLDER_ROLE
from tests.ui.conftest import type_text


def open_wording(qtbot, ops):  # type: ignore[no-untyped-def]
    page = SettingsPage(ops)
    qtbot.addWidget(page)
    page.resize(1170, 640)
    page.show()
    tab = page.wording_tab
    qtbot.waitUntil(lambda: page.snapshot is not None and tab.stored is not None, timeout=20_000)
    page.tabs.setCurrentWidget(tab)
    return page, tab


def test_the_tab_shows_the_settings_in_force_and_a_preview(qtbot, ops):
    page, tab = open_wording(qtbot, ops)
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "ถ้อยคำในหนังสือ"
    assert tab.issued_as.text() == "จังหวัดแม่ฮ่องสอน"
    assert tab.editors["forward"].toPlainText() == "\n".join(DEFAULT_FORWARD_WORDING)
    assert tab.editors["reminder"].toPlainText() == "\n".join(DEFAULT_REMINDER_WORDING)
    preview = tab.preview.toPlainText()
    # The sample document, in the letters' Thai digits, in the stamped letter's form.
    assert preview.startswith(
        "ด้วยกรมส่งเสริมการปกครองท้องถิ่นได้มีหนังสือ ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙ ลงวันที่ ๕ มีนาคม ๒๕๖๙ เรื่อง "
    )
    assert "รายละเอียดปรากฏตามสำเนาหนังสือที่ส่งมาพร้อมนี้" in preview
    assert "\n\nจังหวัดแม่ฮ่องสอนพิจารณาแล้ว" in preview
    listed = [
        tab.placeholders.item(row).data(PLACEHOLDER_ROLE) for row in range(tab.placeholders.count())
    ]
    assert {"sender", "doc_no", "doc_date", "subject", "enclosure", "issued_as"} <= set(listed)
    assert not tab.save_button.isEnabled() and not tab.error.isVisible()
    # The external form names the enclosures line instead.
    tab.preview_kind.setCurrentIndex(tab.preview_kind.findData("external"))
    assert "รายละเอียดปรากฏตามสิ่งที่ส่งมาด้วย" in tab.preview.toPlainText()
    # The reminder's tab lists its own placeholders and previews a reminder.
    tab.templates.setCurrentIndex(1)
    listed = [
        tab.placeholders.item(row).data(PLACEHOLDER_ROLE) for row in range(tab.placeholders.count())
    ]
    assert "reply_by" in listed and "sender" not in listed
    assert tab.preview.toPlainText().startswith("ตามที่จังหวัดแม่ฮ่องสอนได้ส่งหนังสือ ที่ มส ๐๐๒๓.๓/ว ๓๕๔")
    assert "ภายในวันที่ ๒๐ มีนาคม ๒๕๖๙" in tab.preview.toPlainText()


def test_edits_preview_at_once_a_wrong_template_is_refused_on_the_page_and_saving_keeps_them(
    qtbot, ops, ui_context
):
    page, tab = open_wording(qtbot, ops)
    # The issuing name, typed: the preview follows, the tab says it is not saved.
    tab.issued_as.selectAll()
    type_text(tab.issued_as, "ศาลากลางจังหวัดแม่ฮ่องสอน")
    assert "\n\nศาลากลางจังหวัดแม่ฮ่องสอนพิจารณาแล้ว" in tab.preview.toPlainText()
    assert page.tabs.tabText(page.tabs.indexOf(tab)).endswith("*") and page.has_unsaved_changes()
    assert tab.state.text() == "ยังไม่ได้บันทึก" and tab.save_button.isEnabled()

    # A misspelt placeholder: said on the page (no message box), nothing can be saved.
    editor = tab.editors["forward"]
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, " ตาม{enclosur}")
    assert tab.error.isVisible()
    assert "{enclosur}" in tab.error.text() and "ย่อหน้าที่ 2" in tab.error.text()
    assert tab.templates.tabText(0).endswith("(!)")
    assert not tab.save_button.isEnabled()
    assert "แก้ข้อความให้ถูกต้องก่อน" in tab.preview.toPlainText()
    tab.save()  # refused quietly: the page already says why
    assert ui_context.settings.letter_wording().forward == DEFAULT_FORWARD_WORDING

    # Back to the default, then the office's own second paragraph, inserted from the list.
    tab.reset_button.click()
    assert not tab.error.isVisible() and editor.toPlainText() == "\n".join(DEFAULT_FORWARD_WORDING)
    editor.setPlainText(DEFAULT_FORWARD_WORDING[0] + "\n")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    item = next(
        tab.placeholders.item(row)
        for row in range(tab.placeholders.count())
        if tab.placeholders.item(row).data(PLACEHOLDER_ROLE) == "issued_as"
    )
    tab.placeholders.itemDoubleClicked.emit(item)
    type_text(editor, "ขอส่งเรื่องนี้มาเพื่อทราบ")
    assert tab.preview.toPlainText().endswith("\n\nศาลากลางจังหวัดแม่ฮ่องสอนขอส่งเรื่องนี้มาเพื่อทราบ")
    with qtbot.waitSignal(tab.saved, timeout=20_000):
        tab.save_button.click()
    assert tab.state.text() == "บันทึกแล้ว" and not tab.save_button.isEnabled()
    assert not page.tabs.tabText(page.tabs.indexOf(tab)).endswith("*")
    settings = ui_context.settings
    assert settings.issued_as() == "ศาลากลางจังหวัดแม่ฮ่องสอน"
    assert settings.letter_wording().forward == (
        DEFAULT_FORWARD_WORDING[0],
        "{issued_as}ขอส่งเรื่องนี้มาเพื่อทราบ",
    )

    # The next forwarding letter is drafted with it.
    incoming = ui_context.incoming.receive(
        IncomingInput(
            sender="กรมส่งเสริมการปกครองท้องถิ่น",
            doc_no="มท 0810.2/ว 1089",
            doc_date=ui_context.clock().date(),
            subject="การเผยแพร่องค์ความรู้",
        ),
        ui_context.actor,
    )
    letter = ui_context.outgoing.draft_forward(incoming.id, []).letter
    assert letter.body[1] == "ศาลากลางจังหวัดแม่ฮ่องสอนขอส่งเรื่องนี้มาเพื่อทราบ"
    assert letter.office == "ศาลากลางจังหวัดแม่ฮ่องสอน"


def test_the_tab_fits_a_laptop_screen(qtbot, ops):
    page, tab = open_wording(qtbot, ops)
    hint = tab.minimumSizeHint()
    # The settings page gets about 1150 x 600 of a 1366 x 768 screen (navigation, title bar,
    # status bar and task bar take the rest).
    assert hint.width() <= 1100 and hint.height() <= 560, hint
    page.resize(1150, 600)
    assert tab.preview.isVisible() and tab.save_button.isVisible()
    assert tab.save_button.geometry().bottom() <= tab.height()


@pytest.fixture
def clerk_ops(tmp_path, clock, ui_context, runner):  # type: ignore[no-untyped-def]
    """Operations for a second user of the same office: not an admin."""
    context = AppContext.open(
        sqlite_url(tmp_path / "data" / "saraban.sqlite3"),
        paths=AppPaths(data_dir=tmp_path / "data", config_dir=tmp_path / "config"),
        language="th",
        username="clerk2",
        clock=clock,
    )
    assert not context.actor.is_admin
    yield Operations(context, runner)
    runner.wait_all()
    context.close()


def test_only_an_admin_edits_the_wording(qtbot, clerk_ops):
    _page, tab = open_wording(qtbot, clerk_ops)
    assert tab.findChild(type(tab.error), "adminOnlyNote") is not None
    for widget in (tab.issued_as, tab.editors["forward"], tab.reset_button, tab.save_button):
        assert not widget.isEnabled()
    assert tab.preview.toPlainText().startswith("ด้วยกรมส่งเสริมการปกครองท้องถิ่น")
    tab.placeholders.itemDoubleClicked.emit(tab.placeholders.item(0))
    assert tab.editors["forward"].toPlainText() == "\n".join(DEFAULT_FORWARD_WORDING)
    assert tab.placeholders.count() > 0  # the list stays readable for everyone
