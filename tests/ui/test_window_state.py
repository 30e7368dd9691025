"""Window sizes, splitters and column widths remembered per workstation (ui/window_state.py):
kept in the workstation's configuration folder, restored next time, never larger than the
screen; and the directory's names readable without dragging a column."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QMainWindow, QSplitter, QTableWidget

from desktop_app.ui import screen_fit
from desktop_app.ui.window_state import (
    STATE_FILE,
    WindowMemory,
    remember_header,
    remember_splitter,
    remember_window,
)

LAPTOP = QRect(0, 0, 1366, 728)


def _screen(monkeypatch, area: QRect) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(screen_fit, "available_geometry", lambda _widget=None: QRect(area))


def _window(qtbot, folder: Path, default: QSize | None = None) -> QMainWindow:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    remember_window(window, folder, "Probe", default or QSize(900, 600))
    return window


def test_a_window_opens_at_its_last_size_and_never_larger_than_the_screen(
    qtbot, tmp_path, monkeypatch
):
    _screen(monkeypatch, QRect(0, 0, 2560, 1400))
    first = _window(qtbot, tmp_path)
    assert first.size() == QSize(900, 600)  # nothing remembered yet: the default
    first.show()
    first.resize(1700, 1100)
    first.close()  # hidden: saved
    assert (tmp_path / STATE_FILE).is_file()

    again = _window(qtbot, tmp_path)
    assert again.size() == QSize(1700, 1100)

    # The same workstation on a laptop today: the size is cut to the free area less the frame.
    _screen(monkeypatch, LAPTOP)
    laptop = _window(qtbot, tmp_path)
    assert laptop.size() == QSize(1366 - 16, 728 - 40)
    framed = QRect(laptop.pos(), laptop.size() + screen_fit.FRAME_MARGINS)
    assert LAPTOP.contains(framed)  # placed inside the free area

    # Another workstation (another configuration folder) has its own sizes.
    other = _window(qtbot, tmp_path / "other")
    assert other.size() == QSize(900, 600)


def test_a_maximised_window_opens_maximised_with_its_normal_size_kept(qtbot, tmp_path, monkeypatch):
    _screen(monkeypatch, LAPTOP)
    memory = WindowMemory(tmp_path)
    memory.set_window_size("Probe", QSize(1000, 650), maximized=True)
    window = _window(qtbot, tmp_path)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert memory.window_size("Probe") == (QSize(1000, 650), True)


def test_a_dialog_with_a_parent_is_left_where_qt_centres_it(qtbot, tmp_path):
    parent = QMainWindow()
    qtbot.addWidget(parent)
    dialog = QDialog(parent)
    remember_window(dialog, tmp_path, "ProbeDialog", QSize(400, 300))
    assert not dialog.testAttribute(Qt.WidgetAttribute.WA_Moved)
    dialog.show()
    dialog.resize(500, 350)
    dialog.reject()
    assert WindowMemory(tmp_path).window_size("ProbeDialog") == (QSize(500, 350), False)


def test_splitter_and_column_widths_come_back_when_the_parts_are_the_same(qtbot, tmp_path):
    def build(columns: int = 3) -> tuple[QMainWindow, QSplitter, QHeaderView]:
        window = QMainWindow()
        qtbot.addWidget(window)
        splitter = QSplitter(window)
        table = QTableWidget(2, columns, splitter)
        splitter.addWidget(table)
        splitter.addWidget(QLabel("detail", splitter))
        window.setCentralWidget(splitter)
        window.resize(900, 500)
        remember_splitter(splitter, tmp_path, "Probe/splitter")
        remember_header(table.horizontalHeader(), tmp_path, "Probe/table")
        return window, splitter, table.horizontalHeader()

    window, splitter, header = build()
    window.show()
    splitter.setSizes([600, 300])
    header.resizeSection(1, 333)
    header.hideSection(2)
    sizes = splitter.sizes()
    window.close()

    window, splitter, header = build()
    window.show()
    assert splitter.sizes() == sizes
    assert header.sectionSize(1) == 333 and header.isSectionHidden(2)

    # A table with another column count (a new version) starts from its defaults.
    _window4, _splitter4, header4 = build(columns=4)
    assert header4.sectionSize(1) == header4.defaultSectionSize()
    assert not header4.isSectionHidden(2)


def test_an_unreadable_state_file_is_ignored(qtbot, tmp_path):
    (tmp_path / STATE_FILE).write_bytes(b"\x00\xff[Probe]\nwidth=wide\nheight=\n\x00")
    window = _window(qtbot, tmp_path, QSize(700, 500))
    assert window.size() == QSize(700, 500)


def test_the_main_window_and_the_outgoing_register_remember_their_layout(qtbot, ops):
    from desktop_app.ui.main_window import PAGE_OUTGOING, MainWindow

    folder = ops.paths.config_dir
    window = MainWindow(ops)
    qtbot.addWidget(window)
    window.show()
    window.resize(1200, 650)
    window.nav.setCurrentRow(PAGE_OUTGOING)
    header = window.outgoing_page.table.horizontalHeader()
    header.resizeSection(2, 321)
    window.nav.setCurrentRow(0)  # the page is left: its columns are saved
    window.close()
    assert (folder / STATE_FILE).is_file()  # this workstation's file, not the database

    again = MainWindow(ops)
    qtbot.addWidget(again)
    assert again.size() == QSize(1200, 650)
    again.nav.setCurrentRow(PAGE_OUTGOING)
    assert again.outgoing_page.table.columnWidth(2) == 321


def _names_whole(page) -> list[str]:  # type: ignore[no-untyped-def]
    """Names in the tree whose cell is narrower than the name (cut off)."""
    from desktop_app.ui.pages.directory_page import COL_NAME

    page.tree.expandAll()
    metrics = page.tree.fontMetrics()
    cut: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(page.proxy.rowCount(parent)):
            index = page.proxy.index(row, COL_NAME, parent)
            rect = page.tree.visualRect(index)
            if rect.width() < metrics.horizontalAdvance(str(index.data())):
                cut.append(str(index.data()))
            walk(index)

    walk(QModelIndex())
    return cut


def test_every_directory_name_reads_whole_on_a_laptop_and_in_a_narrow_window(qtbot, ops):
    from desktop_app.ui.pages.directory_page import COL_EMAIL, COL_NAME, DirectoryPage

    page = DirectoryPage(ops)
    qtbot.addWidget(page)
    page.resize(1366 - 16 - 190, 600)  # the laptop's main window less the navigation
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    assert page.organisations
    assert _names_whole(page) == []
    # The name column takes the spare room (it is the widest column).
    widths = [page.tree.columnWidth(column) for column in range(4)]
    assert widths[COL_NAME] == max(widths)

    page.resize(620, 600)  # a narrow window: the tree scrolls sideways, names stay whole
    qtbot.waitUntil(lambda: page.tree.columnWidth(COL_NAME) >= page.name_width, timeout=5_000)
    assert _names_whole(page) == []
    assert page.tree.columnWidth(COL_EMAIL) > 0

    page.resize(1366 - 16 - 190, 600)  # room again: the name column stretches again
    qtbot.waitUntil(
        lambda: page.tree.header().sectionResizeMode(COL_NAME) == QHeaderView.ResizeMode.Stretch,
        timeout=5_000,
    )


def test_the_directory_keeps_its_e_mail_column_width_across_reloads_and_sessions(qtbot, ops):
    from desktop_app.ui.operations import DIRECTORY
    from desktop_app.ui.pages.directory_page import COL_EMAIL, DirectoryPage

    page = DirectoryPage(ops)
    qtbot.addWidget(page)
    page.resize(1160, 600)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    page.tree.header().resizeSection(COL_EMAIL, 300)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        ops.changed.emit(DIRECTORY)  # another change read the directory again
    assert page.tree.columnWidth(COL_EMAIL) == 300
    page.close()

    again = DirectoryPage(ops)
    qtbot.addWidget(again)
    again.resize(1160, 600)
    with qtbot.waitSignal(again.loaded, timeout=10_000):
        again.show()
    assert again.tree.columnWidth(COL_EMAIL) == 300


def test_a_window_still_shown_when_the_program_ends_does_not_crash_it(tmp_path):
    """A visible window is destroyed (and hidden) by Qt's clean-up at the interpreter's end,
    when its Python object is half gone: nothing may be read from it then."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QLabel
        from desktop_app.ui.window_state import remember_splitter, remember_window

        app = QApplication(["probe"])

        class Window(QMainWindow):
            pass

        window = Window()
        splitter = QSplitter(window)
        splitter.addWidget(QLabel("a"))
        splitter.addWidget(QLabel("b"))
        window.setCentralWidget(splitter)
        remember_window(window, Path(sys.argv[1]), "Probe", QSize(500, 400))
        remember_splitter(splitter, Path(sys.argv[1]), "Probe/splitter")
        window.show()
        app.processEvents()
        print("shown", flush=True)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "shown"


