"""Acknowledgement codes (รหัสตอบรับ): printed on each recipient's copy of an outgoing letter,
read back over the phone, typed from the paper or scanned from its QR code.

A code is 8 random payload characters and 1 check character from a 19-character alphabet,
stored and compared in its *canonical* form (9 characters, no separators, e.g. "ACE739KMN")
and printed grouped 3-3-3 (``format_code``: "ACE-739-KMN"), the way Thai telephone numbers are
read out. The QR code should carry the canonical form.

The alphabet (19 characters, in value order)::

    3 4 6 7 9 A C E F H K M N P R T W X Y

It leaves out every character that is mistaken for another one on paper, on a fax copy or on
screen: 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B, U/V; and G, which a faint print makes into 6 or C.
That leaves 5 digits and 14 letters, 19 in all: a prime, so the check below is exact. Only
upper-case letters are printed; lower case is read as upper case. 19**8 payloads (about 34
bits) make a guessed or mistyped code that belongs to some other letter vanishingly rare, and
callers still match a code against the ones they issued.

The check character (the rule of ISBN-10, over the prime 19 instead of 11): with values
v0..v8 (positions 0..8, the check character last) the code is valid when

    9*v0 + 8*v1 + 7*v2 + 6*v3 + 5*v4 + 4*v5 + 3*v6 + 2*v7 + 1*v8  ==  0   (mod 19)

The weights 9..1 are non-zero and pairwise different modulo the prime 19, and any two values
differ by less than 19, so:

* a single substituted character changes the sum by w*(b - a), never 0 mod 19;
* two swapped characters, adjacent or not, change it by (wi - wj)*(b - a), never 0 mod 19;
* a doubled pair changed together (aa -> bb) changes it by (wi + wi+1)*(b - a), with
  wi + wi+1 between 3 and 17, never 0 mod 19.

Every such error is therefore detected (``tests/domain/test_ack_codes.py`` checks all of them
exhaustively). Only 1 in 19 random strings passes the check.

Reading what people and machines send (``normalise_code``): lower case, spaces, hyphens,
underscores and dots anywhere, full-width characters, Thai digits, and a scanner's trailing
Enter/Tab are accepted. A USB scanner types like a keyboard: when the computer's keyboard is
set to Thai it produces the Thai characters of the keys it presses. Those are mapped back
using the Kedmanee layout (แป้นพิมพ์เกษมณี, TIS 820-2538, as in X11's ``symbols/th`` and
Windows' "Thai Kedmanee"): the unshifted characters of the digit keys, and of the letter keys
both shifted (upper case, what scanners send) and unshifted (lower case, Caps Lock).
Limitation: Windows' Thai input-sequence checking may swallow a vowel or tone mark typed where
Thai spelling forbids one; such input is then too short and is rejected, never misread.
"""

from __future__ import annotations

import random
import re
import secrets
import unicodedata

ALPHABET = "34679ACEFHKMNPRTWXY"
"""The 19 code characters, in value order (index = value)."""
PAYLOAD_LENGTH = 8
CODE_LENGTH = PAYLOAD_LENGTH + 1
GROUPS = (3, 3, 3)
"""How ``format_code`` groups the 9 characters for print."""
SEPARATOR = "-"

_MODULUS = len(ALPHABET)  # 19, a prime
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = tuple(range(CODE_LENGTH, 0, -1))  # 9, 8, ..., 1 (the check character's is 1)

