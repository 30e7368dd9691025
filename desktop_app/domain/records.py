"""Rules every register record shares."""

from __future__ import annotations

from desktop_app.domain.errors import InvalidInput
from desktop_app.domain.thai_text import normalise


def required_reason(text: str) -> str:
    """The reason a cancellation must give (kept in the record and the audit trail),
    normalised; ``InvalidInput`` when it is blank. Source: saraban.md, "Registers": a
    cancelled number stays in the register marked ยกเลิก."""
    reason = normalise(text or "")
    if not reason:
        raise InvalidInput("กรุณาระบุเหตุผลที่ยกเลิก", "Give the reason for cancelling", field="reason")
    return reason
