"""Things a typist keeps together: the stretches of a line that must never be broken.

A dictionary segmenter (segment.py) knows where Thai words end, not that "พ.ศ. ๒๕๖๙" or
"นายสมชาย ใจดี" is one thing on paper. These rules find such units in the text, spaces and
all, with regular expressions; the segmenter then allows no line break strictly inside a unit
(a space inside one becomes a space that does not break). Both digit systems are matched:
the text reaching the typesetter already carries the letter's digits, Thai or Arabic.

Each rule (``rules()``), with examples it keeps whole:

* ``abbreviation`` -- a full stop between Thai letters: "พ.ศ.", "มี.ค.", "จ.ส.อ.".
* ``label_number`` -- a label word (resources/data/keep_together_labels.txt) or any Thai
  abbreviation ending in a full stop, then a number, then perhaps a unit: "พ.ศ. ๒๕๖๙",
  "ม. ๓", "ข้อ ๑๔", "มาตรา ๔๐", "ฉบับที่ ๒", "ครั้งที่๕", "หมู่ที่ ๔", "เลขที่ 123/4",
  "จำนวน ๑ ชุด", "โทร. ๐-๕๓๖๑-๒๘๔๑", "คำสั่งที่ ๑๒๓/๒๕๖๙".
* ``document_number`` -- a letter's number (ที่), its leading "ที่" included when typed: "ที่
  มท ๐๘๑๐.๒/ว ๑๐๘๙", "มส 0023.3/354", "มท0810.2/ว1089", "ศธ ๐๔๐๐๗.๐๖/๑๒๓".
* ``date`` -- day, month name (full or abbreviated), year (optionally after พ.ศ.), with a
  leading "วันที่"/"วันศุกร์ที่": "๕ มีนาคม ๒๕๖๙", "6 มี.ค. 69", "วันที่ ๓๐ มกราคม ๒๕๖๙",
  "๑๙ พฤศจิกายน พ.ศ. ๒๕๕๕"; a month with its year: "มีนาคม ๒๕๖๙".
* ``time`` -- "๐๘.๓๐ น.", "10:30 น.", "๐๘.๓๐ - ๑๖.๓๐ น.", "๙.๐๐ นาฬิกา".
* ``number`` -- a number with separators or decimals, a range, and a unit word or currency
  after it (resources/data/keep_together_units.txt): "๑,๕๖๕,๘๕๐", "๒.๕", "1,234.50",
  "๑๐๐ บาท", "๓ วัน", "๒ ฉบับ", "๑๒ คน", "๓๐ %", "๔-๖ เดือน", "๑,๕๖๕,๘๕๐ บาท". A unit
  word must be a whole word (the segmenter's ``word_ends``): "๒๕๖๙ รูปแบบ" keeps no "รูป".
  A unit word that is also a label and is followed by a number is that number's label
  instead ("อาคาร ๕ ชั้น ๕" is "อาคาร ๕" and "ชั้น ๕").
* ``name`` -- a title (resources/data/keep_together_titles.txt), the given name, a space and
  the surname: "นายสมชาย ใจดี", "นางสาวอัญชลี พรหมโคตร", "ว่าที่ร้อยตรีสมชาย ใจดี",
  "ดร. สมหญิง ใจงาม", "นายสมชาย ณ อยุธยา", "Mr. TAKANO Kazuki". A given name or surname is a
  whole run of Thai letters of at most ``MAX_NAME`` characters (a longer run is prose, not a
  name: then the title and name are not kept).
* ``phone`` -- a Thai telephone number (it starts with 0 or +66) with its extension:
  "๐-๕๓๖๑-๒๘๔๑ ต่อ ๓๓", "0 2241 9000", "053-612841", "081 234 5678".
* ``link`` -- an e-mail address or a URL: "saraban@dla.go.th", "https://www.dla.go.th/x".
* ``place`` -- จังหวัด, อำเภอ or ตำบล starting a run of Thai, with the word after it (the
  place's name, as the segmenter cuts it; without ``word_ends``, the rest of the run):
  "จังหวัดแม่ฮ่องสอน", "อำเภอ ปาย", "ตำบลห้วยผึ้ง" ("นายอำเภอ ทุกอำเภอ" holds none).

A rule that matches too much only makes an unbreakable unit a little longer (a word that
starts like a title and is not listed in ``_NOT_A_TITLE`` is read as a title and a name:
"นางฟ้า ..." is excluded, an unlisted one is not); a unit wider than the line is still cut,
at its spaces first and then between its words (``LineBreaker._split_long``). Source: issue 8
item 4 (what a Thai typist does not split), checked against the department's own letters
(shared/samples/received-circular.txt: its dates, numbers, names and telephone numbers are
found; the longest unit there is a date with its "วันที่" and "พ.ศ.", 29 characters).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.resources import data_file

MAX_NAME = 25  # characters of a given name or surname (Thai surnames rarely pass 20)

_D = "0-9\u0e50-\u0e59"  # Arabic and Thai digits
_DIGIT = f"[{_D}]"
_THAI = "\u0e01-\u0e4e"  # Thai letters, vowels and marks (no digits, no ๏ ๚ ๛)
_SP = "[ \t\u00a0]"  # a space as the segmenter sees one
_NUMBER = rf"(?<![{_D}]){_DIGIT}+(?:[,.]{_DIGIT}+)*"
# A number after a label may also be "๑๒๓/๒๕๖๙", "๐-๕๓๖๑-๒๘๔๑", "๑๐:๓๐".
_LABELLED_NUMBER = rf"(?<![{_D}]){_DIGIT}+(?:[,./:-]{_DIGIT}+)*"
_RANGE = rf"{_NUMBER}(?:{_SP}*[-–]{_SP}*{_DIGIT}+(?:[,.]{_DIGIT}+)*)?"
# An abbreviation may be run on to the word before it ("ดำเนินการกทม."): a unit starting a
# few letters early only glues that word to it.
_ABBREVIATION = rf"[{_THAI}]{{1,5}}\.(?:[{_THAI}]{{1,4}}\.)*"

_MONTHS_FULL = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
_MONTHS_SHORT = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
_WEEKDAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "พฤหัส", "ศุกร์", "เสาร์", "อาทิตย์"]
# Words "นาย"/"นาง" start that are not a person's title ("นายอำเภอ", "นายกเทศมนตรี").
_NOT_A_TITLE = {
    "นาย": [
        "อำเภอ",
        "ก",  # นายก... (นายกเทศมนตรี, นายกองค์การบริหารส่วนตำบล)
        "ทะเบียน",
        "ช่าง",
        "ตรวจ",
        "ด่าน",
        "ทหาร",
        "ประกัน",
        "ห้าง",
        "งาน",
        "สถานี",
        "ท่า",
        "หน้า",
        "ทุน",
        "จ้าง",
        "พราน",
        "ร้อย",
        "สิบ",
        "พล",
        "เรือ",
        "ตำรวจ",
        "ประตู",
        "บ้าน",
    ],
    "นาง": ["พยาบาล", "งาม", "ฟ้า", "แบบ", "รอง", "เลิ้ง", "ใน", "กวัก"],
}


def _words(name: str) -> list[str]:
    """Entries of a data file (one per line, ``#`` comments), longest first."""
    entries = {
        line.strip()
        for line in data_file(name).read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    return sorted(entries, key=lambda entry: (-len(entry), entry))


def _alternation(words: list[str], guarded: dict[str, str] | None = None) -> str:
    """A regex alternation of ``words`` (longest first); a space inside one matches any
    run of spaces, a Latin word must end where its letters end ("m" is not "meeting"), a word
    in ``guarded`` is followed by its pattern there (a lookahead)."""
    parts = []
    for word in sorted(words, key=lambda entry: (-len(entry), entry)):
        pattern = f"{_SP}+".join(re.escape(part) for part in word.split())
        if word[-1].isascii() and word[-1].isalpha():
            pattern += "(?![A-Za-z])"
        pattern += (guarded or {}).get(word, "")
        parts.append(pattern)
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Rule:
    """One kind of unit: ``pattern`` matches a unit whole; ``examples`` are matched whole."""

    name: str
    pattern: re.Pattern[str]
    examples: tuple[str, ...]


@lru_cache(maxsize=1)
def rules() -> tuple[Rule, ...]:
    """The rules, compiled once (the word lists are read from resources/data)."""
    label_words = _words("keep_together_labels.txt")
    labels = _alternation(label_words)
    # A unit word that is also a label, followed by a number, labels that number instead:
    # "อาคาร ๕ ชั้น ๕" is "อาคาร ๕" and "ชั้น ๕"; "๑๐๐ บาท ๕ ราย" keeps "๑๐๐ บาท".
    units = _alternation(
        _words("keep_together_units.txt"),
        guarded={word: rf"(?!{_SP}*{_DIGIT})" for word in label_words},
    )
    titles = []
    for title in _words("keep_together_titles.txt"):
        pattern = f"{_SP}*".join(re.escape(part) for part in title.split())
        if title in _NOT_A_TITLE:
            pattern += "(?!" + "|".join(_NOT_A_TITLE[title]) + ")"
        titles.append(pattern)
    title = "(?:" + "|".join(titles) + ")"
    month = (
        _alternation(_MONTHS_FULL)
        + "|"
        + "|".join(re.escape(short[:-1]) + r"\.?" for short in _MONTHS_SHORT)
    )
    month = f"(?:{month})"
    year = rf"(?:(?:พ\.ศ\.|ค\.ศ\.){_SP}*)?{_DIGIT}{{2,4}}(?![{_D}])"
    unit_after = rf"(?:{_SP}*(?P<tail>{units}))"
    thai_name = rf"[{_THAI}]{{1,{MAX_NAME}}}(?![{_THAI}])"
    latin_name = r"[A-Z][A-Za-z'\-]*"
    clock = rf"(?<![{_D}]){_DIGIT}{{1,2}}[.:]{_DIGIT}{{2}}(?![{_D}])"
    link = (
        r"(?:https?://|www\.)[!-~]+"
        r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
    )
    table = [
        (
            "abbreviation",
            rf"[{_THAI}]{{1,4}}(?:\.[{_THAI}]{{1,4}})+\.?",
            ("พ.ศ.", "มี.ค.", "จ.ส.อ."),
        ),
        (
            "label_number",
            rf"(?:{labels}|{_ABBREVIATION}){_SP}*{_LABELLED_NUMBER}{unit_after}?",
            (
                "พ.ศ. ๒๕๖๙",
                "ม. ๓",
                "ข้อ ๑๔",
                "มาตรา ๔๐",
                "ฉบับที่ ๒",
                "ครั้งที่๕",
                "หมู่ที่ ๔",
                "เลขที่ 123/4",
                "จำนวน ๑ ชุด",
                "โทร. ๐-๕๓๖๑-๒๘๔๑",
                "คำสั่งที่ ๑๒๓/๒๕๖๙",
            ),
        ),
        (
            "document_number",
            rf"(?:ที่{_SP}*|(?<![{_THAI}]))[ก-ฮ]{{2,5}}\.?{_SP}*{_DIGIT}{{2,}}(?:\.{_DIGIT}+)*"
            rf"(?:{_SP}*/{_SP}*(?:ว\.?{_SP}*)?{_DIGIT}+)?",
            (
                "ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙",
                "มส 0023.3/354",
                "มท0810.2/ว1089",
                "ศธ ๐๔๐๐๗.๐๖/๑๒๓",
            ),
        ),
        (
            "date",
            rf"(?:วัน(?:{'|'.join(_WEEKDAYS)})?ที่{_SP}*)?(?<![{_D}]){_DIGIT}{{1,2}}{_SP}*{month}"
            rf"(?:{_SP}*{year})?"
            rf"|(?:เดือน{_SP}*)?{month}{_SP}*{year}",
            (
                "๕ มีนาคม ๒๕๖๙",
                "6 มี.ค. 69",
                "วันที่ ๓๐ มกราคม ๒๕๖๙",
                "วันศุกร์ที่ ๓๐ มกราคม ๒๕๖๙",
                "๑๙ พฤศจิกายน พ.ศ. ๒๕๕๕",
                "มีนาคม ๒๕๖๙",
            ),
        ),
        (
            "time",
            rf"{clock}(?:{_SP}*[-–]{_SP}*{clock})?(?:{_SP}*(?:น\.|นาฬิกา|น(?![{_THAI}])))?",
            ("๐๘.๓๐ น.", "10:30 น.", "๐๘.๓๐ - ๑๖.๓๐ น.", "๙.๐๐ นาฬิกา"),
        ),
        (
            "number",
            rf"{_RANGE}{unit_after}?",
            (
                "๑,๕๖๕,๘๕๐",
                "๒.๕",
                "1,234.50",
                "๑๐๐ บาท",
                "๓ วัน",
                "๒ ฉบับ",
                "๑๒ คน",
                "๓๐ %",
                "๔-๖ เดือน",
                "๑,๕๖๕,๘๕๐ บาท",
            ),
        ),
        (
            "name",
            rf"(?<!\.)(?:{title}{_SP}*)+{thai_name}(?:{_SP}+(?:ณ{_SP}+)?{thai_name})?"
            rf"|\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?{_SP}+{latin_name}(?:{_SP}+{latin_name})?",
            (
                "นายสมชาย ใจดี",
                "นางสาวอัญชลี พรหมโคตร",
                "ว่าที่ร้อยตรีสมชาย ใจดี",
                "ดร. สมหญิง ใจงาม",
                "นายสมชาย ณ อยุธยา",
                "Mr. TAKANO Kazuki",
            ),
        ),
        (
            "phone",
            rf"(?<![{_D}])(?:\+{_SP}?66{_SP}?|[0๐])(?:[ \-]?{_DIGIT}){{7,9}}(?![{_D}])"
            rf"(?:{_SP}*(?:ต่อ|ext\.?){_SP}*{_DIGIT}{{1,5}})?",
            ("๐-๕๓๖๑-๒๘๔๑ ต่อ ๓๓", "0 2241 9000", "053-612841", "081 234 5678"),
        ),
        ("link", link, ("saraban@dla.go.th", "https://www.dla.go.th/x")),
        (
            "place",
            rf"(?<![{_THAI}])(?:จังหวัด|อำเภอ|ตำบล){_SP}?(?P<place>[{_THAI}]{{2,}})",
            ("จังหวัดแม่ฮ่องสอน", "อำเภอ ปาย", "ตำบลห้วยผึ้ง"),
        ),
    ]
    return tuple(Rule(name, re.compile(pattern), examples) for name, pattern, examples in table)


@lru_cache(maxsize=1)
def _searches() -> tuple[re.Pattern[str], ...]:
    # Every match at every position, overlapping ones included: a unit may start inside
    # another ("อาคาร ๕" and "ชั้น ๕"), and the union is what must stay together.
    return tuple(re.compile(f"(?=(?P<kept>{rule.pattern.pattern}))") for rule in rules())


def keep_spans(text: str, word_ends: Collection[int] | None = None) -> list[tuple[int, int]]:
    """The units of ``text`` a line must not break inside, as sorted ``(start, end)``
    character offsets (``text[start:end]`` is the unit; end exclusive). Overlapping units
    are merged; units that only touch stay apart (a break may fall between them). A unit
    never starts or ends with a space. ``word_ends``: the offsets where the segmenter ends a
    word; when given, a unit word after a number counts only if it ends there ("๒๕๖๙
    รูปแบบ" is not "๒๕๖๙ รูป"); without it the unit word may be the start of a longer one.

    >>> text = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เวลา ๐๘.๓๐ น."
    >>> [text[a:b] for a, b in keep_spans(text)]
    ['พ.ศ. ๒๕๖๙', 'เวลา ๐๘.๓๐ น.']
    """
    found: list[tuple[int, int]] = []
    for search in _searches():
        for match in search.finditer(text):
            start, end = match.span("kept")
            tail_start, tail_end = match.span("tail") if "tail" in search.groupindex else (-1, -1)
            if word_ends is not None and tail_start >= 0 and tail_end not in word_ends:
                end = tail_start  # "๒๕๖๙ รูปแบบ": "รูป" is not the word there
            if "place" in search.groupindex and word_ends is not None:
                # The place word with the one word after it: "จังหวัดแม่ฮ่องสอน|จึงขอ".
                place_start = match.start("place")
                after = [at for at in word_ends if place_start < at <= end]
                end = min(after) if after else end
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end - start > 1:
                found.append((start, end))
    found.sort()
    merged: list[tuple[int, int]] = []
    for start, end in found:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def kept_units(text: str, word_ends: Collection[int] | None = None) -> list[str]:
    """The kept units' text (``keep_spans`` as strings), for tests and diagnostics."""
    return [text[start:end] for start, end in keep_spans(text, word_ends)]
