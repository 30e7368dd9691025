"""Reply e-mails read from files, to import acknowledgements: one message from an .eml file,
many from an .mbox file. Pure parsing: the stdlib ``email`` package (``policy.default``) for
the MIME structure and ``mailbox`` for .mbox files; nothing is written.

Thai mail arrives in every encoding there has been, so the texts are decoded here rather than
left to the stdlib, which loses the bytes of a charset it does not know:

* headers (RFC 5322 unfolding, RFC 2047 encoded words in B and Q forms; adjacent words of one
  charset are joined before decoding, so a Thai character split across two words survives;
  raw 8-bit headers are read as UTF-8 when they are, else as windows-874);
* file names (RFC 2231 ``filename*=`` with continuations, RFC 2047 words inside quotes as
  Outlook and Thai webmail send them, ``name=`` of Content-Type as a fall-back);
* charsets: TIS-620, ISO-8859-11, windows-874, x-windows-874, cp874 and their spellings are
  all read as windows-874 (cp874), a superset that also has the curly quotes and dashes Thai
  Windows puts in its 0x80-0x9F range. A declared charset that is unknown or does not fit the
  bytes falls back to UTF-8 when the bytes are valid UTF-8 (a strong test: TIS-620 text rarely
  is), else to cp874 with U+FFFD for its few undefined bytes. Decoding never raises.

Decoded texts lose control characters (C0, DEL, C1 and the BOM) except newline and tab;
line ends become "\\n". One-line fields (sender name, subject, file names) also turn newlines
and tabs into spaces and are trimmed.
"""

from __future__ import annotations

import binascii
import codecs
import datetime as dt
import email
import email.policy
import email.utils
import mailbox
import re
from dataclasses import dataclass
from email.message import Message
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote_to_bytes

from desktop_app.domain.errors import InvalidInput

THAI_TIME = dt.timezone(dt.timedelta(hours=7), "ICT")
"""Thailand's time (UTC+7 all year, no daylight saving): the zone ``MailMessage.date`` is in."""

MBOX_SUFFIXES = frozenset({".mbox", ".mbx"})


@dataclass(frozen=True)
class MailMessage:
    """One e-mail as the acknowledgement import needs it; every text decoded to ``str``."""

    source: str  # the file's name, with "#n" (1-based) for the n-th message of an mbox
    sender: str  # the From address only, lower case ("saraban_06580401@dla.go.th"); "" if none
    sender_name: str  # the From display name, decoded ("" if none)
    subject: str  # decoded, one line, trimmed ("" if none)
    date: dt.datetime | None  # the Date header in Thai time (UTC+7), naive; None if missing/bad
    body: str  # the text/plain parts, or the text of the text/html ones if there is no plain
    attachment_names: tuple[str, ...]  # decoded file names of the named parts, in order
    message_id: str  # the Message-ID header as written, "<...>" included ("" if none)


class MailUnreadable(InvalidInput):
    """A file that is not e-mail, is empty or cannot be read; the messages name the file.

    ``source`` is the file's name (with "#n" for a message inside an mbox).
    """

    def __init__(self, message_th: str, message_en: str, *, source: str) -> None:
        super().__init__(message_th, message_en, field="file")
        self.source = source


# -- files ------------------------------------------------------------------------------------
def read_messages(path: Path) -> list[MailMessage]:
    """The messages in an e-mail file, in file order.

    An mbox when its first line starts with "From " (content decides); else an mbox when its
    suffix is .mbox/.mbx and ``mailbox`` finds messages in it; else one message (.eml, or any
    other name). Raises ``MailUnreadable`` (an ``InvalidInput``) when the file cannot be
    read, is empty, is not e-mail (an Outlook .msg gets its own advice), or an mbox holds no
    message or a message that is not e-mail.
    """
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable_file(name, exc) from exc
    head = _strip_preamble(data)
    is_mbox_name = path.suffix.lower() in MBOX_SUFFIXES
    if head.startswith(b"From ") or is_mbox_name:
        raw = _read_mbox(path)
        if len(raw) > 1 or (raw and is_mbox_name):
            return [parse_message(one, f"{name}#{n}") for n, one in enumerate(raw, start=1)]
        if not raw and head.startswith(b"From "):
            raise MailUnreadable(
                f"ไม่พบอีเมลในไฟล์ {name}", f"No e-mail was found in {name}.", source=name
            )
        # one message after a "From " line (an .eml saved so), or an .mbox that is not one
    return [parse_message(data, name)]


