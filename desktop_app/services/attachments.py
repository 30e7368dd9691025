"""The attachment store: files copied in, named by their SHA-256, never moved or changed.

The original path is never relied on after the copy. Identical files are stored once.
Copies are staged (written whole, hashed and flushed under a temporary name in the store)
before the database transaction that records them, and put in place after it commits
(``desktop_app.files``): a failed save leaves no file behind, a crash at worst a temporary
one, which the next staging sweeps once it is a day old.
"""

from __future__ import annotations

import mimetypes
import os
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import InvalidInput
from desktop_app.files import (
    CHUNK,
    Staged,
    describe_os_error,
    stage_bytes,
    stage_copy,
    sweep_staged,
)

MAX_FILE_BYTES = 2 * 1024**3
STAGING_PREFIX = ".staging-"
STALE_STAGING_SECONDS = 24 * 3600


@dataclass(frozen=True)
class StoredFile:
    filename: str
    sha256: str
    size: int  # bytes
    media_type: str


@dataclass
class StagedFile:
    """A file copied into the store under a temporary name: ``commit`` puts it in place,
    ``discard`` removes it (the transaction that would have recorded it failed)."""

    stored: StoredFile
    staged: Staged
    target: Path

    def commit(self) -> None:
        self.staged.place(self.target, keep_existing=True)

    def discard(self) -> None:
        self.staged.discard()


def sha256_of(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class AttachmentStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    @staticmethod
    def check_source(source: Path) -> Path:
        """Refuse what cannot be attached, before anything is written (``InvalidInput``)."""
        source = Path(source).expanduser()
        if source.is_dir():
            raise InvalidInput(
                f"“{source}” เป็นโฟลเดอร์ ไม่ใช่แฟ้ม เลือกแฟ้มในโฟลเดอร์นั้นแทน",
                f"“{source}” is a folder, not a file; choose the files in it",
                field="attachments",
            )
        if not source.is_file():
            raise InvalidInput(
                f"ไม่พบแฟ้มแนบ “{source}”", f"Attachment not found: “{source}”", field="attachments"
            )
        if not os.access(source, os.R_OK):
            raise InvalidInput(
                f"ไม่มีสิทธิ์อ่านแฟ้มแนบ “{source}”",
                f"Cannot read the attachment “{source}”",
                field="attachments",
            )
        if source.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput(
                f"แฟ้ม “{source.name}” ใหญ่เกิน 2 GB",
                f"“{source.name}” is larger than 2 GB",
                field="attachments",
            )
        return source

    def _sweep(self) -> None:
        sweep_staged(self.root, STAGING_PREFIX, STALE_STAGING_SECONDS)

    def stage(self, source: Path) -> StagedFile:
        """Copy ``source`` into the store under a temporary name (hashing while copying)."""
        source = self.check_source(source)
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        self._sweep()
        staged = stage_copy(source, self.root, prefix=STAGING_PREFIX)
        stored = StoredFile(source.name, staged.sha256, staged.size, media_type)
        return StagedFile(stored, staged, self.path_for(staged.sha256))

    def stage_bytes(
        self, data: bytes, filename: str, media_type: str = "application/pdf"
    ) -> StagedFile:
        """Bytes the program made (a letter's PDF), staged like an attached file."""
        self._sweep()
        staged = stage_bytes(self.root, data, prefix=STAGING_PREFIX)
        stored = StoredFile(filename, staged.sha256, staged.size, media_type)
        return StagedFile(stored, staged, self.path_for(staged.sha256))

    def put(self, source: Path) -> StoredFile:
        """Copy ``source`` into the store now (no transaction waits for it)."""
        staged = self.stage(source)
        staged.commit()
        return staged.stored

    def put_bytes(
        self, data: bytes, filename: str, media_type: str = "application/pdf"
    ) -> StoredFile:
        staged = self.stage_bytes(data, filename, media_type)
        staged.commit()
        return staged.stored

    def has(self, sha256: str, size: int | None = None) -> bool:
        path = self.path_for(sha256)
        try:
            return path.is_file() and (size is None or path.stat().st_size == size)
        except OSError:
            return False

    def verify(self, sha256: str) -> bool:
        path = self.path_for(sha256)
        return path.is_file() and sha256_of(path) == sha256

    def export_copy(self, sha256: str, filename: str, target_dir: Path) -> Path:
        """A copy under its original name (to open in the system viewer or send on)."""
        from desktop_app.files import write_atomically

        target = target_dir / Path(filename).name
        try:
            data = self.path_for(sha256).read_bytes()
        except OSError as error:
            raise describe_os_error(error) from error
        write_atomically(target, data)
        return target
