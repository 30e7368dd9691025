"""The office's settings: its identity, its work groups and office-wide options.

Defaults are declared here as data; the ``setting`` table stores only what an admin changed,
so a new default reaches every office that never touched it.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from desktop_app.db.engine import Database
from desktop_app.domain.errors import InvalidInput, NotFound, PermissionDenied
from desktop_app.domain.letters import (
    DEFAULT_WORDING_TEMPLATES,
    TEMPLATE_NAMES,
    LetterWording,
    SendingOffice,
)
from desktop_app.domain.office import (
    OfficeInfo,
    WorkGroupInfo,
    check_email,
    clean_letter_prefix,
    default_issued_as,
)
from desktop_app.domain.thai_text import normalise
from desktop_app.domain.users import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.models import Office, WorkGroup
    from desktop_app.domain.workdays import WorkingCalendar

DEFAULTS: dict[str, Any] = {
    # Digits printed in letters and on stamps. Spreadsheets follow the digits the
    # workstation's screen shows; "export.digits" serves only where there is no screen.
    "letter.digits": "thai",
    "export.digits": "arabic",
    # Where attachments are kept. None: the data directory of this workstation (fine for a
    # single SQLite workstation; an office sharing PostgreSQL sets a shared folder).
    "attachments.dir": None,
    # Receipt stamp size in centimetres (width, height), regulation practice 5 x 2.5.
    "stamp.size_cm": [5.0, 2.5],
    # Years to keep records before review (saraban.md: default 10).
    "retention.years": 10,
    # Letters: the office's own font files (TH SarabunIT๙, ...) and the Garuda image;
    # None: the bundled Laksaman and an empty emblem space.
    "letter.font_path": None,
    "letter.bold_font_path": None,
    "letter.garuda_path": None,
    # Minutes a typed receive time may differ from the clock before a reason is required.
    "register.time_change_tolerance_min": 10,
    # Working days recipients have to acknowledge, by urgency (issue 7's office defaults;
    # domain/workdays.py counts them).
    "ack.due_working_days": {"most_urgent": 1, "very_urgent": 3, "urgent": 5, "normal": 7},
    # The office's own days off (cabinet-resolution special holidays): [{"date", "name"}], and
    # public holidays the office works on anyway: ["YYYY-MM-DD", ...].
    "calendar.office_days_off": [],
    "calendar.office_working_days": [],
    # The name stamped letters are issued in (ระเบียบงานสารบรรณ ข้อ 14: the issuing office);
    # None: "จังหวัด" + the office's province (domain/office.py ``default_issued_as``).
    "letter.issued_as": None,
    # The wording of the letters the office drafts: lists of template paragraphs
    # (domain/letters.py ``TEMPLATE_FIELDS``); None: the program's default wording.
    "letter.wording.forward": None,
    "letter.wording.reminder": None,
}

MAX_DUE_WORKING_DAYS = 60

log = logging.getLogger(__name__)


def _office_info(office: Office) -> OfficeInfo:
    return OfficeInfo(
        office.name,
        office.province_code,
        office.address,
        office.phone,
        office.email,
        office.letter_prefix,
        office.setup_completed_at,
    )


def _group_info(group: WorkGroup) -> WorkGroupInfo:
    return WorkGroupInfo(
        group.id, group.name, group.letter_prefix, group.phone, group.email, group.active
    )


def require_admin(actor: Actor, what_th: str, what_en: str) -> None:
    """``PermissionDenied`` unless ``actor`` is an admin (``what``: the refused action)."""
    if not actor.is_admin:
        raise PermissionDenied(
            f"เฉพาะผู้ดูแลระบบเท่านั้นที่{what_th}ได้", f"Only an administrator can {what_en}"
        )


class SettingsService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._calendar: tuple[object, WorkingCalendar] | None = None

    # -- office -------------------------------------------------------------------------
    def office(self) -> OfficeInfo | None:
        """The office's identity, or None before first-run setup."""
        with self.db.reading() as reader:
            found = reader.row(
                "SELECT name, province_code, address, phone, email, letter_prefix, "
                "setup_completed_at FROM office ORDER BY id LIMIT 1"
            )
        if found is None:
            return None
        name, province, address, phone, email, prefix, completed = found
        if completed is not None and not isinstance(completed, dt.datetime):
            completed = dt.datetime.fromisoformat(str(completed))
        return OfficeInfo(name, province, address, phone, email, prefix, completed)

    def is_set_up(self) -> bool:
        office = self.office()
        return office is not None and office.setup_completed_at is not None

    def save_office(self, session: Session, info: OfficeInfo, actor: Actor) -> OfficeInfo:
        from sqlalchemy import select

        from desktop_app.db.models import Office, utcnow
        from desktop_app.services import audit

        name = normalise(info.name)
        if not name:
            raise InvalidInput("กรุณากรอกชื่อสำนักงาน", "Enter the office's name", field="name")
        values = {
            "name": name,
            "province_code": info.province_code,
            "address": normalise(info.address),
            "phone": normalise(info.phone),
            "email": check_email(info.email),
            "letter_prefix": normalise(info.letter_prefix),
        }
        office = session.scalar(select(Office).order_by(Office.id).limit(1))
        if office is None:
            office = Office(**values, created_by=actor.id, created_at=utcnow())
            session.add(office)
            before: dict[str, Any] = {}
        else:
            before = {key: getattr(office, key) for key in values}
            for key, value in values.items():
                setattr(office, key, value)
            office.updated_at = utcnow()
        if info.setup_completed_at is not None and office.setup_completed_at is None:
            office.setup_completed_at = info.setup_completed_at
        session.flush()
        audit.record(
            session, actor, "office.save", "office", office.id, audit.changes(before, values)
        )
        return _office_info(office)

    def update_office(self, info: OfficeInfo, actor: Actor) -> OfficeInfo:
        """Save the office's details (admin only: ``PermissionDenied``). The letter code is
        stored cleaned (``clean_letter_prefix``: "ที่ มส ๐๐๒๓/" -> "มส ๐๐๒๓"; ``InvalidInput``
        when nothing but "ที่" and "/" was typed)."""
        require_admin(actor, "แก้ไขข้อมูลสำนักงาน", "change the office's details")
        info = replace(info, letter_prefix=clean_letter_prefix(info.letter_prefix))
        with self.db.write() as session:
            return self.save_office(session, info, actor)

    # -- work groups ----------------------------------------------------------------------
    def work_groups(self, *, include_inactive: bool = False) -> list[WorkGroupInfo]:
        """The office's work groups in their set order."""
        sql = "SELECT id, name, letter_prefix, phone, email, active FROM work_group"
        params: list[Any] = []
        if not include_inactive:
            sql += " WHERE active = ?"
            params.append(True)
        with self.db.reading() as reader:
            rows = reader.rows(sql + " ORDER BY position, id", params)
        return [
            WorkGroupInfo(int(id_), name, prefix, phone, email, bool(active))
            for id_, name, prefix, phone, email, active in rows
        ]

    def save_work_group_in(
        self, session: Session, info: WorkGroupInfo, actor: Actor
    ) -> WorkGroupInfo:
        from sqlalchemy import func, select

        from desktop_app.db.models import WorkGroup
        from desktop_app.services import audit

        name = normalise(info.name)
        if not name:
            raise InvalidInput("กรุณากรอกชื่อกลุ่มงาน", "Enter the work group's name", field="name")
        # The letter code as the office stores it: "ที่ มส ๐๐๒๓.๓/" typed is "มส ๐๐๒๓.๓".
        info = replace(info, letter_prefix=clean_letter_prefix(info.letter_prefix))
        clash = session.scalar(select(WorkGroup).where(WorkGroup.name == name))
        if clash is not None and clash.id != info.id:
            if info.id is None:
                # Setup run twice: keep the existing group, update what was given (a blank
                # prefix, phone or e-mail keeps the one stored).
                info = replace(
                    info,
                    id=clash.id,
                    letter_prefix=info.letter_prefix or clash.letter_prefix,
                    phone=info.phone or clash.phone,
                    email=info.email or clash.email,
                )
            else:
                raise InvalidInput(
                    f"มีกลุ่มงานชื่อ “{name}” อยู่แล้ว",
                    f"A work group “{name}” already exists",
                    field="name",
                )
        values = {
            "name": name,
            "letter_prefix": normalise(info.letter_prefix),
            "phone": normalise(info.phone),
            "email": check_email(info.email),
            "active": info.active,
        }
        if info.id is None:
            position = session.scalar(select(func.coalesce(func.max(WorkGroup.position), 0)))
            group = WorkGroup(**values, position=int(position or 0) + 1, created_by=actor.id)
            session.add(group)
            before: dict[str, Any] = {}
        else:
            found = session.get(WorkGroup, info.id)
            if found is None:
                raise NotFound(f"ไม่พบกลุ่มงานรหัส {info.id}", f"No work group {info.id}")
            group = found
            before = {key: getattr(group, key) for key in values}
            for key, value in values.items():
                setattr(group, key, value)
        session.flush()
        audit.record(
            session, actor, "work_group.save", "work_group", group.id, audit.changes(before, values)
        )
        return _group_info(group)

    def save_work_group(self, info: WorkGroupInfo, actor: Actor) -> WorkGroupInfo:
        """Add or change a work group (admin only: ``PermissionDenied``)."""
        require_admin(actor, "แก้ไขกลุ่มงาน", "change the work groups")
        with self.db.write() as session:
            return self.save_work_group_in(session, info, actor)

    # -- due dates and the working calendar ---------------------------------------------------
    def due_working_days(self) -> dict[str, int]:
        """Working days to acknowledge, by urgency value (every urgency present)."""
        from desktop_app.domain.classes import Urgency

        stored = self.get("ack.due_working_days") or {}
        defaults = DEFAULTS["ack.due_working_days"]
        return {u.value: int(stored.get(u.value, defaults[u.value])) for u in Urgency}

    def save_due_working_days(self, days: dict[str, int], actor: Actor) -> dict[str, int]:
        """Change the working days per urgency (admin only). Raises ``InvalidInput`` for an
        unknown urgency or a count outside 0..``MAX_DUE_WORKING_DAYS``."""
        from desktop_app.domain.classes import Urgency

        clean: dict[str, int] = {}
        for key, value in days.items():
            urgency = Urgency.parse(key)
            if not isinstance(value, int) or not 0 <= value <= MAX_DUE_WORKING_DAYS:
                raise InvalidInput(
                    f"จำนวนวันทำการของ{urgency.label_th}ต้องเป็น 0 ถึง {MAX_DUE_WORKING_DAYS}",
                    f"Working days for {urgency.label_en} must be 0 to {MAX_DUE_WORKING_DAYS}",
                    field=urgency.value,
                )
            clean[urgency.value] = value
        merged = {**self.due_working_days(), **clean}
        self.set("ack.due_working_days", merged, actor)
        return merged

    def working_calendar(self) -> WorkingCalendar:
        """Weekends, Thai public holidays (the ``holidays`` package) and the office's own
        additions and removals (``calendar.*`` settings)."""
        from desktop_app.domain.workdays import WorkingCalendar, parse_office_days

        added = parse_office_days(self.get("calendar.office_days_off"))
        removed = [dt.date.fromisoformat(str(d)) for d in self.get("calendar.office_working_days")]
        key = (tuple(sorted(added.items())), tuple(sorted(removed)))
        cached = self._calendar
        if cached is not None and cached[0] == key:
            return cached[1]
        calendar = WorkingCalendar(added, removed)
        self._calendar = (key, calendar)
        return calendar

    def save_office_days(
        self, days_off: dict[dt.date, str], working_days: list[dt.date], actor: Actor
    ) -> None:
        """Replace the office's own days off and worked holidays (admin only)."""
        from desktop_app.domain.workdays import dump_office_days, parse_office_days

        require_admin(actor, "แก้ไขวันหยุดของสำนักงาน", "change the office's days off")
        stored = dump_office_days(days_off)
        parse_office_days(stored)  # InvalidInput (a blank name, ...) before anything is written
        with self.db.write() as session:  # both lists change together or not at all
            self._set_in(session, "calendar.office_days_off", stored, actor)
            self._set_in(
                session,
                "calendar.office_working_days",
                sorted(d.isoformat() for d in set(working_days)),
                actor,
            )

    def due_date(self, urgency: str, issued: dt.date, typed: dt.date | None = None) -> dt.date:
        """When recipients should acknowledge: ``typed`` if given, else ``issued`` plus the
        urgency's working days (``ack.due_working_days``, domain/workdays.py)."""
        from desktop_app.domain.workdays import due_date

        return due_date(
            self.working_calendar(),
            issued,
            urgency,
            typed=typed,
            days_by_urgency=self.due_working_days(),
        )

    # -- letters: the issuing name and the wording ---------------------------------------------
    def default_issued_as(self) -> str:
        """ "จังหวัด" + the office's province ("จังหวัดแม่ฮ่องสอน"); the office's name when its
        province is unknown; "" before setup."""
        office = self.office()
        if office is None:
            return ""
        if office.province_code:
            from desktop_app.services.directory import find_province

            try:
                return default_issued_as(find_province(office.province_code))
            except InvalidInput:
                log.warning("unknown province code %r", office.province_code)
        return office.name

    def issued_as(self) -> str:
        """The name stamped letters are issued in: the admin's (``letter.issued_as``) or
        ``default_issued_as``."""
        stored = self.get("letter.issued_as")
        if isinstance(stored, str) and stored.strip():
            return normalise(stored)
        return self.default_issued_as()

    def letter_wording(self) -> LetterWording:
        """The office's wording: each template as the admin saved it, or the default. A
        stored template that no longer checks (a placeholder a later version dropped) is
        logged and replaced by the default, so letters can always be drafted."""
        templates = dict(DEFAULT_WORDING_TEMPLATES)
        for name in TEMPLATE_NAMES:
            stored = self.get(f"letter.wording.{name}")
            if not stored:
                continue
            try:
                LetterWording(**{name: tuple(str(p) for p in stored)})
            except InvalidInput as error:
                log.warning("stored %s wording ignored: %s", name, error.message_en)
                continue
            templates[name] = tuple(str(p) for p in stored)
        return LetterWording(forward=templates["forward"], reminder=templates["reminder"])

    def save_letter_wording(
        self, issued_as: str, wording: LetterWording, actor: Actor
    ) -> tuple[str, LetterWording]:
        """Save the issuing name and the wording (admin only: ``PermissionDenied``), both in
        one transaction; gives (the issuing name in force, the wording in force).

        A blank name, or the default one, and a template equal to the default are stored as
        "the default" (None), so a later default reaches the office. Only what changed is
        written (and audited). ``wording`` was checked when it was made (``LetterWording``).
        """
        require_admin(actor, "แก้ไขถ้อยคำในหนังสือ", "change the letters' wording")
        name = normalise(issued_as)
        wanted: dict[str, Any] = {
            "letter.issued_as": name if name and name != self.default_issued_as() else None
        }
        for template in TEMPLATE_NAMES:
            wanted[f"letter.wording.{template}"] = (
                None if wording.is_default(template) else list(wording.template(template))
            )
        changed = {key: value for key, value in wanted.items() if self.get(key) != value}
        if changed:
            with self.db.write() as session:
                for key, value in changed.items():
                    self._set_in(session, key, value, actor)
        return self.issued_as(), self.letter_wording()

    def save_issued_as_in(
        self, session: Session, issued_as: str, default: str, actor: Actor
    ) -> None:
        """Within a write (first-run setup): store the issuing name, None when it is blank
        or ``default``."""
        name = normalise(issued_as)
        self._set_in(session, "letter.issued_as", name if name and name != default else None, actor)

    def sending_office(self, group: WorkGroupInfo | None) -> SendingOffice:
        """Who sends a letter the office drafts: its name and address, the issuing name,
        ``group`` as ส่วนราชการเจ้าของเรื่อง with its phone and e-mail (the office's when the
        group has none), and the office's wording."""
        office = self.office()
        return SendingOffice(
            name=office.name if office else "",
            address=office.address if office else "",
            owner_unit=group.name if group else "",
            phone=group.phone if group and group.phone else office.phone if office else "",
            email=group.email if group and group.email else office.email if office else "",
            issued_as=self.issued_as(),
            wording=self.letter_wording(),
        )

    # -- generic settings -----------------------------------------------------------------
    def get(self, key: str) -> Any:
        """The office's value for ``key`` (a ``DEFAULTS`` key), or its default."""
        if key not in DEFAULTS:
            raise KeyError(key)
        with self.db.reading() as reader:
            stored = reader.scalar("SELECT value FROM setting WHERE key = ?", [key])
        if stored is None:
            return DEFAULTS[key]
        value = json.loads(stored) if isinstance(stored, str | bytes) else stored
        return value["v"]

    def set(self, key: str, value: Any, actor: Actor) -> None:
        """Change an office-wide setting (admin only: ``PermissionDenied``)."""
        if key not in DEFAULTS:
            raise KeyError(key)
        require_admin(actor, "เปลี่ยนค่าของสำนักงาน", "change the office's settings")
        with self.db.write() as session:
            self._set_in(session, key, value, actor)

    def _set_in(self, session: Session, key: str, value: Any, actor: Actor) -> None:
        from desktop_app.db.models import Setting, utcnow
        from desktop_app.services import audit

        row = session.get(Setting, key)
        old = row.value["v"] if row is not None else DEFAULTS[key]
        if row is None:
            session.add(Setting(key=key, value={"v": value}, updated_by=actor.id))
        else:
            row.value = {"v": value}
            row.updated_at = utcnow()
            row.updated_by = actor.id
        audit.record(
            session,
            actor,
            "setting.set",
            "setting",
            None,
            {"key": key, "old": old, "new": value},
        )
