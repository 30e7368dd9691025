"""Rules every register record shares."""

from __future__ import annotations

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_text import MAX_REASON_LENGTH, clean_text


def required_reason(text: str) -> str:
    """The reason a cancellation must give (kept in the record and the audit trail), cleaned
    as every typed text is (``thai_text.clean_text``: control characters removed, Thai
    normalised, at most ``MAX_REASON_LENGTH`` characters); ``InvalidInput`` (``reason``) when
    it is blank or too long. Source: saraban.md, "Registers": a cancelled number stays in the
    register marked ยกเลิก."""
    reason = clean_text(
        text,
        max_length=MAX_REASON_LENGTH,
        field="reason",
        label_th="เหตุผลที่ยกเลิก",
        label_en="The reason for cancelling",
    )
    if not reason:
        raise InvalidInput("กรุณาระบุเหตุผลที่ยกเลิก", "Give the reason for cancelling", field="reason")
    return reason
