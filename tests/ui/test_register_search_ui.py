"""Search in every search box, and the register's table as clerks use it: the match
highlighted, "nothing found" with one click to clear the filters, near matches and short
words explained, what matters first with columns that can be hidden (remembered on this
workstation), Enter opens a row, the district preset in the recipient picker."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLineEdit

from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.directory import OrgKind
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.routing import preset_members
from desktop_app.domain.thai_text import search_fold
from desktop_app.ui.dialogs.incoming_form import IncomingForm
from desktop_app.ui.models.incoming_model import (
    COL_DOC_NO,
    COL_NUMBER,
    COL_RECEIVED,
    COL_SECRECY,
    COL_SENDER,
    COL_SUBJECT,
    COL_TO,
    COL_URGENCY,
)
from desktop_app.ui.pages.incoming_page import IncomingPage
from desktop_app.ui.widgets.fold_filter import FOLD_ROLE, FoldFilter
from desktop_app.ui.widgets.match_delegate import HIGHLIGHT_COLOUR
from desktop_app.ui.widgets.name_completer import NameCompleter
from desktop_app.ui.widgets.recipient_picker import RecipientPicker
from tests.ui.conftest import type_text


def receive(context, subject: str, **overrides) -> int:  # type: ignore[no-untyped-def]
    values = {
        "sender": "กรมส่งเสริมการปกครองท้องถิ่น",
        "doc_no": "มท ๐๘๑๐.๒/ว ๑๐๘๙",
        "doc_date": dt.date(2026, 3, 5),
        "subject": subject,
    }
    values.update(overrides)
    return context.incoming.receive(IncomingInput(**values), context.actor).id


@pytest.fixture
def page(qtbot, ops):  # type: ignore[no-untyped-def]
    widget = IncomingPage(ops, digits="arabic")
    qtbot.addWidget(widget)
    widget.resize(1300, 600)
    widget.show()
    with qtbot.waitSignal(widget.filters_filled, timeout=10_000):
        pass
    return widget


def search(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        page.search_edit.setText(text)
        page.apply_filters()


def highlighted_pixels(page, row: int, column: int) -> int:  # type: ignore[no-untyped-def]
    """How many pixels of a cell have the highlight's colour."""
    page.table.viewport().repaint()
    image = page.table.viewport().grab().toImage()
    rect = page.table.visualRect(page.model.index(row, column))
    wanted = HIGHLIGHT_COLOUR.rgb()
    return sum(
        1
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
        if image.pixel(x, y) == wanted
    )


# -- highlighting --------------------------------------------------------------------------------
def test_the_match_is_highlighted_in_subject_and_sender(qtbot, page, ui_context):
    receive(ui_context, "การป้องกันไฟป่าและหมอกควัน", sender="อบต.ผาบ่อง")
    receive(ui_context, "การประชุมประจำเดือน")
    search(qtbot, page, "ไฟป่า")
    assert page.model.rowCount() == 1
    assert highlighted_pixels(page, 0, COL_SUBJECT) > 20
    assert highlighted_pixels(page, 0, COL_SENDER) == 0
    # An abbreviation typed: the full name's reading highlights the sender as written.
    search(qtbot, page, "องค์การบริหารส่วนตำบลผาบ่อง")
    assert page.model.rowCount() == 1
    assert highlighted_pixels(page, 0, COL_SENDER) > 20
    assert highlighted_pixels(page, 0, COL_SUBJECT) == 0
    search(qtbot, page, "")
    assert page.model.rowCount() == 2
    assert all(highlighted_pixels(page, row, COL_SUBJECT) == 0 for row in range(2))


def test_near_matches_are_highlighted_and_explained(qtbot, page, ui_context):
    receive(ui_context, "ขอส่งรายงาน", sender="องค์การบริหารส่วนตำบลผาบ่อง")
    search(qtbot, page, "ผาบอง")
    assert page.model.rowCount() == 1 and page.model.is_near(0)
    assert highlighted_pixels(page, 0, COL_SENDER) > 20
    assert page.notice.isVisible()
    assert "ไม่พบคำที่ตรงทุกตัว แสดงผลที่ใกล้เคียง" in page.notice_label.text()
    assert not page.clear_filters_button.isVisible()


