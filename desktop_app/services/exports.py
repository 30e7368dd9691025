"""Exports of the registers to Excel: one service for the GUI and the CLI.

Both ask for the same thing (a filter, a file, a language) and get the same workbook: the
same title, the office's digits setting for spreadsheets, month names in the language asked
for. openpyxl is imported only when an export runs.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.incoming import IncomingFilter
from desktop_app.domain.thai_text import apply_digits
from desktop_app.jobs import NO_CONTROL, JobControl
from desktop_app.services.incoming import IncomingRegister
from desktop_app.services.settings import SettingsService


class ExportService:
    def __init__(self, incoming: IncomingRegister, settings: SettingsService) -> None:
        self.incoming = incoming
        self.settings = settings

    def incoming_title(self, flt: IncomingFilter, lang: str = "th") -> str:
        """ "ทะเบียนหนังสือรับ ปี พ.ศ. 2569 สำนักงาน…" (English: "Incoming register, BE 2569,
        …"), the year in the export's digits."""
        digits = self.settings.get("export.digits")
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
    ) -> int:
        """Write the incoming register's rows passing ``flt`` (oldest first) to ``target``;
        return how many. Raises ``InvalidInput`` (not .xlsx, no such folder; nothing read),
        ``EnvironmentProblem`` (disk full; no partial file), ``Cancelled``."""
        from desktop_app.reports.excel import check_export_target, export_incoming_register

        target = check_export_target(target)
        return export_incoming_register(
            self.incoming.iter_rows(flt),
            target,
            title=self.incoming_title(flt, lang),
            total=self.incoming.count(flt),
            digits=self.settings.get("export.digits"),
            lang=lang,
            control=control,
        )
