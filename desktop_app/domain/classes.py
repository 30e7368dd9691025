"""Urgency (ชั้นความเร็ว) and secrecy (ชั้นความลับ) classes of a document."""

from __future__ import annotations

from typing import TypeVar

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.labels import LabelledEnum
from desktop_app.domain.thai_text import normalise

_V = TypeVar("_V")


class _Labelled(LabelledEnum):
    """A document class: labels, a rank, and a tolerant parser."""

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _LABELS_BY_CLASS[cls]

    @property
    def rank(self) -> int:
        """0 for normal, increasing with urgency/secrecy (used to order and colour)."""
        return list(type(self)).index(self)

    @classmethod
    def parse(cls, text: str | None):
        """Accept the stored value, the English or Thai label, any case or spacing."""
        if text is None or not str(text).strip():
            return cls("normal")
        wanted = normalise(str(text)).replace(" ", "").replace("-", "_").casefold()
        for member in cls:
            names = {
                member.value,
                member.label_en.replace(" ", "_").casefold(),
                member.label_th.replace(" ", ""),
            }
            names |= set(_ALIASES.get((cls, member.value), ()))
            if wanted in names:
                return member
        choices = ", ".join(f"{m.value} ({m.label_th})" for m in cls)
        raise InvalidInput(
            f"ไม่รู้จักค่า “{text}” ใช้ได้: {choices}",
            f"Unknown value “{text}”; use one of: {choices}",
        )


class Urgency(_Labelled):
    NORMAL = "normal"
    URGENT = "urgent"
    VERY_URGENT = "very_urgent"
    MOST_URGENT = "most_urgent"


class Secrecy(_Labelled):
    NORMAL = "normal"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"
    TOP_SECRET = "top_secret"


def _by_member(pairs: list[tuple[_Labelled, _V]]) -> dict[tuple[type, str], _V]:
    # Keyed by (class, value), not by member: StrEnum members are equal to their string, so
    # Urgency.NORMAL and Secrecy.NORMAL would be one dictionary key.
    return {(type(member), member.value): value for member, value in pairs}


_LABELS = _by_member(
    [
        (Urgency.NORMAL, ("ปกติ", "Normal")),
        (Urgency.URGENT, ("ด่วน", "Urgent")),
        (Urgency.VERY_URGENT, ("ด่วนมาก", "Very urgent")),
        (Urgency.MOST_URGENT, ("ด่วนที่สุด", "Most urgent")),
        (Secrecy.NORMAL, ("ปกติ", "Normal")),
        (Secrecy.CONFIDENTIAL, ("ลับ", "Confidential")),
        (Secrecy.SECRET, ("ลับมาก", "Secret")),
        (Secrecy.TOP_SECRET, ("ลับที่สุด", "Top secret")),
    ]
)

_LABELS_BY_CLASS: dict[type, dict[str, tuple[str, str]]] = {
    kind: {value: labels for (owner, value), labels in _LABELS.items() if owner is kind}
    for kind in (Urgency, Secrecy)
}

_ALIASES: dict[tuple[type, str], tuple[str, ...]] = _by_member(
    [
        (Urgency.NORMAL, ("", "none", "ธรรมดา")),
        (Urgency.MOST_URGENT, ("mosturgent",)),
        (Urgency.VERY_URGENT, ("veryurgent",)),
        (Secrecy.NORMAL, ("", "none", "ไม่ลับ", "public")),
        (Secrecy.TOP_SECRET, ("topsecret",)),
    ]
)
