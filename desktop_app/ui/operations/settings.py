"""Operations on the office's settings, this workstation's preferences and first-run setup."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.config import WorkstationPrefs
from desktop_app.domain.directory import Province, ProvinceSummary
from desktop_app.domain.office import OfficeInfo, SetupRequest, SetupResult, WorkGroupInfo
from desktop_app.domain.workdays import Holiday
from desktop_app.ui.operations import SETTINGS, QueryOp, WriteOp

if TYPE_CHECKING:
    from desktop_app.ui.operations import Operations


@dataclass(frozen=True)
class SettingsSnapshot:
    """Everything the settings page shows, read in one go."""

    office: OfficeInfo | None
    province_label: str  # "แม่ฮ่องสอน (Mae Hong Son)" or "-"
    work_groups: tuple[WorkGroupInfo, ...]
    workstation: dict[str, Any]  # this workstation's preferences (language, digits, URL)
    attachments_dir: str
    letter_digits: str
    letter_font: str | None
    garuda: str | None
    # The office's installed TH SarabunIT๙/PSK/New letters use when no font is chosen
    # (its family name), or None: the bundled Laksaman at TH Sarabun's size.
    installed_letter_font: str | None = None
    # Acknowledgement due dates: working days by ``Urgency`` value (every urgency present).
    due_working_days: dict[str, int] = field(default_factory=dict)
    # The office's own days off {date: name} and the public holidays it works on.
    office_days_off: dict[dt.date, str] = field(default_factory=dict)
    office_working_days: frozenset[dt.date] = frozenset()


@dataclass(frozen=True)
class EmblemStatus:
    """Whether letters print the Garuda: the image set (a path, or None) and, when they will
    not, why (``problem_th``/``problem_en``; both "" when it prints)."""

    path: str | None
    problem_th: str = ""
    problem_en: str = ""

    @property
    def usable(self) -> bool:
        return not self.problem_th

    def problem(self, language: str) -> str:
        return self.problem_en if language == "en" else self.problem_th


@dataclass(frozen=True)
class EmblemChoice:
    """An image chosen for the Garuda, checked: where it came from, whether it was an SVG
    (turned into a PNG), its size in pixels as letters will print it, and the PNG/JPEG bytes
    letters will print."""

    source: str
    converted_from_svg: bool
    width: int
    height: int
    data: bytes


# An SVG is drawn this many pixels tall (3 cm at about 1000 dpi: sharp on any printer).
SVG_RENDER_HEIGHT_PX = 1200


def svg_to_png(data: bytes, name: str, height: int = SVG_RENDER_HEIGHT_PX) -> bytes:
    """An SVG drawing as a PNG ``height`` pixels tall, transparent where the drawing is
    (Qt's SVG renderer; runs on a worker thread). Raises ``InvalidInput`` when Qt has no SVG
    support or cannot read the drawing."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter

    from desktop_app.domain.errors import InvalidInput

    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError as error:
        raise InvalidInput(
            "เครื่องนี้อ่านภาพ SVG ไม่ได้ กรุณาเลือกภาพ PNG หรือ JPEG",
            "This computer cannot read SVG drawings; choose a PNG or JPEG image",
            field="letter.garuda_path",
        ) from error
    if name.lower().endswith(".svgz") or data[:2] == b"\x1f\x8b":
        import contextlib
        import gzip

        with contextlib.suppress(OSError):  # not compressed after all: read as it is
            data = gzip.decompress(data)
    renderer = QSvgRenderer(QByteArray(data))
    size = renderer.defaultSize()
    if not renderer.isValid() or size.isEmpty():
        raise InvalidInput(
            f"อ่านภาพ SVG “{name}” ไม่ได้ กรุณาเลือกภาพ PNG หรือ JPEG",
            f"Cannot read the SVG drawing “{name}”; choose a PNG or JPEG image",
            field="letter.garuda_path",
        )
    width = max(1, round(height * size.width() / size.height()))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (the stub says bytes)
        raise InvalidInput(
            f"แปลงภาพ SVG “{name}” ไม่ได้ กรุณาเลือกภาพ PNG หรือ JPEG",
            f"Cannot convert the SVG drawing “{name}”; choose a PNG or JPEG image",
            field="letter.garuda_path",
        )
    return bytes(buffer.data().data())


def choose_emblem(path: str) -> EmblemChoice:
    """Read and check the image at ``path`` (an SVG drawn into a PNG first). Raises
    ``InvalidInput`` (services/emblem.py ``check_image``)."""
    from desktop_app.services.emblem import check_image, is_svg, read_image_file

    source = Path(path)
    data = read_image_file(source)
    svg = is_svg(source.name, data)
    if svg:
        data = svg_to_png(data, source.name)
    image = check_image(data, source.with_suffix(".png").name if svg else source.name)
    return EmblemChoice(str(source), svg, image.width, image.height, data)


@dataclass(frozen=True)
class SetupStart:
    """What the first-run wizard starts from: every province, and what is already set."""

    provinces: tuple[Province, ...]
    office: OfficeInfo | None
    work_groups: tuple[WorkGroupInfo, ...]


class SettingsOps:
    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    def office(self) -> QueryOp[OfficeInfo | None]:
        return self._ops.query("settings.office", lambda c, _j: c.settings.office())

    def snapshot(self) -> QueryOp[SettingsSnapshot]:
        def work(c, _j):
            from desktop_app.reports.typesetting.system_fonts import installed_th_sarabun
            from desktop_app.services.directory import find_province

            office = c.settings.office()
            calendar = c.settings.working_calendar()
            label = "-"
            if office is not None and office.province_code:
                province = find_province(office.province_code)
                label = f"{province.name_th} ({province.name_en})"
            return SettingsSnapshot(
                office=office,
                province_label=label,
                work_groups=tuple(c.settings.work_groups(include_inactive=True)),
                workstation=WorkstationPrefs(c.paths.workstation_file).load(),
                attachments_dir=str(c.attachment_store().root),
                letter_digits=c.settings.get("letter.digits"),
                letter_font=c.settings.get("letter.font_path"),
                garuda=c.settings.get("letter.garuda_path"),
                installed_letter_font=getattr(installed_th_sarabun(), "family", None),
                due_working_days=c.settings.due_working_days(),
                office_days_off=dict(calendar.added),
                office_working_days=frozenset(calendar.removed),
            )

        return self._ops.query("settings.snapshot", work)

    def update_office(self, info: OfficeInfo) -> WriteOp[OfficeInfo]:
        actor = self._ops.actor
        return self._ops.write(
            "settings.office", SETTINGS, lambda c, _j: c.settings.update_office(info, actor)
        )

    def save_work_groups(self, groups: list[WorkGroupInfo]) -> WriteOp[None]:
        actor = self._ops.actor

        def work(c, _j):
            for group in groups:
                c.settings.save_work_group(group, actor)

        return self._ops.write("settings.groups", SETTINGS, work)

    def set(self, key: str, value: Any) -> WriteOp[None]:
        actor = self._ops.actor
        return self._ops.write(
            "settings.set", SETTINGS, lambda c, _j: c.settings.set(key, value, actor)
        )

    # -- the Garuda emblem ----------------------------------------------------------------
    def emblem(self) -> QueryOp[EmblemStatus]:
        """Whether letters print the Garuda, and why not."""

        def work(c, _j):
            from desktop_app.services.emblem import emblem_problem

            return EmblemStatus(*emblem_problem(c.settings))

        return self._ops.query("settings.emblem", work)

    def check_emblem(self, path: str) -> QueryOp[EmblemChoice]:
        """Read and check an image chosen for the Garuda (PNG, JPEG; an SVG is drawn into a
        PNG); nothing is stored. Fails with ``InvalidInput`` saying why it cannot be used."""
        return self._ops.query("settings.check_emblem", lambda _c, _j: choose_emblem(path))

    def set_emblem(self, choice: EmblemChoice | str) -> WriteOp[EmblemStatus]:
        """Make letters print this image (a checked ``EmblemChoice``, or a path checked
        here): copied into the office's attachment store. Fails with ``InvalidInput`` or
        ``PermissionDenied`` (not an admin)."""
        actor = self._ops.actor

        def work(c, _j):
            from desktop_app.services.emblem import emblem_problem, store_emblem

            chosen = choose_emblem(choice) if isinstance(choice, str) else choice
            source = Path(chosen.source)
            name = source.with_suffix(".png").name if chosen.converted_from_svg else source.name
            store_emblem(c.settings, c.attachment_store, chosen.data, name, actor)
            return EmblemStatus(*emblem_problem(c.settings))

        return self._ops.write("settings.emblem", SETTINGS, work)

    # -- acknowledgement due dates and the office's calendar --------------------------------
    def save_due_days(self, days: Mapping[str, int]) -> WriteOp[dict[str, int]]:
        """Save the working days to acknowledge, by ``Urgency`` value; gives every urgency's
        days as saved. Fails with ``PermissionDenied`` (not an admin) or ``InvalidInput``
        (a count outside 0..60)."""
        actor = self._ops.actor
        chosen = dict(days)
        return self._ops.write(
            "settings.due_days",
            SETTINGS,
            lambda c, _j: c.settings.save_due_working_days(chosen, actor),
        )

    def save_office_days(
        self, days_off: Mapping[dt.date, str], working_days: Iterable[dt.date]
    ) -> WriteOp[None]:
        """Replace the office's own days off ({date: name}) and the public holidays it works
        on. Fails with ``PermissionDenied`` (not an admin) or ``InvalidInput`` (a day off
        without a name)."""
        actor = self._ops.actor
        added = {day: " ".join(name.split()) for day, name in days_off.items()}
        removed = sorted(set(working_days))

        def work(c, _j):
            from desktop_app.domain.workdays import dump_office_days, parse_office_days

            # Checked before anything is stored, so a bad name never half-saves.
            parse_office_days(dump_office_days(added))
            c.settings.save_office_days(added, removed, actor)

        return self._ops.write("settings.office_days", SETTINGS, work)

    def public_holidays(self, year: int) -> QueryOp[list[Holiday]]:
        """The government days off of ``year`` (Christian era) from the Thai holiday
        calendar alone (``holidays`` package, ``source == "library"``), sorted by day,
        weekends included; the office's own changes are not applied."""

        def work(_c, _j):
            from desktop_app.domain.workdays import WorkingCalendar

            return WorkingCalendar().holidays_in(dt.date(year, 1, 1), dt.date(year, 12, 31))

        return self._ops.query("settings.holidays", work)

    def preview_due_dates(
        self,
        days: Mapping[str, int],
        days_off: Mapping[dt.date, str],
        working_days: Iterable[dt.date],
    ) -> QueryOp[tuple[dt.date, dict[str, dt.date]]]:
        """(today, {urgency value: due date}) for a letter issued today under these (maybe
        unsaved) settings: ``days`` working days by urgency, the office's days off and the
        holidays it works on. Nothing is stored."""
        chosen = dict(days)
        added = dict(days_off)
        removed = frozenset(working_days)

        def work(c, _j):
            from desktop_app.domain.workdays import WorkingCalendar, due_date

            today = c.clock().date()
            calendar = WorkingCalendar(added, removed)
            return today, {
                urgency: due_date(calendar, today, urgency, days_by_urgency=chosen)
                for urgency in chosen
            }

        return self._ops.query("settings.due_preview", work)

    @staticmethod
    def check_database_url(url: str) -> None:
        """``InvalidInput`` unless ``url`` is a SQLite or PostgreSQL URL (no connection)."""
        from desktop_app.db.engine import parse_url

        parse_url(url)

    def save_workstation(self, values: dict[str, Any]) -> QueryOp[None]:
        """This workstation's preferences (a file in its config folder, not the database)."""

        def work(c, _j):
            prefs = WorkstationPrefs(c.paths.workstation_file)
            for key, value in values.items():
                prefs.set(key, value)

        return self._ops.query("settings.workstation", work)


class SetupOps:
    def __init__(self, gateway: Operations) -> None:
        self._ops = gateway

    def start(self) -> QueryOp[SetupStart]:
        def work(c, _j):
            from desktop_app.services.directory import national_provinces

            return SetupStart(
                national_provinces(), c.settings.office(), tuple(c.settings.work_groups())
            )

        return self._ops.query("setup.start", work)

    def province_summary(self, province: Province) -> QueryOp[ProvinceSummary]:
        def work(_c, _j):
            from desktop_app.services.directory import province_summary

            return province_summary(province)

        return self._ops.query("setup.province", work)

    def initialise(self, request: SetupRequest) -> WriteOp[SetupResult]:
        actor = self._ops.actor
        return self._ops.write("setup", SETTINGS, lambda c, _j: c.setup.initialise(request, actor))
