"""The Qt binding survives a long session: calls of Qt methods that return nothing must not
leak references to None (PySide6 6.12.0 did, and Python 3.11 aborts after ~100,000 such
calls: "Fatal Python error: none_dealloc"; pyproject.toml excludes that release)."""

from __future__ import annotations

import subprocess
import sys

CALLS = 400_000


def test_a_long_session_of_void_qt_calls_does_not_abort_python():
    script = (
        "import sys\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "before = sys.getrefcount(None)\n"
        f"for _ in range({CALLS}):\n"
        "    o.setObjectName('x')\n"
        "print(sys.getrefcount(None) - before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert abs(int(done.stdout.strip())) < 1000  # no reference lost per call
