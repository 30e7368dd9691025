"""Search latency at 200,000 documents: the register's search beside a naive LIKE scan.

    .venv/bin/python -m benchmarks.bench_search [--reps 5] [--all-reps 2]

Ours is exactly what the register page does while the clerk types: ``IncomingRegister.ids``
with ``IncomingFilter(year=<current BE year>, search=<text>)`` (the page opens on the current
year), through the app's ``AppContext`` on the 200,000-document database of
benchmarks/dataset.py (SQLite: FTS5 trigram for terms of 3+ characters, LIKE on the folded
``search_text`` for shorter ones). The same queries are also run with no year ("ทุกปี"), and
``IncomingRegister.count`` is timed for the year scope.

The naive alternative is what a hand-written app would do: one sqlite3 query with
``subject LIKE '%text%' OR sender LIKE ... OR doc_no LIKE ... OR remarks LIKE ...`` on the raw
columns, the same year condition and order, on a bare sqlite3 connection with the app's
pragmas. It is faster to write and slower to run, and it misses what the app's folding
finds (the other digit kind, spacing, the to/action columns): its hit counts are reported.

Query classes (benchmarks/bench_search.py: QUERY_CLASSES): Thai words from subjects (3+
characters), document numbers typed with the other kind of digits and no spaces, the first
one or two keystrokes of a word, sender names, two words at once, text found nowhere, and
since issue 9: abbreviations of kinds of organisation ("อบต.แม่โถ", "ทต.", "อ.ปาย": both
ways, through the shared table), words typed without their tone marks (found by the
tone-blind fallback after an exact search that finds nothing), and one- and two-character
words ("ไฟ", "นม": looked for in the year's subjects and document numbers through a covering
index). Each query runs once to warm up, then ``--reps`` times, ours and naive alternately,
the queries shuffled anew on every pass; p50/p95 are over all timed runs of a class.

The cached dataset's bulk load drops the triggers and rebuilds only ``incoming_fts``; the
tone-blind index ``incoming_fts_bare`` (migration 0007) is rebuilt here when it is not
complete (``ensure_bare_index``).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.bench_register import raw_connection
from benchmarks.common import CpuWatch, machine, ms, open_office, percentile, save_results
from benchmarks.dataset import current_meta, ensure_dataset
from desktop_app.domain.incoming import IncomingFilter
from desktop_app.domain.thai_text import to_arabic_digits, to_thai_digits
from desktop_app.services.incoming import IncomingRegister

TARGET_P95_MS = 50.0

# What clerks type. Document numbers are added from the database (see doc_number_queries).
QUERY_CLASSES: dict[str, tuple[str, ...]] = {
    "thai_word": (
        "ประชุม",
        "ผู้สูงอายุ",
        "งบประมาณ",
        "ไฟป่า",
        "ไข้เลือดออก",
        "ภาษีที่ดิน",
        "สัมมนา",
        "ท้องถิ่น",
        "ขยะมูลฝอย",
        "เบี้ยยังชีพ",
        "ประปา",
        "สงกรานต์",
        "ยาเสพติด",
        "แลกเปลี่ยน",
        "ญี่ปุ่น",
        "ลัมปีสกิน",
        "ปอยส่างลอง",
        "เลือกตั้ง",
    ),
    "short_prefix": (
        "ป",
        "ปร",
        "ผ",
        "ผู",
        "ง",
        "งบ",
        "ไ",
        "ไฟ",
        "ท",
        "ท้",
        "ส",
        "สั",
        "อ",
        "อบ",
        "ม",
        "มท",
        "ว1",
        "๐๘",
    ),
    "sender": (
        "อำเภอปาย",
        "เทศบาลตำบลแม่สะเรียง",
        "ห้วยผา",
        "อบต.แม่โถ",
        "สำนักงานสาธารณสุขจังหวัด",
        "กรมบัญชีกลาง",
        "ปศุสัตว์",
        "องค์การบริหารส่วนตำบล",
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดเชียงใหม่",
        "ขุนยวม",
        "กระทรวงมหาดไทย",
    ),
    "two_words": (
        "ประชุม ผู้สูงอายุ",
        "งบประมาณ 2569",
        "ไฟป่า ปาย",
        "ขยะ แม่ลาน้อย",
        "เลือกตั้ง อบต.",
        "สัมมนา ญี่ปุ่น",
    ),
    "no_hit": (
        "ฟุตบอลโลก",
        "ยานอวกาศ",
        "มท9999.9/ว9999",
        "qwertyuiop",
        "หนังสือเดินทางทูต",
        "ดาวเทียม",
        "ซูชิ",
        "รถไฟความเร็วสูง",
    ),
    "abbreviation": (
        "อบต.แม่โถ",
        "อบต. ห้วยผา",
        "ทต.",
        "อบจ.",
        "อ.ปาย",
        "อ. ขุนยวม",
        "ทต.แม่สะเรียง",
        "สถจ.เชียงใหม่",
        "มท.",
        "อปท.",
        "องค์การบริหารส่วนตำบลแม่โถ",
        "เทศบาลตำบลแม่สะเรียง",
    ),
    "toneless": (
        "ผูสูงอายุ",
        "ไขเลือดออก",
        "ทองถิน",
        "ญีปุน",
        "เบียยังชีพ",
        "ภาษีทีดิน",
        "แลกเปลียน",
        "ไฟปา",
        "สงกรานต",
        "หวยผา",
        "แมสะเรียง",
        "ปอยสางลอง",
    ),
    "short_word": (
        "ไฟ",
        "นม",
        "ยา",
        "ผา",
        "งบ",
        "ชา",
    ),
}
CLASS_LABELS = {
    "thai_word": "Thai word from subjects (3+ chars)",
    "doc_no_other_digits": "document number, other digit kind",
    "short_prefix": "first 1-2 keystrokes",
    "sender": "sender name",
    "two_words": "two words",
    "no_hit": "no hit",
    "abbreviation": "abbreviation (อบต., ทต., อ.…)",
    "toneless": "word without its tone marks",
    "short_word": "one- or two-character word",
}
NAIVE_SQL = (
    "SELECT id FROM incoming_document "
    "WHERE (subject LIKE :p OR sender LIKE :p OR doc_no LIKE :p OR remarks LIKE :p){year} "
    "ORDER BY receive_year DESC, receive_no DESC"
)


@dataclass
class Query:
    kind: str
    text: str
    stored: str = ""  # for document numbers: how it is stored
    ours_ms: dict[str, list[float]] = field(default_factory=dict)
    naive_ms: dict[str, list[float]] = field(default_factory=dict)
    count_ms: list[float] = field(default_factory=list)
    ours_hits: dict[str, int] = field(default_factory=dict)
    naive_hits: dict[str, int] = field(default_factory=dict)


def other_digits(doc_no: str) -> str:
    """The number as a clerk reading it would type it: the other digit kind, no spaces."""
    tight = doc_no.replace(" ", "")
    if any("๐" <= char <= "๙" for char in tight):
        return to_arabic_digits(tight)
    return to_thai_digits(tight)


def doc_number_queries(db: Path, year: int, count: int = 16, seed: int = 11) -> list[Query]:
    """Numbers of documents registered this year, typed with the other digit kind; a quarter
    typed without the letter code ("0810.2/ว1089"), as clerks often do."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        numbers = [
            row[0]
            for row in conn.execute(
                "SELECT doc_no FROM incoming_document WHERE receive_year = ? ORDER BY id", (year,)
            )
        ]
    rng = random.Random(seed)
    queries = []
    for index, stored in enumerate(rng.sample(numbers, count)):
        typed = other_digits(stored)
        if index % 4 == 3:
            typed = typed.lstrip("กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮ")
        queries.append(Query("doc_no_other_digits", typed, stored))
    return queries


