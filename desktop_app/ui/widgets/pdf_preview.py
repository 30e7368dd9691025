"""A PDF shown as page images (rendered with PDFium through pypdfium2, off the GUI thread)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

PREVIEW_SCALE = 1.4  # 72 dpi x 1.4, about 100 dpi: an A4 page 830 px wide
# PDFium is not thread-safe (pypdfium2's documentation says so; two previews rendered on two
# worker threads at once crashed the process): one rendering at a time, whatever the thread.
_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    rgb: bytes


def render_pages(pdf: bytes, scale: float = PREVIEW_SCALE, limit: int = 20) -> list[PageImage]:
    """Rasterise the first ``limit`` pages; safe on any worker thread (PDFium itself is
    entered by one thread at a time)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            pages = []
            for index in range(min(len(document), limit)):
                page = document[index]
                try:
                    image = page.render(scale=scale).to_pil().convert("RGB")
                finally:
                    page.close()
                pages.append(PageImage(image.width, image.height, image.tobytes()))
            return pages
        finally:
            document.close()


class PdfPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.container = QWidget(self)
        self.container.setStyleSheet("background: #808080;")
        self.column = QVBoxLayout(self.container)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self.container)
        self.page_labels: list[QLabel] = []
        self._pixmaps: list[QPixmap] = []

    def show_pages(self, pages: list[PageImage]) -> None:
        """Show new pages where the old ones were: the officer keeps looking at the part of
        the letter being edited while the preview follows the typing."""
        position = self.verticalScrollBar().value()
        for label in self.page_labels:
            self.column.removeWidget(label)
            label.hide()  # gone at once, deleted when the event loop next runs
            label.deleteLater()
        self.page_labels = []
        self._pixmaps = []
        for page in pages:
            image = QImage(
                page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888
            ).copy()
            self._pixmaps.append(QPixmap.fromImage(image))
            label = QLabel(self.container)
            label.setStyleSheet("background: white;")
            self.column.addWidget(label)
            self.page_labels.append(label)
        self._fit()
        self.column.activate()  # lay the new pages out now, not at the next layout pass
        # The scroll range follows the new pages once the scroll area has seen their size.
        QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(position))

    def _fit(self) -> None:
        """Pages as wide as the panel (never wider than rendered), leaving room for the
        vertical scroll bar that several pages bring, so no sideways scrolling is needed."""
        inner = self.width() - 2 * self.frameWidth() - self.verticalScrollBar().sizeHint().width()
        width = max(200, inner - 24)
        for label, pixmap in zip(self.page_labels, self._pixmaps, strict=True):
            label.setPixmap(
                pixmap
                if pixmap.width() <= width
                else pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    @property
    def page_count(self) -> int:
        return len(self.page_labels)