# -- nothing found, short words ---------------------------------------------------------------
def test_nothing_found_says_so_and_one_click_clears_the_filters(qtbot, page, ui_context):
    for n in range(3):
        receive(ui_context, f"เรื่องที่ {n}")
    page.urgency_combo.setCurrentIndex(page.urgency_combo.findData(Urgency.MOST_URGENT))
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    search(qtbot, page, "ฟุตบอลโลก")
    assert page.model.rowCount() == 0
    assert page.notice.isVisible() and page.clear_filters_button.isVisible()
    assert "ไม่พบหนังสือที่ตรงกับ “ฟุตบอลโลก”" in page.notice_label.text()
    with qtbot.waitSignal(page.model.reloaded, timeout=10_000):
        qtbot.mouseClick(page.clear_filters_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3
    assert page.search_edit.text() == "" and page.urgency_combo.currentIndex() == 0
    assert page.year_combo.currentData() == 2569  # the year the register opens on
    assert not page.notice.isVisible()


def test_short_words_find_subjects_and_the_page_says_where_it_looked(qtbot, page, ui_context):
    fire = receive(ui_context, "การป้องกันไฟป่า")
    receive(ui_context, "การประชุม")
    page.year_combo.setCurrentIndex(0)  # ทุกปี
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    search(qtbot, page, "ไฟ")
    assert [page.model.id_at(r) for r in range(page.model.rowCount())] == [fire]
    text = page.notice_label.text()
    assert page.notice.isVisible()
    assert "“ไฟ”" in text and "ค้นเฉพาะในเรื่องและเลขที่หนังสือ" in text
    assert "2569" in text  # no year chosen: the latest year only, and it says which


# -- the table -------------------------------------------------------------------------------
def test_what_matters_comes_first_and_the_subject_takes_the_room(page):
    header = page.table.horizontalHeader()
    shown = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    assert shown == [COL_NUMBER, COL_RECEIVED, COL_SUBJECT, COL_SENDER, COL_URGENCY, COL_SECRECY]
    assert header.sectionResizeMode(COL_SUBJECT) == QHeaderView.ResizeMode.Stretch
    widths = {column: header.sectionSize(column) for column in shown}
    assert max(widths, key=widths.__getitem__) == COL_SUBJECT


def test_urgent_and_secret_rows_stand_out(qtbot, page, ui_context):
    receive(ui_context, "เรื่องปกติ")
    receive(ui_context, "เรื่องด่วน", urgency=Urgency.URGENT)
    receive(ui_context, "เรื่องลับ", secrecy=Secrecy.CONFIDENTIAL)
    search(qtbot, page, "")
    rows = {page.model.row_at(r).subject: r for r in range(3)}  # type: ignore[union-attr]

    def bold(row: int) -> bool:
        font = page.model.index(row, COL_SUBJECT).data(Qt.ItemDataRole.FontRole)
        return font is not None and font.bold()

    assert not bold(rows["เรื่องปกติ"])
    assert bold(rows["เรื่องด่วน"]) and bold(rows["เรื่องลับ"])
    assert page.model.index(rows["เรื่องลับ"], COL_SECRECY).data() == "ลับ"
    assert page.model.index(rows["เรื่องปกติ"], COL_SECRECY).data() == ""
    red = page.model.index(rows["เรื่องลับ"], COL_NUMBER).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().red() > 150


def test_hidden_and_shown_columns_are_remembered_on_this_workstation(qtbot, ops):
    first = IncomingPage(ops, digits="arabic")
    qtbot.addWidget(first)
    first.show()
    menu = first.column_menu()
    actions = {action.data(): action for action in menu.actions() if action.data() is not None}
    assert not actions[COL_TO].isChecked() and actions[COL_SENDER].isChecked()
    assert not actions[COL_SUBJECT].isEnabled()  # the subject always shows
    actions[COL_TO].trigger()
    actions[COL_SENDER].trigger()
    header = first.table.horizontalHeader()
    assert not header.isSectionHidden(COL_TO) and header.isSectionHidden(COL_SENDER)
    assert header.sectionSize(COL_TO) > 50
    first.close()  # saved when hidden

    second = IncomingPage(ops, digits="arabic")
    qtbot.addWidget(second)
    second.show()
    header = second.table.horizontalHeader()
    assert not header.isSectionHidden(COL_TO) and header.isSectionHidden(COL_SENDER)
    assert header.sectionResizeMode(COL_SUBJECT) == QHeaderView.ResizeMode.Stretch
    second.reset_columns()
    assert header.isSectionHidden(COL_TO) and not header.isSectionHidden(COL_SENDER)
    assert header.isSectionHidden(COL_DOC_NO)


def test_the_header_offers_the_column_menu(qtbot, page, monkeypatch):
    from PySide6.QtWidgets import QMenu

    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _action=None: shown.append(menu))
    header = page.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    assert shown and len([a for a in shown[0].actions() if a.isCheckable()]) == 12


