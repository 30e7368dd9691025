"""Operations on the office's settings, this workstation's preferences and first-run setup."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.config import WorkstationPrefs
from desktop_app.domain.directory import Province, ProvinceSummary
from desktop_app.domain.office import OfficeInfo, SetupRequest, SetupResult, WorkGroupInfo
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
            from desktop_app.services.directory import find_province

            office = c.settings.office()
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
