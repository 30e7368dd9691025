"""``python -m desktop_app --exit-when-ready``, except that it reports once the first page of
the register has been painted, not when the model reports it has reloaded.

The app's own probe prints when the model's ``reloaded`` signal fires: the ids and the first
page of rows have arrived (they come together) but nothing is painted yet. This wrapper runs
the same ``desktop_app.ui.app.run`` and, when that probe fires, first renders the main window
(``QWidget.grab()`` paints every visible cell) and checks that the first row's subject is
there, then lets the probe print and quit. Used by bench_startup.py.
"""

from __future__ import annotations

import sys

from desktop_app.ui import app as ui_app

_report_ready = ui_app._report_ready


def _report_after_paint(app, rows):  # type: ignore[no-untyped-def]
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.models.incoming_model import COL_SUBJECT

    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
    window.grab()  # paints the table: data() for every visible cell
    model = window.incoming_page.model
    painted = model.row_state(0) == "ready"  # the first page came with the ids
    if rows and not (painted and model.index(0, COL_SUBJECT).data()):
        print("startup_probe: painting did not fetch the first rows", file=sys.stderr)
        app.exit(3)
        return
    _report_ready(app, rows)


def main() -> int:
    ui_app._report_ready = _report_after_paint
    return ui_app.run([sys.argv[0], "--exit-when-ready", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
