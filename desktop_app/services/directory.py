"""The directory of organisations: the national reference data and the office's own copy.

The national files (resources/data/*.csv) are read only to load a province at setup; after
that the database is the truth, and an admin corrects or extends it there. Changing the
directory is the admin's (``PermissionDenied`` for anyone else).
"""

from __future__ import annotations

import csv
import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from desktop_app.db.engine import Database
from desktop_app.db.incoming_reads import abbreviations
from desktop_app.domain.directory import (
    OrganisationInfo,
    OrgKind,
    Province,
    ProvinceSummary,
)
from desktop_app.domain.errors import Conflict, InvalidInput, NotFound
from desktop_app.domain.routing import RECIPIENT_KINDS, Recipient, ordered
from desktop_app.domain.thai_text import normalise, search_fold, thai_sort_key
from desktop_app.domain.users import Actor
from desktop_app.resources import data_file
from desktop_app.services.settings import require_admin

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop_app.db.models import Organisation

DEPARTMENT_CODE = "DLA"
DEPARTMENT_NAME = "กรมส่งเสริมการปกครองท้องถิ่น"
DEPARTMENT_NAME_EN = "Department of Local Administration"


@dataclass(frozen=True)
class DistrictRow:
    province_code: str
    code: str
    kind: str  # อำเภอ | เขต
    name_th: str
    name_th_full: str
    name_en: str


@dataclass(frozen=True)
class LocalAuthorityRow:
    province_code: str
    district_code: str
    la_type: str
    name_th: str
    short_name_th: str
    dla_code: str


@dataclass(frozen=True)
class LoadSummary:
    province: Province
    districts: int
    local_authorities: int
    added: int


@cache
def _read_csv(name: str) -> tuple[dict[str, str], ...]:
    with data_file(name).open(encoding="utf-8", newline="") as handle:
        return tuple(csv.DictReader(handle))


@cache
def national_provinces() -> tuple[Province, ...]:
    """Every province of the national data, in Thai dictionary order."""
    rows = _read_csv("provinces.csv")
    provinces = (Province(r["code"], r["name_th"], r["name_en"], r["abbrev_th"]) for r in rows)
    return tuple(sorted(provinces, key=lambda p: thai_sort_key(p.name_th)))


@cache
def national_districts(province_code: str) -> tuple[DistrictRow, ...]:
    return tuple(
        DistrictRow(
            r["province_code"],
            r["district_code"],
            r["type"],
            r["name_th"],
            r["name_th_full"],
            r["name_en"],
        )
        for r in _read_csv("districts.csv")
        if r["province_code"] == province_code
    )


@cache
def national_local_authorities(province_code: str) -> tuple[LocalAuthorityRow, ...]:
    return tuple(
        LocalAuthorityRow(
            r["province_code"],
            r["district_code"],
            r["type"],
            r["name_th"],
            r["short_name_th"],
            r["dla_code"],
        )
        for r in _read_csv("local_authorities.csv")
        if r["province_code"] == province_code
    )


def province_summary(province: Province) -> ProvinceSummary:
    """How many districts and local authorities loading ``province`` brings."""
    return ProvinceSummary(
        province,
        len(national_districts(province.code)),
        len(national_local_authorities(province.code)),
    )


def find_province(name_or_code: str) -> Province:
    """A province by code ("58"), Thai name (with or without "จังหวัด"), English name or
    the two-letter abbreviation ("มส"); spacing, case and digits do not matter.

    Raises ``InvalidInput`` with the closest names when nothing matches.
    """
    wanted = search_fold(name_or_code or "").removeprefix("จังหวัด").removeprefix("จ.")
    provinces = national_provinces()
    for province in provinces:
        keys = {
            province.code,
            search_fold(province.name_th),
            search_fold(province.name_en),
            search_fold(province.abbrev_th),
        }
        if wanted and wanted in keys:
            return province
    names = [p.name_th for p in provinces] + [p.name_en for p in provinces]
    close = difflib.get_close_matches(name_or_code or "", names, n=3, cutoff=0.6)
    hint_th = f" หมายถึง {' หรือ '.join(close)} หรือไม่" if close else ""
    hint_en = f" Did you mean {' or '.join(close)}?" if close else ""
    raise InvalidInput(
        f"ไม่พบจังหวัด “{name_or_code}”{hint_th} (ใช้ชื่อไทย ชื่ออังกฤษ หรือรหัสจังหวัด 2 หลัก)",
        f"No province “{name_or_code}”.{hint_en} (use the Thai or English name or the "
        "2-digit code)",
        field="province",
    )


