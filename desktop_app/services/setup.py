"""First-run setup: the province, the office and its work groups, and the directory.

Shared by the setup wizard and ``saraban init``. Safe to run again: the directory load is
idempotent, and the office's details are updated rather than duplicated.
"""

from __future__ import annotations

from desktop_app.db.engine import Database
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.office import (
    DEFAULT_WORK_GROUP,
    OfficeInfo,
    SetupRequest,
    SetupResult,
    WorkGroupInfo,
    clean_letter_prefix,
    default_issued_as,
    default_office_name,
    default_prefix,
)
from desktop_app.domain.users import Actor
from desktop_app.services.directory import DirectoryService, find_province
from desktop_app.services.settings import SettingsService, require_admin

__all__ = ["DEFAULT_WORK_GROUP", "SetupService"]


class SetupService:
    def __init__(self, db: Database, settings: SettingsService, directory: DirectoryService):
        self.db = db
        self.settings = settings
        self.directory = directory

    def initialise(self, request: SetupRequest, actor: Actor) -> SetupResult:
        """Load the province into the directory, save the office and its work groups (with
        their phone and e-mail, printed as ส่วนราชการเจ้าของเรื่อง), and the name stamped
        letters are issued in when the request gives one.

        The letter code is stored cleaned (``clean_letter_prefix``: "ที่ มส ๐๐๒๓.๓/" is
        saved as "มส ๐๐๒๓.๓"), the work groups' codes too.

        Raises ``InvalidInput`` (unknown province, a database set up for another province,
        a letter code with nothing but "ที่" and "/" in it)
        and ``PermissionDenied`` (set up already, and the actor is not an admin), with
        nothing written.
        """
        from desktop_app.db.models import utcnow

        province = find_province(request.province)
        current = self.settings.office()
        if current is not None and current.setup_completed_at is not None:
            # Set up already: changing the office's identity or letter codes is the admin's.
            require_admin(actor, "ตั้งค่าสำนักงานใหม่", "set the office up again")
        if current is not None and current.province_code not in (None, province.code):
            raise InvalidInput(
                f"ฐานข้อมูลนี้ตั้งค่าไว้สำหรับสำนักงานของจังหวัดรหัส {current.province_code} แล้ว "
                "จะเปลี่ยนจังหวัดไม่ได้ (ใช้ฐานข้อมูลใหม่สำหรับสำนักงานอื่น)",
                f"This database already belongs to the office of province {current.province_code};"
                " use a new database for another office.",
                field="province",
            )
        # Stored as the office spells its code, "มส ๐๐๒๓.๓": not "ที่ มส ๐๐๒๓.๓/" as typed.
        prefix = (
            clean_letter_prefix(request.prefix)
            or (current.letter_prefix if current else "")
            or default_prefix(province)
        )
        office_name = (
            request.office_name
            or (current.name if current else "")
            or default_office_name(province)
        )
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
            if request.issued_as is not None:
                self.settings.save_issued_as_in(
                    session, request.issued_as, default_issued_as(province), actor
                )
        if not self.settings.work_groups():
            saved_groups.append(
                self.settings.save_work_group(
                    WorkGroupInfo(None, DEFAULT_WORK_GROUP, prefix), actor
                )
            )
        return SetupResult(
            province=province,
            office=saved_office,
            districts=summary.districts,
            local_authorities=summary.local_authorities,
            organisations_added=summary.added,
            work_groups=saved_groups or self.settings.work_groups(),
            issued_as=self.settings.issued_as(),
        )
