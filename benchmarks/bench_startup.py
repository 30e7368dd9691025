"""Start-up: process start to an interactive register window, and its memory.

    .venv/bin/python -m benchmarks.bench_startup [--runs 11] [--no-bytecode-cache]

Runs the real GUI, ``python -m desktop_app --exit-when-ready`` with QT_QPA_PLATFORM=offscreen
and SARABAN_DATA_DIR pointing at a data directory holding a prepared saraban.sqlite3, on:

* the 200,000-document database (benchmarks/dataset.py), copied into
  benchmarks/.data/startup/200k/ (the register opens on the current BE year's documents);
* an empty database of the same office (set up, no documents).

The app's probe prints {"ready_seconds", "rows", "rss_mb"} when the register model has its
ids (seconds since the process started, resident memory at that moment) and quits.

Each database gets one unmeasured run of each kind first (it records the workstation's user,
warms the OS file cache and writes the bytecode cache), then ``--runs`` measured ones; the
table gives medians. Python bytecode is cached under benchmarks/.data/pycache, as an installed
app has its .pyc files (this machine sets PYTHONDONTWRITEBYTECODE, which would make every
start compile desktop_app again; --no-bytecode-cache measures that).

Also recorded per run: the wall time until the process has exited, its peak resident memory
(from wait4), and ``benchmarks/startup_probe.py``: the same start, measured once the first
page of rows has been fetched and painted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import DATA_DIR, REPO, CpuWatch, machine, open_office, save_results
from benchmarks.dataset import copy_database, ensure_dataset

TARGET_SECONDS = 1.5
TARGET_RSS_MB = 300.0
STARTUP_DIR = DATA_DIR / "startup"
PYCACHE_DIR = DATA_DIR / "pycache"  # bytecode of every module the GUI imports


def prepare(kind: str) -> Path:
    """A fresh data directory for ``kind`` ("200k" or "empty") holding saraban.sqlite3."""
    directory = STARTUP_DIR / kind
    if directory.exists():
        for path in sorted(directory.rglob("*"), reverse=True):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()
    directory.mkdir(parents=True, exist_ok=True)
    if kind == "200k":
        copy_database(ensure_dataset(), directory)
    else:
        open_office(directory / "saraban.sqlite3").close()
    return directory


def child_environment(data_dir: Path, bytecode_cache: bool) -> dict[str, str]:
    """The GUI's environment: offscreen Qt, the prepared data directory, and (unless told
    otherwise) a bytecode cache, as an installed copy of the app has: without one, every
    start compiles desktop_app's sources again (this machine sets PYTHONDONTWRITEBYTECODE)."""
    dropped = {"SARABAN_DB_URL", "SARABAN_LANG"}
    if bytecode_cache:
        dropped.add("PYTHONDONTWRITEBYTECODE")
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(QT_QPA_PLATFORM="offscreen", SARABAN_DATA_DIR=str(data_dir))
    if bytecode_cache:
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE_DIR)
    return env


def run_once(data_dir: Path, module: str, bytecode_cache: bool = True) -> dict[str, Any]:
    env = child_environment(data_dir, bytecode_cache)
    command = [sys.executable, "-m", module]
    if module == "desktop_app":
        command.append("--exit-when-ready")
    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=errors
        )
        assert process.stdout is not None
        stdout = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)  # wait4: this child's own rusage
        wall = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read()
    lines = [line for line in stdout.decode().splitlines() if line.startswith("{")]
    if process.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(command)} failed ({process.returncode}): {stderr.decode()[-2000:]}"
        )
    figures = json.loads(lines[-1])
    figures.update(exit_seconds=round(wall, 3), peak_rss_mb=round(usage.ru_maxrss / 1024, 1))
    return figures


def measure(kind: str, runs: int, bytecode_cache: bool) -> dict[str, Any]:
    data_dir = prepare(kind)
    for module in ("desktop_app", "benchmarks.startup_probe"):
        # records the workstation user, warms the file cache, writes the bytecode cache
        run_once(data_dir, module, bytecode_cache)
    app_runs, painted_runs = [], []
    for _ in range(runs):  # alternate, so drift in the machine hits both alike
        app_runs.append(run_once(data_dir, "desktop_app", bytecode_cache))
        painted_runs.append(run_once(data_dir, "benchmarks.startup_probe", bytecode_cache))
    return {
        "data_dir": str(data_dir),
        "app": app_runs,
        "painted": painted_runs,
        "app_median": _medians(app_runs),
        "painted_median": _medians(painted_runs),
    }


def _medians(runs: list[dict[str, Any]]) -> dict[str, float]:
    keys = ("ready_seconds", "rss_mb", "exit_seconds", "peak_rss_mb", "rows")
    medians = {key: statistics.median(run[key] for run in runs) for key in keys}
    medians["ready_min"] = min(run["ready_seconds"] for run in runs)
    medians["ready_max"] = max(run["ready_seconds"] for run in runs)
    return medians


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Start-up benchmark")
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="keep this machine's PYTHONDONTWRITEBYTECODE (compile every start)",
    )
    args = parser.parse_args(argv)
    cache = not args.no_bytecode_cache
    results: dict[str, Any] = {"machine": machine(), "runs": args.runs, "bytecode_cache": cache}
    watch = CpuWatch()
    for kind in ("200k", "empty"):
        print(
            f"starting the GUI on the {kind} database, {args.runs} + {args.runs} runs...",
            file=sys.stderr,
        )
        results[kind] = measure(kind, args.runs, cache)
    big = results["200k"]["app_median"]
    results["targets"] = {
        "ready_seconds": big["ready_seconds"] <= TARGET_SECONDS,
        "rss_mb": big["rss_mb"] <= TARGET_RSS_MB,
    }
    results["interference"] = watch.report()
    save_results("startup" if cache else "startup-no-bytecode-cache", results)
    print(report(results))
    return 0


def report(results: dict[str, Any]) -> str:
    lines = [
        "| Database | rows shown | ready s (median, min-max) | RSS at ready MB | "
        "peak RSS MB | ready incl. first page painted s | process exit s |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, label in (("200k", "200,000 documents"), ("empty", "empty (set up)")):
        app, painted = results[kind]["app_median"], results[kind]["painted_median"]
        lines.append(
            f"| {label} | {app['rows']:,.0f} | {app['ready_seconds']:.2f} "
            f"({app['ready_min']:.2f}-{app['ready_max']:.2f}) | {app['rss_mb']:.0f} | "
            f"{app['peak_rss_mb']:.0f} | {painted['ready_seconds']:.2f} | "
            f"{app['exit_seconds']:.2f} |"
        )
    targets = results["targets"]
    lines.append("")
    lines.append(
        f"targets at 200k: ready <= {TARGET_SECONDS} s "
        f"{'met' if targets['ready_seconds'] else 'MISSED'}; RSS <= "
        f"{TARGET_RSS_MB:.0f} MB {'met' if targets['rss_mb'] else 'MISSED'}"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
