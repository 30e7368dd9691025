"""Sort database and file errors into "the environment's fault, tell the user" and bugs.

Classified by the driver's own codes, never by the English text of a message: SQLite's
primary result code (``sqlite3.Error.sqlite_errorcode`` and its name, ``SQLITE_BUSY``, ...)
and PostgreSQL's SQLSTATE (``psycopg.Error.sqlstate``, class ``08`` connection exception, ...).
Locked, full, read-only, damaged or unreachable databases become ``EnvironmentProblem`` with a
message a clerk can act on; anything else (a constraint violation, a syntax error) propagates
as the bug it is.

Imports no SQLAlchemy: a wrapped driver error (``sqlalchemy.exc.DBAPIError``) is recognised
by its ``orig`` attribute, so the read-only start-up path stays light.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from desktop_app.domain.errors import EnvironmentProblem

_BUSY = (
    "ฐานข้อมูลกำลังถูกใช้งานโดยเครื่องหรือโปรแกรมอื่นนานเกินไป ข้อมูลที่กรอกยังอยู่ครบ กรุณาลองบันทึกอีกครั้ง",
    "The database is busy in another program or workstation for too long. Nothing you "
    "typed was lost; please try saving again.",
)
_FULL = (
    "พื้นที่ดิสก์เต็มหรืออ่านเขียนดิสก์ไม่ได้ ข้อมูลยังไม่ถูกบันทึก กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง",
    "The disk is full or failing; nothing was saved. Free some space and try again.",
)
_READ_ONLY = (
    "ฐานข้อมูลเปิดได้แบบอ่านอย่างเดียว จึงบันทึกไม่ได้ ตรวจสอบสิทธิ์ของแฟ้มหรือโฟลเดอร์",
    "The database is read-only, so nothing can be saved. Check the file's permissions.",
)
_CANNOT_OPEN = (
    "เปิดแฟ้มฐานข้อมูลไม่ได้ ตรวจสอบว่าโฟลเดอร์มีอยู่และมีสิทธิ์เขียน",
    "Cannot open the database file. Check that the folder exists and is writable.",
)
_DAMAGED = (
    "แฟ้มฐานข้อมูลเสียหายหรือไม่ใช่ฐานข้อมูลของโปรแกรม กรุณากู้คืนจากแฟ้มสำรอง",
    "The database file is damaged or not a database. Restore it from a backup.",
)
_SERVER_UNREACHABLE = (
    "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้ ตรวจสอบเครือข่ายและที่อยู่ฐานข้อมูล แล้วลองอีกครั้ง",
    "Cannot reach the database server. Check the network and the database URL, then retry.",
)
_LOGIN_REFUSED = (
    "เซิร์ฟเวอร์ฐานข้อมูลไม่ยอมรับชื่อผู้ใช้หรือรหัสผ่าน ตรวจสอบที่อยู่ฐานข้อมูลในหน้าตั้งค่า",
    "The database server refused the user name or password. Check the database URL.",
)

# SQLite primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
_SQLITE_PRIMARY: dict[int, tuple[str, str]] = {
    5: _BUSY,  # SQLITE_BUSY
    6: _BUSY,  # SQLITE_LOCKED
    8: _READ_ONLY,  # SQLITE_READONLY
    10: _FULL,  # SQLITE_IOERR
    11: _DAMAGED,  # SQLITE_CORRUPT
    13: _FULL,  # SQLITE_FULL
    14: _CANNOT_OPEN,  # SQLITE_CANTOPEN
    26: _DAMAGED,  # SQLITE_NOTADB
}
_SQLITE_NAMES = {
    "SQLITE_BUSY": 5,
    "SQLITE_LOCKED": 6,
    "SQLITE_READONLY": 8,
    "SQLITE_IOERR": 10,
    "SQLITE_CORRUPT": 11,
    "SQLITE_FULL": 13,
    "SQLITE_CANTOPEN": 14,
    "SQLITE_NOTADB": 26,
}

# PostgreSQL SQLSTATE codes and classes: https://www.postgresql.org/docs/current/errcodes-appendix.html
_PG_STATES: dict[str, tuple[str, str]] = {
    "55P03": _BUSY,  # lock_not_available (lock_timeout)
    "57014": _BUSY,  # query_canceled (statement_timeout)
    "40P01": _BUSY,  # deadlock_detected
    "40001": _BUSY,  # serialization_failure
    "25006": _READ_ONLY,  # read_only_sql_transaction (a hot standby)
    "53100": _FULL,  # disk_full
    "57P01": _SERVER_UNREACHABLE,  # admin_shutdown
    "57P02": _SERVER_UNREACHABLE,  # crash_shutdown
    "57P03": _SERVER_UNREACHABLE,  # cannot_connect_now
    "3D000": _SERVER_UNREACHABLE,  # invalid_catalog_name: no such database
    "28000": _LOGIN_REFUSED,  # invalid_authorization_specification
    "28P01": _LOGIN_REFUSED,  # invalid_password
}
_PG_CLASSES: dict[str, tuple[str, str]] = {
    "08": _SERVER_UNREACHABLE,  # connection_exception
    "53": _FULL,  # insufficient_resources
    "58": _FULL,  # system_error (I/O)
}


def _sqlite_primary(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    name = getattr(error, "sqlite_errorname", None)
    if isinstance(name, str):
        for prefix, primary in _SQLITE_NAMES.items():
            if name == prefix or name.startswith(prefix + "_"):
                return primary
    return None


def _is_psycopg_error(error: BaseException) -> bool:
    return any(cls.__module__.startswith("psycopg") for cls in type(error).__mro__)


def describe_driver_error(error: BaseException) -> EnvironmentProblem | None:
    """The user's message for a DB-API error that is the environment's fault, else None.

    ``error`` may be a driver exception (``sqlite3.Error``, ``psycopg.Error``) or a wrapper
    carrying one in ``orig`` (SQLAlchemy's ``DBAPIError``).
    """
    orig = getattr(error, "orig", None)
    if isinstance(orig, BaseException):
        error = orig
    primary = _sqlite_primary(error)
    if primary is not None:
        found = _SQLITE_PRIMARY.get(primary)
        return EnvironmentProblem(*found) if found else None
    if _is_psycopg_error(error):
        state = getattr(error, "sqlstate", None)
        if not state:
            # Raised before the server said anything: refused, timed out, name unknown.
            operational = type(error).__name__ in ("OperationalError", "InterfaceError")
            return EnvironmentProblem(*_SERVER_UNREACHABLE) if operational else None
        found = _PG_STATES.get(state) or _PG_CLASSES.get(state[:2])
        return EnvironmentProblem(*found) if found else None
    return None


def _is_driver_error(error: BaseException) -> bool:
    import sqlite3

    if isinstance(error, sqlite3.Error) or _is_psycopg_error(error):
        return True
    # SQLAlchemy's wrappers: DBAPIError (with .orig) and InterfaceError.
    return any(
        cls.__module__.startswith("sqlalchemy")
        and cls.__name__ in ("DBAPIError", "DatabaseError", "InterfaceError", "OperationalError")
        for cls in type(error).__mro__
    )


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn environmental database errors into ``EnvironmentProblem``; re-raise the rest."""
    try:
        yield
    except EnvironmentProblem:
        raise
    except Exception as error:
        if not _is_driver_error(error):
            raise
        problem = describe_driver_error(error)
        if problem is None:
            if type(error).__name__ == "InterfaceError" and getattr(error, "orig", None) is None:
                raise EnvironmentProblem(*_SERVER_UNREACHABLE) from error
            raise
        raise problem from error
