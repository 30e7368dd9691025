"""How long the write lock (the number lock) is held, before and after moving slow work out.

    .venv/bin/python -m benchmarks.bench_lock [--receives 60] [--forwards 40] [--rounds 4]
                                              [--letters 60] [--no-contention]

Commit 842956e ("before") typeset the forwarding letter, merged the incoming PDF into it,
stored and fsynced the result, and looked up senders inside the write transaction that
allocates the gapless number; 43ae537 and this working tree ("after") do all of that before
or after it. Both are run here side by side, each in its own child process
(benchmarks/lock_probe.py; the before code from a git worktree, benchmarks/before_after.py)
on its own fresh data directory (SARABAN_DATA_DIR) with a SQLite database set up as the Mae
Hong Son office:

1. **receive**: register an incoming document with one ~2 MB, 7-page scanned PDF attached
   (each document its own PDF, generated once into benchmarks/.data/lock/);
2. **forward**: draft and issue a forwarding letter to all districts of the province with the
   incoming PDF appended (``draft_forward`` + ``issue``, the real forward path).

For each operation the child records the time from ``BEGIN IMMEDIATE`` returning to COMMIT
returning of every write transaction it ran (SQLAlchemy engine events attached from outside;
lock_probe.py explains), their sum and maximum, and the operation's end-to-end time. The runs
are split into ``--rounds`` rounds, before and after alternating (the order swapped each
round), after one unmeasured run of each that writes the bytecode caches; inside each run two
receive + forward pairs are unmeasured warm-ups.

Then, unless --no-contention, the view of another workstation, independent of that
instrumentation: while a child issues ``--letters`` forwarding letters one after another,
this process repeatedly tries ``BEGIN IMMEDIATE; COMMIT`` on the same file through a plain
sqlite3 connection (no busy handler: it retries every 0.5 ms, so the wait is measured to
about 0.5 ms instead of SQLite's sleeping back-off), pausing 5-25 ms at random between
attempts, and records how long each attempt waited for the lock.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.before_after import (
    REPO,
    SIDES,
    check_tree,
    child_environment,
    code_description,
    ensure_before_tree,
    tree,
)
from benchmarks.common import DATA_DIR, CpuWatch, machine, ms, save_results, summary

LOCK_DIR = DATA_DIR / "lock"
PDF_PAGES = 7
PDF_VERSION = "v1"  # change when the generated PDFs change
PROBE = REPO / "benchmarks" / "lock_probe.py"
WARMUP_PAIRS = 2
OPERATIONS = {"receive": "receive + 2 MB PDF", "forward": "forward (issue)"}


# -- the incoming PDFs ---------------------------------------------------------------------
def scanned_pages(count: int, seed: int = 11) -> list[bytes]:
    """JPEG pages like a scanner's (A4 at ~120 dpi, greyscale, text lines on noisy paper),
    about 300 KB each."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    pages = []
    for _ in range(count):
        width, height = 1000, 1414
        page = Image.effect_noise((width, height), 34).point(lambda v: min(255, v + 95))
        draw = ImageDraw.Draw(page)
        y = 150
        while y < height - 150:
            x = 110 + (60 if rng.random() < 0.15 else 0)
            right = rng.randint(int(width * 0.55), width - 110)
            while x < right:
                word = rng.randint(18, 90)
                draw.rectangle((x, y, min(x + word, right), y + 16), fill=rng.randint(20, 70))
                x += word + rng.randint(8, 16)
            y += rng.choice((30, 30, 30, 58))
        page = page.filter(ImageFilter.GaussianBlur(0.7))
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=62)
        pages.append(buffer.getvalue())
    return pages


def incoming_pdfs(count: int) -> Path:
    """``count`` distinct scanned-letter PDFs (~2 MB, 7 pages each) in a cached folder: the
    same pages, a different stamp line on the first, so every document stores its own file."""
    folder = LOCK_DIR / f"pdfs-{PDF_VERSION}"
    existing = sorted(folder.glob("*.pdf"))
    if len(existing) >= count:
        return folder
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    folder.mkdir(parents=True, exist_ok=True)
    pages = scanned_pages(PDF_PAGES)
    for index in range(count):
        target = folder / f"incoming-{index:03d}.pdf"
        canvas = Canvas(str(target), pagesize=A4, pageCompression=1)
        for number, jpeg in enumerate(pages):
            canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=A4[0], height=A4[1])
            if number == 0:
                canvas.setFont("Helvetica", 9)
                canvas.drawString(40, 20, f"scan {index + 1:03d} / benchmark copy")
            canvas.showPage()
        canvas.save()
    return folder


