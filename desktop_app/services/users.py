"""Who is acting. Until log-ins exist (a later issue) the actor is the operating-system
account running the program, recorded as a user on first use so every record has a
``created_by``. Looking the user up is a plain read: only the very first start of a new
user writes (a read-only command never waits behind another workstation's save)."""

from __future__ import annotations

import getpass

from desktop_app.db.engine import Database
from desktop_app.domain.users import Actor, Role


def workstation_username() -> str:
    try:
        return getpass.getuser() or "user"
    except (OSError, KeyError):
        return "user"


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find(self, username: str) -> Actor | None:
        with self.db.reading() as reader:
            found = reader.row(
                "SELECT id, username, display_name, role FROM user_account WHERE username = ?",
                [username],
            )
        if found is None:
            return None
        return Actor(int(found[0]), found[1], found[2], Role.parse(found[3]))

    def ensure_user(self, username: str, display_name: str | None = None) -> Actor:
        """The user row for ``username``, created on first use (the first one is admin)."""
        existing = self.find(username)
        if existing is not None:
            return existing
        from sqlalchemy import select

        from desktop_app.db.models import User

        with self.db.write() as session:
            user = session.scalar(select(User).where(User.username == username))
            if user is None:  # another process may have added it meanwhile
                first = session.scalar(select(User.id).limit(1)) is None
                user = User(
                    username=username,
                    display_name=display_name or username,
                    role=(Role.ADMIN if first else Role.CLERK).value,
                    initials="",
                )
                session.add(user)
                session.flush()
            return Actor(user.id, user.username, user.display_name, Role.parse(user.role))

    def display_names(self) -> dict[int, str]:
        with self.db.reading() as reader:
            return {
                int(id_): name
                for id_, name in reader.rows("SELECT id, display_name FROM user_account")
            }
