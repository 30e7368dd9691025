"""The attachment store: files copied in, named by their SHA-256, never moved or changed.

The original path is never relied on after the copy. Identical files are stored once.
A copy is written to a temporary name and renamed into place, so a full disk or a crash
leaves no half-written file under a real name.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop_app.db.errors import describe_os_error
from desktop_app.domain.errors import InvalidInput

CHUNK = 1 << 20
MAX_FILE_BYTES = 2 * 1024**3


@dataclass(frozen=True)
class StoredFile:
    filename: str
    sha256: str
    size: int
    media_type: str


def sha256_of(path: Path) -> str:
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
        """Refuse what cannot be attached, before anything is written."""
        source = Path(source).expanduser()
        if not source.is_file():
            raise InvalidInput(
                f"ไม่พบแฟ้มแนบ “{source}”", f"Attachment not found: “{source}”", field="attachments"
            )
        if not os.access(source, os.R_OK):
            raise InvalidInput(
                f"ไม่มีสิทธิ์อ่านแฟ้มแนบ “{source}”", f"Cannot read the attachment “{source}”",
                field="attachments",
            )
        if source.stat().st_size > MAX_FILE_BYTES:
            raise InvalidInput(
                f"แฟ้ม “{source.name}” ใหญ่เกิน 2 GB", f"“{source.name}” is larger than 2 GB",
                field="attachments",
            )
        return source

    def put(self, source: Path) -> StoredFile:
        """Copy ``source`` into the store (hashing while copying) and describe it."""
        source = self.check_source(source)
        media_type = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            digest = hashlib.sha256()
            size = 0
            handle, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
            tmp = Path(tmp_name)
            try:
                with source.open("rb") as src, os.fdopen(handle, "wb") as dst:
                    while chunk := src.read(CHUNK):
                        digest.update(chunk)
                        dst.write(chunk)
                        size += len(chunk)
                    dst.flush()
                    os.fsync(dst.fileno())
                sha = digest.hexdigest()
                target = self.path_for(sha)
                if target.exists() and target.stat().st_size == size:
                    tmp.unlink()
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        except OSError as error:
            raise describe_os_error(error) from error
        return StoredFile(source.name, sha, size, media_type)

    def put_bytes(self, data: bytes, filename: str, media_type: str = "application/pdf"
                  ) -> StoredFile:
        """Store bytes made by the program (a rendered letter) like an attached file."""
        sha = hashlib.sha256(data).hexdigest()
        target = self.path_for(sha)
        try:
            if not (target.exists() and target.stat().st_size == len(data)):
                target.parent.mkdir(parents=True, exist_ok=True)
                handle, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=target.parent)
                try:
                    with os.fdopen(handle, "wb") as stream:
                        stream.write(data)
                        stream.flush()
                        os.fsync(stream.fileno())
                    os.replace(tmp_name, target)
                except BaseException:
                    Path(tmp_name).unlink(missing_ok=True)
                    raise
        except OSError as error:
            raise describe_os_error(error) from error
        return StoredFile(filename, sha, len(data), media_type)

    def verify(self, sha256: str) -> bool:
        path = self.path_for(sha256)
        return path.is_file() and sha256_of(path) == sha256

    def export_copy(self, sha256: str, filename: str, target_dir: Path) -> Path:
        """A copy under its original name (to open in the system viewer or send on)."""
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / Path(filename).name
        try:
            shutil.copyfile(self.path_for(sha256), target)
        except OSError as error:
            raise describe_os_error(error) from error
        return target