# -- children ------------------------------------------------------------------------------
def run_probe(side: str, mode: str, pdfs: Path, **options: int) -> dict[str, Any]:
    """One child on ``side``'s code in a fresh data directory; its JSON result."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"saraban-bench-lock-{side}-"))
    try:
        command = [sys.executable, str(PROBE), mode, "--pdfs", str(pdfs)]
        for key, value in options.items():
            command += [f"--{key}", str(value)]
        done = subprocess.run(
            command,
            check=False,
            cwd=tree(side),
            env=child_environment(side, data_dir),
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{side} {mode} failed:\n{done.stderr[-3000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    check_tree(side, result["desktop_app"])
    if result.get("unexpected"):
        raise RuntimeError(f"{side}: {result['unexpected']}")
    return result


def contention(side: str, pdfs: Path, letters: int, seed: int) -> dict[str, Any]:
    """Another workstation's waits for the lock while ``side`` issues ``letters`` letters."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"saraban-bench-lock-{side}-"))
    try:
        command = [sys.executable, str(PROBE), "loop", "--pdfs", str(pdfs)]
        command += ["--receives", "10", "--forwards", str(letters)]
        process = subprocess.Popen(
            command,
            cwd=tree(side),
            env=child_environment(side, data_dir),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stderr is not None
        ready, finished = threading.Event(), threading.Event()
        lines: list[str] = []

        def read() -> None:
            assert process.stdout is not None
            for line in process.stdout:
                lines.append(line.strip())
                if line.strip() == "READY":
                    ready.set()
                elif line.strip() == "DONE":
                    finished.set()
            ready.set()
            finished.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        ready.wait()
        waits, began = poll_lock(data_dir / "saraban.sqlite3", finished, random.Random(seed))
        polled = time.perf_counter() - began
        reader.join()
        stderr = process.stderr.read()
        if process.wait() != 0 or not lines or not lines[-1].startswith("{"):
            raise RuntimeError(f"{side} loop failed:\n{stderr[-3000:]}")
        result = json.loads(lines[-1])
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    check_tree(side, result["desktop_app"])
    blocked = [wait for wait in waits if wait > 1.0]
    return {
        "letters": len(result["forward"]),
        "attempts": len(waits),
        "seconds": round(polled, 2),
        "waited_share": len(blocked) / len(waits) if waits else 0.0,
        "wait_ms": summary(waits) if waits else {},
        "waits_ms": waits,
        "hold_ms": summary([f["hold_sum_ms"] for f in result["forward"]]),
        "e2e_ms": summary([f["e2e_ms"] for f in result["forward"]]),
    }


def poll_lock(
    db_path: Path, finished: threading.Event, rng: random.Random
) -> tuple[list[float], float]:
    """``BEGIN IMMEDIATE; COMMIT`` again and again until ``finished``; each attempt's wait
    in ms. No busy handler: a busy answer is retried after 0.5 ms."""
    connection = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    waits: list[float] = []
    began = time.perf_counter()
    try:
        while not finished.is_set():
            start = time.perf_counter()
            while True:
                try:
                    connection.execute("BEGIN IMMEDIATE")
                    break
                except sqlite3.OperationalError as error:
                    if getattr(error, "sqlite_errorcode", 5) & 0xFF not in (5, 6):
                        raise
                    if finished.is_set():
                        break
                    time.sleep(0.0005)
            if connection.in_transaction:
                connection.execute("COMMIT")
                waits.append((time.perf_counter() - start) * 1e3)
            time.sleep(rng.uniform(0.005, 0.025))
    finally:
        connection.close()
    return waits, began


# -- the run -------------------------------------------------------------------------------
def split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if index < total % parts else 0) for index in range(parts)]


def stats(values: list[float]) -> dict[str, float]:
    return summary(values) if values else {}