def ensure_bare_index(db: Path) -> float:
    """Rebuild the tone-blind FTS index when it does not hold every document (the dataset's
    bulk load fills only ``incoming_fts``); returns the seconds it took (0: it was whole)."""
    with contextlib.closing(sqlite3.connect(db)) as conn:
        documents = conn.execute("SELECT count(*) FROM incoming_document").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM incoming_fts_bare_docsize").fetchone()[0]
        if indexed == documents:
            return 0.0
        began = time.perf_counter()
        print(f"rebuilding incoming_fts_bare ({indexed:,} of {documents:,})...", file=sys.stderr)
        with conn:
            conn.execute("INSERT INTO incoming_fts_bare(incoming_fts_bare) VALUES ('rebuild')")
        return time.perf_counter() - began


def index_sizes(db: Path) -> dict[str, float]:
    """MB on disk of the search's indexes (dbstat)."""
    names = {
        "incoming_fts": "incoming_fts_%",
        "incoming_fts_bare": "incoming_fts_bare_%",
        "ix_incoming_document_year_subject": "ix_incoming_document_year_subject",
        "ix_incoming_document_year_number_doc_no": "ix_incoming_document_year_number_doc_no",
    }
    sizes = {}
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        for label, pattern in names.items():
            exclude = " AND name NOT LIKE 'incoming_fts_bare%'" if label == "incoming_fts" else ""
            found = conn.execute(
                f"SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?{exclude}", (pattern,)
            ).fetchone()[0]
            sizes[label] = round((found or 0) / 1e6, 1)
    return sizes


