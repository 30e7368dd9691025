"""The office's identity and its work groups, and what first-run setup asks for.

Pure values and rules; services/settings.py and services/setup.py store them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.domain.directory import Province
from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_text import normalise

DLA_PROVINCIAL_UNIT = "0023"  # the provincial DLA offices' unit number in letter codes
DEFAULT_WORK_GROUP = "ฝ่ายบริหารงานทั่วไป"


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    province_code: str | None
    address: str
    phone: str
    email: str
    letter_prefix: str  # "มส 0023": the office's letter code (work groups add ".N")
    setup_completed_at: dt.datetime | None


@dataclass(frozen=True)
class WorkGroupInfo:
    id: int | None  # None: not saved yet
    name: str
    letter_prefix: str
    phone: str = ""
    email: str = ""
    active: bool = True


def check_email(email: str) -> str:
    """The address trimmed; ``InvalidInput`` for what cannot be an e-mail address."""
    email = email.strip()
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise InvalidInput(
            f"อีเมล “{email}” ไม่ถูกต้อง", f"“{email}” is not an e-mail address", field="email"
        )
    return email


def clean_letter_prefix(prefix: str | None) -> str:
    """A letter code as the office stores it, from what was typed: normalised, without the
    "ที่" label (also written close up, "ที่มส ๐๐๒๓.๓") or a trailing "/", its digits kept as
    typed (the office's own spelling; ``canonical_prefix`` makes series keys from it):
    "ที่ มส ๐๐๒๓.๓/" -> "มส ๐๐๒๓.๓". A blank prefix stays "" (the caller keeps or defaults
    it); one that is nothing but the label and slashes raises ``InvalidInput`` (field
    "prefix"). Letters print "ที่ {prefix}/{number}" (saraban.md: "ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙"), so
    a stored label or slash would be printed twice."""
    text = normalise(prefix or "").strip()
    if not text:
        return ""
    text = text.rstrip("/").strip()
    if text.startswith("ที่"):
        text = text.removeprefix("ที่").strip().rstrip("/").strip()
    if not text:
        raise InvalidInput(
            f"รหัสหนังสือ “{(prefix or '').strip()}” ไม่มีตัวรหัส: กรอกเฉพาะรหัส เช่น มส 0023.3 "
            "(ไม่ต้องมีคำว่า “ที่” และเครื่องหมาย “/” ท้ายรหัส)",
            f"The letter code “{(prefix or '').strip()}” has no code in it: give the code "
            "alone, e.g. มส 0023.3 (without “ที่” or a trailing “/”)",
            field="prefix",
        )
    return text


def default_office_name(province: Province) -> str:
    return f"สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด{province.name_th}"


def default_issued_as(province: Province) -> str:
    """The name a provincial DLA office's stamped letters are issued in: the province,
    "จังหวัดแม่ฮ่องสอน" (samples/received-circular.txt: the office acts for the governor)."""
    return province.full_name_th


def default_prefix(province: Province) -> str:
    """The office's letter code, e.g. "มส 0023"; each work group adds its ".N"."""
    return f"{province.abbrev_th} {DLA_PROVINCIAL_UNIT}"


@dataclass(frozen=True)
class SetupRequest:
    province: str  # name or code, as ``find_province`` reads it
    office_name: str | None = None
    address: str = ""
    phone: str = ""
    email: str = ""
    prefix: str | None = None
    work_groups: Sequence[WorkGroupInfo] = ()
    # The name stamped letters are issued in; None keeps what is set (at first: the province,
    # ``default_issued_as``).
    issued_as: str | None = None


@dataclass(frozen=True)
class SetupResult:
    province: Province
    office: OfficeInfo
    districts: int
    local_authorities: int
    organisations_added: int
    work_groups: list[WorkGroupInfo]
    issued_as: str = ""  # the name stamped letters are issued in, as set up

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
            "issued_as": self.issued_as,
        }
