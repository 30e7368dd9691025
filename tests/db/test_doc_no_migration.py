"""Migration 0008 (issue 9, item 3): document numbers stored with their label lose it and every
``doc_no_fold`` is recomputed, on SQLite and PostgreSQL; search and the duplicate check then
see the labelled numbers as the same numbers."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from desktop_app.db.engine import Database, make_engine
from desktop_app.db.migrate import alembic_config, ensure_schema
from desktop_app.domain.doc_numbers import doc_no_fold, normalise_doc_no
from desktop_app.domain.incoming import IncomingFilter, IncomingInput, search_text_for
from desktop_app.domain.thai_text import search_fold
from desktop_app.domain.users import Actor
from desktop_app.services.attachments import AttachmentStore
from desktop_app.services.directory import DirectoryService
from desktop_app.services.incoming import IncomingRegister

MIGRATION = Path(__file__).parents[2] / "migrations" / "versions"
# What old versions stored as typed, and what each becomes.
TYPED = {
    "ที่ มท 0810.2/ว 1089": "มท 0810.2/ว 1089",
    "เลขที่ 12/2569": "12/2569",
    "ที่: มท.๐๘๑๐.๒/ว.๑๐๙๐": "มท.๐๘๑๐.๒/ว.๑๐๙๐",
    "No. 45/2026": "45/2026",
    "มส 0017.2/123": "มส 0017.2/123",
}


def _migration():  # type: ignore[no-untyped-def]
    path = next(MIGRATION.glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def database(empty_db_url):  # type: ignore[no-untyped-def]
    db = Database(make_engine(empty_db_url))
    yield db
    db.dispose()


def test_labels_are_dropped_and_folds_recomputed_on_upgrade(database, tmp_path):
    with database.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0007")
        conn.execute(
            text(
                "INSERT INTO user_account (id, username, display_name, role, initials, active, "
                "created_at) VALUES (1, 'u', 'u', 'clerk', '', true, :now)"
            ),
            {"now": dt.datetime(2026, 1, 1)},
        )
    register = IncomingRegister(
        database,
        DirectoryService(database),
        lambda: AttachmentStore(tmp_path / "files"),
        clock=lambda: dt.datetime(2026, 3, 6, 9, 0),
    )
    actor = Actor(1, "u", "u", "clerk")
    ids = {}
    for index, typed in enumerate(TYPED):
        record = register.receive(
            IncomingInput(
                sender="กรม",
                doc_no="x",
                doc_date=dt.date(2026, 3, 1),
                subject=f"งบประมาณรายจ่ายประจำปี {index}",
            ),
            actor,
        )
        ids[typed] = record.id
        # As the old code stored it: the number as typed, folded with its label.
        with database.engine.begin() as conn:
            conn.execute(
                text(
                    "UPDATE incoming_document SET doc_no = :doc_no, doc_no_fold = :fold, "
                    "search_text = :search WHERE id = :id"
                ),
                {
                    "doc_no": typed,
                    "fold": search_fold(typed),
                    "search": search_text_for(
                        record.receive_no, 2569, typed, record.subject, "กรม", "", "", ""
                    ),
                    "id": record.id,
                },
            )

    ensure_schema(database, tmp_path / "backups")

    with database.engine.connect() as conn:
        rows = {
            row.id: row
            for row in conn.execute(
                text(
                    "SELECT id, receive_no, doc_no, doc_no_fold, search_text, subject "
                    "FROM incoming_document"
                )
            )
        }
    for typed, stored in TYPED.items():
        row = rows[ids[typed]]
        assert row.doc_no == stored == normalise_doc_no(typed)
        assert row.doc_no_fold == doc_no_fold(typed)
        assert row.search_text == search_text_for(
            row.receive_no, 2569, stored, row.subject, "กรม", "", "", ""
        )
    # The duplicate check and search now see the labelled numbers as the same numbers.
    found = register.find_duplicates("มท0810.2/ว1089")
    assert [row.id for row in found] == [ids["ที่ มท 0810.2/ว 1089"]]
    assert [row.id for row in register.find_duplicates("มท 0810.2/ว 1090")] == [
        ids["ที่: มท.๐๘๑๐.๒/ว.๑๐๙๐"]
    ]
    again = register.receive(
        IncomingInput(
            sender="กรม", doc_no="ที่ มท ๐๘๑๐.๒/ว ๑๐๘๙", doc_date=dt.date(2026, 3, 1), subject="ซ้ำ"
        ),
        actor,
    )
    assert again.possible_duplicates == (ids["ที่ มท 0810.2/ว 1089"],)
    assert list(register.ids(IncomingFilter(search="มท0810.2/ว1089"))) == [
        again.id,
        ids["ที่ มท 0810.2/ว 1089"],
    ]
    # The rows rewritten are still found by their subjects (the FTS tables followed).
    assert set(register.ids(IncomingFilter(search="งบประมาณรายจ่าย"))) == set(ids.values())


@pytest.mark.parametrize(
    "typed",
    [
        *TYPED,
        "ที่ ที่ มท 1",
        "“ที่ มท 1”",
        "เลขที่หนังสือ มท 1",
        "Ref: ABC/12",
        "NOC-12/2026",
        "มท ๐๘๑๐.๒ ∕ ว ๑๐๘๙",
        "ที่",
        "",
    ],
)
def test_the_migration_applies_the_rules_the_code_has_today(typed):
    """A migration keeps a copy of the rules: the copy agrees with the code it was taken from."""
    migration = _migration()
    stored = normalise_doc_no(typed)
    assert migration.strip_label(typed) == stored
    assert migration.doc_no_fold(stored) == doc_no_fold(typed)
