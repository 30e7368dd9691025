"""Choosing files and opening them, in the UI's language, never silently failing.

Every file chooser of the app comes from here: Qt's own chooser (``DontUseNativeDialog``: the
system's follows the system's language, not the app's) with its labels, buttons and columns
in the UI's language (``file_dialog``; qt_texts.py translates what Qt builds inside it).
``choose_open_file``, ``choose_open_files``, ``choose_save_file`` and ``choose_folder`` show
one and give back what was chosen (``None`` or ``[]`` when cancelled).

``open_file`` and ``open_folder`` hand a file or folder to the system (its PDF viewer, its
file manager). When the file is missing, or the system cannot open it (no viewer for the
type, no file manager), they say so, naming the file and the folder it is in, with a button
that opens the folder (``file_problem``), and return False.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.ui.i18n import _t
from desktop_app.ui.messages import message_box
from desktop_app.ui.qt_texts import accept_label, file_dialog_label

Action = Literal["open", "open_many", "save", "folder"]


def file_dialog(
    parent: QWidget | None,
    title: str,
    action: Action,
    *,
    directory: str | Path = "",
    filters: Sequence[str] = (),
    default_suffix: str = "",
) -> QFileDialog:
    """A file chooser (not shown yet) in the UI's language.

    ``action``: "open" (one existing file), "open_many" (several), "save" (a name to write,
    ``directory`` may name the suggested file; an existing file is confirmed before it is
    replaced) or "folder" (an existing folder). ``filters``: Qt name filters such as
    ``["PDF (*.pdf)"]``, or one string of them joined by ";;"; ``default_suffix`` is added to a typed name without one ("pdf")."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    suggested = Path(directory) if str(directory) else None
    if action == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        if suggested is not None:
            if suggested.suffix or not suggested.is_dir():
                dialog.setDirectory(str(suggested.parent))
                dialog.selectFile(suggested.name)
            else:
                dialog.setDirectory(str(suggested))
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(
            {
                "open": QFileDialog.FileMode.ExistingFile,
                "open_many": QFileDialog.FileMode.ExistingFiles,
                "folder": QFileDialog.FileMode.Directory,
            }[action]
        )
        if action == "folder":
            dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        if suggested is not None:
            dialog.setDirectory(str(suggested if suggested.is_dir() else suggested.parent))
    if isinstance(filters, str):  # Qt's own form: "PDF (*.pdf);;ทุกแฟ้ม (*)"
        filters = [part for part in filters.split(";;") if part.strip()]
    if filters and action != "folder":
        dialog.setNameFilters(list(filters))
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix.lstrip("."))
    for label in (
        QFileDialog.DialogLabel.LookIn,
        QFileDialog.DialogLabel.FileName,
        QFileDialog.DialogLabel.FileType,
        QFileDialog.DialogLabel.Reject,
    ):
        dialog.setLabelText(label, file_dialog_label(label))
    accept = {"open": "open", "open_many": "open", "save": "save", "folder": "folder"}[action]
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, accept_label(accept))
    return dialog


def _run(dialog: QFileDialog) -> list[str]:
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return [path for path in dialog.selectedFiles() if path]


def choose_open_file(
    parent: QWidget | None, title: str, directory: str | Path = "", filters: Sequence[str] = ()
) -> str | None:
    """One existing file, or None (cancelled)."""
    chosen = _run(file_dialog(parent, title, "open", directory=directory, filters=filters))
    return chosen[0] if chosen else None


def choose_open_files(
    parent: QWidget | None, title: str, directory: str | Path = "", filters: Sequence[str] = ()
) -> list[str]:
    """Existing files, or [] (cancelled)."""
    return _run(file_dialog(parent, title, "open_many", directory=directory, filters=filters))


def choose_save_file(
    parent: QWidget | None,
    title: str,
    suggested: str | Path = "",
    filters: Sequence[str] = (),
    default_suffix: str = "",
) -> str | None:
    """A file name to write (``suggested``: a full path or a folder), or None."""
    chosen = _run(
        file_dialog(
            parent,
            title,
            "save",
            directory=suggested,
            filters=filters,
            default_suffix=default_suffix,
        )
    )
    return chosen[0] if chosen else None


def choose_folder(parent: QWidget | None, title: str, directory: str | Path = "") -> str | None:
    """An existing folder, or None."""
    chosen = _run(file_dialog(parent, title, "folder", directory=directory))
    return chosen[0] if chosen else None


# -- opening ----------------------------------------------------------------------------------
def file_problem(parent: QWidget | None, title: str, text: str, folder: Path | None) -> None:
    """Say why a file could not be opened, where it is (``folder``, shown whole so it can be
    found by hand), with a button that opens that folder when it exists."""
    informative = ""
    if folder is not None:
        informative = _t("FileDialogs", "ตำแหน่ง: {folder}").replace("{folder}", str(folder))
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, informative=informative)
    open_button = None
    if folder is not None and folder.is_dir():
        open_button = box.addButton(
            _t("FileDialogs", "เปิดโฟลเดอร์ที่เก็บแฟ้ม"), QMessageBox.ButtonRole.ActionRole
        )
    box.exec()
    if open_button is not None and box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def open_file(parent: QWidget | None, path: str | Path) -> bool:
    """Open ``path`` in the system's viewer; False (and a message naming the file and where
    it is) when it is missing or the system could not open it."""
    path = Path(path)
    title = _t("FileDialogs", "เปิดแฟ้มไม่ได้")
    if not path.is_file():
        file_problem(
            parent,
            title,
            _t("FileDialogs", "ไม่พบแฟ้ม “{name}” อาจถูกย้ายหรือลบไปแล้ว").replace("{name}", path.name),
            path.parent,
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        file_problem(
            parent,
            title,
            _t(
                "FileDialogs",
                "เครื่องนี้เปิดแฟ้ม “{name}” ไม่ได้ (อาจยังไม่มีโปรแกรมสำหรับเปิดแฟ้มชนิดนี้) แฟ้มยังอยู่ครบ เปิดจากโฟลเดอร์ด้านล่างได้",
            ).replace("{name}", path.name),
            path.parent,
        )
        return False
    return True


def open_folder(parent: QWidget | None, folder: str | Path) -> bool:
    """Show ``folder`` in the system's file manager; False (and a message naming it) when it
    is missing or could not be shown."""
    folder = Path(folder)
    title = _t("FileDialogs", "เปิดโฟลเดอร์ไม่ได้")
    if not folder.is_dir():
        file_problem(
            parent,
            title,
            _t("FileDialogs", "ไม่พบโฟลเดอร์ “{folder}”").replace("{folder}", str(folder)),
            None,
        )
        return False
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        file_problem(
            parent,
            title,
            _t("FileDialogs", "เครื่องนี้เปิดโฟลเดอร์ให้ไม่ได้ กรุณาเปิดเองตามตำแหน่งด้านล่าง"),
            folder,
        )
        return False
    return True


__all__ = [
    "choose_folder",
    "choose_open_file",
    "choose_open_files",
    "choose_save_file",
    "file_dialog",
    "file_problem",
    "open_file",
    "open_folder",
]
