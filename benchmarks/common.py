"""Shared helpers: where benchmark data lives, opening an office, statistics, the machine."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import platform
import resource
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks.corpus import PROVINCE, WORK_GROUPS
from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.office import SetupRequest, WorkGroupInfo

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "benchmarks" / ".data"  # git-ignored: generated databases
RESULTS_DIR = REPO / "benchmarks" / "results"  # git-ignored: raw JSON of each run
BENCH_USER = "clerk1"


def open_office(
    db_path: Path, *, clock: Callable[[], dt.datetime] | None = None, setup: bool = True
) -> AppContext:
    """An ``AppContext`` on ``db_path`` (created and migrated if new), set up like a real
    office of Mae Hong Son with its six work groups."""
    paths = AppPaths(data_dir=db_path.parent, config_dir=db_path.parent)
    kwargs: dict[str, Any] = {"clock": clock} if clock is not None else {}
    context = AppContext.open(
        sqlite_url(db_path), paths=paths, language="th", username=BENCH_USER, **kwargs
    )
    if setup and not context.settings.is_set_up():
        context.setup.initialise(
            SetupRequest(
                province=PROVINCE,
                prefix="มส 0023",
                phone="0 5361 2841",
                email="saraban_msn@dla.go.th",
                work_groups=[WorkGroupInfo(None, name, prefix) for name, prefix in WORK_GROUPS],
            ),
            context.actor,
        )
    return context


def work_group_ids(context: AppContext) -> list[int]:
    """Ids of ``corpus.WORK_GROUPS`` in their order."""
    by_name = {group.name: group.id for group in context.settings.work_groups()}
    return [int(by_name[name]) for name, _prefix in WORK_GROUPS]  # type: ignore[arg-type]


def percentile(values: Sequence[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), p in 0..100."""
    data = sorted(values)
    if not data:
        return math.nan
    rank = (len(data) - 1) * p / 100
    low, high = math.floor(rank), math.ceil(rank)
    return data[low] + (data[high] - data[low]) * (rank - low)


def summary(values_ms: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values_ms),
        "median": statistics.median(values_ms),
        "p95": percentile(values_ms, 95),
        "mean": statistics.fmean(values_ms),
        "min": min(values_ms),
        "max": max(values_ms),
    }


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory_gb = math.nan
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass

    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "?"

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": version("SQLAlchemy"),
        "pyside6": version("PySide6-Essentials"),
        "pythainlp": version("pythainlp"),
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "code": code_fingerprint(),
    }


class CpuWatch:
    """How much CPU other processes (and the hypervisor: steal) took while a benchmark ran.

    Timings on a shared machine are only comparable if nothing else was busy; every result
    file records this, and the scripts warn when others used more than a tenth of a core.
    """

    def __init__(self) -> None:
        self.start = self._sample()

    @staticmethod
    def _sample() -> tuple[float, float, float, float]:
        try:
            values = [int(v) for v in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
        except (OSError, ValueError):
            values = [0] * 8
        tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        busy = (values[0] + values[1] + values[2] + values[5] + values[6]) / tick
        steal = values[7] / tick if len(values) > 7 else 0.0
        own = 0.0
        for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
            usage = resource.getrusage(who)
            own += usage.ru_utime + usage.ru_stime
        return time.monotonic(), busy, steal, own

    def report(self) -> dict[str, float]:
        now = self._sample()
        elapsed = max(now[0] - self.start[0], 1e-9)
        others = max(0.0, (now[1] - self.start[1]) - (now[3] - self.start[3])) / elapsed
        steal = (now[2] - self.start[2]) / elapsed
        if others > 0.1:
            print(
                f"WARNING: other processes used {others:.2f} cores during the run; "
                "the timings are disturbed",
                file=sys.stderr,
            )
        return {
            "seconds": round(elapsed, 1),
            "other_processes_cores": round(others, 3),
            "steal_cores": round(steal, 3),
        }


def code_fingerprint() -> str:
    """A short hash of the app's sources (desktop_app/, migrations/): which code was measured,
    even before there is a commit to name."""
    digest = hashlib.sha256()
    for folder in ("desktop_app", "migrations"):
        for path in sorted((REPO / folder).rglob("*.py")):
            digest.update(str(path.relative_to(REPO)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def save_results(name: str, results: dict[str, Any]) -> Path:
    """Write ``results`` as JSON, noting if the app's code changed while they were taken."""
    measured = results.get("machine", {}).get("code")
    now = code_fingerprint()
    if measured and measured != now:
        results["code_changed_during_run"] = {"start": measured, "end": now}
        print(
            f"WARNING: desktop_app/ or migrations/ changed during the run ({measured} -> "
            f"{now}); measure again",
            file=sys.stderr,
        )
    RESULTS_DIR.mkdir(parents=True, exist_ok=True)
    target = RESULTS_DIR / f"{name}.json"
    target.write_text(
        json.dumps(results, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    return target


def ms(value: float) -> str:
    """A duration in milliseconds for a table cell."""
    if value >= 100:
        return f"{value:.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"
