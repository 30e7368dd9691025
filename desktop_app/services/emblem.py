"""The Garuda emblem (ตราครุฑ) the office's letters print at their head, 3 cm tall.

Regulation (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ, shared/domain/saraban.md): external
and stamped letters carry the Garuda; the office supplies the image (a setting,
``letter.garuda_path``); without it the letter keeps its space and prints without it.

ReportLab draws PNG and JPEG (through Pillow), so that is what is stored: ``check_image``
refuses anything else with a message saying why, an SVG included (the GUI's operation turns
an SVG into a PNG first, ui/operations/settings.py, since only the UI layer has Qt's SVG
renderer). ``store_emblem`` copies the checked image into the office's attachment store (the
folder every workstation shares, so the letters of every workstation print it and a file
later moved or deleted from a USB stick does not matter) and points the setting at the copy.
``emblem_problem`` says whether the letters will print the Garuda and, if not, why.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.users import Actor
from desktop_app.services.attachments import AttachmentStore
from desktop_app.services.settings import SettingsService

SETTING = "letter.garuda_path"
MAX_BYTES = 20 * 1024 * 1024  # an emblem is some hundreds of KB; more is not an emblem
MIN_HEIGHT_PX = 100  # 3 cm at under 85 dpi prints visibly blurred
MAX_SIDE_PX = 12_000
SVG_SUFFIXES = (".svg", ".svgz")


@dataclass(frozen=True)
class EmblemImage:
    """A checked emblem image: its format ("PNG" or "JPEG") and size in pixels."""

    format: str
    width: int
    height: int


def is_svg(name: str, data: bytes = b"") -> bool:
    """Whether ``name`` (or, failing its suffix, ``data``'s start) is an SVG drawing."""
    if Path(name).suffix.lower() in SVG_SUFFIXES:
        return True
    head = data[:512].lstrip().lower()
    return head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:4096])


