"""The composition root: builds the database, services and actor, and hands them out.

The GUI and the CLI both start here, so they run the same services against the same schema.
Nothing here is global: tests build as many contexts as they like, each on its own database.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app.config import AppPaths, default_paths, resolve_db_url, resolve_language
from desktop_app.db.engine import Database, make_engine
from desktop_app.db.migrate import MigrationResult, ensure_schema
from desktop_app.services.attachments import AttachmentStore
from desktop_app.services.directory import DirectoryService
from desktop_app.services.outgoing import OutgoingService
from desktop_app.services.register import Clock, IncomingRegister, local_now
from desktop_app.services.settings import SettingsService
from desktop_app.services.setup import SetupService
from desktop_app.services.users import Actor, UserService, workstation_username

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    db: Database
    db_url: str
    language: str
    migration: MigrationResult
    actor: Actor
    users: UserService
    settings: SettingsService
    directory: DirectoryService
    setup: SetupService
    register: IncomingRegister
    outgoing: OutgoingService

    @classmethod
    def open(
        cls,
        db_url: str | None = None,
        *,
        paths: AppPaths | None = None,
        language: str | None = None,
        username: str | None = None,
        clock: Clock = local_now,
    ) -> AppContext:
        """Open (creating or upgrading) the database and wire the services to it."""
        paths = paths or default_paths()
        url = resolve_db_url(db_url, paths)
        db = Database(make_engine(url))
        try:
            migration = ensure_schema(db, backup_dir=paths.backups_dir)
            users = UserService(db)
            actor = users.ensure_user(username or workstation_username())
        except BaseException:
            db.dispose()
            raise
        settings = SettingsService(db)
        directory = DirectoryService(db)

        def store() -> AttachmentStore:
            configured = settings.get("attachments.dir")
            return AttachmentStore(Path(configured) if configured else paths.attachments_dir)

        register = IncomingRegister(db, directory, store, clock=clock)
        return cls(
            paths=paths,
            db=db,
            db_url=url,
            language=resolve_language(language, paths),
            migration=migration,
            actor=actor,
            users=users,
            settings=settings,
            directory=directory,
            setup=SetupService(db, settings, directory),
            register=register,
            outgoing=OutgoingService(db, directory, settings, store, paths.data_dir / "letters",
                                     clock),
        )

    def close(self) -> None:
        self.db.dispose()
