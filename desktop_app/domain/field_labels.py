"""Labels a clerk copies along with a field's text, dropped: "เรื่อง การประชุม" typed into the
subject box, "จาก กรมส่งเสริมการปกครองท้องถิ่น" into the sender, "เรียน นายอำเภอ" into the
recipient. Stored with its label, a field prints twice labelled on the forwarding letter
("เรื่อง เรื่อง ...") and stops matching the same text typed without it; the document number's
own labels ("ที่", "เลขที่") are ``doc_numbers.strip_doc_no_label``'s.

A Thai label counts only as a word of its own (followed by a space or a colon): "เรื่องเล่า"
and "จากใจ" are text, not labels. An English label counts only with its colon ("Subject:",
"Re:", "From:", "To:"), as a Latin word could begin real text. The labels are those of the
regulation's letter forms (ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. ๒๕๒๖, แบบที่ ๑-๓:
ที่, ถึง/เรียน, เรื่อง, อ้างถึง, สิ่งที่ส่งมาด้วย) and of the incoming register's columns (จาก).
"""

from __future__ import annotations

import re
from typing import Literal

FieldKind = Literal["subject", "sender", "recipient", "reference", "enclosure"]

_THAI: dict[str, tuple[str, ...]] = {
    "subject": ("เรื่อง",),
    "sender": ("จาก",),
    "recipient": ("เรียน", "ถึง"),
    "reference": ("อ้างถึง",),
    "enclosure": ("สิ่งที่ส่งมาด้วย",),
}
_ENGLISH: dict[str, tuple[str, ...]] = {
    "subject": ("subject", "re"),
    "sender": ("from",),
    "recipient": ("to", "dear"),
    "reference": ("ref", "reference"),
    "enclosure": ("enclosure", "enclosures", "encl"),
}


def _pattern(kind: str) -> re.Pattern[str]:
    thai = "|".join(re.escape(label) for label in _THAI[kind])
    english = "|".join(re.escape(label) for label in _ENGLISH[kind])
    return re.compile(
        rf"^\s*(?:(?:{thai})(?:\s*[:：]\s*|\s+)|(?:{english})\.?\s*[:：]\s*)", re.IGNORECASE
    )


_PATTERNS = {kind: _pattern(kind) for kind in _THAI}


def strip_field_label(kind: FieldKind, text: str) -> str:
    """``text`` without the label(s) of field ``kind`` at its start ("เรื่อง: ทดสอบ" ->
    "ทดสอบ", "เรียน  ถึง นายอำเภอ" -> "นายอำเภอ"); a text that is only a label becomes "";
    other text is returned as given."""
    pattern = _PATTERNS[kind]
    while True:
        bare = text.strip().rstrip(":：").strip().lower()
        if bare and (bare in _THAI[kind] or bare in _ENGLISH[kind]):
            return ""
        match = pattern.match(text)
        if not match:
            return text
        text = text[match.end() :]
