"""First-run setup: the province, the office and its work groups, and the directory.

Shared by the setup wizard and ``saraban init``. Safe to run again: the directory load is
idempotent, and the office's details are updated rather than duplicated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.db.engine import Database
from desktop_app.db.models import utcnow
from desktop_app.domain.errors import InvalidInput
from desktop_app.services.directory import DirectoryService, Province, find_province
from desktop_app.services.settings import OfficeInfo, SettingsService, WorkGroupInfo
from desktop_app.services.users import Actor

DLA_PROVINCIAL_UNIT = "0023"  # the provincial DLA offices' unit number in letter codes
DEFAULT_WORK_GROUP = "ฝ่ายบริหารงานทั่วไป"


def default_office_name(province: Province) -> str:
    return f"สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด{province.name_th}"


def default_prefix(province: Province) -> str:
    """The office's letter code, e.g. "มส 0023"; each work group adds its ".N"."""
    return f"{province.abbrev_th} {DLA_PROVINCIAL_UNIT}"


@dataclass(frozen=True)
class SetupRequest:
    province: str
    office_name: str | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    prefix: str | None = None
    work_groups: Sequence[WorkGroupInfo] = ()


@dataclass(frozen=True)
class SetupResult:
    province: Province
    office: OfficeInfo
    districts: int
    local_authorities: int
    organisations_added: int
    work_groups: list[WorkGroupInfo]

    def to_json(self) -> dict[str, object]:
        return {
            "province": self.province.name_th,
            "province_code": self.province.code,
            "province_name_en": self.province.name_en,
            "office_name": self.office.name,
            "prefix": self.office.letter_prefix,
            "districts": self.districts,
            "local_authorities": self.local_authorities,
            "work_groups": [group.name for group in self.work_groups],
        }


class SetupService:
    def __init__(self, db: Database, settings: SettingsService, directory: DirectoryService):
        self.db = db
        self.settings = settings
        self.directory = directory

    def initialise(self, request: SetupRequest, actor: Actor) -> SetupResult:
        province = find_province(request.province)
        current = self.settings.office()
        if current is not None and current.province_code not in (None, province.code):
            raise InvalidInput(
                f"ฐานข้อมูลนี้ตั้งค่าไว้สำหรับสำนักงานของจังหวัดรหัส {current.province_code} แล้ว "
                "จะเปลี่ยนจังหวัดไม่ได้ (ใช้ฐานข้อมูลใหม่สำหรับสำนักงานอื่น)",
                f"This database already belongs to the office of province {current.province_code};"
                " use a new database for another office.",
                field="province",
            )
        prefix = (request.prefix or (current.letter_prefix if current else "")
                  or default_prefix(province))
        office_name = (request.office_name or (current.name if current else "")
                       or default_office_name(province))
        office = OfficeInfo(
            name=office_name,
            province_code=province.code,
            address=request.address or (current.address if current else ""),
            phone=request.phone or (current.phone if current else ""),
            email=request.email or (current.email if current else ""),
            letter_prefix=prefix,
            setup_completed_at=utcnow(),
        )
        groups = list(request.work_groups)
        with self.db.write() as session:
            saved_office = self.settings.save_office(session, office, actor)
            summary = self.directory.load_province(session, province, actor)
            saved_groups = [self.settings.save_work_group_in(session, g, actor) for g in groups]
        if not self.settings.work_groups():
            saved_groups.append(self.settings.save_work_group(
                WorkGroupInfo(None, DEFAULT_WORK_GROUP, prefix), actor))
        return SetupResult(
            province=province,
            office=saved_office,
            districts=summary.districts,
            local_authorities=summary.local_authorities,
            organisations_added=summary.added,
            work_groups=saved_groups or self.settings.work_groups(),
        )
