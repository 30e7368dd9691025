"""The Garuda (issue 9, item 8): the first-run setup asks for the emblem (PNG or SVG, checked
as an image, an SVG drawn into a PNG letters can print), the forwarding dialog's preview says
when letters will print without it, and issuing without it asks first."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.users import Actor, Role
from desktop_app.ui.dialogs import forward_dialog
from desktop_app.ui.dialogs.forward_dialog import ForwardDialog
from desktop_app.ui.dialogs.setup_wizard import SetupWizard
from desktop_app.ui.operations import Operations
from tests.ui.conftest import register_samples, result_of

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="90" height="100" viewBox="0 0 90 100">'
    '<circle cx="45" cy="50" r="40" fill="#b8860b"/></svg>'
)


@pytest.fixture
def images(tmp_path) -> dict[str, Path]:  # type: ignore[no-untyped-def]
    png = tmp_path / "ครุฑ.png"
    Image.new("RGBA", (200, 240), (184, 134, 11, 255)).save(png)
    svg = tmp_path / "Garuda_Emblem.svg"
    svg.write_text(SVG, encoding="utf-8")
    text = tmp_path / "ครุฑ.jpg"  # named like an image, but is not one
    text.write_text("ไม่ใช่ภาพ", encoding="utf-8")
    return {"png": png, "svg": svg, "not-an-image": text}


def _dialog(qtbot, ui_context, ops) -> ForwardDialog:  # type: ignore[no-untyped-def]
    register_samples(ui_context, 1)
    dialog = ForwardDialog(ops, result_of(qtbot, ops.outgoing.forward_setup(1)), digits="thai")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.emblem is not None and dialog.earlier is not None)
    return dialog


def _images_on_first_page(path: Path) -> int:
    return len(PdfReader(path).pages[0].images)


def test_the_preview_says_when_letters_print_without_the_garuda_and_issuing_asks(
    qtbot, ui_context, ops, monkeypatch
):
    dialog = _dialog(qtbot, ui_context, ops)
    assert dialog.emblem_box.isVisible() and not dialog.emblem.usable
    assert "ยังไม่ได้ตั้งภาพตราครุฑ" in dialog.emblem_notice.text()
    assert dialog.emblem_button.isEnabled()  # the admin chooses it right here

    asked: list[tuple[str, str]] = []

    def not_yet(_parent, title, text, *_buttons):  # type: ignore[no-untyped-def]
        asked.append((title, text))
        return False

    monkeypatch.setattr(forward_dialog, "ask", not_yet)
    dialog.picker.add_preset("all-districts")
    dialog.confirm_issue()
    ((title, question),) = asked
    assert "ครุฑ" in title and "หนังสือจะพิมพ์โดยไม่มีครุฑ" in question
    assert ui_context.outgoing.register_rows() == []  # "not yet": nothing issued


def test_choosing_the_garuda_in_the_dialog_prints_it(qtbot, ui_context, ops, images, monkeypatch):
    dialog = _dialog(qtbot, ui_context, ops)
    monkeypatch.setattr(
        forward_dialog.file_dialogs, "choose_open_file", lambda *_a, **_k: str(images["png"])
    )
    dialog.picker.add_preset("all-districts")
    with qtbot.waitSignal(dialog.preview_shown, timeout=30_000):
        dialog.emblem_button.click()
        qtbot.waitUntil(lambda: dialog.emblem.usable, timeout=20_000)
    assert not dialog.emblem_box.isVisible()
    stored = Path(ui_context.settings.get("letter.garuda_path"))
    assert stored.read_bytes() == images["png"].read_bytes()  # the office's own copy

    asked: list[str] = []
    monkeypatch.setattr(
        forward_dialog, "ask", lambda _p, title, text, *_b: asked.append(text) or True
    )
    with qtbot.waitSignal(dialog.issued, timeout=30_000) as issued:
        dialog.confirm_issue()
    assert "ครุฑ" not in asked[0]  # nothing to warn about any more
    (letter,) = issued.args[0]
    assert _images_on_first_page(letter.pdf) == 1


def test_a_clerk_is_told_to_ask_the_admin(qtbot, ui_context, ops):
    ops.actor = Actor(ops.actor.id, "clerk2", "clerk2", Role.CLERK)
    dialog = _dialog(qtbot, ui_context, ops)
    assert dialog.emblem_box.isVisible() and not dialog.emblem_button.isEnabled()
    assert "ผู้ดูแลระบบ" in dialog.emblem_notice.text()


def test_a_garuda_file_gone_missing_is_said(qtbot, ui_context, ops, images):
    ui_context.settings.set("letter.garuda_path", str(images["png"]), ui_context.actor)
    images["png"].unlink()
    dialog = _dialog(qtbot, ui_context, ops)
    assert dialog.emblem_box.isVisible()
    assert "ไม่พบแฟ้มภาพตราครุฑ" in dialog.emblem_notice.text()
    assert str(images["png"]) in dialog.emblem_notice.text()


# -- the first-run setup ---------------------------------------------------------------------
@pytest.fixture
def fresh(tmp_path, runner):  # type: ignore[no-untyped-def]
    paths = AppPaths(data_dir=tmp_path / "d", config_dir=tmp_path / "c")
    context = AppContext.open(
        sqlite_url(tmp_path / "d" / "db.sqlite3"), paths=paths, username="admin"
    )
    yield context, Operations(context, runner)
    context.close()


def _wizard(qtbot, ops) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(ops)
    qtbot.addWidget(wizard)
    with qtbot.waitSignal(wizard.ready, timeout=10_000):
        wizard.show()
    wizard.province_page.select_code("58")
    for _page in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.emblem_page
    return wizard


def _check(qtbot, page, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.checked, timeout=20_000):
        page.check(str(path))


def test_the_setup_asks_for_the_garuda_and_stores_an_svg_as_a_png(qtbot, fresh, images):
    context, ops = fresh
    wizard = _wizard(qtbot, ops)
    page = wizard.emblem_page
    assert "โดยไม่มีตราครุฑ" in page.state.text()  # nothing chosen yet: said

    _check(qtbot, page, images["not-an-image"])
    assert page.choice is None and "ไม่ใช่แฟ้มภาพ" in page.state.text()

    _check(qtbot, page, images["svg"])
    assert page.choice is not None and page.choice.converted_from_svg
    assert page.choice.height == 1200 and page.choice.width == 1080  # the drawing's shape
    assert "แปลงจาก SVG" in page.state.text()
    assert not page.thumbnail.pixmap().isNull()
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()

    with qtbot.waitSignal(wizard.completed, timeout=30_000):
        wizard.accept()
    stored = Path(context.settings.get("letter.garuda_path"))
    with Image.open(stored) as image:
        assert image.format == "PNG" and image.size == (1080, 1200)
        assert image.getpixel((540, 600))[3] == 255 and image.getpixel((2, 2))[3] == 0
    assert context.attachment_store().root in stored.parents


def test_skipping_the_garuda_sets_up_the_office_without_it(qtbot, fresh):
    context, ops = fresh
    wizard = _wizard(qtbot, ops)
    with qtbot.waitSignal(wizard.completed, timeout=30_000):
        wizard.accept()
    assert context.settings.is_set_up() and context.settings.get("letter.garuda_path") is None


def test_the_settings_page_takes_an_svg_and_says_when_the_garuda_is_missing(
    qtbot, ui_context, ops, images
):
    from desktop_app.ui.pages.settings_page import SettingsPage

    page = SettingsPage(ops)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.emblem_shown, timeout=20_000):
        page.show()
    assert "ยังไม่ได้ตั้งภาพตราครุฑ" in page.garuda.text()
    with qtbot.waitSignal(page.emblem_shown, timeout=20_000):
        page.set_garuda(str(images["svg"]))
    qtbot.waitUntil(lambda: page.emblem is not None and page.emblem.usable, timeout=20_000)
    stored = ui_context.settings.get("letter.garuda_path")
    assert stored and Path(stored).is_file()
    qtbot.waitUntil(lambda: not ops.runner.busy, timeout=20_000)
    assert page.garuda.text() == stored
    page.set_garuda(str(images["not-an-image"]))
    qtbot.waitUntil(lambda: "ไม่ใช่แฟ้มภาพ" in page.garuda.text(), timeout=20_000)
    qtbot.waitUntil(lambda: not ops.runner.busy, timeout=20_000)
    assert ui_context.settings.get("letter.garuda_path") == stored  # the refused one is not taken
    assert stored in page.garuda.text() and "ไม่ใช่แฟ้มภาพ" in page.garuda.text()
