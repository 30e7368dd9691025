"""The directory's values: kinds of organisation, provinces, organisations as shown.

Pure values; the directory service (services/directory.py) fills them from the database and
the national data in resources/data/.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.labels import LabelledEnum


class OrgKind(LabelledEnum):
    """Kinds of organisation, in the order the directory and letters list them.

    Stored as these values (the ``organisation.kind`` check constraint lists the same ones).
    """

    DEPARTMENT = "department"  # กรมส่งเสริมการปกครองท้องถิ่น
    PROVINCE = "province"
    DISTRICT = "district"  # อำเภอ
    LOCAL_AUTHORITY = "local_authority"  # อปท.: อบจ., เทศบาล, อบต., เมืองพัทยา
    AGENCY = "agency"  # any other agency (ministries, other provinces' offices)
    OFFICE = "office"

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _KIND_LABELS

    @property
    def order(self) -> int:
        return list(OrgKind).index(self)


_KIND_LABELS = {
    "department": ("กรม", "Department"),
    "province": ("จังหวัด", "Province"),
    "district": ("อำเภอ", "District"),
    "local_authority": ("องค์กรปกครองส่วนท้องถิ่น", "Local authority"),
    "agency": ("หน่วยงานอื่น", "Other agency"),
    "office": ("สำนักงาน", "Office"),
}


@dataclass(frozen=True)
class Province:
    code: str  # 2 digits ("58")
    name_th: str
    name_en: str
    abbrev_th: str  # the letter code ("มส")

    @property
    def full_name_th(self) -> str:
        return f"จังหวัด{self.name_th}"


@dataclass(frozen=True)
class ProvinceSummary:
    """What loading a province brings into the directory (shown before setup runs)."""

    province: Province
    districts: int
    local_authorities: int


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    kind: OrgKind
    code: str | None
    name: str
    short_name: str
    la_type: str | None
    parent_id: int | None
    province_code: str | None
    district_code: str | None
    active: bool
    email: str = ""  # as stored; "" = not typed (see ``official_email``)

    @property
    def official_email(self) -> str:
        """The stored e-mail, else the customary default (a local authority's
        saraban_0<DLA code>@dla.go.th, ``domain.acks.default_official_email``)."""
        from desktop_app.domain.acks import default_official_email

        return self.email or default_official_email(self.kind.value, self.code)