# The Kedmanee layout (TIS 820-2538) for the keys the alphabet uses: (US key, Thai character).
# A scanner types the code's upper-case letters with Shift and its digits without; Caps Lock
# (or a scanner set to lower case) gives the unshifted letters. Shift+digit gives a symbol on
# a US keyboard, never the digit, so the shifted digit row is not needed (and its Thai digits
# keep their meaning as digits, see _THAI_DIGITS).
_KEDMANEE_KEYS: tuple[tuple[str, str], ...] = (
    # digit row, unshifted
    ("3", "-"),
    ("4", "\u0e20"),  # ภ
    ("6", "\u0e38"),  # ุ  SARA U
    ("7", "\u0e36"),  # ึ  SARA UE
    ("9", "\u0e15"),  # ต
    # letter keys, unshifted (lower case)
    ("a", "\u0e1f"),  # ฟ
    ("c", "\u0e41"),  # แ
    ("e", "\u0e33"),  # ำ  SARA AM
    ("f", "\u0e14"),  # ด
    ("h", "\u0e49"),  # ้  MAI THO
    ("k", "\u0e32"),  # า
    ("m", "\u0e17"),  # ท
    ("n", "\u0e37"),  # ื  SARA UEE
    ("p", "\u0e22"),  # ย
    ("r", "\u0e1e"),  # พ
    ("t", "\u0e30"),  # ะ
    ("w", "\u0e44"),  # ไ
    ("x", "\u0e1b"),  # ป
    ("y", "\u0e31"),  # ั  MAI HAN-AKAT
    # letter keys, shifted (upper case)
    ("A", "\u0e24"),  # ฤ
    ("C", "\u0e09"),  # ฉ
    ("E", "\u0e0e"),  # ฎ
    ("F", "\u0e42"),  # โ
    ("H", "\u0e47"),  # ็  MAITAIKHU
    ("K", "\u0e29"),  # ษ
    ("M", "?"),
    ("N", "\u0e4c"),  # ์  THANTHAKHAT
    ("P", "\u0e0d"),  # ญ
    ("R", "\u0e11"),  # ฑ
    ("T", "\u0e18"),  # ธ
    ("W", '"'),
    ("X", ")"),
    ("Y", "\u0e4d"),  # ํ  NIKHAHIT
)
_FROM_KEDMANEE = {thai: key.upper() for key, thai in _KEDMANEE_KEYS if thai != "-"}
# "-" is both the Thai output of the 3 key and a separator: in Thai input it is tried both ways.
# The hyphen and full-stop keys type ข and ใ in Thai: separators there.
_KEDMANEE_SEPARATORS = frozenset("\u0e02\u0e43")  # ข ใ
_KEDMANEE_ONLY_ASCII = frozenset(ch for ch in _FROM_KEDMANEE if ch.isascii())  # ? " )

_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"
_SEPARATORS = frozenset(" -_." + _DASHES + _INVISIBLE)
# Length-preserving folding for free text: full-width ASCII, Thai digits, dashes, odd spaces.
_FOLD = str.maketrans(
    {
        **{chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)},
        **{chr(0x0E50 + d): str(d) for d in range(10)},
        **dict.fromkeys(_DASHES, "-"),
        **dict.fromkeys(_INVISIBLE + "\u00a0\u2007\u202f\u3000", " "),
    }
)
_FIND_SEPARATORS = frozenset(" -_.")
_ASCII_ALNUM_RUN = re.compile(r"[0-9A-Za-z]+")
_MAX_INPUT = 64  # longer typed input is not a code (cheap guard before the work)


def _checksum(values: list[int]) -> int:
    return sum(w * v for w, v in zip(_WEIGHTS, values, strict=False)) % _MODULUS


def check_character(payload: str) -> str:
    """The check character for 8 canonical payload characters (the 9th of the code).

    Raises ``ValueError`` when ``payload`` is not 8 characters of ``ALPHABET``.
    """
    if len(payload) != PAYLOAD_LENGTH or any(ch not in _VALUE for ch in payload):
        raise ValueError(f"not an acknowledgement-code payload: {payload!r}")
    partial = _checksum([_VALUE[ch] for ch in payload])
    # The check character's weight is 1: its value makes the whole sum 0 (mod 19).
    return ALPHABET[-partial % _MODULUS]


def is_valid_code(code: str) -> bool:
    """Whether ``code`` is a canonical code: 9 characters of ``ALPHABET`` whose check holds.

    No folding: lower case or separators make it False (``normalise_code`` reads those).
    """
    if len(code) != CODE_LENGTH or any(ch not in _VALUE for ch in code):
        return False
    return _checksum([_VALUE[ch] for ch in code]) == 0


def new_code(rng: random.Random | None = None) -> str:
    """A new random code, canonical (9 characters of ``ALPHABET``, the last the check).

    ``rng`` makes it reproducible (tests); without it the payload comes from ``secrets``, so
    codes cannot be predicted from earlier ones. Uniqueness is the caller's business (the
    database's unique index): two codes collide with probability 1 in 19**8.
    """
    choose = rng.choice if rng is not None else secrets.choice
    payload = "".join(choose(ALPHABET) for _ in range(PAYLOAD_LENGTH))
    return payload + check_character(payload)


def format_code(code: str) -> str:
    """The code grouped for print and for reading aloud: "ACE739KMN" -> "ACE-739-KMN".

    Accepts anything ``normalise_code`` reads. Raises ``ValueError`` when ``code`` is not a
    valid code (a stored code always is: this is a program error, not the user's).
    """
    canonical = normalise_code(code)
    if canonical is None:
        raise ValueError(f"not an acknowledgement code: {code!r}")
    parts, start = [], 0
    for size in GROUPS:
        parts.append(canonical[start : start + size])
        start += size
    return SEPARATOR.join(parts)


def _fold_char(ch: str) -> str:
    """A typed character's code character candidate: Thai digits, full width, upper case."""
    ch = ch.translate(_THAI_DIGITS)
    if not ch.isascii() and not "\u0e00" <= ch <= "\u0e7f":
        ch = unicodedata.normalize("NFKC", ch)
    return ch.upper()


