"""`saraban`: the same services as the GUI, from the command line.

Exit status: 0 success; 2 bad input (a message on stderr, nothing written); 3 refused
permission (the user's role may not do it; nothing written); 1 any other failure (a locked or
unreachable database, a full disk, a bug). ``--json`` prints exactly one JSON value on
stdout. No command starts the GUI.

Arguments are checked before the database is opened, so a wrong date or a missing file
never creates or changes a database. A command imports only what it uses: ``incoming list``
needs neither SQLAlchemy nor the letters' typesetting (docs/benchmarks.md, start-up).

Once an outgoing number is issued it is never reported as a failure: ``forward`` exits 0 and
says on stderr (and with ``"pdf_saved": false``) when the PDF still has to be saved, which
``letter reprint LETTER_ID --out FILE.pdf`` then does without a new number.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.errors import (
    EnvironmentProblem,
    InvalidInput,
    NotFound,
    PermissionDenied,
    SarabanError,
)
from desktop_app.domain.thai_dates import (
    format_date_short,
    format_datetime_short,
    parse_date,
    parse_datetime,
)
from desktop_app.domain.thai_text import apply_digits, normalise
from desktop_app.files import check_output

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_REFUSED = 0, 1, 2, 3
CLI_TIME_REASON = "ระบุเวลารับผ่านบรรทัดคำสั่ง (saraban receive --received-at)"


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage with exit status 2 (its default) in our format."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        raise _UsageError(message)


class _UsageError(Exception):
    pass


# argparse's own messages (English, from its source), said in Thai first; the original
# follows in brackets, for scripts that look for it.
_USAGE_TH = (
    (re.compile(r"the following arguments are required: (.+)"), "ต้องระบุ {0}"),
    (re.compile(r"one of the arguments (.+) is required"), "ต้องระบุอย่างใดอย่างหนึ่งใน {0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "ไม่รู้จัก {0}"),
    (
        re.compile(r"argument (\S+): invalid choice: (.+?) \(choose from (.+)\)"),
        "{0}: ไม่มีตัวเลือก {1} (เลือกจาก {2})",
    ),
    (re.compile(r"argument (\S+): invalid int value: (.+)"), "{0}: {1} ไม่ใช่จำนวนเต็ม"),
    (re.compile(r"argument (\S+): invalid float value: (.+)"), "{0}: {1} ไม่ใช่ตัวเลข"),
    (re.compile(r"argument (\S+): expected one argument"), "{0}: ต้องตามด้วยค่าหนึ่งค่า"),
    (re.compile(r"argument (\S+): expected at least one argument"), "{0}: ต้องตามด้วยค่าอย่างน้อยหนึ่งค่า"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), "{0}: ใช้ร่วมกับ {1} ไม่ได้"),
    (re.compile(r"argument (\S+): ignored explicit argument (.+)"), "{0}: ไม่รับค่า {1}"),
)


def _usage_message(message: str, lang: str) -> str:
    """argparse's ``message`` in the UI language: Thai first with the original in
    brackets, or as it is in English; a message of ours (already Thai) unchanged."""
    if lang == "en":
        return message
    for pattern, thai in _USAGE_TH:
        match = pattern.fullmatch(message)
        if match:
            return f"{thai.format(*match.groups())} ({message})"
    return message


def _add_json(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # Accepted before or after the subcommand; SUPPRESS keeps a subcommand's default from
    # overwriting a --json given before it.
    parser.add_argument(
        "--json",
        action="store_true",
        default=False if top else argparse.SUPPRESS,
        help="print one JSON value on stdout",
    )


# The commands take the document's id, not its receive number ("60/2569"): a clerk who typed
# the receive number cancelled another document.
_INCOMING_ID_HELP = (
    "the document's id: the number in [brackets] that `saraban incoming list` shows first "
    '("id" with --json), not its receive number (เลขรับ)'
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="saraban",
        description="Saraban Desk from the command line (ทะเบียนหนังสือรับ-ส่ง)",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: SARABAN_DB_URL or "
        "the SQLite file in the user's data directory)",
    )
    parser.add_argument("--lang", choices=["th", "en"], help="language of messages")
    parser.add_argument("--user", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"saraban {__version__}")
    _add_json(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    init = commands.add_parser("init", help="create or upgrade the database, load a province")
    init.add_argument("--province", required=True, metavar="NAME_OR_CODE")
    init.add_argument("--office-name", metavar="TEXT")
    init.add_argument("--prefix", metavar="TEXT", help='letter code prefix, e.g. "มส 0023.3"')
    init.add_argument("--address", default="")
    init.add_argument("--phone", default="", help="the office's phone (printed on letters)")
    init.add_argument("--email", default="", help="the office's e-mail (printed on letters)")
    init.add_argument(
        "--issued-as",
        metavar="TEXT",
        help='the name stamped letters are issued in (default "จังหวัด" + the province)',
    )
    init.add_argument(
        "--work-group",
        metavar="TEXT",
        help="the work group owning letters (ส่วนราชการเจ้าของเรื่อง; default ฝ่ายบริหารงานทั่วไป)",
    )
    init.add_argument("--work-group-phone", default="", metavar="TEXT")
    init.add_argument("--work-group-email", default="", metavar="TEXT")
    _add_json(init)

    receive = commands.add_parser("receive", help="register an incoming document")
    receive.add_argument("--sender", required=True, metavar="TEXT")
    receive.add_argument("--doc-no", required=True, metavar="TEXT")
    receive.add_argument("--doc-date", required=True, metavar="DATE")
    receive.add_argument("--subject", required=True, metavar="TEXT")
    receive.add_argument("--to", default="", metavar="TEXT")
    receive.add_argument("--urgency", default="normal", metavar="U")
    receive.add_argument("--secrecy", default="normal", metavar="S")
    receive.add_argument("--received-at", metavar="DATETIME")
    receive.add_argument(
        "--reason", default="", metavar="TEXT", help="why --received-at differs from now (recorded)"
    )
    receive.add_argument("--remarks", default="", metavar="TEXT")
    receive.add_argument("--work-group", metavar="NAME_OR_ID")
    receive.add_argument("--attach", action="append", default=[], metavar="FILE")
    receive.add_argument(
        "--confirm-dates",
        action="store_true",
        help="register a letter dated after its receipt or more than a year before it",
    )
    _add_json(receive)

    incoming = commands.add_parser("incoming", help="the incoming register")
    incoming_commands = incoming.add_subparsers(
        dest="incoming_command", required=True, parser_class=_Parser
    )
    listing = incoming_commands.add_parser("list", help="list the register")
    listing.add_argument("--year", type=int, metavar="BE")
    listing.add_argument("--search", default="", metavar="TEXT")
    listing.add_argument("--limit", type=int)
    _add_json(listing)
    show = incoming_commands.add_parser("show", help="one document in full")
    show.add_argument("id", type=int, help=_INCOMING_ID_HELP)
    _add_json(show)
    cancel = incoming_commands.add_parser("cancel", help="cancel (ยกเลิก) a receive number")
    cancel.add_argument("id", type=int, help=_INCOMING_ID_HELP)
    cancel.add_argument("--reason", required=True, metavar="TEXT")
    _add_json(cancel)
    export = incoming_commands.add_parser("export", help="export the register to Excel")
    export.add_argument("--year", type=int, metavar="BE")
    export.add_argument("--search", default="", metavar="TEXT")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.add_argument(
        "--digits",
        choices=["thai", "arabic"],
        help="digits in the workbook (default: as this workstation's screen shows them)",
    )
    _add_json(export)

    forward = commands.add_parser(
        "forward", help="forward an incoming document: issue the outgoing letter"
    )
    forward.add_argument("incoming_id", type=int, metavar="INCOMING_ID", help=_INCOMING_ID_HELP)
    forward.add_argument(
        "--to",
        nargs="+",
        action="extend",
        required=True,
        metavar="TARGET",
        help="all-districts, all-local-authorities, all-municipalities, "
        "all-sao, district:CODE, list:NAME, a district code or a DLA code",
    )
    forward.add_argument("--kind", choices=["stamped", "external"], default="stamped")
    forward.add_argument(
        "--series",
        choices=["circular", "normal"],
        help="default: circular for several recipients, normal for one",
    )
    forward.add_argument("--work-group", metavar="NAME_OR_ID")
    forward.add_argument(
        "--method",
        default="",
        metavar="TEXT",
        help="how it is sent (วิธีส่ง), recorded in the outgoing register",
    )
    forward.add_argument("--out", metavar="FILE.pdf")
    forward.add_argument(
        "--due",
        metavar="DATE",
        help="the date recipients must acknowledge by (default: working days by urgency)",
    )
    forward.add_argument(
        "--no-enclosure", action="store_true", help="do not append the incoming document's PDF"
    )
    _add_json(forward)

    letter = commands.add_parser("letter", help="typeset letters")
    letter_commands = letter.add_subparsers(
        dest="letter_command", required=True, parser_class=_Parser
    )
    render = letter_commands.add_parser(
        "render", help="typeset a letter (or a JSON array of letters) to PDF"
    )
    render.add_argument("input", metavar="INPUT.json")
    render.add_argument("--out", metavar="FILE.pdf")
    render.add_argument(
        "--out-dir", metavar="DIR", help="for a JSON array: write DIR/1.pdf, DIR/2.pdf, ..."
    )
    render.add_argument("--font", metavar="FILE.ttf", help="body font (default: bundled)")
    render.add_argument("--bold-font", metavar="FILE.ttf")
    render.add_argument("--garuda", metavar="IMAGE", help="the Garuda emblem image")
    render.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="processes for a JSON array (default: one per core, 1 for a small batch)",
    )
    _add_json(render)
    reprint = letter_commands.add_parser(
        "reprint", help="write an issued letter's PDF again (same number, as it was sent)"
    )
    reprint.add_argument("letter_id", type=int, metavar="LETTER_ID")
    reprint.add_argument("--out", required=True, metavar="FILE.pdf")
    _add_json(reprint)
    copies = letter_commands.add_parser(
        "copies",
        help="each recipient's copy of an issued letter, with its acknowledgement code and QR",
    )
    copies.add_argument("letter_id", type=int, metavar="LETTER_ID")
    copies.add_argument("--out", required=True, metavar="FILE.pdf")
    _add_json(copies)
    sheet = letter_commands.add_parser(
        "delivery-sheet", help="the messenger's delivery sheet (ใบส่งหนังสือ) of an issued letter"
    )
    sheet.add_argument("letter_id", type=int, metavar="LETTER_ID")
    sheet.add_argument("--out", required=True, metavar="FILE.pdf")
    sheet.add_argument("--pending", action="store_true", help="only recipients still pending")
    _add_json(sheet)

    ack = commands.add_parser(
        "ack",
        help="record an acknowledgement: ack LETTER_ID --recipient CODE | ack --code CODE | "
        "ack import-mail FILE...",
    )
    ack.add_argument(
        "target",
        nargs="*",
        metavar="LETTER_ID | import-mail FILE",
        help="the outgoing letter's id (with --recipient), or import-mail and .eml/.mbox files",
    )
    ack.add_argument("--recipient", metavar="CODE", help="the recipient's code, as in forward")
    ack.add_argument("--code", metavar="ACK_CODE", help="the acknowledgement code on its copy")
    ack.add_argument("--at", metavar="DATETIME", help="when they received it (default: now)")
    ack.add_argument("--by", default="", metavar="NAME", help="who acknowledged at the recipient")
    ack.add_argument("--channel", default="", metavar="TEXT", help="phone, email, esaraban, ...")
    ack.add_argument("--their-no", default="", metavar="TEXT", help="their receive number")
    ack.add_argument("--their-date", metavar="DATE", help="their receive date")
    ack.add_argument(
        "--dry-run", action="store_true", help="import-mail: show the matches, record nothing"
    )
    change = ack.add_mutually_exclusive_group()
    change.add_argument(
        "--returned",
        metavar="REASON",
        help="record that the letter came back undelivered (ตีกลับ), with why",
    )
    change.add_argument(
        "--undo", action="store_true", help="undo the recipient's acknowledgement or return"
    )
    _add_json(ack)

    dashboard = commands.add_parser("dashboard", help="pending and overdue acknowledgements")
    dashboard.add_argument("--from", dest="start", metavar="DATE", help="letters dated from")
    dashboard.add_argument("--to", dest="end", metavar="DATE", help="letters dated up to")
    dashboard.add_argument("--work-group", metavar="NAME_OR_ID")
    dashboard.add_argument("--urgency", metavar="U")
    dashboard.add_argument(
        "--kind", choices=["district", "local_authority", "other"], help="recipient kind"
    )
    _add_json(dashboard)

    remind = commands.add_parser(
        "remind", help="issue a reminder to the recipients that have not acknowledged"
    )
    remind.add_argument("letter_id", type=int, metavar="LETTER_ID")
    remind.add_argument("--out", metavar="FILE.pdf")
    remind.add_argument(
        "--again", action="store_true", help="remind even if they were reminded today already"
    )
    _add_json(remind)

    export = commands.add_parser("export", help="export a register to Excel")
    export.add_argument("register", choices=["incoming", "outgoing", "acks"])
    export.add_argument("--year", type=int, metavar="BE")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.add_argument(
        "--digits",
        choices=["thai", "arabic"],
        help="digits in the workbook (default: as this workstation's screen shows them)",
    )
    _add_json(export)

    importing = commands.add_parser(
        "import", help="import this year's register so far from the office's Excel file"
    )
    importing.add_argument("register", choices=["incoming", "outgoing"])
    importing.add_argument("file", metavar="FILE.xlsx")
    importing.add_argument(
        "--dry-run", action="store_true", help="check every row and report; import nothing"
    )
    _add_json(importing)

    numbering = commands.add_parser(
        "numbering", help="the next number of each register series (set before first use)"
    )
    numbering_commands = numbering.add_subparsers(
        dest="numbering_command", required=True, parser_class=_Parser
    )
    series_list = numbering_commands.add_parser("list", help="where each series stands")
    series_list.add_argument("--year", type=int, metavar="BE")
    _add_json(series_list)
    series_set = numbering_commands.add_parser(
        "set", help="set a series' next number before its first use (admin; recorded)"
    )
    series_set.add_argument("--series", required=True, choices=["incoming", "outgoing"])
    series_set.add_argument("--prefix", default="", metavar="TEXT", help='outgoing: "มส 0023.3"')
    series_set.add_argument("--circular", action="store_true", help="outgoing: the ว series")
    series_set.add_argument("--year", type=int, metavar="BE", help="default: this year")
    series_set.add_argument("--next", required=True, metavar="N", help="the next number to issue")
    series_set.add_argument("--reason", required=True, metavar="TEXT", help="why (recorded)")
    _add_json(series_set)
    return parser


# -- output -------------------------------------------------------------------------------
class Output:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def emit(self, value: Any, text: str | Callable[[], str]) -> None:
        if self.as_json:
            json.dump(value, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")
        else:
            sys.stdout.write((text() if callable(text) else text) + "\n")
        sys.stdout.flush()


def _check_year(year: int | None) -> None:
    if year is not None and not 2443 <= year <= 2743:
        raise InvalidInput(
            f"ปี {year} ต้องเป็นปีพุทธศักราช เช่น 2569",
            f"The year {year} must be a Buddhist-era year such as 2569",
            field="year",
        )


def _open(args: argparse.Namespace, *, must_exist: bool = False):
    """Open (creating or upgrading) the database. ``must_exist``: the command refers to
    records (an id, a work group) that a database not created yet cannot hold, so a missing
    SQLite file is bad input, refused before the file is created."""
    from desktop_app.app_context import AppContext

    if must_exist:
        from desktop_app.config import default_paths, resolve_db_url
        from desktop_app.db.engine import sqlite_path

        path = sqlite_path(resolve_db_url(args.db, default_paths()))
        if path is not None and not path.exists():
            raise NotFound(
                f"ยังไม่มีฐานข้อมูล “{path}” (เริ่มด้วย saraban init หรือ saraban receive)",
                f"No database at “{path}” yet (start with saraban init or receive)",
            )
    return AppContext.open(args.db, language=args.lang, username=args.user)


# -- commands ----------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.domain.office import (
        DEFAULT_WORK_GROUP,
        SetupRequest,
        WorkGroupInfo,
        check_email,
    )
    from desktop_app.services.directory import find_province

    find_province(args.province)  # refuse a wrong province before creating anything
    check_email(args.email)
    check_email(args.work_group_email)
    if args.office_name is not None and not normalise(args.office_name):
        raise InvalidInput("กรุณากรอกชื่อสำนักงาน", "Enter the office's name", field="name")
    if args.work_group is not None and not normalise(args.work_group):
        raise InvalidInput("กรุณากรอกชื่อกลุ่มงาน", "Enter the work group's name", field="name")
    if args.issued_as is not None and not normalise(args.issued_as):
        raise InvalidInput(
            "กรุณากรอกชื่อที่ใช้ออกหนังสือประทับตรา",
            "Enter the name stamped letters are issued in",
            field="issued_as",
        )
    wants_group = args.prefix or args.work_group or args.work_group_phone or args.work_group_email
    groups = (
        [
            WorkGroupInfo(
                None,
                args.work_group or DEFAULT_WORK_GROUP,
                args.prefix or "",
                args.work_group_phone,
                args.work_group_email,
            )
        ]
        if wants_group
        else []
    )
    context = _open(args)
    try:
        result = context.setup.initialise(
            SetupRequest(
                province=args.province,
                office_name=args.office_name,
                address=args.address,
                phone=args.phone,
                email=args.email,
                prefix=args.prefix,
                work_groups=groups,
                issued_as=args.issued_as,
            ),
            context.actor,
        )
    finally:
        context.close()
    out.emit(
        result.to_json(),
        lambda: (
            f"{result.office.name} (ออกหนังสือประทับตราในนาม{result.issued_as})\n"
            f"จังหวัด{result.province.name_th}: อำเภอ {result.districts} แห่ง, "
            f"องค์กรปกครองส่วนท้องถิ่น {result.local_authorities} แห่ง"
        ),
    )
    return EXIT_OK


def _resolve_work_group(context, value: str | None) -> int | None:
    if not value:
        return None
    groups = context.settings.work_groups(include_inactive=True)
    for group in groups:
        if value in (str(group.id), group.name, group.letter_prefix):
            return group.id
    names = ", ".join(group.name for group in groups) or "-"
    raise InvalidInput(
        f"ไม่พบกลุ่มงาน “{value}” (มี: {names})",
        f"No work group “{value}” (have: {names})",
        field="work_group",
    )


def _date_option(option: str, read: Callable[[], Any]) -> Any:
    """``read()``'s unambiguous value; its ``InvalidDate`` (a two-digit year that can be read
    two ways included) prefixed with the option's name."""
    from desktop_app.domain.errors import InvalidDate

    try:
        return read().unambiguous()
    except InvalidDate as error:
        raise InvalidDate(
            f"{option}: {error.message_th}", f"{option}: {error.message_en}", field=error.field
        ) from error