def _info(org: Organisation) -> OrganisationInfo:
    return OrganisationInfo(
        org.id,
        OrgKind(org.kind),
        org.code,
        org.name,
        org.short_name,
        org.la_type,
        org.parent_id,
        org.province_code,
        org.district_code,
        org.active,
        org.email or "",
    )


def _new_org(actor: Actor, **values: Any) -> Organisation:
    from desktop_app.db.models import Organisation, utcnow

    name = normalise(values["name"])
    return Organisation(
        **{**values, "kind": OrgKind(values["kind"]).value, "name": name},
        name_sort=thai_sort_key(name),
        name_fold=search_fold(name),
        created_by=actor.id,
        created_at=utcnow(),
    )


class DirectoryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- loading -----------------------------------------------------------------------
    def load_province(self, session: Session, province: Province, actor: Actor) -> LoadSummary:
        """Add the department, the province, its districts and local authorities.

        Idempotent: existing entries (matched by kind and code) are left as the admin has
        them, so re-running setup never undoes a correction.
        """
        from sqlalchemy import select

        from desktop_app.db.models import Organisation

        existing = {
            (kind, code): org_id
            for kind, code, org_id in session.execute(
                select(Organisation.kind, Organisation.code, Organisation.id).where(
                    Organisation.code.is_not(None)
                )
            )
        }
        added = 0

        def upsert_all(rows: list[tuple[str, str, dict[str, object]]]) -> dict[str, int]:
            """Insert the rows whose (kind, code) is new, in one flush; return code -> id."""
            nonlocal added
            fresh = [
                (kind, code, _new_org(actor, kind=kind, code=code, **values))
                for kind, code, values in rows
                if (kind, code) not in existing
            ]
            session.add_all([org for _kind, _code, org in fresh])
            session.flush()
            for kind, code, org in fresh:
                existing[(kind, code)] = org.id
            added += len(fresh)
            return {code: existing[(kind, code)] for kind, code, _values in rows}

        upsert_all(
            [
                (
                    OrgKind.DEPARTMENT.value,
                    DEPARTMENT_CODE,
                    {"name": DEPARTMENT_NAME, "name_en": DEPARTMENT_NAME_EN, "short_name": "สถ."},
                )
            ]
        )
        province_id = upsert_all(
            [
                (
                    OrgKind.PROVINCE.value,
                    province.code,
                    {
                        "name": province.full_name_th,
                        "short_name": province.name_th,
                        "name_en": province.name_en,
                        "province_code": province.code,
                    },
                )
            ]
        )[province.code]
        districts = national_districts(province.code)
        district_ids = upsert_all(
            [
                (
                    OrgKind.DISTRICT.value,
                    district.code,
                    {
                        "name": district.name_th_full,
                        "short_name": district.name_th,
                        "name_en": district.name_en,
                        "parent_id": province_id,
                        "province_code": province.code,
                        "district_code": district.code,
                    },
                )
                for district in districts
            ]
        )
        authorities = national_local_authorities(province.code)
        upsert_all(
            [
                (
                    OrgKind.LOCAL_AUTHORITY.value,
                    authority.dla_code,
                    {
                        "name": authority.name_th,
                        "short_name": authority.short_name_th,
                        "la_type": authority.la_type,
                        "parent_id": district_ids.get(authority.district_code, province_id),
                        "province_code": province.code,
                        "district_code": authority.district_code,
                    },
                )
                for authority in authorities
            ]
        )
        return LoadSummary(province, len(districts), len(authorities), added)

    # -- reading -----------------------------------------------------------------------
    def organisations(
        self,
        *,
        kinds: Iterable[OrgKind] | None = None,
        province_code: str | None = None,
        include_inactive: bool = False,
    ) -> list[OrganisationInfo]:
        """Organisations in Thai dictionary order."""
        from sqlalchemy import select

        from desktop_app.db.models import Organisation

        query = select(Organisation).order_by(Organisation.name_sort, Organisation.id)
        if kinds is not None:
            query = query.where(Organisation.kind.in_([OrgKind(k).value for k in kinds]))
        if province_code is not None:
            query = query.where(Organisation.province_code == province_code)
        if not include_inactive:
            query = query.where(Organisation.active.is_(True))
        with self.db.read() as session:
            return [_info(org) for org in session.scalars(query)]

    def recipients(self, province_code: str | None) -> list[Recipient]:
        """Who a letter can go to: the province's districts and local authorities (all of
        them when ``province_code`` is None) and every other agency, in customary order."""
        organisations = self.organisations()
        district_names = {o.code or "": o.name for o in organisations if o.kind is OrgKind.DISTRICT}
        return ordered(
            _recipient(org, district_names)
            for org in organisations
            if org.kind in RECIPIENT_KINDS
            and (
                org.kind in (OrgKind.AGENCY, OrgKind.DEPARTMENT)
                or province_code is None
                or org.province_code == province_code
            )
        )

    def recipients_by_id(self, ids: Iterable[int]) -> list[Recipient]:
        """Recipients for organisation ids (saved lists may span provinces)."""
        wanted = set(ids)
        return [
            _recipient(org, {})
            for org in self.organisations(include_inactive=True)
            if org.id in wanted
        ]

    def count(self, kind: OrgKind, province_code: str | None = None) -> int:
        from sqlalchemy import func, select

        from desktop_app.db.models import Organisation

        query = (
            select(func.count())
            .select_from(Organisation)
            .where(Organisation.kind == OrgKind(kind).value)
        )
        if province_code is not None:
            query = query.where(Organisation.province_code == province_code)
        with self.db.read() as session:
            return int(session.scalar(query) or 0)

    def sender_names(self) -> list[str]:
        """Every active organisation's name, for the sender field's completion."""
        with self.db.reading() as reader:
            return [
                str(name)
                for name in reader.column(
                    "SELECT name FROM organisation WHERE active = ? ORDER BY name_sort, id", [True]
                )
            ]

    def organisation_id(self, name: str) -> int | None:
        """The active organisation called ``name``, or None. Typed any way: digits, spacing
        and typing variants do not matter, nor do abbreviations of kinds of organisation
        ("อบต.ผาบ่อง" is องค์การบริหารส่วนตำบลผาบ่อง; the table every search box shares,
        ``domain.search_terms``). The name exactly as typed wins over an abbreviation's
        reading."""
        spellings = _name_spellings(name)
        if not spellings:
            return None
        marks = ", ".join("?" * len(spellings))
        with self.db.reading() as reader:
            rows = reader.rows(
                f"SELECT id, name_fold FROM organisation WHERE name_fold IN ({marks}) "
                "AND active = ? ORDER BY id",
                [*spellings, True],
            )
        return _best(rows, spellings)

    def find_by_name(self, session: Session, name: str) -> int | None:
        """``organisation_id`` inside a write transaction."""
        from sqlalchemy import select

        from desktop_app.db.models import Organisation

        spellings = _name_spellings(name)
        if not spellings:
            return None
        rows = session.execute(
            select(Organisation.id, Organisation.name_fold)
            .where(Organisation.name_fold.in_(spellings), Organisation.active.is_(True))
            .order_by(Organisation.id)
        )
        return _best([tuple(row) for row in rows], spellings)

    def get(self, org_id: int) -> OrganisationInfo:
        from desktop_app.db.models import Organisation

        with self.db.read() as session:
            org = session.get(Organisation, org_id)
            if org is None:
                raise NotFound(f"ไม่พบหน่วยงานรหัส {org_id}", f"No organisation {org_id}")
            return _info(org)

    # -- admin: keep the directory true without rewriting history --------------------------
    def _active(self, session: Session, org_id: int) -> Organisation:
        from desktop_app.db.models import Organisation

        org = session.get(Organisation, org_id)
        if org is None:
            raise NotFound(f"ไม่พบหน่วยงานรหัส {org_id}", f"No organisation {org_id}")
        if not org.active:
            raise Conflict(f"“{org.name}” เลิกใช้แล้ว", f"“{org.name}” is retired")
        return org

    def rename(
        self, org_id: int, new_name: str, actor: Actor, *, la_type: str | None = None
    ) -> OrganisationInfo:
        """A new name (an อบต. that became a เทศบาลตำบล); the old one is kept in history and
        letters already sent keep the name they were sent to."""
        from desktop_app.db.models import OrganisationName
        from desktop_app.services import audit

        require_admin(actor, "แก้ไขทำเนียบหน่วยงาน", "change the directory")
        clean = normalise(new_name)
        if not clean:
            raise InvalidInput("กรุณากรอกชื่อใหม่", "Enter the new name", field="name")
        with self.db.write() as session:
            org = self._active(session, org_id)
            if clean == org.name and la_type in (None, org.la_type):
                return _info(org)
            session.add(
                OrganisationName(organisation_id=org.id, name=org.name, changed_by=actor.id)
            )
            before = {"name": org.name, "la_type": org.la_type}
            org.name = clean
            org.name_sort = thai_sort_key(clean)
            org.name_fold = search_fold(clean)
            if la_type is not None:
                org.la_type = la_type
            audit.record(
                session,
                actor,
                "organisation.rename",
                "organisation",
                org.id,
                audit.changes(before, {"name": clean, "la_type": org.la_type}),
            )
            return _info(org)

    def set_email(self, org_id: int, email: str, actor: Actor) -> OrganisationInfo:
        """The organisation's official e-mail (acknowledgements by e-mail are matched on it);
        "" returns to the customary default. Admin only; ``InvalidInput`` for a malformed
        address."""
        from desktop_app.domain.office import check_email
        from desktop_app.services import audit

        require_admin(actor, "แก้ไขทำเนียบหน่วยงาน", "change the directory")
        clean = check_email(email).lower()
        with self.db.write() as session:
            org = self._active(session, org_id)
            before = {"email": org.email}
            org.email = clean
            audit.record(
                session,
                actor,
                "organisation.email",
                "organisation",
                org.id,
                audit.changes(before, {"email": clean}),
            )
            return _info(org)

    def official_emails(self) -> dict[str, list[int]]:
        """Lower-cased official e-mail -> the active organisations that use it (stored
        addresses, else local authorities' customary default)."""
        from desktop_app.domain.acks import default_official_email

        with self.db.reading() as reader:
            rows = reader.rows("SELECT id, kind, code, email FROM organisation")
        found: dict[str, list[int]] = {}
        for id_, kind, code, email in rows:
            address = (email or default_official_email(kind, code)).strip().lower()
            if address:
                found.setdefault(address, []).append(int(id_))
        return found

    def retire(self, org_id: int, actor: Actor) -> OrganisationInfo:
        """No longer offered as a recipient; everything already recorded still points here."""
        from desktop_app.db.models import utcnow
        from desktop_app.services import audit

        require_admin(actor, "แก้ไขทำเนียบหน่วยงาน", "change the directory")
        with self.db.write() as session:
            org = self._active(session, org_id)
            org.active = False
            org.retired_at = utcnow()
            audit.record(session, actor, "organisation.retire", "organisation", org.id, {})
            return _info(org)

    def merge(self, source_id: int, target_id: int, actor: Actor) -> OrganisationInfo:
        """Two entries for one body: the source is retired and points at the target; saved
        recipient lists follow; history keeps the source's name."""
        from sqlalchemy import select

        from desktop_app.db.models import RecipientListMember, utcnow
        from desktop_app.services import audit

        require_admin(actor, "แก้ไขทำเนียบหน่วยงาน", "change the directory")
        if source_id == target_id:
            raise InvalidInput(
                "เลือกหน่วยงานที่จะรวมเข้าด้วยกันให้ต่างกัน",
                "Choose two different organisations",
                field="target",
            )
        with self.db.write() as session:
            source = self._active(session, source_id)
            target = self._active(session, target_id)
            source.active = False
            source.retired_at = utcnow()
            source.merged_into_id = target.id
            members = session.scalars(
                select(RecipientListMember).where(RecipientListMember.organisation_id == source.id)
            )
            for member in members:
                duplicate = session.scalar(
                    select(RecipientListMember).where(
                        RecipientListMember.list_id == member.list_id,
                        RecipientListMember.organisation_id == target.id,
                    )
                )
                if duplicate is None:
                    member.organisation_id = target.id
                else:
                    session.delete(member)
            audit.record(
                session,
                actor,
                "organisation.merge",
                "organisation",
                source.id,
                {"into": target.id, "name": source.name},
            )
            return _info(target)

    def add_organisation(
        self,
        kind: OrgKind | str,
        name: str,
        actor: Actor,
        *,
        code: str | None = None,
        parent_id: int | None = None,
        la_type: str | None = None,
    ) -> OrganisationInfo:
        """An entry the national data lacks (a new local authority, another agency)."""
        from sqlalchemy import select

        from desktop_app.db.models import Organisation
        from desktop_app.services import audit

        require_admin(actor, "แก้ไขทำเนียบหน่วยงาน", "change the directory")
        try:
            kind = OrgKind(kind)
        except ValueError:
            raise InvalidInput(
                f"ไม่รู้จักประเภทหน่วยงาน {kind}", f"Unknown kind {kind}", field="kind"
            ) from None
        clean = normalise(name)
        if not clean:
            raise InvalidInput("กรุณากรอกชื่อหน่วยงาน", "Enter the name", field="name")
        with self.db.write() as session:
            if (
                code
                and session.scalar(
                    select(Organisation.id).where(
                        Organisation.kind == kind.value, Organisation.code == code
                    )
                )
                is not None
            ):
                raise InvalidInput(
                    f"รหัส {code} มีอยู่แล้ว", f"Code {code} already exists", field="code"
                )
            parent = session.get(Organisation, parent_id) if parent_id else None
            org = _new_org(
                actor,
                kind=kind,
                code=code or None,
                name=clean,
                la_type=la_type,
                parent_id=parent.id if parent else None,
                province_code=parent.province_code if parent else None,
                district_code=(
                    parent.code
                    if parent and parent.kind == OrgKind.DISTRICT.value
                    else parent.district_code
                    if parent
                    else None
                ),
            )
            session.add(org)
            session.flush()
            audit.record(
                session,
                actor,
                "organisation.add",
                "organisation",
                org.id,
                {"name": clean, "kind": kind.value, "code": code},
            )
            return _info(org)

    def former_names(self, org_id: int) -> list[str]:
        from sqlalchemy import select

        from desktop_app.db.models import OrganisationName

        with self.db.read() as session:
            return list(
                session.scalars(
                    select(OrganisationName.name)
                    .where(OrganisationName.organisation_id == org_id)
                    .order_by(OrganisationName.id)
                )
            )


def _name_spellings(name: str) -> list[str]:
    """A name's folded form and its other spellings (abbreviations written the other ways)."""
    folded = search_fold(name)
    return list(abbreviations().spellings(folded)) if folded else []


def _best(rows: Iterable[tuple[Any, ...]], spellings: list[str]) -> int | None:
    """The id of the row whose folded name comes first in ``spellings`` (then lowest id)."""
    ranked = sorted(rows, key=lambda row: (spellings.index(row[1]), int(row[0])))
    return int(ranked[0][0]) if ranked else None


def _recipient(org: OrganisationInfo, district_names: dict[str, str]) -> Recipient:
    return Recipient(
        org.id,
        org.kind,
        org.name,
        org.code,
        org.la_type,
        org.district_code,
        district_names.get(org.district_code or "", ""),
    )
