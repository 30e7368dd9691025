"""Appending PDFs to a letter: the incoming original travels behind the forwarding letter."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence

from desktop_app.domain.errors import InvalidInput

# pypdf tells its logger about every oddity of a damaged file, in English, on the console of
# a command that already says what is wrong in the user's language.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _unreadable(name: str) -> InvalidInput:
    return InvalidInput(
        f"อ่านแฟ้ม PDF ที่แนบกับหนังสือรับไม่ได้ (แฟ้มเสียหายหรือไม่ใช่ PDF): {name} "
        "ส่งต่อโดยไม่แนบต้นเรื่องได้ (เอาเครื่องหมายที่ “แนบหนังสือต้นเรื่อง” ออก หรือ --no-enclosure)",
        f"Cannot read the incoming document's PDF (damaged or not a PDF): {name}. It can be "
        "forwarded without the original appended (untick “append the original”, or "
        "--no-enclosure).",
        field="attachments",
    )


def check_pdf(data: bytes, name: str) -> int:
    """The page count of a readable PDF; ``InvalidInput`` naming ``name`` otherwise."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        return len(PdfReader(io.BytesIO(data)).pages)
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as error:
        raise _unreadable(name) from error


def append_pdfs(letter: bytes, enclosures: Sequence[bytes]) -> tuple[bytes, int]:
    """The letter followed by the pages of each enclosed PDF, and how many pages the
    enclosures added. Enclosures are checked with ``check_pdf`` first."""
    if not enclosures:
        return letter, 0
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(letter)))
    extra = 0
    for number, data in enumerate(enclosures, start=1):
        try:
            reader = PdfReader(io.BytesIO(data))
            extra += len(reader.pages)
            writer.append(reader)
        except (PdfReadError, OSError, ValueError, KeyError, TypeError) as error:
            raise _unreadable(f"#{number}") from error
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue(), extra
