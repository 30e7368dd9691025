"""Who is acting, and what their role lets them do.

Until log-ins exist (a later issue) the actor is the operating-system account running the
program, recorded as a user on first use; the first one becomes the admin.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.labels import LabelledEnum


class Role(LabelledEnum):
    """The office's roles (saraban.md, "Who does what"); stored as these values."""

    CLERK = "clerk"  # เจ้าหน้าที่ธุรการ/สารบรรณ: registers incoming mail
    OFFICER = "officer"  # เจ้าหน้าที่ผู้รับผิดชอบ: forwarding letters
    SUPERVISOR = "supervisor"  # หัวหน้ากลุ่มงาน: the pending-acknowledgement dashboard
    ADMIN = "admin"  # ผู้ดูแลระบบ: users, settings, the directory, backups

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _ROLE_LABELS

    @classmethod
    def parse(cls, value: str | None) -> Role:
        """A stored role; an unknown or missing one is the least privileged (clerk)."""
        try:
            return cls(str(value))
        except ValueError:
            return cls.CLERK


_ROLE_LABELS = {
    "clerk": ("เจ้าหน้าที่สารบรรณ", "Clerk"),
    "officer": ("เจ้าหน้าที่ผู้รับผิดชอบ", "Officer"),
    "supervisor": ("หัวหน้ากลุ่มงาน", "Supervisor"),
    "admin": ("ผู้ดูแลระบบ", "Administrator"),
}


@dataclass(frozen=True)
class Actor:
    """The person doing an action, as recorded in ``created_by`` and the audit trail."""

    id: int
    username: str
    display_name: str
    role: Role

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN
