"""The user guide, shown inside the program (Help > User guide, F1).

The guide is Markdown shipped with the program: ``resources/help/user-guide.th.md`` and
``user-guide.en.md`` (the English UI shows the English one, falling back to Thai), with its
screenshots in ``resources/help/images/`` (packaging/screenshots.py takes them at 1366x768).
A QTextBrowser renders it (``QTextDocument.setMarkdown``); images are read relative to the
guide's folder and shown no wider than ``MAX_IMAGE_WIDTH``; links to web pages open in the
browser.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QImageReader, QTextCursor, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.resources import resources_dir
from desktop_app.ui.i18n import _t
from desktop_app.ui.window_state import remember_window

INITIAL_SIZE = QSize(1000, 720)
MAX_IMAGE_WIDTH = 860  # pixels: a 1366x768 screenshot scaled to the viewer's width


def guide_path(language: str) -> Path:
    """The guide in ``language`` ("th" or "en"), or the Thai one when there is none."""
    folder = resources_dir() / "help"
    wanted = folder / f"user-guide.{language}.md"
    return wanted if wanted.is_file() else folder / "user-guide.th.md"


class HelpDialog(QDialog):
    """The guide in a viewer; ``state_folder`` is where window sizes are remembered
    (``ops.paths.config_dir``)."""

    def __init__(
        self, state_folder: Path, language: str = "th", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HelpDialog")
        self.setWindowTitle(_t("HelpDialog", "คู่มือการใช้งาน Saraban Desk"))
        self.path = guide_path(language)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(self.path.parent)])
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(_t("HelpDialog", "ปิด"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        remember_window(self, state_folder, "HelpDialog", INITIAL_SIZE)
        self.show_guide()

    def show_guide(self) -> None:
        """(Re)read the guide file; a missing file is said in the viewer."""
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            text = _t("HelpDialog", "ไม่พบไฟล์คู่มือ {file}").replace("{file}", str(self.path))
        document.setMarkdown(text)
        self._fit_images()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # open at the beginning

    def _images(self) -> list[tuple[int, int, QTextImageFormat]]:
        """Each image of the document: (position, length, format)."""
        found: list[tuple[int, int, QTextImageFormat]] = []
        block = self.browser.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    found.append(
                        (
                            fragment.position(),
                            fragment.length(),
                            fragment.charFormat().toImageFormat(),
                        )
                    )
                iterator += 1
            block = block.next()
        return found

    def image_names(self) -> list[str]:
        """The images the guide shows, as written in it (relative to its folder)."""
        return [image.name() for _position, _length, image in self._images()]

    def image_file(self, name: str) -> Path:
        """Where the image ``name`` (as written in the guide) is read from."""
        return self.path.parent / QUrl(name).path()

    def _fit_images(self) -> None:
        """Scale each image down to ``MAX_IMAGE_WIDTH`` (pixels; its height follows)."""
        document = self.browser.document()
        for position, length, image in self._images():
            natural = QImageReader(str(self.image_file(image.name()))).size()
            if natural.width() <= MAX_IMAGE_WIDTH:
                continue
            scaled = QTextImageFormat(image)
            scaled.setWidth(MAX_IMAGE_WIDTH)
            scaled.setHeight(natural.height() * MAX_IMAGE_WIDTH / natural.width())
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(scaled)