def cmd_receive(args: argparse.Namespace, out: Output) -> int:
    """Register an incoming document. The same rules as the form, checked before the
    database is opened: the text cleaned (``IncomingInput.cleaned``), a two-digit year both
    of whose readings are plausible refused (give four digits), a receive time in the future
    refused, a letter dated after its receipt or over a year before it refused unless
    ``--confirm-dates``. Exit 2 for each, nothing written."""
    from desktop_app.domain import clock
    from desktop_app.domain.incoming import (
        IncomingInput,
        UnconfirmedDates,
        check_doc_date,
        check_received_at,
        describe_receipt,
    )
    from desktop_app.domain.thai_dates import read_date, read_datetime
    from desktop_app.services.attachments import AttachmentStore

    now = clock.local_now()
    received_at = (
        _date_option("--received-at", lambda: read_datetime(args.received_at, today=now.date()))
        if args.received_at
        else None
    )
    doc_date = _date_option("--doc-date", lambda: read_date(args.doc_date, today=now.date()))
    data = IncomingInput(
        sender=args.sender,
        doc_no=args.doc_no,
        doc_date=doc_date,
        subject=args.subject,
        to_text=args.to,
        urgency=Urgency.parse(args.urgency),
        secrecy=Secrecy.parse(args.secrecy),
        remarks=args.remarks,
        attachments=[Path(path) for path in args.attach],
        received_at=received_at,
        received_at_reason=args.reason or (CLI_TIME_REASON if received_at else ""),
        confirm_dates=args.confirm_dates,
    ).cleaned()
    check_received_at(received_at or now, now)
    try:
        check_doc_date(doc_date, (received_at or now).date(), confirmed=args.confirm_dates)
    except UnconfirmedDates as error:
        said_th = " ".join(warning.message_th for warning in error.warnings)
        said_en = " ".join(warning.message_en for warning in error.warnings)
        raise InvalidInput(
            f"--doc-date: {said_th} หากถูกต้องแล้ว ให้ใส่ --confirm-dates",
            f"--doc-date: {said_en} If it is right, add --confirm-dates.",
            field="confirm_dates",
        ) from error
    for path in data.attachments:
        AttachmentStore.check_source(path)
    context = _open(args, must_exist=bool(args.work_group))
    try:
        from dataclasses import replace

        data = replace(data, work_group_id=_resolve_work_group(context, args.work_group))
        record = context.incoming.receive(data, context.actor)
        try:  # the number is issued: a failure here only loses the warning's detail
            earlier = context.incoming.rows(list(record.possible_duplicates))
        except SarabanError:
            earlier = []
    finally:
        context.close()
    if earlier:
        labels = ", ".join(row.receive_label for row in earlier)
        sys.stderr.write(
            f"warning: document number “{record.doc_no}” was registered already as "
            f"receive no. {labels}\n"
            if _language(args) == "en"
            else f"คำเตือน: เลขที่หนังสือ “{record.doc_no}” อาจซ้ำกับเลขรับ {labels} ที่ลงรับไว้แล้ว\n"
        )
    out.emit(record.to_json(), lambda: describe_receipt(record))
    return EXIT_OK


