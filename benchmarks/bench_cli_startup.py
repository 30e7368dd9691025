"""CPU and wall time of ``saraban incoming list --json``, before and after its lean imports.

    .venv/bin/python -m benchmarks.bench_cli_startup [--runs 15] [--documents 50]

Commit 842956e ("before") opened every service, and so imported SQLAlchemy, ReportLab and
the rest, for any command; 43ae537 and this working tree ("after") import only what
``incoming list`` needs and read the register through the plain DB-API connection. Each side
runs its own console entry point,

    python -c "import sys; from desktop_app.cli import main; sys.exit(main())" incoming list --json

(what the ``saraban`` script does) in its own tree (benchmarks/before_after.py: the before
code from a git worktree, PYTHONPATH and the working directory set to the tree), on its own
data directory (SARABAN_DATA_DIR, a fresh temporary one) holding a SQLite database of the
Mae Hong Son office with ``--documents`` documents registered by that side's code
(benchmarks/lock_probe.py populate). ``python -c pass`` is the floor: the interpreter and
site start-up that no command can avoid.

CPU time is the child's own user + system time (``os.wait4``), wall time from spawning it to
its exit. One unmeasured run of each first (it records the workstation's user in the
database and writes the bytecode cache, benchmarks/.data/pycache, as an installed app has
its .pyc files); then ``--runs`` runs of each, the three interleaved in a shuffled order on
every pass; medians. A separate probe run per side reports which heavy packages the command
imported (``sys.modules``) and checks that it listed every document.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
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
from benchmarks.common import CpuWatch, machine, save_results

TARGET_CPU_SECONDS = 0.35
PROBE = REPO / "benchmarks" / "lock_probe.py"
CLI = "import sys; from desktop_app.cli import main; sys.exit(main())"
COMMAND = ("incoming", "list", "--json")
HEAVY = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "pypdf",
    "uharfbuzz",
    "openpyxl",
    "pythainlp",
    "PySide6",
    "psycopg",
)
# Runs the command as CLI does, then reports (stderr) what it imported.
MODULES_PROBE = """
import contextlib, io, json, sys
import desktop_app
from desktop_app.cli import main
output = io.StringIO()
with contextlib.redirect_stdout(output):
    status = main(sys.argv[1:])
heavy = HEAVY_NAMES
loaded = sorted(name for name in heavy if name in sys.modules)
print(json.dumps({"status": status, "desktop_app": desktop_app.__file__,
                  "rows": len(json.loads(output.getvalue())), "heavy": loaded,
                  "modules": len(sys.modules)}), file=sys.stderr)
""".replace("HEAVY_NAMES", repr(HEAVY))


def prepare(side: str, documents: int) -> Path:
    """A fresh data directory with ``documents`` documents registered by ``side``'s code."""
    data_dir = Path(tempfile.mkdtemp(prefix=f"saraban-bench-cli-{side}-"))
    done = subprocess.run(
        [sys.executable, str(PROBE), "populate", "--receives", str(documents)],
        check=False,
        cwd=tree(side),
        env=child_environment(side, data_dir),
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"populating the {side} database failed:\n{done.stderr[-3000:]}")
    check_tree(side, json.loads(done.stdout.strip().splitlines()[-1])["desktop_app"])
    return data_dir


def command_for(kind: str) -> list[str]:
    if kind == "floor":
        return [sys.executable, "-c", "pass"]
    return [sys.executable, "-c", CLI, *COMMAND]