def _read_mbox(path: Path) -> list[bytes]:
    """The bytes of each message of an mbox file (without its "From " line)."""
    name = path.name
    try:
        box = mailbox.mbox(path, create=False)
        try:
            return [box.get_bytes(key) for key in box.iterkeys()]
        finally:
            box.close()
    except (OSError, mailbox.Error) as exc:
        if isinstance(exc, OSError):
            raise _unreadable_file(name, exc) from exc
        raise MailUnreadable(
            f"อ่านไฟล์ {name} ไม่ได้ ไฟล์ .mbox เสียหาย",
            f"Cannot read {name}: the .mbox file is damaged.",
            source=name,
        ) from exc


def _unreadable_file(name: str, exc: OSError) -> MailUnreadable:
    if isinstance(exc, FileNotFoundError):
        th, en = f"ไม่พบไฟล์ {name}", f"{name} was not found."
    elif isinstance(exc, IsADirectoryError):
        th, en = f"{name} เป็นโฟลเดอร์ ไม่ใช่ไฟล์อีเมล", f"{name} is a folder, not an e-mail file."
    elif isinstance(exc, PermissionError):
        th = f"ไม่มีสิทธิ์อ่านไฟล์ {name}"
        en = f"You are not allowed to read {name}."
    else:
        reason = exc.strerror or type(exc).__name__
        th, en = f"อ่านไฟล์ {name} ไม่ได้ ({reason})", f"Cannot read {name} ({reason})."
    return MailUnreadable(th, en, source=name)


# -- one message ------------------------------------------------------------------------------
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Outlook .msg (a compound file)
# At least one of these makes a parsed header block an e-mail's.
_MAIL_HEADERS = frozenset(
    {
        "from",
        "sender",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "received",
        "return-path",
        "delivered-to",
        "mime-version",
    }
)


def parse_message(data: bytes, source: str) -> MailMessage:
    """One message from its bytes (RFC 5322 / MIME; CRLF or LF line ends; a leading mbox
    "From " line, a UTF-8 BOM or blank lines are skipped). ``source`` names it in the result
    and in errors.

    Raises ``MailUnreadable`` when ``data`` is empty or has no e-mail header (From, To,
    Subject, Date, Message-ID, Received, ...), such as a PDF, a picture, a Word file or an
    Outlook .msg. Anything else is read as well as it can be, never raising on bad encodings.
    """
    if not data.strip():
        raise MailUnreadable(
            f"ไฟล์ {source} ว่างเปล่า ไม่มีอีเมลให้อ่าน",
            f"{source} is empty: there is no e-mail in it.",
            source=source,
        )
    if data.startswith(_OLE_SIGNATURE):
        raise MailUnreadable(
            f"ไฟล์ {source} เป็นอีเมลของ Outlook (.msg) ซึ่งโปรแกรมอ่านไม่ได้ "
            "ให้บันทึกอีเมลเป็นไฟล์ .eml (เช่น ดาวน์โหลดจากเว็บเมล) แล้วเลือกไฟล์นั้นแทน",
            f"{source} is an Outlook message (.msg), which cannot be read: save the e-mail as "
            "an .eml file (for example, download it from webmail) and choose that instead.",
            source=source,
        )
    message = email.message_from_bytes(_strip_preamble(data), policy=email.policy.default)
    if not {key.lower() for key in message} & _MAIL_HEADERS:
        raise MailUnreadable(
            f"ไฟล์ {source} ไม่ใช่อีเมล อ่านได้เฉพาะไฟล์อีเมล .eml และ .mbox",
            f"{source} is not an e-mail: only .eml and .mbox e-mail files can be read.",
            source=source,
        )
    sender_name, sender = _sender(message)
    plain: list[str] = []
    html: list[str] = []
    names: list[str] = []
    _collect_parts(message, plain, html, names)
    body = "\n\n".join(part for part in (plain or html) if part)
    return MailMessage(
        source=source,
        sender=sender,
        sender_name=sender_name,
        subject=_one_line(_decode_header_text(_raw_header(message, "subject"))),
        date=_thai_time(_raw_header(message, "date")),
        body=body.strip(),
        attachment_names=tuple(names),
        message_id=_one_line(_text_of(_raw_header(message, "message-id"))),
    )


def _strip_preamble(data: bytes) -> bytes:
    """Without a UTF-8 BOM and leading blank lines (some programs save .eml files so)."""
    data = data.removeprefix(b"\xef\xbb\xbf")
    return data.lstrip(b"\r\n")


