"""Running the code from before a change beside the current code, in one benchmark run.

The "before" code is a git worktree of ``BEFORE_COMMIT`` under benchmarks/.data/before
(created on first use, re-used after); the "after" code is this working tree. A child process
runs one of them by putting its root first on PYTHONPATH and working in it, so that ``import
desktop_app`` resolves to that tree (each child reports ``desktop_app.__file__`` and
``check_tree`` compares it). Nothing here imports desktop_app: the children do.

Children get a shared Python bytecode cache (benchmarks/.data/pycache, as bench_startup.py
does; this machine sets PYTHONDONTWRITEBYTECODE, which would make every start compile the
app again) and their own data directory (SARABAN_DATA_DIR), never the user's.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA_DIR = REPO / "benchmarks" / ".data"
PYCACHE_DIR = DATA_DIR / "pycache"
BEFORE_COMMIT = "842956e"  # before "nothing slow in the number lock" (43ae537)
BEFORE_TREE = DATA_DIR / "before"
SIDES = ("before", "after")


def ensure_before_tree() -> Path:
    """The worktree of ``BEFORE_COMMIT`` (git worktree add --detach), checked out once."""
    if not (BEFORE_TREE / "desktop_app" / "__init__.py").is_file():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        git("worktree", "prune")  # forget a worktree whose folder was deleted with .data/
        subprocess.run(
            ["git", "worktree", "add", "--detach", str(BEFORE_TREE), BEFORE_COMMIT],
            cwd=REPO,
            check=True,
            capture_output=True,
        )
    head = git("rev-parse", "HEAD", cwd=BEFORE_TREE)
    expected = git("rev-parse", BEFORE_COMMIT)
    if head != expected:
        raise RuntimeError(f"{BEFORE_TREE} is at {head[:12]}, not {BEFORE_COMMIT}")
    return BEFORE_TREE


def tree(side: str) -> Path:
    return ensure_before_tree() if side == "before" else REPO


def git(*args: str, cwd: Path = REPO) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True)
    return done.stdout.strip()


def code_description() -> dict[str, str]:
    """Which commits were measured, and whether the working tree ("after") had changes to
    the app's code beyond its HEAD at the start of the run."""
    dirty = git("status", "--porcelain", "--", "desktop_app", "migrations")
    return {
        "before": git("rev-parse", "--short", BEFORE_COMMIT),
        "after": git("rev-parse", "--short", "HEAD") + (" + working tree changes" if dirty else ""),
    }


def child_environment(side: str, data_dir: Path) -> dict[str, str]:
    """The environment of a child running ``side``'s code on ``data_dir``."""
    dropped = {"PYTHONDONTWRITEBYTECODE", "SARABAN_DB_URL", "SARABAN_LANG", "PYTHONPATH"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(
        PYTHONPATH=str(tree(side)),
        PYTHONPYCACHEPREFIX=str(PYCACHE_DIR),
        SARABAN_DATA_DIR=str(data_dir),
    )
    return env


def check_tree(side: str, module_file: str) -> None:
    """Fail unless ``desktop_app/__init__.py`` reported by a child belongs to ``side``'s tree."""
    expected = (tree(side) / "desktop_app" / "__init__.py").resolve()
    if Path(module_file).resolve() != expected:
        raise RuntimeError(f"the {side} child imported {module_file}, expected {expected}")
