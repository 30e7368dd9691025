"""Who is acting. Until logins exist (a later issue) the actor is the operating-system
account running the program, recorded as a user on first use so every record has a
``created_by``."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import select

from desktop_app.db.engine import Database
from desktop_app.db.models import User


@dataclass(frozen=True)
class Actor:
    id: int
    username: str
    display_name: str
    role: str


def workstation_username() -> str:
    try:
        return getpass.getuser() or "user"
    except (OSError, KeyError):
        return "user"


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def ensure_user(self, username: str, display_name: str | None = None) -> Actor:
        """The user row for ``username``, created on first use (the first one is admin)."""
        with self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:
                first = session.scalar(select(User.id).limit(1)) is None
                user = User(
                    username=username,
                    display_name=display_name or username,
                    role="admin" if first else "clerk",
                    initials="",
                )
                session.add(user)
                session.flush()
            return Actor(user.id, user.username, user.display_name, user.role)

    def display_names(self) -> dict[int, str]:
        with self.db.read() as session:
            return dict(session.execute(select(User.id, User.display_name)).all())
