"""The audit trail: who did what to which record, when, with the changed values."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from desktop_app.db.models import AuditEvent, utcnow
from desktop_app.domain.users import Actor

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: int | None,
    details: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            at=utcnow(),
            user_id=actor.id,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details={key: _jsonable(value) for key, value in (details or {}).items()},
        )
    )


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """{"field": [old, new]} for the fields whose value changed."""
    return {
        key: [_jsonable(before.get(key)), _jsonable(value)]
        for key, value in after.items()
        if before.get(key) != value
    }