def run_once(kind: str, data_dirs: dict[str, Path], documents: int) -> dict[str, float]:
    """One child; its CPU (user + system) and wall seconds."""
    side = "after" if kind == "floor" else kind
    with tempfile.TemporaryFile() as errors:
        began = time.perf_counter()
        process = subprocess.Popen(
            command_for(kind),
            cwd=tree(side),
            env=child_environment(side, data_dirs[side]),
            stdout=subprocess.PIPE,
            stderr=errors,
        )
        assert process.stdout is not None
        stdout = process.stdout.read()
        _pid, status, usage = os.wait4(process.pid, 0)  # wait4: this child's own rusage
        wall = time.perf_counter() - began
        process.stdout.close()
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read()
    if process.returncode != 0:
        raise RuntimeError(f"{kind} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    if kind != "floor" and len(json.loads(stdout)) != documents:
        raise RuntimeError(f"{kind}: listed {len(json.loads(stdout))} of {documents} documents")
    return {
        "cpu": usage.ru_utime + usage.ru_stime,
        "user": usage.ru_utime,
        "system": usage.ru_stime,
        "wall": wall,
    }


def modules_probe(side: str, data_dir: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", MODULES_PROBE, *COMMAND],
        check=False,
        cwd=tree(side),
        env=child_environment(side, data_dir),
        capture_output=True,
        text=True,
    )
    lines = [line for line in done.stderr.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"module probe ({side}) failed:\n{done.stderr[-3000:]}")
    found: dict[str, Any] = json.loads(lines[-1])
    check_tree(side, found["desktop_app"])
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="CLI start-up, before and after")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--documents", type=int, default=50)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    ensure_before_tree()
    results: dict[str, Any] = {"machine": machine(), "code": code_description()}
    results["options"] = vars(args).copy()
    kinds = ("floor", *SIDES)
    data_dirs = {side: prepare(side, args.documents) for side in SIDES}
    try:
        watch = CpuWatch()
        for kind in kinds:  # records the user, writes the bytecode caches
            run_once(kind, data_dirs, args.documents)
        for side in SIDES:
            results.setdefault(side, {})["imports"] = modules_probe(side, data_dirs[side])
        print(f"{args.runs} runs of each of {', '.join(kinds)}...", file=sys.stderr)
        rng = random.Random(args.seed)
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
        for _ in range(args.runs):
            order = list(kinds)
            rng.shuffle(order)
            for kind in order:
                runs[kind].append(run_once(kind, data_dirs, args.documents))
        results["interference"] = watch.report()
    finally:
        for data_dir in data_dirs.values():
            shutil.rmtree(data_dir, ignore_errors=True)
    for kind in kinds:
        entry = results.setdefault(kind, {})
        entry["runs"] = runs[kind]
        entry["median"] = {
            key: statistics.median(run[key] for run in runs[kind]) for key in runs[kind][0]
        }
        entry["cpu_min"] = min(run["cpu"] for run in runs[kind])
        entry["cpu_max"] = max(run["cpu"] for run in runs[kind])
    results["target_met"] = results["after"]["median"]["cpu"] <= TARGET_CPU_SECONDS
    save_results("cli_startup", results)
    print(report(results))
    return 0


def report(results: dict[str, Any]) -> str:
    runs = results["options"]["runs"]
    lines = [
        f"code: before {results['code']['before']}, after {results['code']['after']}; "
        f"{results['options']['documents']} documents; {runs} runs each, medians",
        "",
        "| Command | CPU s (user + sys) | min-max | above the floor | wall s | "
        "modules loaded | heavy packages imported |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    floor = results["floor"]["median"]["cpu"]
    labels = {
        "before": "`incoming list --json`, before",
        "after": "`incoming list --json`, after",
        "floor": "floor: `python -c pass`",
    }
    for kind in ("before", "after", "floor"):
        entry = results[kind]
        median = entry["median"]
        imports = entry.get("imports")
        modules = str(imports["modules"]) if imports else ""
        heavy = (", ".join(imports["heavy"]) or "none") if imports else ""
        lines.append(
            f"| {labels[kind]} | {median['cpu']:.3f} | {entry['cpu_min']:.3f}-"
            f"{entry['cpu_max']:.3f} | {median['cpu'] - floor:.3f} | {median['wall']:.3f} | "
            f"{modules} | {heavy} |"
        )
    before, after = results["before"]["median"], results["after"]["median"]
    lines.append("")
    lines.append(
        f"before ÷ after: CPU {before['cpu'] / after['cpu']:.1f}×, above the floor "
        f"{(before['cpu'] - floor) / max(after['cpu'] - floor, 1e-9):.1f}×, wall "
        f"{before['wall'] / after['wall']:.1f}×; target CPU <= {TARGET_CPU_SECONDS} s after: "
        f"{'met' if results['target_met'] else 'MISSED'}"
    )
    interference = results["interference"]
    lines.append(
        f"other processes: {interference['other_processes_cores']} cores, steal "
        f"{interference['steal_cores']} cores over {interference['seconds']} s"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
