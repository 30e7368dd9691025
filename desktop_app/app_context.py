"""The composition root: opens the database, knows the actor, builds the services.

The GUI and the CLI both start here, so they run the same services against the same schema.
Nothing here is global: tests build as many contexts as they like, each on its own database.

Start-up pays only for what it uses: opening checks the schema and finds the user with plain
reads (no write, no SQLAlchemy when the database is up to date and the user known), and each
service is built, and its module imported, the first time it is asked for. ``saraban
incoming list`` thus never imports the ORM, the letters' typesetting or openpyxl.
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.config import AppPaths, default_paths, resolve_db_url, resolve_language
from desktop_app.db.engine import Database
from desktop_app.db.migrate import MigrationResult, ensure_schema
from desktop_app.domain.clock import Clock, local_now
from desktop_app.domain.users import Actor
from desktop_app.services.users import UserService, workstation_username

if TYPE_CHECKING:
    from desktop_app.services.acknowledgements import AcknowledgementService
    from desktop_app.services.attachments import AttachmentStore
    from desktop_app.services.directory import DirectoryService
    from desktop_app.services.exports import ExportService
    from desktop_app.services.incoming import IncomingRegister
    from desktop_app.services.numbering_admin import NumberingService
    from desktop_app.services.outgoing import OutgoingService
    from desktop_app.services.register_import import RegisterImportService
    from desktop_app.services.settings import SettingsService
    from desktop_app.services.setup import SetupService

log = logging.getLogger(__name__)


class AppContext:
    """One office database and the services over it, for one user."""

    def __init__(
        self,
        *,
        paths: AppPaths,
        db: Database,
        language: str,
        migration: MigrationResult,
        actor: Actor,
        users: UserService,
        clock: Clock,
    ) -> None:
        self.paths = paths
        self.db = db
        self.db_url = db.url
        self.language = language
        self.migration = migration
        self.actor = actor
        self.users = users
        self.clock = clock

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
        """Open (creating or upgrading) the database and find (or record) the user.

        Raises ``InvalidInput`` (a URL that is not SQLite or PostgreSQL) and
        ``EnvironmentProblem`` (unreachable, locked, damaged or newer database).
        """
        paths = paths or default_paths()
        url = resolve_db_url(db_url, paths)
        db = Database.open(url)
        try:
            migration = ensure_schema(db, backup_dir=paths.backups_dir)
            users = UserService(db)
            actor = users.ensure_user(username or workstation_username())
        except BaseException:
            db.dispose()
            raise
        return cls(
            paths=paths,
            db=db,
            language=resolve_language(language, paths),
            migration=migration,
            actor=actor,
            users=users,
            clock=clock,
        )

    # -- services, built on first use -------------------------------------------------------
    @cached_property
    def settings(self) -> SettingsService:
        from desktop_app.services.settings import SettingsService

        return SettingsService(self.db)

    @cached_property
    def directory(self) -> DirectoryService:
        from desktop_app.services.directory import DirectoryService

        return DirectoryService(self.db)

    def attachment_store(self) -> AttachmentStore:
        """The store in the folder Settings names (shared by an office on PostgreSQL), or
        this workstation's data directory."""
        from desktop_app.services.attachments import AttachmentStore

        configured = self.settings.get("attachments.dir")
        return AttachmentStore(Path(configured) if configured else self.paths.attachments_dir)

    @cached_property
    def incoming(self) -> IncomingRegister:
        from desktop_app.services.incoming import IncomingRegister

        return IncomingRegister(self.db, self.directory, self.attachment_store, clock=self.clock)

    @cached_property
    def outgoing(self) -> OutgoingService:
        from desktop_app.services.outgoing import OutgoingService

        return OutgoingService(
            self.db,
            self.directory,
            self.settings,
            self.attachment_store,
            self.paths.data_dir / "letters",
            self.clock,
        )

    @cached_property
    def acknowledgements(self) -> AcknowledgementService:
        from desktop_app.services.acknowledgements import AcknowledgementService

        return AcknowledgementService(
            self.db, self.settings, self.directory, self.outgoing, self.clock
        )

    @cached_property
    def setup(self) -> SetupService:
        from desktop_app.services.setup import SetupService

        return SetupService(self.db, self.settings, self.directory)

    @cached_property
    def exports(self) -> ExportService:
        from desktop_app.config import WorkstationPrefs
        from desktop_app.services.exports import ExportService

        prefs = WorkstationPrefs(self.paths.workstation_file)
        # Spreadsheets show the digits the screen shows (issue 9): this workstation's choice.
        return ExportService(
            self.incoming,
            self.settings,
            self.outgoing,
            self.acknowledgements,
            screen_digits=lambda: prefs.get("digits"),
        )

    @cached_property
    def numbering(self) -> NumberingService:
        from desktop_app.services.numbering_admin import NumberingService

        return NumberingService(self.db, self.settings, self.clock)

    @cached_property
    def register_import(self) -> RegisterImportService:
        from desktop_app.services.register_import import RegisterImportService

        return RegisterImportService(self.db, self.settings, self.directory, self.clock)

    def close(self) -> None:
        self.db.dispose()