# -- headers ----------------------------------------------------------------------------------
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_ENCODED_WORD = re.compile(r"=\?([^?*\s]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
_QP_BYTE = re.compile(rb"=([0-9A-Fa-f]{2})")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")


def _raw_header(message: Message, name: str) -> str:
    """The first ``name`` header as written, unfolded ("" when missing). 8-bit bytes arrive
    as surrogate escapes (the parser's), for ``_text_of`` to decode."""
    for key, value in message.raw_items():
        if key.lower() == name:
            return _FOLD.sub("", str(value))
    return ""


def _has_raw_bytes(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _text_of(text: str) -> str:
    """Header text that may carry raw 8-bit bytes (surrogate escapes) -> real text."""
    if not _has_raw_bytes(text):
        return text
    return _decode_bytes(text.encode("utf-8", "surrogateescape"), None)


def _word_bytes(encoding: str, text: str) -> bytes | None:
    raw = text.encode("utf-8", "surrogateescape")
    if encoding in "bB":
        try:
            return binascii.a2b_base64(raw + b"=" * (-len(raw) % 4))
        except binascii.Error:
            return None
    return _QP_BYTE.sub(lambda m: bytes([int(m[1], 16)]), raw.replace(b"_", b" "))


def _decode_header_text(raw: str) -> str:
    """RFC 2047: encoded words decoded, white space between two of them dropped, adjacent
    words of one charset decoded together; other text kept (8-bit bytes decoded)."""
    out: list[str] = []
    run = b""
    run_charset: str | None = None  # set while the last thing read was an encoded word

    def flush() -> None:
        nonlocal run, run_charset
        if run_charset is not None:
            out.append(_decode_bytes(run, run_charset))
        run, run_charset = b"", None

    position = 0
    for match in _ENCODED_WORD.finditer(raw):
        between = raw[position : match.start()]
        position = match.end()
        if between and not (run_charset is not None and not between.strip(" \t\r\n")):
            flush()
            out.append(_text_of(between))
        data = _word_bytes(match[2], match[3])
        if data is None:  # not decodable: left as written
            flush()
            out.append(match[0])
            continue
        if run_charset is not None and run_charset.lower() != match[1].lower():
            flush()
        run_charset = match[1]
        run += data
    flush()
    out.append(_text_of(raw[position:]))
    return "".join(out)


def _sender(message: Message) -> tuple[str, str]:
    """(display name, address in lower case) of From (Sender when From is missing)."""
    raw = _text_of(_raw_header(message, "from") or _raw_header(message, "sender"))
    if not raw:
        return "", ""
    for name, address in email.utils.getaddresses([raw]):
        if "@" in address:
            return _one_line(_decode_header_text(name)), address.strip().lower()
    found = _ADDRESS.search(raw)  # a From line too broken for the parser: its address at least
    return "", found[0].lower() if found else ""


def _thai_time(raw: str) -> dt.datetime | None:
    """RFC 5322 date -> naive Thai time. No zone or "-0000" counts as UTC (RFC 5322 3.3).
    A Buddhist-era year (>= 2400, from Thai-locale software) is turned into the Christian
    era. None when missing or unreadable."""
    if not raw.strip():
        return None
    try:
        parts = email.utils.parsedate_tz(_text_of(raw))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parts is None:
        return None
    year, month, day, hour, minute, second = parts[:6]
    if year >= 2400:
        year -= 543
    try:
        zone = dt.timezone(dt.timedelta(seconds=parts[9] or 0))
        moment = dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
        return moment.astimezone(THAI_TIME).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None


# -- charsets and text ------------------------------------------------------------------------
_THAI_CHARSETS = frozenset(
    {
        "tis-620",
        "tis620",
        "tis_620",
        "tis-620-2533",
        "iso-8859-11",
        "iso8859-11",
        "iso_8859-11",
        "iso885911",
        "windows-874",
        "x-windows-874",
        "cp874",
        "x-cp874",
        "ms874",
        "ibm874",
        "x-ibm874",
        "thai",
    }
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")


def _codec(charset: str | None) -> str | None:
    """A Python codec for a MIME charset label; None when unknown or not a text encoding."""
    if not charset:
        return None
    label = charset.strip().strip("\"'").lower()
    if label in _THAI_CHARSETS or label.replace("_", "-") in _THAI_CHARSETS:
        return "cp874"
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes -> text: the declared charset if it is known and fits, else UTF-8 if the bytes
    are valid UTF-8, else cp874 with U+FFFD for undefined bytes. Never raises."""
    codec = _codec(charset)
    if codec is not None:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp874", errors="replace")


def _clean(text: str) -> str:
    """Line ends as "\\n"; control characters other than newline and tab dropped."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _one_line(text: str) -> str:
    return _clean(text).replace("\n", " ").replace("\t", " ").strip()


# -- MIME parts -------------------------------------------------------------------------------
def _collect_parts(part: Message, plain: list[str], html: list[str], names: list[str]) -> None:
    """Walk the MIME tree: named parts give attachment names, unnamed inline text/plain and
    text/html parts give the body. An attached message (message/rfc822) is not opened."""
    if part.get_content_maintype() == "multipart" and part.is_multipart():
        payload: Any = part.get_payload()
        for sub in payload:
            _collect_parts(sub, plain, html, names)
        return
    name = _filename(part)
    if name:
        names.append(name)
        return
    if part.get_content_disposition() == "attachment":
        return
    content_type = part.get_content_type()
    if content_type == "text/plain":
        plain.append(_text_content(part).strip())
    elif content_type == "text/html":
        html.append(html_to_text(_text_content(part)))


def _text_content(part: Message) -> str:
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    text = _decode_bytes(data, part.get_content_charset())
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if str(part.get_param("format", "")).lower() == "flowed":
        text = _unflow(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    return _clean(text)


def _unflow(text: str, *, delsp: bool) -> str:
    """RFC 3676 format=flowed: a line ending in a space continues on the next line of the same
    quote depth; a leading space is stuffing; "-- " (the signature line) never flows."""
    lines: list[str] = []
    current: str | None = None
    current_depth = 0
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        content = content.removeprefix(" ")
        flowed = content.endswith(" ") and content != "-- "
        if flowed and delsp:
            content = content[:-1]
        if current is not None and depth == current_depth:
            current += content
        else:
            if current is not None:
                lines.append(_quoted(current, current_depth))
            current, current_depth = content, depth
        if not flowed:
            lines.append(_quoted(current, current_depth))
            current = None
    if current is not None:
        lines.append(_quoted(current, current_depth))
    return "\n".join(lines)


def _quoted(text: str, depth: int) -> str:
    return f"{'>' * depth} {text}" if depth else text


_PARAMETER = re.compile(r';\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"?|[^;]*)')


def _parameters(raw: str) -> list[tuple[str, str]]:
    """(lower-case name, value unquoted) of a structured header's parameters, as written."""
    found = []
    for match in _PARAMETER.finditer(raw):
        value = match[2].strip()
        if value.startswith('"'):
            value = re.sub(r"\\(.)", r"\1", value[1:].removesuffix('"'))
        found.append((match[1].lower(), value))
    return found


def _parameter(raw: str, wanted: str) -> str:
    """A parameter's decoded value: RFC 2231 (charset'language'%XX, continuations) or plain
    (RFC 2047 words inside it decoded). "" when absent."""
    sections: dict[int, tuple[str, bool]] = {}
    plain: str | None = None
    for name, value in _parameters(raw):
        if name == wanted:
            plain = value if plain is None else plain
            continue
        if not name.startswith(wanted + "*"):
            continue
        suffix = name[len(wanted) + 1 :]
        if suffix == "":
            sections.setdefault(0, (value, True))
        elif suffix.rstrip("*").isdigit() and suffix.count("*") <= 1:
            sections.setdefault(int(suffix.rstrip("*")), (value, suffix.endswith("*")))
    if sections:
        charset: str | None = None
        data = b""
        for index in sorted(sections):
            value, encoded = sections[index]
            raw_value = value.encode("utf-8", "surrogateescape")
            if encoded:
                if index == min(sections) and raw_value.count(b"'") >= 2:
                    label, _language, raw_value = raw_value.split(b"'", 2)
                    charset = label.decode("ascii", "replace") or None
                data += unquote_to_bytes(raw_value)
            else:
                data += raw_value
        return _decode_bytes(data, charset)
    return _decode_header_text(plain) if plain is not None else ""


def _filename(part: Message) -> str:
    """The part's file name: Content-Disposition's filename, else Content-Type's name."""
    for header, parameter in (("content-disposition", "filename"), ("content-type", "name")):
        raw = _raw_header(part, header)
        if raw:
            value = _one_line(_parameter(raw, parameter))
            if value:
                return value
    return ""


# -- HTML -------------------------------------------------------------------------------------
_SKIPPED = frozenset({"script", "style", "head", "title", "template"})
_LINE_BREAKS = frozenset(
    {"br", "p", "div", "tr", "li", "ul", "ol", "table", "blockquote", "pre", "hr", "dd", "dt"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer"}
)
_CELLS = frozenset({"td", "th"})
_SPACES = re.compile(r"\s+")


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self._skipping += 1
        elif tag == "body":  # a head never closed must not hide the body
            self._skipping = 0
        elif tag in _LINE_BREAKS:
            self.parts.append("\n")
        elif tag in _CELLS:
            self.parts.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LINE_BREAKS:  # <br/>, <hr/>: no content to skip or close
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _LINE_BREAKS and tag not in {"br", "hr"}:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(_SPACES.sub(" ", data))


def html_to_text(markup: str) -> str:
    """The text a reader sees in an HTML body: tags gone, entities unescaped (&nbsp; is a
    space), scripts, styles and the head left out, block elements and <br> as line breaks,
    spaces collapsed, at most one blank line in a row, trimmed."""
    parser = _HtmlText()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return _clean("\n".join(kept).strip())