def _format_row(row) -> str:
    """One line of ``incoming list``: the id that show/cancel/forward take, in brackets,
    first; then the receive number, times, document number, sender, subject."""
    mark = " [ยกเลิก]" if row.cancelled else ""
    return (
        f"[{row.id}]\t{row.receive_no}/{row.receive_year}\t"
        f"{format_datetime_short(row.received_at)}\t"
        f"{row.doc_no}\t{format_date_short(row.doc_date, 'arabic')}\t{row.sender}\t"
        f"{row.subject}{mark}"
    )


def cmd_incoming_list(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.domain.incoming import IncomingFilter

    _check_year(args.year)
    if args.limit is not None and args.limit < 1:
        raise InvalidInput(
            f"--limit ต้องเป็นจำนวนเต็มบวก (ได้รับ {args.limit})",
            f"--limit must be a positive whole number (got {args.limit})",
            field="limit",
        )
    context = _open(args)
    try:
        rows = context.incoming.list_rows(
            IncomingFilter(year=args.year, search=args.search), limit=args.limit
        )
    finally:
        context.close()
    out.emit(
        [row.to_json() for row in rows],
        lambda: "\n".join(_format_row(row) for row in rows) or "(ไม่มีรายการ)",
    )
    return EXIT_OK


def cmd_incoming_show(args: argparse.Namespace, out: Output) -> int:
    context = _open(args, must_exist=True)
    try:
        record = context.incoming.get(args.id)
    finally:
        context.close()
    out.emit(record.to_json(), lambda: json.dumps(record.to_json(), ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_incoming_cancel(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.domain.records import required_reason

    required_reason(args.reason)  # before the database is opened
    context = _open(args, must_exist=True)
    try:
        record = context.incoming.cancel(args.id, args.reason, context.actor)
        try:  # cancelled: a failure here only loses the warning
            forwarded = [
                row for row in context.outgoing.forwards_of(record.id) if not row.cancelled
            ]
        except SarabanError:
            forwarded = []
    finally:
        context.close()
    if forwarded:
        numbers = ", ".join(row.doc_no for row in forwarded)
        sys.stderr.write(
            f"warning: this document was forwarded as {numbers}; those letters stay issued "
            "(cancel them in the outgoing register if they should not stand)\n"
            if _language(args) == "en"
            else f"คำเตือน: หนังสือนี้ส่งต่อไปแล้วเป็นหนังสือที่ {numbers} หนังสือส่งเหล่านั้นยังคงออกเลขไว้ "
            "(ยกเลิกได้ที่ทะเบียนหนังสือส่ง หากไม่ควรมีผล)\n"
        )
    out.emit(
        record.to_json(), f"ยกเลิกเลขรับ {record.receive_label} แล้ว (เหตุผล: {record.cancel_reason})"
    )
    return EXIT_OK


def cmd_incoming_export(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.domain.incoming import IncomingFilter
    from desktop_app.reports.excel import check_export_target

    _check_year(args.year)
    target = check_export_target(Path(args.out))
    context = _open(args)
    try:
        written = context.exports.export_incoming(
            IncomingFilter(year=args.year, search=args.search, descending=False),
            target,
            lang=context.language,
        )
    finally:
        context.close()
    out.emit({"out": str(target), "rows": written}, f"บันทึก {written} รายการลง {target}")
    return EXIT_OK


def _jobs(text: str) -> int:
    """``--jobs``: a whole number of processes, at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"a whole number of 1 or more, not {text!r}")
    return value


def _existing_file(value: str | None, what_th: str, what_en: str) -> Path | None:
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise InvalidInput(f"ไม่พบ{what_th} “{path}”", f"{what_en} not found: “{path}”")
    return path


def cmd_letter_render(args: argparse.Namespace, out: Output) -> int:
    """Typeset one letter, or a JSON array of letters over every core (``--jobs``; see
    ``desktop_app.reports.letter_batch``). Imports no database layer."""
    from desktop_app.domain.letters import Letter
    from desktop_app.reports.letter_batch import FontChoice, render_letters

    source = Path(args.input).expanduser()
    try:
        # utf-8-sig: Windows Notepad saves UTF-8 with a byte-order mark.
        data = json.loads(source.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"แฟ้ม “{source.name}” ไม่ได้เข้ารหัสแบบ UTF-8 (ไบต์ที่ {error.start + 1}) "
            "บันทึกแฟ้มใหม่เป็น UTF-8 แล้วลองอีกครั้ง",
            f"“{source.name}” is not UTF-8 text (byte {error.start + 1}); save it as UTF-8 "
            "and try again",
        ) from error
    except OSError as error:
        raise InvalidInput(
            f"อ่านแฟ้ม “{source}” ไม่ได้: {error.strerror}", f"Cannot read “{source}”: {error.strerror}"
        ) from error
    except json.JSONDecodeError as error:
        raise InvalidInput(
            f"แฟ้ม “{source.name}” ไม่ใช่ JSON ที่ถูกต้อง (บรรทัด {error.lineno} คอลัมน์ {error.colno})",
            f"“{source.name}” is not valid JSON (line {error.lineno}, column {error.colno})",
        ) from error
    batch = isinstance(data, list)
    letters = []
    for number, item in enumerate(data if batch else [data], start=1):
        try:
            letters.append(Letter.from_json(item))
        except InvalidInput as error:
            prefix_th = f"หนังสือลำดับที่ {number}: " if batch else ""
            prefix_en = f"letter {number}: " if batch else ""
            raise InvalidInput(
                prefix_th + error.message_th, prefix_en + error.message_en, field=error.field
            ) from error
    if batch:
        if not args.out_dir:
            raise InvalidInput(
                "ข้อมูลเป็นรายการหนังสือ ต้องระบุ --out-dir",
                "The input is a list of letters: give --out-dir",
            )
        folder = Path(args.out_dir).expanduser()
        if folder.exists() and not folder.is_dir():
            raise InvalidInput(
                f"“{folder}” เป็นแฟ้ม ไม่ใช่โฟลเดอร์", f"“{folder}” is a file, not a folder"
            )
        if not folder.is_dir():
            raise InvalidInput(f"ไม่พบโฟลเดอร์ “{folder}”", f"No such folder: “{folder}”")
        # Every name checked before any letter is typeset: a batch that cannot write one of
        # its PDFs (a folder in its place, a read-only file) writes none.
        targets = [
            check_output(folder / f"{number}.pdf", ".pdf") for number in range(1, len(letters) + 1)
        ]
    else:
        if not args.out:
            raise InvalidInput("ต้องระบุ --out FILE.pdf", "Give --out FILE.pdf")
        targets = [check_output(Path(args.out), ".pdf")]
    font = _existing_file(args.font, "แฟ้มแบบอักษร", "Font file")
    bold = _existing_file(args.bold_font, "แฟ้มแบบอักษรตัวหนา", "Bold font file")
    garuda = _existing_file(args.garuda, "แฟ้มภาพครุฑ", "Garuda image")
    choice = FontChoice(font, bold, garuda)
    choice.check()  # a file that is not a font or an image: exit 2, before any PDF is written
    try:
        pages = render_letters(letters, targets, choice, jobs=args.jobs, freeze=True)
    except EnvironmentProblem as error:
        if not batch:
            raise
        # Say what is already in the folder: the PDFs written before the failure stay.
        written = sum(1 for target in targets if target.is_file())
        raise EnvironmentProblem(
            f"{error.message_th} (เขียนแฟ้ม PDF แล้ว {written} จาก {len(targets)} ฉบับ "
            "แฟ้มที่เขียนเสร็จแล้วยังอยู่ในโฟลเดอร์)",
            f"{error.message_en} ({written} of {len(targets)} PDFs were written and stay in "
            "the folder)",
        ) from error
    results = [{"pdf": str(t), "pages": p} for t, p in zip(targets, pages, strict=True)]
    value: object = results if batch else results[0]
    out.emit(value, lambda: "\n".join(f"{r['pdf']} ({r['pages']} หน้า)" for r in results))
    return EXIT_OK


def cmd_forward(args: argparse.Namespace, out: Output) -> int:
    from dataclasses import replace

    target = check_output(Path(args.out), ".pdf") if args.out else None
    due = parse_date(args.due) if args.due else None
    context = _open(args, must_exist=True)
    try:
        outgoing = context.outgoing
        recipients = outgoing.resolve(args.to)
        draft = outgoing.draft_forward(
            args.incoming_id,
            recipients,
            kind=args.kind,
            circular=None if args.series is None else args.series == "circular",
            work_group_id=_resolve_work_group(context, args.work_group),
        )
        draft = replace(
            draft,
            sending_method=args.method,
            append_incoming_pdf=not args.no_enclosure,
            due_date=due,
        )
        issued = outgoing.issue(draft, context.actor, out=target)
        ack_codes = _ack_codes(context, issued.id)
        due_is_day_off = due is not None and not _is_working_day(context, due)
    finally:
        context.close()
    if due_is_day_off and due is not None:
        sys.stderr.write(
            f"warning: the deadline {due} is not a working day (weekend or holiday)\n"
            if _language(args) == "en"
            else f"คำเตือน: วันครบกำหนด {format_date_short(due)} เป็นวันหยุดราชการ\n"
        )
    if not issued.pdf_saved:
        lang = _language(args)
        problem = issued.pdf_problem_en if lang == "en" else issued.pdf_problem_th
        sys.stderr.write(
            (
                f"saraban: issued {issued.doc_no} (letter {issued.id}) but its PDF is not saved: "
                f"{problem}. Save it with: saraban letter reprint {issued.id} --out FILE.pdf\n"
            )
            if lang == "en"
            else (
                f"saraban: ออกเลขที่ {issued.doc_no} แล้ว (หนังสือรหัส {issued.id}) แต่ยังบันทึกแฟ้ม "
                f"PDF ไม่ได้: {problem} บันทึกภายหลังด้วย saraban letter reprint {issued.id} "
                "--out FILE.pdf\n"
            )
        )
    out.emit(
        {**issued.to_json(), "ack_codes": ack_codes},
        lambda: (
            f"ที่ {issued.printed_no} ถึง {len(issued.recipients)} หน่วยงาน -> "
            f"{issued.pdf or '(ยังไม่ได้บันทึก PDF)'}"
        ),
    )
    return EXIT_OK


def cmd_letter_reprint(args: argparse.Namespace, out: Output) -> int:
    target = check_output(Path(args.out), ".pdf")
    context = _open(args, must_exist=True)
    try:
        written = context.outgoing.save_pdf(args.letter_id, target)
        letter = context.outgoing.stored_letter(args.letter_id)
    finally:
        context.close()
    printed = apply_digits(letter.doc_no, letter.digits)  # as `forward` prints it
    out.emit(
        {"letter_id": args.letter_id, "outgoing_no": printed, "pdf": str(written)},
        f"ที่ {letter.doc_no} -> {written}",
    )
    return EXIT_OK


# -- acknowledgements -----------------------------------------------------------------------
def cmd_ack(args: argparse.Namespace, out: Output) -> int:
    if args.target and args.target[0] == "import-mail":
        return _ack_import_mail(args, out)
    from desktop_app.domain.acks import AckChannel, Acknowledgement

    if args.dry_run:
        raise InvalidInput(
            "--dry-run ใช้กับ saraban ack import-mail เท่านั้น",
            "--dry-run is for saraban ack import-mail only",
        )
    if len(args.target) > 1:
        raise InvalidInput(
            "ระบุหนังสือได้ฉบับเดียว: saraban ack LETTER_ID --recipient CODE",
            "Give one letter: saraban ack LETTER_ID --recipient CODE",
        )
    letter_id = _letter_id(args.target[0]) if args.target else None
    if args.code and (letter_id is not None or args.recipient):
        raise InvalidInput(
            "ใช้ --code อย่างเดียว หรือ LETTER_ID กับ --recipient",
            "Give either --code, or LETTER_ID with --recipient",
        )
    if not args.code and (letter_id is None or not args.recipient):
        raise InvalidInput(
            "ระบุ LETTER_ID --recipient CODE หรือ --code ACK_CODE",
            "Give LETTER_ID --recipient CODE, or --code ACK_CODE",
        )
    channel = AckChannel.parse(args.channel) if args.channel else None
    their_date = parse_date(args.their_date) if args.their_date else None
    at = parse_datetime(args.at) if args.at else None
    if args.code:
        from desktop_app.domain.ack_codes import normalise_code

        if normalise_code(args.code) is None:
            raise InvalidInput(
                f"“{args.code}” ไม่ใช่รหัสตอบรับ (ตรวจตัวอักษรอีกครั้ง)",
                f"“{args.code}” is not an acknowledgement code (check the characters)",
                field="code",
            )
    if args.returned is not None or args.undo:
        return _ack_change(args, out, letter_id, at)
    context = _open(args, must_exist=True)
    try:
        service = context.acknowledgements
        ack = Acknowledgement(
            at=at or context.clock(),
            channel=channel or (AckChannel.CODE if args.code else AckChannel.OTHER),
            by=args.by,
            their_receive_no=args.their_no,
            their_receive_date=their_date,
        )
        if args.code:
            done = service.acknowledge_code(args.code, context.actor, ack)
            row, doc_no, already = done.row, done.doc_no, done.already
        else:
            assert letter_id is not None
            row = service.row_for_recipient(letter_id, args.recipient)
            result = service.acknowledge([row.id], ack, context.actor)
            already = row.id in result.skipped
            row = service.row(row.id)
            doc_no = service.tracking(row.letter_id).doc_no
        digits = context.outgoing.stored_letter(row.letter_id).digits
    finally:
        context.close()
    value = {
        "letter_id": row.letter_id,
        "outgoing_no": apply_digits(doc_no, digits),  # as `forward` prints it
        "doc_no": doc_no,
        "recipient": row.code or row.name,
        "name": row.name,
        "acknowledged_at": row.acknowledged_at.isoformat() if row.acknowledged_at else None,
        "channel": row.channel,
        "already_acknowledged": already,
    }
    lang = _language(args)
    if lang == "en":
        said = "acknowledged before" if already else "acknowledgement recorded"
        out.emit(value, f"{row.name}: letter {doc_no}: {said}")
    else:
        out.emit(
            value,
            f"{row.name}: ตอบรับหนังสือที่ {doc_no} ไว้แล้วก่อนหน้านี้"
            if already
            else f"{row.name}: บันทึกการตอบรับหนังสือที่ {doc_no} แล้ว",
        )
    return EXIT_OK


def _ack_change(args: argparse.Namespace, out: Output, letter_id: int | None, at: Any) -> int:
    """``ack ... --returned REASON`` (ตีกลับ) or ``ack ... --undo`` for one recipient, found by
    LETTER_ID --recipient or by --code; the service records who and when."""
    from desktop_app.domain.records import required_reason

    if args.returned is not None:
        required_reason(args.returned)  # before the database is opened
    context = _open(args, must_exist=True)
    try:
        service = context.acknowledgements
        if args.code:
            row = service.row_for_code(args.code)
        else:
            assert letter_id is not None
            row = service.row_for_recipient(letter_id, args.recipient)
        if args.undo:
            row = service.undo(row.id, context.actor)
        else:
            row = service.mark_returned(row.id, args.returned, context.actor, at=at)
        doc_no = service.tracking(row.letter_id).doc_no
    finally:
        context.close()
    value = {
        "letter_id": row.letter_id,
        "doc_no": doc_no,
        "recipient": row.code or row.name,
        "name": row.name,
        "acknowledged_at": row.acknowledged_at.isoformat() if row.acknowledged_at else None,
        "returned_at": row.returned_at.isoformat() if row.returned_at else None,
        "returned_reason": row.returned_reason or None,
    }
    english = _language(args) == "en"
    if args.undo:
        text = (
            f"{row.name}: letter {doc_no}: back to pending"
            if english
            else f"{row.name}: หนังสือที่ {doc_no} กลับเป็นรอตอบรับแล้ว"
        )
    else:
        text = (
            f"{row.name}: letter {doc_no}: recorded as returned ({row.returned_reason})"
            if english
            else f"{row.name}: บันทึกว่าหนังสือที่ {doc_no} ถูกตีกลับแล้ว ({row.returned_reason})"
        )
    out.emit(value, text)
    return EXIT_OK


def _is_working_day(context: Any, day: Any) -> bool:
    """Whether ``day`` is a working day (a warning only: the number is issued already)."""
    try:
        return bool(context.settings.working_calendar().is_working_day(day))
    except SarabanError:
        return True


def _ack_codes(context: Any, letter_id: int) -> dict[str, str]:
    """Each recipient's printed acknowledgement code ("ACE-739-KMN"), by recipient code (the
    number is issued: a failure to read them only leaves them out)."""
    from desktop_app.domain.ack_codes import format_code

    try:
        rows = context.acknowledgements.tracking(letter_id).rows
    except SarabanError:
        return {}
    return {row.code or row.name: format_code(row.ack_code) for row in rows if row.ack_code}


def cmd_letter_copies(args: argparse.Namespace, out: Output) -> int:
    target = check_output(Path(args.out), ".pdf")
    context = _open(args, must_exist=True)
    try:
        if args.letter_command == "copies":
            written = context.outgoing.recipient_copies(args.letter_id, target)
        else:
            written = context.outgoing.delivery_sheet(
                args.letter_id, target, only_pending=args.pending
            )
        codes = _ack_codes(context, args.letter_id)
    finally:
        context.close()
    out.emit(
        {"letter_id": args.letter_id, "pdf": str(written), "ack_codes": codes},
        str(written),
    )
    return EXIT_OK


def _letter_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise InvalidInput(
            f"“{text}” ไม่ใช่รหัสหนังสือส่ง (ตัวเลข)", f"“{text}” is not a letter id (a number)"
        ) from None
    if value <= 0:
        raise InvalidInput(f"ไม่มีหนังสือส่งรหัส {value}", f"No letter id {value}")
    return value


def _ack_import_mail(args: argparse.Namespace, out: Output) -> int:
    files = [Path(name).expanduser() for name in args.target[1:]]
    ignored = [
        option
        for option, value in (
            ("--recipient", args.recipient),
            ("--code", args.code),
            ("--at", args.at),
            ("--by", args.by),
            ("--channel", args.channel),
            ("--their-no", args.their_no),
            ("--their-date", args.their_date),
        )
        if value
    ]
    if ignored:
        raise InvalidInput(
            f"import-mail ใช้วันเวลาและผู้ส่งจากอีเมลเอง ไม่รับ {', '.join(ignored)}",
            f"import-mail takes the time and sender from each message; {', '.join(ignored)} "
            "does not apply",
        )
    if not files:
        raise InvalidInput(
            "ระบุแฟ้มอีเมล (.eml หรือ .mbox) อย่างน้อยหนึ่งแฟ้ม",
            "Give at least one e-mail file (.eml or .mbox)",
        )
    for path in files:
        if not path.is_file():
            raise InvalidInput(f"ไม่พบแฟ้ม “{path}”", f"No such file: “{path}”")
    from desktop_app.domain.mail import read_messages

    for path in files:  # an unreadable file is refused before the database is opened
        read_messages(path)
    context = _open(args, must_exist=True)
    try:
        service = context.acknowledgements
        matches = service.match_mail(files)
        if args.dry_run:
            result = service.check_mail(matches)
        else:
            result = service.record_mail(matches, context.actor)
    finally:
        context.close()
    lang = _language(args)
    recorded = set(result.recorded)  # with --dry-run: what would be recorded
    refused = {source: (th, en) for source, th, en in result.refused}
    value = {
        "messages": [
            {
                **m.to_json(lang),
                "recorded": bool(m.row and m.row.id in recorded and not args.dry_run),
                **({"would_record": bool(m.row and m.row.id in recorded)} if args.dry_run else {}),
                **(
                    {"problem": refused[m.source][1 if lang == "en" else 0]}
                    if m.source in refused
                    else {}
                ),
            }
            for m in matches
        ],
        "recorded": 0 if args.dry_run else len(recorded),
        "unmatched": sum(1 for m in matches if m.row is None),
        "refused": len(refused),
        "dry_run": bool(args.dry_run),
    }

    def state_of(m: Any) -> str:
        if m.source in refused:
            return refused[m.source][1 if lang == "en" else 0]
        if args.dry_run:
            if m.already:
                return "acknowledged before" if lang == "en" else "ตอบรับไว้แล้ว"
            return "would be recorded" if lang == "en" else "จะบันทึก (ยังไม่ได้บันทึก)"
        if m.row.id in recorded:
            return "recorded" if lang == "en" else "บันทึกแล้ว"
        return "acknowledged before" if lang == "en" else "ตอบรับไว้แล้ว"

    def text() -> str:
        lines = []
        for m in matches:
            if m.row is None:
                problem = m.problem_en if lang == "en" and m.problem_en else m.problem
                lines.append(
                    f"{m.source}: no matching letter ({problem})"
                    if lang == "en"
                    else f"{m.source}: ไม่พบหนังสือที่ตรงกัน ({problem})"
                )
            else:
                lines.append(f"{m.source}: {m.row.name} {m.doc_no}: {state_of(m)}")
        if args.dry_run:
            lines.append(
                f"{len(recorded)} would be recorded (nothing recorded: --dry-run)"
                if lang == "en"
                else f"จะบันทึกการตอบรับ {len(recorded)} รายการ (ยังไม่ได้บันทึก: --dry-run)"
            )
        else:
            lines.append(
                f"{len(recorded)} acknowledgement(s) recorded"
                if lang == "en"
                else f"บันทึกการตอบรับ {len(recorded)} รายการ"
            )
        return "\n".join(lines)

    out.emit(value, text)
    return EXIT_OK


def cmd_dashboard(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.domain.acks import DashboardFilter

    start = parse_date(args.start) if args.start else None
    end = parse_date(args.end) if args.end else None
    urgency = Urgency.parse(args.urgency) if args.urgency else None
    context = _open(args, must_exist=True)
    try:
        filters = DashboardFilter(
            start=start,
            end=end,
            work_group_id=_resolve_work_group(context, args.work_group),
            urgency=urgency,
            recipient_kind=args.kind,
        )
        figures = context.acknowledgements.dashboard(filters)
    finally:
        context.close()

    lang = _language(args)

    def text() -> str:
        median = figures.median_days_to_ack
        days = "-" if median is None else f"{median:g}"
        if lang == "en":
            lines = [
                f"pending {figures.pending}  overdue {figures.overdue}  "
                f"acknowledged {figures.acknowledged}  returned {figures.returned}",
                f"acknowledged this week {figures.acknowledged_this_week}  "
                f"median days to acknowledge {days}",
            ]
        else:
            lines = [
                f"รอตอบรับ {figures.pending}  เกินกำหนด {figures.overdue}  "
                f"ตอบรับแล้ว {figures.acknowledged}  ตีกลับ {figures.returned}",
                f"ตอบรับในสัปดาห์นี้ {figures.acknowledged_this_week}  มัธยฐานวันตอบรับ {days} วัน",
            ]
        for r in figures.by_recipient:
            if r.pending:
                lines.append(
                    f"  {r.name} ({r.code or '-'}): pending {r.pending}, overdue {r.overdue}"
                    if lang == "en"
                    else f"  {r.name} ({r.code or '-'}): รอ {r.pending} เกินกำหนด {r.overdue}"
                )
        return "\n".join(lines)

    out.emit(figures.to_json(), text)
    return EXIT_OK


def cmd_remind(args: argparse.Namespace, out: Output) -> int:
    target = check_output(Path(args.out), ".pdf") if args.out else None
    context = _open(args, must_exist=True)
    try:
        issued = context.acknowledgements.remind(
            args.letter_id, context.actor, out=target, again=args.again
        )
        ack_codes = _ack_codes(context, issued.id)
        try:  # a reminder of a reminder chases the original: say which
            chased = context.acknowledgements.tracking(issued.id).reminder_of
        except SarabanError:
            chased = None
        original = chased[0] if chased else args.letter_id
    finally:
        context.close()
    if not issued.pdf_saved:
        sys.stderr.write(
            f"saraban: ออกเลขที่ {issued.doc_no} แล้ว (หนังสือรหัส {issued.id}) แต่ยังบันทึกแฟ้ม PDF "
            f"ไม่ได้: {issued.pdf_problem_th} บันทึกภายหลังด้วย saraban letter reprint {issued.id} "
            "--out FILE.pdf\n"
        )
    value = {
        **issued.to_json(),
        "letter_id": issued.id,
        "outgoing_no": issued.printed_no,
        "reminds": original,
        "ack_codes": ack_codes,
    }
    out.emit(
        value,
        lambda: (
            f"หนังสือเตือนที่ {issued.printed_no} ถึง {len(issued.recipients)} หน่วยงาน -> "
            f"{issued.pdf or '(ยังไม่ได้บันทึก PDF)'}"
        ),
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace, out: Output) -> int:
    from desktop_app.reports.excel import check_export_target

    _check_year(args.year)
    target = check_export_target(Path(args.out))
    lang = _language(args)
    context = _open(args)
    try:
        exports = context.exports
        if args.register == "incoming":
            from desktop_app.domain.incoming import IncomingFilter

            rows = exports.export_incoming(
                IncomingFilter(year=args.year, descending=False),
                target,
                lang=lang,
                digits=args.digits,
            )
            value: dict[str, Any] = {"out": str(target), "rows": rows}
        elif args.register == "outgoing":
            written = exports.export_outgoing(target, year=args.year, lang=lang, digits=args.digits)
            value = {"out": str(written)}
        else:
            written = exports.export_acks(target, year=args.year, lang=lang, digits=args.digits)
            value = {"out": str(written)}
    finally:
        context.close()
    value["register"] = args.register
    out.emit(value, lambda: f"บันทึกลง {value['out']}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace, out: Output) -> int:
    """``import incoming|outgoing FILE.xlsx``: every row or none (exit 2 listing each bad
    row; with ``--json`` the summary, problems included, is printed either way)."""
    from desktop_app.domain.register_import import ImportRefused
    from desktop_app.services.register_import import check_source

    path = check_source(Path(args.file))
    lang = _language(args)
    context = _open(args, must_exist=True)
    try:
        service = context.register_import
        try:
            if args.dry_run:
                summary = service.preview(args.register, path)
            else:
                summary = service.import_file(args.register, path, context.actor)
        except ImportRefused as refused:
            if out.as_json and refused.summary is not None:
                out.emit(refused.summary.to_json(), "")
            sys.stderr.write(f"saraban: {refused.message(lang)}\n")
            return EXIT_BAD_INPUT
    finally:
        context.close()

    def text() -> str:
        lines = []
        if summary.dry_run:
            lines.append(
                f"ตรวจแล้ว {summary.rows:,} แถว นำเข้าได้ {summary.valid:,} แถว "
                f"มีปัญหา {summary.problem_rows:,} แถว (ยังไม่ได้นำเข้า)"
                if lang == "th"
                else f"Checked {summary.rows:,} rows: {summary.valid:,} can be imported, "
                f"{summary.problem_rows:,} have problems (nothing imported)"
            )
        else:
            lines.append(
                f"นำเข้าแล้ว {summary.imported:,} รายการ"
                if lang == "th"
                else f"Imported {summary.imported:,} rows"
            )
        for span in summary.spans:
            then = "เลขถัดไป" if lang == "th" else "next"
            lines.append(
                f"{span.series.label(lang)} {span.year}: {span.first:,}–{span.last:,} "
                f"{then} {span.next_number:,}"
            )
        lines.extend(problem.describe(lang) for problem in summary.problems)
        return "\n".join(lines)

    out.emit(summary.to_json(), text)
    if summary.dry_run and summary.problems:
        return EXIT_BAD_INPUT
    return EXIT_OK


def cmd_numbering(args: argparse.Namespace, out: Output) -> int:
    """``numbering list`` and ``numbering set`` (admin: exit 3 for anyone else)."""
    from desktop_app.domain.numbering import (
        SeriesRef,
        check_next_number,
        check_year,
        parse_number,
    )

    lang = _language(args)
    if args.numbering_command == "list":
        if args.year is not None:
            check_year(args.year)
        context = _open(args)
        try:
            states = context.numbering.series(args.year)
        finally:
            context.close()

        def line(state: Any) -> str:
            text = f"{state.series.label(lang)}\t{state.year}\t"
            text += (
                f"เลขถัดไป {state.next_number:,}" if lang == "th" else f"next {state.next_number:,}"
            )
            if state.in_use:
                text += (
                    f"\tใช้แล้ว {state.issued:,} เลข"
                    if lang == "th"
                    else f"\t{state.issued:,} issued"
                )
            return text

        out.emit(
            [state.to_json() for state in states],
            lambda: "\n".join(line(state) for state in states),
        )
        return EXIT_OK
    series = SeriesRef.of(args.series, args.prefix, args.circular)
    if args.series == "incoming" and (args.prefix or args.circular):
        raise InvalidInput(
            "--prefix และ --circular ใช้กับทะเบียนหนังสือส่ง (--series outgoing) เท่านั้น",
            "--prefix and --circular are for outgoing series (--series outgoing) only",
            field="series",
        )
    year = check_year(args.year) if args.year is not None else None
    next_number = check_next_number(parse_number(args.next))
    if not normalise(args.reason):
        raise InvalidInput(
            "กรุณาระบุเหตุผลที่ตั้งเลขถัดไป (--reason)",
            "Give the reason for setting the next number (--reason)",
            field="reason",
        )
    context = _open(args)
    try:
        state = context.numbering.set_next(series, year, next_number, args.reason, context.actor)
    finally:
        context.close()
    out.emit(
        state.to_json(),
        lambda: (
            f"{state.series.label(lang)} ปี {state.year}: เลขถัดไป {state.next_number:,}"
            if lang == "th"
            else f"{state.series.label(lang)} {state.year}: next number {state.next_number:,}"
        ),
    )
    return EXIT_OK


COMMANDS: dict[tuple[str, str | None], Callable[[argparse.Namespace, Output], int]] = {
    ("init", None): cmd_init,
    ("receive", None): cmd_receive,
    ("incoming", "list"): cmd_incoming_list,
    ("incoming", "show"): cmd_incoming_show,
    ("incoming", "cancel"): cmd_incoming_cancel,
    ("incoming", "export"): cmd_incoming_export,
    ("letter", "render"): cmd_letter_render,
    ("letter", "reprint"): cmd_letter_reprint,
    ("letter", "copies"): cmd_letter_copies,
    ("letter", "delivery-sheet"): cmd_letter_copies,
    ("forward", None): cmd_forward,
    ("ack", None): cmd_ack,
    ("dashboard", None): cmd_dashboard,
    ("remind", None): cmd_remind,
    ("export", None): cmd_export,
    ("import", None): cmd_import,
    ("numbering", None): cmd_numbering,
}


def _argv_lang(argv: Sequence[str] | None) -> str:
    """The --lang given on the command line, read by hand (when parsing itself failed)."""
    words = list(sys.argv[1:] if argv is None else argv)
    for index, word in enumerate(words):
        if word == "--lang" and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--lang="):
            return word.split("=", 1)[1]
    return ""


def _language(args: argparse.Namespace | None) -> str:
    if args is not None and args.lang:
        return str(args.lang)
    return "en" if os.environ.get("SARABAN_LANG", "").lower().startswith("en") else "th"


def _silence_stdout() -> None:
    """Point stdout at ``os.devnull`` (Python docs, "Note on SIGPIPE"): its reader has gone
    (``| head``), and what is still buffered must not fail again when it is flushed at exit.
    Does nothing when stdout is not a file of the OS (a test capturing output)."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, descriptor)
    finally:
        os.close(devnull)


class _PipeSafeOutput(Output):
    """``Output`` for a reader that may stop reading: the command's work is done before its
    output is written (an issued number is saved), so a closed stdout (``BrokenPipeError``)
    is no failure; the rest of the output is dropped and the command returns its status."""

    def emit(self, value: Any, text: str | Callable[[], str]) -> None:
        try:
            super().emit(value, text)
        except BrokenPipeError:
            _silence_stdout()


def _flush_stdout() -> None:
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return its exit status (module docstring). Output into a pipe whose
    reader has closed it (``saraban remind 1 --json | head -c 300``) changes nothing: the
    command's own status is returned, the rest of its output dropped."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args: argparse.Namespace | None = None
    try:
        args = parser.parse_args(argv)
        sub = getattr(args, "incoming_command", None) or getattr(args, "letter_command", None)
        handler = COMMANDS[(args.command, sub)]
        status = handler(args, _PipeSafeOutput(bool(args.json)))
        _flush_stdout()
        return status
    except SystemExit:  # --help, --version: their text may meet a closed pipe too
        _flush_stdout()
        raise
    except _UsageError as error:
        lang = "en" if "en" in _argv_lang(argv) else _language(args)
        sys.stderr.write(f"saraban: {_usage_message(str(error), lang)}\n")
        return EXIT_BAD_INPUT
    except InvalidInput as error:
        sys.stderr.write(f"saraban: {error.message(_language(args))}\n")
        return EXIT_BAD_INPUT
    except PermissionDenied as error:
        sys.stderr.write(f"saraban: {error.message(_language(args))}\n")
        return EXIT_REFUSED
    except (EnvironmentProblem, SarabanError) as error:
        sys.stderr.write(f"saraban: {error.message(_language(args))}\n")
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_FAILURE
    except Exception as error:  # a bug: say so plainly, keep the traceback for the report
        sys.stderr.write(f"saraban: internal error ({type(error).__name__}: {error})\n")
        if os.environ.get("SARABAN_DEBUG"):
            traceback.print_exc()
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
