"""Sort database and file errors into "the environment's fault, tell the user" and bugs.

Locked, full, read-only or unreachable databases become ``EnvironmentProblem`` with a message
a clerk can act on; everything else propagates as the bug it is.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator

from sqlalchemy import exc as sa_exc

from desktop_app.domain.errors import EnvironmentProblem

_SQLITE_MESSAGES: list[tuple[tuple[str, ...], str, str]] = [
    (
        ("database is locked", "database table is locked", "busy"),
        "ฐานข้อมูลกำลังถูกใช้งานโดยเครื่องหรือโปรแกรมอื่นนานเกินไป ข้อมูลที่กรอกยังอยู่ครบ "
        "กรุณาลองบันทึกอีกครั้ง",
        "The database is busy in another program or workstation for too long. Nothing you "
        "typed was lost; please try saving again.",
    ),
    (
        ("database or disk is full", "disk i/o error", "no space"),
        "พื้นที่ดิสก์เต็มหรืออ่านเขียนดิสก์ไม่ได้ ข้อมูลยังไม่ถูกบันทึก กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง",
        "The disk is full or failing; nothing was saved. Free some space and try again.",
    ),
    (
        ("readonly database", "read-only", "attempt to write a readonly"),
        "ฐานข้อมูลเปิดได้แบบอ่านอย่างเดียว จึงบันทึกไม่ได้ ตรวจสอบสิทธิ์ของแฟ้มหรือโฟลเดอร์",
        "The database is read-only, so nothing can be saved. Check the file's permissions.",
    ),
    (
        ("unable to open database file",),
        "เปิดแฟ้มฐานข้อมูลไม่ได้ ตรวจสอบว่าโฟลเดอร์มีอยู่และมีสิทธิ์เขียน",
        "Cannot open the database file. Check that the folder exists and is writable.",
    ),
    (
        ("file is not a database", "malformed"),
        "แฟ้มฐานข้อมูลเสียหายหรือไม่ใช่ฐานข้อมูลของโปรแกรม กรุณากู้คืนจากแฟ้มสำรอง",
        "The database file is damaged or not a database. Restore it from a backup.",
    ),
]

_SERVER_UNREACHABLE = (
    "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้ ตรวจสอบเครือข่ายและที่อยู่ฐานข้อมูล แล้วลองอีกครั้ง",
    "Cannot reach the database server. Check the network and the database URL, then retry.",
)


def describe_operational_error(error: BaseException) -> EnvironmentProblem | None:
    text = str(error).lower()
    for needles, message_th, message_en in _SQLITE_MESSAGES:
        if any(needle in text for needle in needles):
            return EnvironmentProblem(message_th, message_en)
    if any(
        needle in text
        for needle in ("connection refused", "could not connect", "connection failed",
                       "server closed the connection", "timeout expired", "could not translate")
    ):
        return EnvironmentProblem(*_SERVER_UNREACHABLE)
    return None


def describe_os_error(error: OSError) -> EnvironmentProblem:
    if error.errno == errno.ENOSPC:
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


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn environmental database errors into ``EnvironmentProblem``; re-raise the rest."""
    try:
        yield
    except sa_exc.InterfaceError as error:
        raise EnvironmentProblem(*_SERVER_UNREACHABLE) from error
    except sa_exc.DatabaseError as error:
        # Locked, full, read-only, damaged, unreachable; an integrity error is a bug and
        # matches none of these, so it propagates.
        problem = describe_operational_error(error.orig or error)
        if problem is None:
            raise
        raise problem from error