def _reopened_size(qtbot, make) -> tuple[QSize, QSize]:  # type: ignore[no-untyped-def]
    """Open a window, make it a little smaller, close it; open it again: (size set, size
    found)."""
    first = make()
    qtbot.addWidget(first)
    first.show()
    wanted = QSize(first.width() - 40, first.height() - 30).expandedTo(first.minimumSizeHint())
    first.resize(wanted)
    first.close()
    again = make()
    qtbot.addWidget(again)
    return first.size(), again.size()


def test_the_acknowledgement_dialogs_and_the_guide_remember_their_size(qtbot, ui_context, ops):
    from desktop_app.ui.dialogs.help_dialog import HelpDialog
    from desktop_app.ui.dialogs.mail_import_dialog import MailImportDialog

    for make in (
        lambda: MailImportDialog(ops, digits="thai"),
        lambda: HelpDialog(ops.paths.config_dir, "th"),
    ):
        set_size, found = _reopened_size(qtbot, make)
        assert found == set_size


def test_the_forwarding_dialog_remembers_its_size(qtbot, ui_context, ops):
    from desktop_app.ui.dialogs.forward_dialog import ForwardDialog
    from tests.ui.conftest import register_samples, result_of

    register_samples(ui_context, 1)
    setup = result_of(qtbot, ops.outgoing.forward_setup(1))
    set_size, found = _reopened_size(qtbot, lambda: ForwardDialog(ops, setup, digits="thai"))
    assert found == set_size


def test_the_incoming_form_remembers_its_size(qtbot, ops):
    from desktop_app.ui.dialogs.incoming_form import IncomingForm

    set_size, found = _reopened_size(qtbot, lambda: IncomingForm(ops))
    assert found == set_size
