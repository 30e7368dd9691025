"""Exports to Excel: one service for the GUI and the CLI.

Both ask for the same thing (a filter, a file, a language) and get the same workbook: the
same title (what, which period, the office), labels and month names in the language asked
for, and the digits the screen shows (issue 9: the register showed Thai digits on screen and
exported Arabic ones). The digits of an export, in order: the ``digits`` a caller passes; the
screen's setting (``screen_digits``, the workstation's "digits" preference, given by the
composition root); the office's ``export.digits`` setting where there is no screen. One rule
for the whole workbook (reports/excel.py): text, numbers and dates alike. openpyxl is
imported only when an export runs. Workbooks: the incoming register (``export_incoming``), the
outgoing register (``export_outgoing``), acknowledgements per letter and per recipient
(``export_acks``) and the supervisor's dashboard (``export_dashboard``).

Every export checks its target first (an .xlsx in an existing folder: ``InvalidInput``
before anything is read) and writes the file whole or not at all (``EnvironmentProblem``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.acks import DashboardFilter
from desktop_app.domain.incoming import IncomingFilter
from desktop_app.domain.thai_dates import format_date_short
from desktop_app.domain.thai_text import Digits, apply_digits
from desktop_app.jobs import NO_CONTROL, JobControl
from desktop_app.services.incoming import IncomingRegister
from desktop_app.services.settings import SettingsService

if TYPE_CHECKING:
    from desktop_app.services.acknowledgements import AcknowledgementService
    from desktop_app.services.outgoing import OutgoingService

_KINDS = {
    "district": ("อำเภอ", "districts"),
    "local_authority": ("องค์กรปกครองส่วนท้องถิ่น", "local authorities"),
    "other": ("หน่วยงานอื่น", "other agencies"),
}


class ExportService:
    """The four workbooks. ``screen_digits``: returns the digits the screen shows ("thai" or
    "arabic"; anything else, or no function, falls back to the office's ``export.digits``)."""

    def __init__(
        self,
        incoming: IncomingRegister,
        settings: SettingsService,
        outgoing: OutgoingService,
        acknowledgements: AcknowledgementService,
        *,
        screen_digits: Callable[[], object] | None = None,
    ) -> None:
        self.incoming = incoming
        self.settings = settings
        self.outgoing = outgoing
        self.acknowledgements = acknowledgements
        self.screen_digits = screen_digits

    def digits(self, digits: Digits | None = None) -> Digits:
        """The digits of an export: ``digits`` if given, else the screen's, else the office's
        ``export.digits`` (module doc)."""
        if digits in ("thai", "arabic"):
            return digits
        if self.screen_digits is not None:
            screen = self.screen_digits()
            if screen in ("thai", "arabic"):
                return "thai" if screen == "thai" else "arabic"
        setting = self.settings.get("export.digits")
        return "thai" if setting == "thai" else "arabic"

    def incoming_title(
        self, flt: IncomingFilter, lang: str = "th", digits: Digits | None = None
    ) -> str:
        """ "ทะเบียนหนังสือรับ ปี พ.ศ. 2569 สำนักงาน…" (English: "Incoming register, BE 2569,
        …"), the year in the export's digits."""
        digits = self.digits(digits)
        office = self.settings.office()
        if lang == "en":
            parts = ["Incoming register"]
            if flt.year:
                parts.append(f"BE {flt.year}")
            if office:
                parts.append(office.name)
            return apply_digits(", ".join(parts), digits)
        title = "ทะเบียนหนังสือรับ"
        if flt.year:
            title += f" ปี พ.ศ. {flt.year}"
        if office:
            title += f" {office.name}"
        return apply_digits(title, digits)

    def export_incoming(
        self,
        flt: IncomingFilter,
        target: Path,
        *,
        lang: str = "th",
        control: JobControl = NO_CONTROL,
        digits: Digits | None = None,
    ) -> int:
        """Write the incoming register's rows passing ``flt`` (oldest first) to ``target``;
        return how many. ``digits``: see ``digits()``. Raises ``InvalidInput`` (not .xlsx,
        no such folder; nothing read), ``EnvironmentProblem`` (disk full; no partial file),
        ``Cancelled``."""
        from desktop_app.reports.excel import check_export_target, export_incoming_register

        target = check_export_target(target)
        return export_incoming_register(
            self.incoming.iter_rows(flt),
            target,
            title=self.incoming_title(flt, lang, digits),
            total=self.incoming.count(flt),
            digits=self.digits(digits),
            lang=lang,
            control=control,
        )

    # -- the outgoing register ------------------------------------------------------------
    def _office_name(self) -> str:
        office = self.settings.office()
        return office.name if office else ""

    def outgoing_title(
        self, year: int | None = None, lang: str = "th", digits: Digits | None = None
    ) -> str:
        """ "ทะเบียนหนังสือส่ง ปี พ.ศ. 2569 สำนักงาน…" (English: "Outgoing register, BE
        2569, …"), in the export's digits."""
        office = self._office_name()
        chosen = self.digits(digits)
        if lang == "en":
            parts = ["Outgoing register"]
            if year:
                parts.append(f"BE {year}")
            if office:
                parts.append(office)
            return apply_digits(", ".join(parts), chosen)
        title = "ทะเบียนหนังสือส่ง"
        if year:
            title += f" ปี พ.ศ. {year}"
        if office:
            title += f" {office}"
        return apply_digits(title, chosen)

    def export_outgoing(
        self,
        target: Path,
        year: int | None = None,
        lang: str = "th",
        *,
        control: JobControl = NO_CONTROL,
        digits: Digits | None = None,
    ) -> Path:
        """Write the outgoing register (one BE year, or all; oldest first) to ``target``
        (.xlsx) in the regulation's columns; return ``target``. Raises ``InvalidInput`` (not
        .xlsx, no such folder; nothing read), ``EnvironmentProblem`` (disk full; no partial
        file), ``Cancelled``."""
        from desktop_app.reports.excel import check_export_target, export_outgoing_register

        target = check_export_target(target)
        lines = self.outgoing.register_lines(year)
        export_outgoing_register(
            lines,
            target,
            title=self.outgoing_title(year, lang, digits),
            total=len(lines),
            digits=self.digits(digits),
            lang=lang,
            control=control,
        )
        return target

    # -- acknowledgements -------------------------------------------------------------------
    def period_text(
        self,
        filters: DashboardFilter | None = None,
        year: int | None = None,
        lang: str = "th",
        digits: Digits | None = None,
    ) -> str:
        """The filter in words: "ปี พ.ศ. 2569 ตั้งแต่ 1 มี.ค. 2569 ถึง 31 มี.ค. 2569 กลุ่มงาน…
        ด่วนที่สุด ผู้รับ: อำเภอ" ("ทุกช่วงเวลา" / "all periods" without one)."""
        flt = filters or DashboardFilter()
        digits = self.digits(digits)
        en = lang == "en"
        parts: list[str] = []
        if year:
            parts.append(f"BE {year}" if en else f"ปี พ.ศ. {year}")
        if flt.start:
            day = format_date_short(flt.start, digits, lang)
            parts.append(f"from {day}" if en else f"ตั้งแต่ {day}")
        if flt.end:
            day = format_date_short(flt.end, digits, lang)
            parts.append(f"to {day}" if en else f"ถึง {day}")
        if not parts:
            parts.append("all periods" if en else "ทุกช่วงเวลา")
        if flt.work_group_id is not None:
            group = next(
                (
                    g.name
                    for g in self.settings.work_groups(include_inactive=True)
                    if g.id == flt.work_group_id
                ),
                str(flt.work_group_id),
            )
            parts.append(f"work group {group}" if en else group)
        if flt.urgency is not None:
            parts.append(flt.urgency.label(lang))
        if flt.recipient_kind is not None:
            th, english = _KINDS[flt.recipient_kind]
            parts.append(f"recipients: {english}" if en else f"ผู้รับ: {th}")
        return apply_digits(" ".join(parts) if not en else ", ".join(parts), digits)

    def acks_title(
        self,
        filters: DashboardFilter | None = None,
        year: int | None = None,
        lang: str = "th",
        digits: Digits | None = None,
    ) -> str:
        """ "การตอบรับหนังสือส่ง ปี พ.ศ. 2569 (ข้อมูล ณ 6 มี.ค. 2569) สำนักงาน…"."""
        digits = self.digits(digits)
        today = format_date_short(self.acknowledgements.clock().date(), digits, lang)
        period = self.period_text(filters, year, lang, digits)
        office = self._office_name()
        if lang == "en":
            parts = ["Acknowledgements of outgoing letters", period, f"as of {today}"]
            return apply_digits(", ".join([*parts, office] if office else parts), digits)
        title = f"การตอบรับหนังสือส่ง {period} (ข้อมูล ณ {today})"
        return apply_digits(f"{title} {office}" if office else title, digits)

    def export_acks(
        self,
        target: Path,
        filters: DashboardFilter | None = None,
        year: int | None = None,
        lang: str = "th",
        *,
        control: JobControl = NO_CONTROL,
        digits: Digits | None = None,
    ) -> Path:
        """Write the acknowledgements of the letters passing ``filters`` (and issued in BE
        ``year``, if given) to ``target``: one sheet with a line per letter (recipients,
        acknowledged, pending, overdue, returned, reminders), one with a line per recipient
        (its code, sent, due, state, who acknowledged when and how, their receive number,
        days late, reminders). Counted as the dashboard counts (no cancelled letters, no
        reminder letters). Returns ``target``. Raises ``InvalidInput``,
        ``EnvironmentProblem``, ``Cancelled``."""
        from desktop_app.reports.excel import check_export_target, export_ack_status
        from desktop_app.services.ack_exports import AckExportReader

        target = check_export_target(target)
        today = self.acknowledgements.clock().date()
        reader = AckExportReader(self.acknowledgements.db)
        export_ack_status(
            reader.letters(filters, year, today),
            reader.recipients(filters, year, today),
            target,
            title=self.acks_title(filters, year, lang, digits),
            digits=self.digits(digits),
            lang=lang,
            control=control,
        )
        return target

    def export_dashboard(
        self,
        target: Path,
        filters: DashboardFilter | None = None,
        lang: str = "th",
        *,
        digits: Digits | None = None,
    ) -> Path:
        """Write the dashboard's views for ``filters`` to ``target``: the figures (and by
        month), by district, by recipient, the overdue list and the matrix (state labels on
        their colours). Returns ``target``. Raises ``InvalidInput``, ``EnvironmentProblem``."""
        from desktop_app.reports.excel import check_export_target, export_ack_dashboard

        target = check_export_target(target)
        acks = self.acknowledgements
        digits = self.digits(digits)
        today = format_date_short(acks.clock().date(), digits, lang)
        office = self._office_name()
        if lang == "en":
            title = f"Acknowledgement dashboard, as of {today}" + (f", {office}" if office else "")
        else:
            title = f"สรุปการตอบรับหนังสือส่ง ข้อมูล ณ {today}" + (f" {office}" if office else "")
        return export_ack_dashboard(
            acks.dashboard(filters),
            acks.overdue(filters),
            acks.matrix(filters),
            target,
            title=apply_digits(title, digits),
            period=self.period_text(filters, None, lang, digits),
            digits=digits,
            lang=lang,
        )