def build_queries(db: Path, year: int) -> list[Query]:
    queries = [Query(kind, text) for kind, texts in QUERY_CLASSES.items() for text in texts]
    return queries + doc_number_queries(db, year)


def time_ms(call: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter_ns()
    result = call()
    return (time.perf_counter_ns() - began) / 1e6, result


def run_scope(
    register: IncomingRegister,
    naive: sqlite3.Connection,
    queries: list[Query],
    scope: str,
    year: int | None,
    reps: int,
    warmup: int,
    seed: int,
) -> None:
    """Time ours and naive for every query: ``warmup`` + ``reps`` passes, shuffled."""
    rng = random.Random(seed)
    naive_sql = NAIVE_SQL.format(year=" AND receive_year = :y" if year else "")
    for rep in range(warmup + reps):
        order = list(queries)
        rng.shuffle(order)
        for query in order:
            flt = IncomingFilter(year=year, search=query.text)
            params = {"p": f"%{query.text}%", "y": year}

            def ours(flt: IncomingFilter = flt) -> list[int]:
                return register.ids(flt)

            def plain(params: dict[str, Any] = params) -> list[Any]:
                return naive.execute(naive_sql, params).fetchall()

            pair = [("ours", ours), ("naive", plain)]
            if rep % 2:
                pair.reverse()
            for name, call in pair:
                elapsed, result = time_ms(call)
                if rep < warmup:
                    hits = query.ours_hits if name == "ours" else query.naive_hits
                    hits[scope] = len(result)
                    continue
                store = query.ours_ms if name == "ours" else query.naive_ms
                store.setdefault(scope, []).append(elapsed)


def run_counts(register: IncomingRegister, queries: list[Query], year: int, reps: int) -> None:
    for _ in range(reps):
        for query in queries:
            elapsed, _count = time_ms(
                lambda q=query: register.count(IncomingFilter(year=year, search=q.text))
            )
            query.count_ms.append(elapsed)


def class_table(queries: list[Query], scope: str) -> list[dict[str, Any]]:
    rows = []
    kinds = list(CLASS_LABELS)
    for kind in [*kinds, "overall"]:
        chosen = [q for q in queries if kind in (q.kind, "overall")]
        if not chosen:
            continue
        ours = [t for q in chosen for t in q.ours_ms[scope]]
        naive = [t for q in chosen for t in q.naive_ms[scope]]
        rows.append(
            {
                "class": kind,
                "queries": len(chosen),
                "ours_p50": percentile(ours, 50),
                "ours_p95": percentile(ours, 95),
                "naive_p50": percentile(naive, 50),
                "naive_p95": percentile(naive, 95),
                "ours_hits": sum(q.ours_hits[scope] for q in chosen),
                "naive_hits": sum(q.naive_hits[scope] for q in chosen),
                "naive_missed_queries": sum(
                    1 for q in chosen if q.naive_hits[scope] < q.ours_hits[scope]
                ),
                "count_p50": percentile([t for q in chosen for t in q.count_ms], 50)
                if scope == "year"
                else None,
                "count_p95": percentile([t for q in chosen for t in q.count_ms], 95)
                if scope == "year"
                else None,
                "target_met": percentile(ours, 95) <= TARGET_P95_MS,
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Search benchmark")
    parser.add_argument("--reps", type=int, default=5, help="timed passes, current year")
    parser.add_argument("--all-reps", type=int, default=2, help="timed passes, all years")
    parser.add_argument("--count-reps", type=int, default=3)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)

    db = ensure_dataset()
    measured_on = machine()  # at the start: save_results checks the code did not change
    watch = CpuWatch()
    meta = current_meta(db) or {}
    year = int(meta["last_be_year"])
    queries = build_queries(db, year)
    context = open_office(db, setup=False)  # migrates the cached dataset if it is older
    bare_rebuild = ensure_bare_index(db)
    sizes = index_sizes(db)
    naive = raw_connection(db)
    began = time.perf_counter()
    try:
        print(f"{len(queries)} queries, year {year}: {args.reps} passes...", file=sys.stderr)
        run_scope(context.incoming, naive, queries, "year", year, args.reps, 1, args.seed)
        print(f"all years: {args.all_reps} passes...", file=sys.stderr)
        run_scope(context.incoming, naive, queries, "all", None, args.all_reps, 1, args.seed)
        run_counts(context.incoming, queries, year, args.count_reps)
    finally:
        naive.close()
        context.close()
    results: dict[str, Any] = {
        "machine": measured_on,
        "dataset": meta,
        "year": year,
        "reps": {"year": args.reps, "all": args.all_reps, "count": args.count_reps},
        "seconds": round(time.perf_counter() - began, 1),
        "bare_index_rebuild_seconds": round(bare_rebuild, 1),
        "index_mb": sizes,
        "classes": {"year": class_table(queries, "year"), "all": class_table(queries, "all")},
        "queries": [
            {
                "kind": q.kind,
                "text": q.text,
                "stored": q.stored,
                "ours_hits": q.ours_hits,
                "naive_hits": q.naive_hits,
                "ours_p50": {s: percentile(v, 50) for s, v in q.ours_ms.items()},
                "naive_p50": {s: percentile(v, 50) for s, v in q.naive_ms.items()},
                "ours_max": {s: max(v) for s, v in q.ours_ms.items()},
            }
            for q in queries
        ],
    }
    results["interference"] = watch.report()
    save_results("search", results)
    print(report(results))
    return 0


def report(results: dict[str, Any]) -> str:
    lines = []
    for scope, title in (
        ("year", f"current year ({results['year']}), as the register opens"),
        ("all", "all years (ทุกปี)"),
    ):
        lines += [
            f"{title}:",
            "",
            "| Query class | queries | ours p50 | ours p95 | naive LIKE p50 | "
            "naive LIKE p95 | naive/ours (p50) | hits ours / naive | p95 <= 50 ms |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for row in results["classes"][scope]:
            label = CLASS_LABELS.get(row["class"], "**overall**")
            lines.append(
                f"| {label} | {row['queries']} | {ms(row['ours_p50'])} | {ms(row['ours_p95'])} | "
                f"{ms(row['naive_p50'])} | {ms(row['naive_p95'])} | "
                f"{row['naive_p50'] / row['ours_p50']:.1f}x | "
                f"{row['ours_hits']:,} / {row['naive_hits']:,} | "
                f"{'met' if row['target_met'] else 'MISSED'} |"
            )
        lines.append("")
    lines.append(
        "index sizes, MB: "
        + ", ".join(f"{name} {mb}" for name, mb in results.get("index_mb", {}).items())
    )
    counts = results["classes"]["year"]
    lines.append(
        "count() for the current year, p50/p95 ms: "
        + "; ".join(
            f"{CLASS_LABELS.get(r['class'], 'overall')} {ms(r['count_p50'])}/{ms(r['count_p95'])}"
            for r in counts
        )
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
