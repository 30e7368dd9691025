"""Who is acting, and what their role lets them do.

Until log-ins exist (a later issue) the actor is the operating-system account running the
program, recorded as a user on first use; the first one becomes the admin.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Role(enum.StrEnum):
    """The office's roles (saraban.md, "Who does what"); stored as these values."""

    CLERK = "clerk"  # เจ้าหน้าที่ธุรการ/สารบรรณ: registers incoming mail
    OFFICER = "officer"  # เจ้าหน้าที่ผู้รับผิดชอบ: forwarding letters
    SUPERVISOR = "supervisor"  # หัวหน้ากลุ่มงาน: the pending-acknowledgement dashboard
    ADMIN = "admin"  # ผู้ดูแลระบบ: users, settings, the directory, backups

    @property
    def label_th(self) -> str:
        return _LABELS[self][0]

    @property
    def label_en(self) -> str:
        return _LABELS[self][1]

    def label(self, lang: str = "th") -> str:
        return self.label_en if lang == "en" else self.label_th

    @classmethod
    def parse(cls, value: str | None) -> Role:
        """A stored role; an unknown or missing one is the least privileged (clerk)."""
        try:
            return cls(str(value))
        except ValueError:
            return cls.CLERK


_LABELS = {
    Role.CLERK: ("เจ้าหน้าที่สารบรรณ", "Clerk"),
    Role.OFFICER: ("เจ้าหน้าที่ผู้รับผิดชอบ", "Officer"),
    Role.SUPERVISOR: ("หัวหน้ากลุ่มงาน", "Supervisor"),
    Role.ADMIN: ("ผู้ดูแลระบบ", "Administrator"),
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
