"""Document numbers (ที่): the stored form and the one form they are compared by.

A letter prints its number after the word ที่ ("ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙", saraban.md, "Document
numbers"), and clerks copy the word with the number: "ที่ มท 0810.2/ว 1089", "ที่: มท...",
"เลขที่ 123/2569", "No. 45/2026". The register keeps the number without its label
(``normalise_doc_no``): a forwarding letter that cites it adds its own ที่, and a number
stored with it would print "ที่ ที่ มท …" (issue 9).

The same number is typed many ways ("มท0810.2/ว1089", "มท ๐๘๑๐.๒/ว ๑๐๘๙", "ที่ มท.0810.2/ว.1089");
``doc_no_fold`` is the one form every comparison uses (the duplicate check, the register's
``doc_no_fold`` column that search and sorting read, letters and intake): the label dropped,
Thai digits made Arabic, letter case and spacing ignored, every kind of slash and dash made
plain, and a dot written after a letter code ("มท.", "ว.") dropped. Pure: no database.
"""

from __future__ import annotations

import re

from desktop_app.domain.thai_text import MAX_DOC_NO_LENGTH, clean_text, normalise, search_fold

# Labels before a number, Thai and English, with what may follow them (":", ".", "#").
# "ที่" never begins a number: letter codes are consonants only (มท, มส, นร, ...).
_LABEL = re.compile(
    r"^(?:"
    r"(?:หนังสือ\s*)?(?:เลข\s*)?ที่(?:\s*หนังสือ)?"  # ที่, เลขที่, หนังสือที่, เลขที่หนังสือ
    r"|เลข\s*(?:ทะเบียน\s*)?หนังสือ"  # เลขหนังสือ, เลขทะเบียนหนังสือ
    r"|(?:(?:doc(?:ument)?|letter|ref(?:erence)?)\s*)?(?:no|nr|number|n[°º])(?![a-z])\.?"
    r"|ref(?:erence)?(?![a-z])\.?"
    r"|№|#"
    r")\s*[:：#.]?\s*",
    re.IGNORECASE,
)
_WRAPPING = "\"'“”‘’«»()[]"
_SLASHES = str.maketrans({"／": "/", "∕": "/", "⁄": "/", "\\": "/"})
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d]")
# A dot after a Thai letter code, before its number or the slash: "มท.0810" "ว.1089" "มท./".
_CODE_DOT = re.compile(r"(?<=[\u0e01-\u0e2e])\.(?=[\d/]|$)")

DOC_NO_LABEL_TH = "เลขที่หนังสือ (ที่)"
DOC_NO_LABEL_EN = "The document number"


def strip_doc_no_label(text: str) -> str:
    """``text`` (already ``normalise``d) without the labels before the number and the quotes
    or brackets around it: "ที่ มท 0810.2/ว 1089" -> "มท 0810.2/ว 1089", "เลขที่: 12/2569"
    -> "12/2569", "No. 45/2026" -> "45/2026", "ที่ ที่ มท 1" -> "มท 1". A text that is only a
    label becomes ""."""
    text = text.strip()
    while True:
        before = text
        text = text.strip().strip(_WRAPPING).strip()
        match = _LABEL.match(text)
        if match:
            text = text[match.end() :]
        if text == before:
            return text


def normalise_doc_no(text: str | None) -> str:
    """The document number as the register stores it: ``normalise``d (NFC, Thai fixes,
    single spaces), its label dropped (``strip_doc_no_label``), digits as typed."""
    return strip_doc_no_label(normalise(text or ""))


def clean_doc_no(
    text: str | None,
    *,
    field: str | None = "doc_no",
    label_th: str = DOC_NO_LABEL_TH,
    label_en: str = DOC_NO_LABEL_EN,
) -> str:
    """Typed or imported text as a stored document number: control characters removed
    (``thai_text.clean_text``), the label dropped; ``InvalidInput`` (``field``) when more
    than ``MAX_DOC_NO_LENGTH`` characters remain."""
    cleaned = clean_text(
        text, max_length=MAX_DOC_NO_LENGTH + 40, field=field, label_th=label_th, label_en=label_en
    )
    return clean_text(
        strip_doc_no_label(cleaned),
        max_length=MAX_DOC_NO_LENGTH,
        field=field,
        label_th=label_th,
        label_en=label_en,
    )


def doc_no_fold(text: str | None) -> str:
    """The form document numbers are compared by: "ที่ มท.๐๘๑๐.๒ / ว. ๑๐๘๙" and
    "มท0810.2/ว1089" both give "มท0810.2/ว1089" (see the module's docstring)."""
    folded = search_fold(normalise_doc_no(text))
    folded = _DASHES.sub("-", folded.translate(_SLASHES))
    return _CODE_DOT.sub("", folded)