def test_enter_opens_the_selected_row(qtbot, page, ui_context):
    wanted = receive(ui_context, "เรื่องที่จะเปิด")
    search(qtbot, page, "")
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, COL_SUBJECT))
    with qtbot.waitSignal(page.form_opened, timeout=10_000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    form = opened.args[0]
    qtbot.addWidget(form)
    assert isinstance(form, IncomingForm) and form.record is not None
    assert form.record.id == wanted


def test_a_double_click_opens_the_row_once(qtbot, page, ui_context):
    receive(ui_context, "เรื่องที่จะเปิด")
    search(qtbot, page, "")
    opened: list[object] = []
    page.form_opened.connect(opened.append)
    rect = page.table.visualRect(page.model.index(0, COL_SUBJECT))
    # What a mouse sends: a press and a release, then the second press as a double click.
    qtbot.mousePress(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseRelease(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    qtbot.wait(300)
    for form in opened:
        qtbot.addWidget(form)
    assert len(opened) == 1


# -- the other search boxes ---------------------------------------------------------------
def test_the_sender_completer_understands_abbreviations_and_missing_tone_marks(qtbot):
    names = [
        "องค์การบริหารส่วนตำบลผาบ่อง",
        "เทศบาลตำบลแม่สะเรียง",
        "อำเภอปาย",
        "อำเภอเมืองแม่ฮ่องสอน",
        "กรมส่งเสริมการปกครองท้องถิ่น",
    ]
    edit = QLineEdit()
    qtbot.addWidget(edit)
    completer = NameCompleter(names, edit)
    edit.setCompleter(completer)
    edit.show()
    for typed, expected in (
        ("อบต.ผาบ่อง", ["องค์การบริหารส่วนตำบลผาบ่อง"]),
        ("อ.ปาย", ["อำเภอปาย"]),
        ("ทต.", ["เทศบาลตำบลแม่สะเรียง"]),
        ("อำเภอ", ["อำเภอปาย", "อำเภอเมืองแม่ฮ่องสอน"]),
    ):
        edit.clear()
        type_text(edit, typed)
        assert completer.model().stringList() == expected, typed
        assert not completer.near
    edit.clear()
    type_text(edit, "ผาบอง")
    assert completer.model().stringList() == ["องค์การบริหารส่วนตำบลผาบ่อง"]
    assert completer.near


def test_the_directory_filter_understands_abbreviations(qtbot):
    model = QStandardItemModel()
    for name in ("อำเภอปาย", "องค์การบริหารส่วนตำบลผาบ่อง", "เทศบาลตำบลปาย"):
        item = QStandardItem(name)
        item.setData(search_fold(name), FOLD_ROLE)
        model.appendRow(item)
    proxy = FoldFilter()
    proxy.setSourceModel(model)

    def shown(text: str) -> list[str]:
        proxy.set_needle(text)
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert shown("อ.ปาย") == ["อำเภอปาย"]
    assert shown("อบต. ผาบ่อง") == ["องค์การบริหารส่วนตำบลผาบ่อง"]
    assert shown("ทต.") == ["เทศบาลตำบลปาย"]
    assert shown("ผาบอง") == ["องค์การบริหารส่วนตำบลผาบ่อง"] and proxy.near
    assert len(shown("")) == 3


@pytest.fixture
def picker(qtbot, ui_context, ops):  # type: ignore[no-untyped-def]
    directory = ui_context.directory.recipients("58")
    widget = RecipientPicker(directory, [], ops.outgoing)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_recipient_picker_offers_every_local_authority_of_a_district(picker):
    combo = picker.district_preset
    names = [combo.itemText(i) for i in range(1, combo.count())]
    assert "อำเภอปาย" in names
    pai = next(a for a in picker.directory if a.kind == OrgKind.DISTRICT and a.name == "อำเภอปาย")
    expected = preset_members(f"district:{pai.code}", picker.directory)
    assert len(expected) > 1
    combo.activated.emit(combo.findText("อำเภอปาย"))
    assert {a.id for a in picker.selected()} == {a.id for a in expected}
    assert all(a.kind == OrgKind.LOCAL_AUTHORITY for a in picker.selected())
    assert combo.currentIndex() == 0  # ready for another district


def test_the_recipient_search_understands_abbreviations_and_says_when_near(qtbot, picker):
    def visible_names() -> set[str]:
        found: set[str] = set()

        def walk(parent) -> None:  # type: ignore[no-untyped-def]
            for row in range(picker.proxy.rowCount(parent)):
                index = picker.proxy.index(row, 0, parent)
                found.add(str(index.data()).split("  (")[0])
                walk(index)

        from PySide6.QtCore import QModelIndex

        walk(QModelIndex())
        return found

    picker.search.setText("อบต.ผาบ่อง")
    assert "องค์การบริหารส่วนตำบลผาบ่อง" in visible_names()
    assert not picker.search_note.isVisible()
    picker.search.setText("ผาบอง")
    assert "องค์การบริหารส่วนตำบลผาบ่อง" in visible_names()
    assert picker.search_note.isVisible() and "ใกล้เคียง" in picker.search_note.text()
    picker.search.setText("ไม่มีหน่วยงานนี้")
    assert picker.search_note.isVisible() and "ไม่พบหน่วยงาน" in picker.search_note.text()


def test_the_incoming_forms_sender_box_understands_abbreviations(qtbot, ops):
    from desktop_app.ui.dialogs.incoming_form import IncomingForm
    from desktop_app.ui.widgets.name_completer import NameCompleter

    form = IncomingForm(ops)
    qtbot.addWidget(form)
    qtbot.waitUntil(lambda: isinstance(form.sender_edit.completer(), NameCompleter), timeout=10_000)
    completer = form.sender_edit.completer()
    full = next(name for name in completer.names if name.startswith("องค์การบริหารส่วนตำบล"))
    place = full.removeprefix("องค์การบริหารส่วนตำบล")
    assert full in completer.matches(f"อบต.{place}")