def read_image_file(path: Path) -> bytes:
    """The bytes of the chosen image. Raises ``InvalidInput`` (missing, a folder, unreadable,
    larger than 20 MB)."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise InvalidInput(
            f"“{path}” เป็นโฟลเดอร์ ไม่ใช่แฟ้มภาพ", f"“{path}” is a folder, not an image", field=SETTING
        )
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(
                f"แฟ้ม “{path.name}” ใหญ่เกิน 20 MB ไม่ใช่ภาพตราครุฑ",
                f"“{path.name}” is larger than 20 MB: not an emblem image",
                field=SETTING,
            )
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InvalidInput(
            f"ไม่พบแฟ้มภาพ “{path}”", f"Image not found: “{path}”", field=SETTING
        ) from error
    except OSError as error:
        raise InvalidInput(
            f"อ่านแฟ้มภาพ “{path}” ไม่ได้ ({error.strerror or error})",
            f"Cannot read the image “{path}” ({error.strerror or error})",
            field=SETTING,
        ) from error


def check_image(data: bytes, name: str) -> EmblemImage:
    """``data`` as an emblem ReportLab can draw: a PNG or JPEG at least 100 pixels tall.

    Raises ``InvalidInput`` saying why not (an SVG not converted, another format, a damaged
    or too small image)."""
    if is_svg(name, data):
        raise InvalidInput(
            f"“{name}” เป็นภาพ SVG ซึ่งพิมพ์ลงหนังสือโดยตรงไม่ได้ กรุณาเลือกภาพ PNG หรือ JPEG",
            f"“{name}” is an SVG drawing, which letters cannot print directly; choose a PNG or"
            " JPEG image",
            field=SETTING,
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            kind = str(image.format or "")
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise InvalidInput(
            f"“{name}” ไม่ใช่แฟ้มภาพที่อ่านได้ (ต้องเป็น PNG, JPEG หรือ SVG)",
            f"“{name}” is not a readable image (PNG, JPEG or SVG expected)",
            field=SETTING,
        ) from error
    except Image.DecompressionBombError as error:
        raise InvalidInput(
            f"ภาพ “{name}” ใหญ่เกินไป", f"The image “{name}” is too large", field=SETTING
        ) from error
    if kind not in ("PNG", "JPEG"):
        raise InvalidInput(
            f"“{name}” เป็นภาพชนิด {kind or 'ที่ไม่รู้จัก'} ใช้ได้เฉพาะ PNG, JPEG หรือ SVG",
            f"“{name}” is a {kind or 'unknown'} image; use a PNG, JPEG or SVG",
            field=SETTING,
        )
    if height < MIN_HEIGHT_PX:
        raise InvalidInput(
            f"ภาพ “{name}” สูงเพียง {height} จุด พิมพ์สูง 3 ซม. แล้วจะไม่คมชัด"
            f" (ต้องสูงอย่างน้อย {MIN_HEIGHT_PX} จุด)",
            f"“{name}” is only {height} pixels tall and would print blurred at 3 cm"
            f" (at least {MIN_HEIGHT_PX} needed)",
            field=SETTING,
        )
    if max(width, height) > MAX_SIDE_PX:
        raise InvalidInput(
            f"ภาพ “{name}” ใหญ่เกินไป ({width}x{height} จุด)",
            f"The image “{name}” is too large ({width}x{height} pixels)",
            field=SETTING,
        )
    # ReportLab must read it too (it is what draws the letters).
    from reportlab.lib.utils import ImageReader

    try:
        ImageReader(io.BytesIO(data)).getSize()
    except Exception as error:
        raise InvalidInput(
            f"โปรแกรมจัดพิมพ์หนังสืออ่านภาพ “{name}” ไม่ได้",
            f"The letter typesetter cannot read “{name}”",
            field=SETTING,
        ) from error
    return EmblemImage(kind, width, height)


def store_emblem(
    settings: SettingsService,
    store: Callable[[], AttachmentStore],
    data: bytes,
    name: str,
    actor: Actor,
) -> Path:
    """Check ``data`` (``check_image``), copy it into the attachment store and make the
    letters print it (``letter.garuda_path``); gives the stored copy's path.

    Raises ``InvalidInput`` (not a usable image), ``PermissionDenied`` (not an admin; nothing
    is copied), ``EnvironmentProblem`` (the store cannot be written)."""
    image = check_image(data, name)
    from desktop_app.services.settings import require_admin

    require_admin(actor, "ตั้งภาพครุฑของหนังสือ", "set the letters' Garuda emblem")
    suffix = ".png" if image.format == "PNG" else ".jpg"
    media = "image/png" if image.format == "PNG" else "image/jpeg"
    stored = store().put_bytes(data, f"garuda{suffix}", media)
    path = store().path_for(stored.sha256)
    settings.set(SETTING, str(path), actor)
    return path


def emblem_problem(settings: SettingsService) -> tuple[str | None, str, str]:
    """(the path set or None, why the letters print no Garuda in Thai, in English); both
    reasons are "" when the set image will print."""
    value = settings.get(SETTING)
    if not value:
        return (
            None,
            "ยังไม่ได้ตั้งภาพตราครุฑ หนังสือจะพิมพ์โดยไม่มีครุฑ",
            "No Garuda emblem is set: letters print without it",
        )
    path = Path(str(value))
    if not path.is_file():
        return (
            str(path),
            f"ไม่พบแฟ้มภาพตราครุฑ “{path}” หนังสือจะพิมพ์โดยไม่มีครุฑ",
            f"The Garuda image “{path}” is missing: letters print without it",
        )
    try:
        check_image(read_image_file(path), path.name)
    except InvalidInput as error:
        return (
            str(path),
            f"ภาพตราครุฑใช้ไม่ได้: {error.message_th}",
            f"The Garuda image cannot be used: {error.message_en}",
        )
    return str(path), "", ""


__all__ = [
    "EmblemImage",
    "check_image",
    "emblem_problem",
    "is_svg",
    "read_image_file",
    "store_emblem",
]
