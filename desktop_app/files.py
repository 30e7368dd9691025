"""Files written whole or not at all, and OS errors told in words a clerk can act on.

Every file the program writes (a letter's PDF, an Excel export, a copy into the attachment
store, the workstation's preferences) is first written in full to a temporary name in the
target's folder, flushed to disk (``fsync``), then renamed over the target, and the folder's
entry flushed too: a full disk, a crash or a power cut leaves the old file or the new one,
never half of one. A write that fails removes its temporary file.

``Staged`` splits that in two for writes that must wait for a database commit (the rule for
numbered records: prepare everything before the number lock, write files after the commit):
``stage_*`` does the slow part (copying, hashing, fsync), ``Staged.place`` the rename.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.errors import EnvironmentProblem

CHUNK = 1 << 20  # bytes read at a time when copying


def describe_os_error(error: OSError, shown: Path | None = None) -> EnvironmentProblem:
    """An ``EnvironmentProblem`` saying what went wrong with a file, in Thai and English;
    ``shown`` names the file the user knows of (not the temporary one written first)."""
    if shown is not None:
        error = OSError(error.errno, error.strerror, str(shown))
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return EnvironmentProblem(
            "พื้นที่ดิสก์เต็ม บันทึกแฟ้มไม่ได้ ข้อมูลที่กรอกยังอยู่ครบ",
            "The disk is full; the file could not be saved. Nothing you typed was lost.",
        )
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return EnvironmentProblem(
            f"ไม่มีสิทธิ์เขียนหรืออ่านแฟ้ม {error.filename or ''}".strip(),
            f"No permission to read or write {error.filename or 'the file'}",
        )
    if error.errno == errno.ENOENT:
        return EnvironmentProblem(
            f"ไม่พบแฟ้ม {error.filename or ''}".strip(),
            f"File not found: {error.filename or ''}".strip(),
        )
    return EnvironmentProblem(
        f"อ่านหรือเขียนแฟ้มไม่ได้: {error.strerror or error}",
        f"Cannot read or write a file: {error.strerror or error}",
    )


def check_output(target: Path, suffix: str) -> Path:
    """``target`` (user folder expanded) if a ``suffix`` file can be written there;
    ``InvalidInput`` (field "out") naming what is wrong otherwise, before anything is done."""
    from desktop_app.domain.errors import InvalidInput

    target = Path(target).expanduser()
    if target.suffix.lower() != suffix:
        raise InvalidInput(
            f"แฟ้มปลายทางต้องเป็น {suffix} (ได้รับ “{target.name}”)",
            f"The output file must end in {suffix} (got “{target.name}”)",
            field="out",
        )
    if not target.parent.is_dir():
        raise InvalidInput(
            f"ไม่พบโฟลเดอร์ปลายทาง “{target.parent}”",
            f"No such folder: “{target.parent}”",
            field="out",
        )
    if not os.access(target.parent, os.W_OK):
        raise InvalidInput(
            f"ไม่มีสิทธิ์เขียนแฟ้มในโฟลเดอร์ “{target.parent}” เลือกโฟลเดอร์อื่น",
            f"This account cannot write in “{target.parent}”; choose another folder",
            field="out",
        )
    if target.exists() and not target.is_file():
        raise InvalidInput(
            f"“{target}” ไม่ใช่แฟ้ม (เป็นโฟลเดอร์หรืออุปกรณ์) เลือกชื่อแฟ้มอื่น",
            f"“{target}” is not a file (a folder or a device); choose another name",
            field="out",
        )
    if target.is_file() and not target.stat().st_mode & 0o222:
        # Read-only (its owner marked it so): never replaced behind their back, not even
        # by an administrator's account, which the file system itself would let through.
        raise InvalidInput(
            f"แฟ้ม “{target.name}” ตั้งเป็นอ่านอย่างเดียว ไม่เขียนทับ เลือกชื่อแฟ้มอื่น",
            f"“{target.name}” is read-only and is not overwritten; choose another name",
            field="out",
        )
    return target


@functools.cache
def _umask() -> int:
    """The process's umask, read without changing it (Linux: /proc; elsewhere the usual),
    once per process."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def _give_mode(path: Path, target: Path) -> None:
    """A new output gets the mode a file created normally would (temporary files are 0600),
    or the mode of the file it replaces, so colleagues can open it from a shared folder."""
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(path, mode)
    except OSError:
        pass  # the content matters; a mode that could not be set is no reason to fail