def _is_separator(ch: str) -> bool:
    return ch in _SEPARATORS or ch.isspace()


def _read_latin(text: str) -> str | None:
    out = []
    for ch in text:
        if _is_separator(ch):
            continue
        folded = _fold_char(ch)
        if folded not in _VALUE:
            return None
        out.append(folded)
    return "".join(out)


def _read_kedmanee(text: str, *, hyphen_is_three: bool) -> str | None:
    out = []
    for ch in text:
        if ch == "-" and hyphen_is_three:
            out.append("3")
        elif ch in _FROM_KEDMANEE:
            out.append(_FROM_KEDMANEE[ch])
        elif ch in _KEDMANEE_SEPARATORS or _is_separator(ch):
            continue
        else:
            folded = _fold_char(ch)
            if folded not in _VALUE:
                return None
            out.append(folded)
    return "".join(out)


def normalise_code(text: str) -> str | None:
    """What a person typed or a scanner sent -> the canonical code, or None.

    Accepts lower case; surrounding white space (a scanner's trailing CR, LF or Tab); any
    number of separators (space, "-", "_", ".", Unicode dashes, zero-width spaces) anywhere;
    full-width letters and digits; Thai digits (๓ -> 3); and the Thai characters a scanner or
    a keyboard types for the code's keys while the keyboard is set to Thai Kedmanee (see the
    module's docstring). None when the result is not 9 alphabet characters whose check
    character holds (wrong length, a character outside ``ALPHABET`` such as O or 0, one
    mistyped character, two swapped ones). Never raises.
    """
    if not isinstance(text, str):
        return None
    text = text.strip().strip(_INVISIBLE).strip()
    if not text or len(text) > _MAX_INPUT:
        return None
    readings = {_read_latin(text)}
    # Typed on Kedmanee, a code has no ASCII letter or digit left ("3" gives "-", "M" "?", ...):
    # a Thai key character, or no ASCII letter or digit at all, asks for that reading too.
    thai_keys = any("\u0e01" <= ch <= "\u0e4f" or ch in _KEDMANEE_ONLY_ASCII for ch in text)
    if thai_keys or not any(ch.isascii() and ch.isalnum() for ch in text):
        readings.add(_read_kedmanee(text, hyphen_is_three=True))
        readings.add(_read_kedmanee(text, hyphen_is_three=False))
    valid = [r for r in readings if r is not None and is_valid_code(r)]
    # Two different valid readings would be a guess: none is taken (cannot happen for 9
    # characters, since the readings differ in length, but the rule stays explicit).
    return valid[0] if len(valid) == 1 else None


def find_codes(text: str) -> list[str]:
    """Every valid code in free text (an e-mail's subject or body, a file name): canonical, in
    order of first appearance, without repeats.

    A code is written whole or in groups joined by one separator (" ", "-", "_", "." or a
    Unicode dash), e.g. "ACE739KMN", "ace-739-kmn", "ACE 739 KMN", "ACE_739_KMN.pdf". Its
    ends must not touch another letter or digit of a Latin-script word: nothing is found in
    "XACE739KMN" or "ACE739KMN7", while Thai text around it is fine ("รหัสACE-739-KMNค่ะ"),
    since Thai is written without spaces. Thai digits and full-width characters are read as
    their ASCII forms; Kedmanee-typed codes are not looked for in free text.

    Ordinary words can pass the check by chance (1 in 19 of 9-letter runs of alphabet
    letters, such as "the cat ate"); callers match found codes against the issued ones.
    """
    folded = text.translate(_FOLD)
    runs = [
        m
        for m in _ASCII_ALNUM_RUN.finditer(folded)
        if not _touches_word(folded, m.start(), m.end())
    ]
    found: dict[str, None] = {}
    i = 0
    while i < len(runs):
        j, chars = i, runs[i].group().upper()
        while (
            len(chars) < CODE_LENGTH
            and j + 1 < len(runs)
            and runs[j + 1].start() - runs[j].end() == 1
            and folded[runs[j].end()] in _FIND_SEPARATORS
        ):
            j += 1
            chars += runs[j].group().upper()
        if len(chars) == CODE_LENGTH and is_valid_code(chars):
            found.setdefault(chars)
            i = j + 1
        else:
            i += 1
    return list(found)


def _touches_word(text: str, start: int, end: int) -> bool:
    """Whether an ASCII run continues into a non-Thai letter or digit (é, Ω, ...)."""
    for k in (start - 1, end):
        if 0 <= k < len(text):
            ch = text[k]
            if ch.isalnum() and not "\u0e00" <= ch <= "\u0e7f":
                return True
    return False
