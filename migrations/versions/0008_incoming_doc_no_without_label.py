"""Document numbers stored without their label, compared by one folded form (issue 9).

Until now a number typed with its label ("ที่ มท 0810.2/ว 1089") was stored so: a forwarding
letter citing it printed "ที่ ที่ มท …", and the duplicate check did not see it equal
"มท 0810.2/ว 1089". Every incoming document's number loses its label (ที่, เลขที่, No., ...), and
``doc_no_fold`` is recomputed for every document in the new folded form (which also ignores a
dot after a letter code and kinds of slash and dash); the number's part of ``search_text`` is
written again when the label went (the FTS tables follow through their triggers on SQLite).

Data only, the same on SQLite and PostgreSQL; in batches of ids. The rules are copied here as
they were written (``domain.doc_numbers``), since a migration must not follow later changes
of the code. Downgrading leaves the numbers as they are (a dropped label is not needed back).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 23:00:00
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 5000

# As domain.doc_numbers and domain.thai_text were when this was written.
_LABEL = re.compile(
    r"^(?:"
    r"(?:หนังสือ\s*)?(?:เลข\s*)?ที่(?:\s*หนังสือ)?"
    r"|เลข\s*(?:ทะเบียน\s*)?หนังสือ"
    r"|(?:(?:doc(?:ument)?|letter|ref(?:erence)?)\s*)?(?:no|nr|number|n[°º])(?![a-z])\.?"
    r"|ref(?:erence)?(?![a-z])\.?"
    r"|№|#"
    r")\s*[:：#.]?\s*",
    re.IGNORECASE,
)
_WRAPPING = "\"'“”‘’«»()[]"
_SLASHES = str.maketrans({"／": "/", "∕": "/", "⁄": "/", "\\": "/"})
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d]")
_CODE_DOT = re.compile(r"(?<=[\u0e01-\u0e2e])\.(?=[\d/]|$)")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
_SEARCH_DROP = re.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff]+")


def strip_label(text: str) -> str:
    """A stored (normalised) number without the labels before it."""
    text = text.strip()
    while True:
        before = text
        text = text.strip().strip(_WRAPPING).strip()
        match = _LABEL.match(text)
        if match:
            text = text[match.end() :]
        if text == before:
            return text


def search_fold(text: str) -> str:
    """``thai_text.search_fold`` of text already normalised."""
    return _SEARCH_DROP.sub("", text.translate(_TO_ARABIC).casefold())


def doc_no_fold(doc_no: str) -> str:
    folded = _DASHES.sub("-", search_fold(doc_no).translate(_SLASHES))
    return _CODE_DOT.sub("", folded)


def _changes(row: Any) -> dict[str, Any] | None:
    """The new values of one document's columns, or None when nothing changes."""
    doc_no = row.doc_no or ""
    new_doc_no = strip_label(doc_no)
    new_fold = doc_no_fold(new_doc_no)[:100]
    search_text = row.search_text or ""
    if new_doc_no != doc_no:
        # search_text is "<no>/<year>|<folded doc_no>|<subject>|...": replace the number's part.
        head = f"{row.receive_no}/{row.receive_year}|{search_fold(doc_no)}|"
        if search_text.startswith(head):
            rest = search_text[len(head) :]
            search_text = f"{row.receive_no}/{row.receive_year}|{search_fold(new_doc_no)}|{rest}"
    if (new_doc_no, new_fold, search_text) == (doc_no, row.doc_no_fold, row.search_text):
        return None
    return {"id": row.id, "doc_no": new_doc_no, "fold": new_fold, "search_text": search_text}


def upgrade() -> None:
    bind = op.get_bind()
    select = sa.text(
        "SELECT id, receive_no, receive_year, doc_no, doc_no_fold, search_text "
        "FROM incoming_document WHERE id > :after ORDER BY id LIMIT :batch"
    )
    update = sa.text(
        "UPDATE incoming_document SET doc_no = :doc_no, doc_no_fold = :fold, "
        "search_text = :search_text WHERE id = :id"
    )
    after = 0
    while True:
        rows = bind.execute(select, {"after": after, "batch": BATCH}).fetchall()
        if not rows:
            return
        changed = [change for change in map(_changes, rows) if change is not None]
        if changed:
            bind.execute(update, changed)
        after = rows[-1].id


def downgrade() -> None:
    """Nothing to undo: the numbers keep their new form."""