def _fsync_directory(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@dataclass
class Staged:
    """A file written in full under a temporary name, waiting to be put in place."""

    path: Path
    size: int
    sha256: str

    def place(self, target: Path, *, keep_existing: bool = False) -> None:
        """Rename over ``target`` (same folder or file system). ``keep_existing``: a file
        already there is the same content (content-addressed store), keep it and drop this
        copy. Raises ``EnvironmentProblem``; the staged file then stays for a retry."""
        try:
            if keep_existing and target.exists() and target.stat().st_size == self.size:
                self.discard()
                return
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.path, target)
            _fsync_directory(target.parent)
        except OSError as error:
            raise describe_os_error(error, target) from error

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def _temporary(folder: Path, prefix: str, suffix: str) -> tuple[int, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=folder)
    return handle, Path(name)


def _write_temporary(
    folder: Path, data: bytes, prefix: str, suffix: str, shown: Path | None
) -> Path:
    """``data`` written and flushed (``fsync``) to a new temporary file in ``folder``."""
    path: Path | None = None
    try:
        handle, path = _temporary(folder, prefix, suffix)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        if path is not None:
            path.unlink(missing_ok=True)
        raise describe_os_error(error, shown) from error
    return path


def stage_bytes(
    folder: Path,
    data: bytes,
    *,
    prefix: str = ".saraban-",
    suffix: str = ".tmp",
    shown: Path | None = None,
) -> Staged:
    """``data`` written and flushed to a temporary file in ``folder``, with its SHA-256;
    errors name ``shown`` (the file the user asked for) when given."""
    path = _write_temporary(folder, data, prefix, suffix, shown)
    return Staged(path, len(data), hashlib.sha256(data).hexdigest())


def stage_copy(
    source: Path,
    folder: Path,
    *,
    prefix: str = ".saraban-",
    progress: Callable[[int], None] | None = None,
) -> Staged:
    """A copy of ``source`` in ``folder``, hashed (SHA-256) while copying and flushed."""
    path: Path | None = None
    digest = hashlib.sha256()
    size = 0
    try:
        handle, path = _temporary(folder, prefix, ".tmp")
        with source.open("rb") as src, os.fdopen(handle, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
                size += len(chunk)
                if progress is not None:
                    progress(size)
            dst.flush()
            os.fsync(dst.fileno())
    except BaseException as error:
        if path is not None:
            path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise describe_os_error(error) from error
        raise
    return Staged(path, size, digest.hexdigest())


def write_atomically(target: Path, data: bytes, *, sync_folder: bool = True) -> None:
    """Write ``data`` to ``target`` whole or not at all, with the mode a new file gets (or
    the replaced file's): a flushed temporary file renamed over it. ``sync_folder``: make
    the rename durable now (``fsync`` of the folder); a batch writing many files into one
    folder passes False and calls ``sync_directory`` once at the end. Raises
    ``EnvironmentProblem``; no temporary file is left behind."""
    path = _write_temporary(target.parent, data, f".{target.stem[:40]}-", ".tmp", target)
    try:
        _give_mode(path, target)
        os.replace(path, target)
        if sync_folder:
            _fsync_directory(target.parent)
    except OSError as error:
        path.unlink(missing_ok=True)
        raise describe_os_error(error, target) from error


def sync_directory(folder: Path) -> None:
    """Make the renames done in ``folder`` durable (after ``write_atomically(...,
    sync_folder=False)``). Raises ``EnvironmentProblem``."""
    try:
        _fsync_directory(folder)
    except OSError as error:
        raise describe_os_error(error, folder) from error


@contextlib.contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` for a writer that wants a file name (openpyxl's
    ``save``); on success it is flushed and renamed over ``target``, on any error removed.
    Raises ``EnvironmentProblem`` for file errors."""
    try:
        handle, path = _temporary(target.parent, f".{target.stem[:40]}-", target.suffix)
        os.close(handle)
    except OSError as error:
        raise describe_os_error(error, target) from error
    try:
        yield path
        with path.open("rb+") as stream:
            os.fsync(stream.fileno())
        _give_mode(path, target)
        os.replace(path, target)
        _fsync_directory(target.parent)
    except BaseException as error:
        path.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise describe_os_error(error, target) from error
        raise


def sweep_staged(folder: Path, prefix: str, older_than_seconds: float) -> int:
    """Remove temporary files a crashed process left in ``folder``; return how many.

    A file's age is measured against the earlier of this computer's clock and the folder's
    own (the time stamp a file made there now gets): on a shared folder, a workstation whose
    clock runs ahead must not take another workstation's file being written for a stale
    one."""
    import time

    removed = 0
    now = time.time()
    with contextlib.suppress(OSError):
        handle, probe = tempfile.mkstemp(prefix=".clock-", dir=folder)
        try:
            now = min(now, os.fstat(handle).st_mtime)
        finally:
            os.close(handle)
            os.unlink(probe)
    cutoff = now - older_than_seconds
    with contextlib.suppress(OSError):
        for entry in os.scandir(folder):
            if (
                entry.name.startswith(prefix)
                and entry.is_file()
                and (entry.stat().st_mtime < cutoff)
            ):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
