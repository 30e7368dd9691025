"""Routing: who a circular goes to, and how the ถึง line names them.

Presets select groups of the province's directory ("every district", "every local authority
in district X"); the ถึง line then names whole groups the way offices write them
("อำเภอ ทุกอำเภอ") and the rest one by one, in the customary order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.domain.directory import OrgKind
from desktop_app.domain.thai_text import thai_sort_key

# Local-authority types in the order letters list them.
LA_TYPES = ("อบจ.", "เทศบาลนคร", "เมืองพัทยา", "เทศบาลเมือง", "เทศบาลตำบล", "อบต.")
MUNICIPALITY_TYPES = frozenset({"เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "เมืองพัทยา"})
# Kinds a letter can be addressed to from the forwarding dialog and ``saraban forward``.
RECIPIENT_KINDS = frozenset(
    {
        OrgKind.DEPARTMENT,
        OrgKind.PROVINCE,
        OrgKind.DISTRICT,
        OrgKind.LOCAL_AUTHORITY,
        OrgKind.AGENCY,
    }
)

PRESETS = {
    "all-districts": ("ทุกอำเภอ", "every district"),
    "all-local-authorities": ("องค์กรปกครองส่วนท้องถิ่นทุกแห่ง", "every local authority"),
    "all-municipalities": ("เทศบาลทุกแห่ง", "every municipality"),
    "all-sao": ("องค์การบริหารส่วนตำบลทุกแห่ง", "every SAO (อบต.)"),
}


@dataclass(frozen=True)
class Recipient:
    """An organisation a letter can go to (a line of the ถึง/เรียน list)."""

    id: int
    kind: OrgKind
    name: str
    code: str | None = None
    la_type: str | None = None
    district_code: str | None = None
    district_name: str = ""

    @property
    def order(self) -> tuple[int, int, str]:
        la = LA_TYPES.index(self.la_type) if self.la_type in LA_TYPES else len(LA_TYPES)
        return (OrgKind(self.kind).order, la, thai_sort_key(self.name))


def preset_members(preset: str, directory: Sequence[Recipient]) -> list[Recipient]:
    """The recipients a preset selects from the province's directory."""
    if preset == "all-districts":
        return [a for a in directory if a.kind == OrgKind.DISTRICT]
    if preset == "all-local-authorities":
        return [a for a in directory if a.kind == OrgKind.LOCAL_AUTHORITY]
    if preset == "all-municipalities":
        return [a for a in directory if a.la_type in MUNICIPALITY_TYPES]
    if preset == "all-sao":
        return [a for a in directory if a.la_type == "อบต."]
    if preset.startswith("district:"):
        code = preset.split(":", 1)[1]
        return [
            a for a in directory if a.kind == OrgKind.LOCAL_AUTHORITY and a.district_code == code
        ]
    raise KeyError(preset)


def ordered(recipients: Iterable[Recipient]) -> list[Recipient]:
    """Customary order: districts, then local authorities by type, Thai order within."""
    unique = {a.id: a for a in recipients}
    return sorted(unique.values(), key=lambda a: a.order)


def to_line(selected: Sequence[Recipient], directory: Sequence[Recipient]) -> list[str]:
    """Names for the ถึง line: whole groups as one phrase, the rest one by one."""
    remaining = {a.id: a for a in selected}
    phrases: list[str] = []

    def take(group: list[Recipient], phrase: str) -> None:
        if group and all(a.id in remaining for a in group):
            for a in group:
                remaining.pop(a.id)
            phrases.append(phrase)

    take([a for a in directory if a.kind == OrgKind.DISTRICT], "อำเภอ ทุกอำเภอ")
    take([a for a in directory if a.kind == OrgKind.LOCAL_AUTHORITY], "องค์กรปกครองส่วนท้องถิ่น ทุกแห่ง")
    take([a for a in directory if a.la_type in MUNICIPALITY_TYPES], "เทศบาล ทุกแห่ง")
    take([a for a in directory if a.la_type == "อบต."], "องค์การบริหารส่วนตำบล ทุกแห่ง")
    districts = ordered(a for a in directory if a.kind == OrgKind.DISTRICT)
    for district in districts:
        members = [
            a
            for a in directory
            if a.kind == OrgKind.LOCAL_AUTHORITY and a.district_code == district.code
        ]
        if len(members) > 1:
            take(members, f"องค์กรปกครองส่วนท้องถิ่นใน{district.name} ทุกแห่ง")
    return phrases + [a.name for a in ordered(remaining.values())]