def side_summary(runs: list[dict[str, Any]], operation: str) -> dict[str, Any]:
    figures = [f for run in runs for f in run[operation]]
    return {
        "n": len(figures),
        "hold_sum_ms": stats([f["hold_sum_ms"] for f in figures]),
        "hold_max_ms": stats([f["hold_max_ms"] for f in figures]),
        "commit_ms": stats([f["commit_ms"] for f in figures]),
        "e2e_ms": stats([f["e2e_ms"] for f in figures]),
        "writes": sorted({f["writes"] for f in figures}),
        "fsyncs": sorted({f["fsyncs"] for f in figures}),
        "fsync_ms": stats([f["fsync_ms"] for f in figures]),
        "fsync_locked_ms": stats([f["fsync_locked_ms"] for f in figures]),
        **({"draft_ms": stats([f["draft_ms"] for f in figures])} if operation == "forward" else {}),
        **({"pages": sorted({f["pages"] for f in figures})} if operation == "forward" else {}),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Number-lock hold time, before and after")
    parser.add_argument("--receives", type=int, default=60, help="measured, per side")
    parser.add_argument("--forwards", type=int, default=40, help="measured, per side")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--letters", type=int, default=60, help="issued during contention")
    parser.add_argument("--no-contention", action="store_true")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    ensure_before_tree()
    measured_on = machine()
    results: dict[str, Any] = {"machine": measured_on, "code": code_description()}
    results["options"] = vars(args).copy()
    receives = split(args.receives, args.rounds)
    forwards = split(args.forwards, args.rounds)
    pdfs = incoming_pdfs(WARMUP_PAIRS + max(receives) + 1)
    sizes = [path.stat().st_size for path in sorted(pdfs.glob("*.pdf"))]
    results["pdf"] = {"pages": PDF_PAGES, "bytes_median": statistics.median(sizes)}
    watch = CpuWatch()
    print("warm-up runs (bytecode caches)...", file=sys.stderr)
    for side in SIDES:
        run_probe(side, "measure", pdfs, receives=1, forwards=1, warmup=0)
    runs: dict[str, list[dict[str, Any]]] = {side: [] for side in SIDES}
    for number in range(args.rounds):
        order = SIDES if number % 2 == 0 else SIDES[::-1]
        for side in order:
            print(
                f"round {number + 1}/{args.rounds}: {side}, {receives[number]} receives + "
                f"{forwards[number]} forwards...",
                file=sys.stderr,
            )
            runs[side].append(
                run_probe(
                    side,
                    "measure",
                    pdfs,
                    receives=receives[number],
                    forwards=min(forwards[number], receives[number]),
                    warmup=WARMUP_PAIRS,
                )
            )
    for side in SIDES:
        results[side] = {
            "receive": side_summary(runs[side], "receive"),
            "forward": side_summary(runs[side], "forward"),
            "recipients": runs[side][0]["recipients"],
            "runs": runs[side],
        }
    if not args.no_contention:
        for side in SIDES:
            print(f"contention: {side} issues {args.letters} letters...", file=sys.stderr)
            results[side]["contention"] = contention(side, pdfs, args.letters, args.seed)
    results["interference"] = watch.report()
    save_results("lock", results)
    print(report(results))
    return 0


def ratio(before: float, after: float) -> str:
    if after <= 0:
        return "∞"
    value = before / after
    return f"{value:.0f}×" if value >= 10 else f"{value:.1f}×"


def report(results: dict[str, Any]) -> str:
    before, after = results["before"], results["after"]
    lines = [
        f"code: before {results['code']['before']}, after {results['code']['after']}; "
        f"incoming PDF {results['pdf']['pages']} pages, "
        f"{results['pdf']['bytes_median'] / 1e6:.2f} MB; forward to "
        f"{after['recipients']} districts",
        "",
        "| Operation | what (ms) | before median | before p95 | after median | after p95 | "
        "before ÷ after (median) |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    rows = [("hold_sum_ms", "**lock held** (sum of its write transactions)")]
    if any(side[op]["writes"] != [1] for side in (before, after) for op in OPERATIONS):
        rows.append(("hold_max_ms", "longest write transaction"))
    rows.append(("e2e_ms", "end to end"))
    for operation, label in OPERATIONS.items():
        for key, what in rows:
            b, a = before[operation][key], after[operation][key]
            lines.append(
                f"| {label} (n={after[operation]['n']}) | {what} | {ms(b['median'])} | "
                f"{ms(b['p95'])} | {ms(a['median'])} | {ms(a['p95'])} | "
                f"{ratio(b['median'], a['median'])} |"
            )
    lines.append("")
    for operation in OPERATIONS:
        b, a = before[operation], after[operation]
        lines.append(
            f"{operation}: write transactions {b['writes']} -> {a['writes']}; fsync calls "
            f"{b['fsyncs']} -> {a['fsyncs']}, median {ms(b['fsync_ms']['median'])} -> "
            f"{ms(a['fsync_ms']['median'])} ms, of which in the lock "
            f"{ms(b['fsync_locked_ms']['median'])} -> {ms(a['fsync_locked_ms']['median'])} ms"
        )
    lines.append(
        f"draft_forward (before issue, not in the table) median "
        f"{ms(before['forward']['draft_ms']['median'])} -> "
        f"{ms(after['forward']['draft_ms']['median'])} ms"
    )
    if "contention" in after:
        lines += [
            "",
            "| Another workstation's BEGIN IMMEDIATE while letters are issued | before | after "
            "| before ÷ after |",
            "|---|---:|---:|---:|",
        ]
        b, a = before["contention"], after["contention"]
        lines.append(
            f"| attempts (letters issued) | {b['attempts']} ({b['letters']}) | "
            f"{a['attempts']} ({a['letters']}) | |"
        )
        lines.append(
            f"| attempts that waited > 1 ms | {b['waited_share']:.0%} | {a['waited_share']:.0%} | |"
        )
        for key, label in (("median", "median wait"), ("p95", "p95 wait"), ("max", "max wait")):
            bw, aw = b["wait_ms"][key], a["wait_ms"][key]
            lines.append(f"| {label} ms | {ms(bw)} | {ms(aw)} | {ratio(bw, aw)} |")
        for key in ("median", "max"):
            lines.append(
                f"| issuing's lock hold {key} ms (its own figure) | "
                f"{ms(b['hold_ms'][key])} | {ms(a['hold_ms'][key])} | "
                f"{ratio(b['hold_ms'][key], a['hold_ms'][key])} |"
            )
        lines.append(
            f"| issuing end to end, median (max) ms | {ms(b['e2e_ms']['median'])} "
            f"({ms(b['e2e_ms']['max'])}) | {ms(a['e2e_ms']['median'])} "
            f"({ms(a['e2e_ms']['max'])}) | |"
        )
    interference = results["interference"]
    lines.append(
        f"\nother processes: {interference['other_processes_cores']} cores, steal "
        f"{interference['steal_cores']} cores over {interference['seconds']} s"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
