"""GUI-thread frame times while the dashboard's acknowledgement matrix scrolls, beside a plain
``QTableView`` over a ``QStandardItemModel`` holding the same cells.

    .venv/bin/python -m benchmarks.bench_matrix_scroll [--passes 3]

The matrix: ``AcknowledgementService.matrix(DashboardFilter())`` on the benchmark's database
(benchmarks/dashboard_data.py): the newest 400 letters x every recipient (70 rows with the
district headings, 24,000 cells), read once, then shown three ways in views of the same size
(1,330 x 560 px: the matrix tab of the dashboard in a 1366 x 768 window; cells 28 x 22 px, so
about 40 columns x 20 rows are visible), Qt offscreen:

- **page**: ``AckMatrixView`` over ``AckMatrixModel``, as the dashboard page shows it (the
  view paints the visible cells itself from the model's precomputed colours and marks);
- **model + QTableView**: the same ``AckMatrixModel`` in a plain ``QTableView`` (the item
  delegate asks ``data()`` for every role of every visible cell), same section sizes;
- **QStandardItemModel**: the obvious alternative: one ``QStandardItem`` per sent cell with
  its text, background, foreground, alignment, tooltip and tracking-row id, in a plain
  ``QTableView`` with the same section sizes.

Each view is shown, then scrolled programmatically, frame by frame (scrollbar ``setValue``
then ``QApplication.processEvents()``: Qt blits what stays visible and paints what appears,
cells and headers): one column at a time from the first letter to the last and back, one
row at a time down and up, and 60 jumps to random places (everything visible is new: the
worst frame). A frame's time is ``time.perf_counter`` around that; the views' own
``paintEvent`` is timed too. After each jump, the cells, the letters' header and the names'
header are each repainted once more in full (``repaint()``, nothing pending) to show what
each part costs. The three views take turns, ``--passes`` times. Building each model from
the ``Matrix`` (what the GUI thread does when a reload arrives) is timed as well.

Target: no frame over 16 ms (60 frames per second).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.common import CpuWatch, machine, ms, save_results, summary
from benchmarks.dashboard_data import current_meta, ensure_dataset, open_context
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.acks import DashboardFilter, Matrix

TARGET_FRAME_MS = 16.0
VIEW_WIDTH, VIEW_HEIGHT = 1330, 560
JUMPS = 60


def load_matrix() -> tuple[Matrix, float]:
    """The all-time matrix (newest 400 letters) and how long the service took, ms."""
    source = ensure_dataset()
    root = Path(tempfile.mkdtemp(prefix="saraban-bench-scroll-"))
    context = open_context(sqlite_url(source), root)
    try:
        began = time.perf_counter()
        matrix = context.acknowledgements.matrix(DashboardFilter())
        return matrix, (time.perf_counter() - began) * 1000
    finally:
        context.close()
        shutil.rmtree(root, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Matrix scrolling benchmark")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    matrix, read_ms = load_matrix()
    measured_on = machine()
    watch = CpuWatch()

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QBrush, QPaintEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    from desktop_app.ui.app import create_application
    from desktop_app.ui.models.ack_matrix_model import CELL_WIDTH, ROW_HEIGHT, AckMatrixModel
    from desktop_app.ui.widgets.ack_matrix_view import HEADER_HEIGHT, AckMatrixView

    app = create_application(["saraban-bench"], "th")
    paints: list[float] = []

    def timing(base: type) -> type:
        class Timed(base):
            def paintEvent(self, event: QPaintEvent) -> None:
                began = time.perf_counter_ns()
                super().paintEvent(event)
                paints.append((time.perf_counter_ns() - began) / 1e6)

        return Timed

    def sized(view: QTableView) -> QTableView:
        rows, columns = view.verticalHeader(), view.horizontalHeader()
        for header, size in ((rows, ROW_HEIGHT), (columns, CELL_WIDTH)):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setMinimumSectionSize(size)
            header.setDefaultSectionSize(size)
        columns.setFixedHeight(HEADER_HEIGHT)
        rows.setFixedWidth(max(rows.width(), 220))
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setWordWrap(False)
        view.resize(VIEW_WIDTH, VIEW_HEIGHT)
        return view

    # The models, and what building each costs the GUI thread.
    build: dict[str, list[float]] = {"AckMatrixModel.set_matrix": [], "QStandardItemModel": []}
    for _ in range(3):
        began = time.perf_counter()
        model = AckMatrixModel(digits="thai", language="th")
        model.set_matrix(matrix)
        build["AckMatrixModel.set_matrix"].append((time.perf_counter() - began) * 1000)
        began = time.perf_counter()
        standard = standard_model(model, QStandardItem, QStandardItemModel, QBrush, Qt)
        build["QStandardItemModel"].append((time.perf_counter() - began) * 1000)

    page = timing(AckMatrixView)()
    page.setModel(model)
    page.resize(VIEW_WIDTH, VIEW_HEIGHT)
    plain = sized(timing(QTableView)())
    plain.setModel(model)
    naive = sized(timing(QTableView)())
    naive.setModel(standard)
    views = {"page": page, "model + QTableView": plain, "QStandardItemModel": naive}
    for view in views.values():
        view.show()
    app.processEvents()

    frames: dict[str, dict[str, list[float]]] = {
        name: {
            kind: []
            for kind in (
                "scroll",
                "scroll_paint",
                "jump",
                "jump_paint",
                "repaint_cells",
                "repaint_letters_header",
                "repaint_names_header",
            )
        }
        for name in views
    }
    rng = random.Random(args.seed)
    for number in range(args.passes):
        order = list(views)
        rng.shuffle(order)
        for name in order:
            view = views[name]
            run_view(view, frames[name], paints, app, rng)
        print(f"pass {number + 1}/{args.passes} done", file=sys.stderr, flush=True)
    visible = visible_cells(page)
    results: dict[str, Any] = {
        "machine": measured_on,
        "dataset": current_meta(ensure_dataset()),
        "matrix": {
            "letters": len(matrix.letters),
            "rows": len(matrix.recipients),
            "cells": len(matrix.cells),
            "service_read_ms": read_ms,
            "visible_cells": visible,
            "view_px": [VIEW_WIDTH, VIEW_HEIGHT],
        },
        "build_ms": {name: summary(values) for name, values in build.items()},
        "views": {
            name: {
                kind: {
                    **summary(values),
                    "over_16ms": sum(1 for v in values if v > TARGET_FRAME_MS),
                }
                for kind, values in data.items()
                if values
            }
            for name, data in frames.items()
        },
    }
    results["interference"] = watch.report()
    path = save_results("matrix_scroll", results)
    print(report(results))
    print(f"raw figures: {path}", file=sys.stderr)
    for view in views.values():
        view.close()
    return 0


def standard_model(model: Any, item_type: Any, model_type: Any, brush: Any, qt: Any) -> Any:
    """The obvious model: a ``QStandardItem`` per sent cell, headers as labels."""
    rows, columns = model.rowCount(), model.columnCount()
    standard = model_type(rows, columns)
    standard.setHorizontalHeaderLabels(
        [str(model.headerData(c, qt.Orientation.Horizontal)) for c in range(columns)]
    )
    standard.setVerticalHeaderLabels(
        [str(model.headerData(r, qt.Orientation.Vertical)) for r in range(rows)]
    )
    centre = qt.AlignmentFlag.AlignCenter
    for (row, column), (
        background,
        foreground,
        text,
        _state,
        _late,
        row_id,
    ) in model.painted.items():
        item = item_type(text)
        item.setBackground(brush(background.color()))
        item.setForeground(brush(foreground.color()))
        item.setTextAlignment(centre)
        item.setToolTip(model.data(model.index(row, column), qt.ItemDataRole.ToolTipRole))
        item.setData(row_id, qt.ItemDataRole.UserRole)
        item.setEditable(False)
        standard.setItem(row, column, item)
    return standard


def run_view(
    view: Any,
    frames: dict[str, list[float]],
    paints: list[float],
    app: Any,
    rng: random.Random,
) -> None:
    """Scroll ``view`` column by column there and back, row by row down and up, then jump."""
    horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
    column = view.horizontalHeader().defaultSectionSize()
    row = view.verticalHeader().defaultSectionSize()
    horizontal.setValue(0)
    vertical.setValue(0)
    app.processEvents()
    steps: list[tuple[int, int]] = []
    across = list(range(0, horizontal.maximum() + column, column))
    steps += [(min(x, horizontal.maximum()), 0) for x in across]
    steps += [(min(x, horizontal.maximum()), 0) for x in reversed(across)]
    down = list(range(0, vertical.maximum() + row, row))
    steps += [(0, min(y, vertical.maximum())) for y in down]
    steps += [(0, min(y, vertical.maximum())) for y in reversed(down)]

    def frame(kind: str, move: Callable[[], None]) -> None:
        del paints[:]
        began = time.perf_counter_ns()
        move()
        frames[kind].append((time.perf_counter_ns() - began) / 1e6)
        if paints:
            frames[f"{kind}_paint"].append(sum(paints))

    for x, y in steps:

        def scroll(x: int = x, y: int = y) -> None:
            horizontal.setValue(x)
            vertical.setValue(y)
            app.processEvents()

        frame("scroll", scroll)
    for _ in range(JUMPS):
        x, y = rng.randint(0, horizontal.maximum()), rng.randint(0, vertical.maximum())

        def jump(x: int = x, y: int = y) -> None:
            horizontal.setValue(x)
            vertical.setValue(y)
            app.processEvents()

        frame("jump", jump)
        # Every visible cell and header section painted again where the view stands (no
        # scroll pending): what each part costs to paint in full.
        for part, widget in (
            ("cells", view.viewport()),
            ("letters_header", view.horizontalHeader().viewport()),
            ("names_header", view.verticalHeader().viewport()),
        ):
            began = time.perf_counter_ns()
            widget.repaint()
            frames[f"repaint_{part}"].append((time.perf_counter_ns() - began) / 1e6)


def visible_cells(view: Any) -> int:
    width = view.viewport().width() // view.horizontalHeader().defaultSectionSize() + 1
    height = view.viewport().height() // view.verticalHeader().defaultSectionSize() + 1
    return int(width * height)


def report(results: dict[str, Any]) -> str:
    matrix = results["matrix"]
    lines = [
        f"Matrix {matrix['rows']} rows x {matrix['letters']} letters, {matrix['cells']:,} cells "
        f"(read in {ms(matrix['service_read_ms'])} ms); view {matrix['view_px'][0]} x "
        f"{matrix['view_px'][1]} px, about {matrix['visible_cells']} cells visible.",
        "",
        "| View | frames | scroll frame median | p95 | max | jump frame median | p95 | max |"
        " frames > 16 ms |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, data in results["views"].items():
        scroll, jump = data["scroll"], data["jump"]
        over = scroll["over_16ms"] + jump["over_16ms"]
        lines.append(
            f"| {name} | {scroll['n'] + jump['n']} | {ms(scroll['median'])} | "
            f"{ms(scroll['p95'])} | {ms(scroll['max'])} | {ms(jump['median'])} | "
            f"{ms(jump['p95'])} | {ms(jump['max'])} | {over} |"
        )
    lines.append("")
    page = results["views"]["page"]
    naive = results["views"]["QStandardItemModel"]
    lines.append(
        "QStandardItemModel ÷ page (median): scroll "
        f"{naive['scroll']['median'] / page['scroll']['median']:.1f}×, jump "
        f"{naive['jump']['median'] / page['jump']['median']:.1f}×, painting every visible cell "
        f"{naive['repaint_cells']['median'] / page['repaint_cells']['median']:.1f}×"
    )
    lines.append(
        "Building the model (GUI thread, ms, median of 3): "
        + "; ".join(f"{name} {ms(v['median'])}" for name, v in results["build_ms"].items())
    )
    lines.append(
        "Painting everything visible again, by part (median / max ms): "
        + "; ".join(
            f"{name}: cells {ms(d['repaint_cells']['median'])}/{ms(d['repaint_cells']['max'])}, "
            f"letters' header {ms(d['repaint_letters_header']['median'])}/"
            f"{ms(d['repaint_letters_header']['max'])}, names' header "
            f"{ms(d['repaint_names_header']['median'])}/{ms(d['repaint_names_header']['max'])}"
            for name, d in results["views"].items()
        )
    )
    lines.append(
        "Viewport paintEvent alone (median / p95 / max ms): "
        + "; ".join(
            f"{name}: scroll {ms(d['scroll_paint']['median'])}/{ms(d['scroll_paint']['p95'])}/"
            f"{ms(d['scroll_paint']['max'])}, jump {ms(d['jump_paint']['median'])}/"
            f"{ms(d['jump_paint']['p95'])}/{ms(d['jump_paint']['max'])}"
            for name, d in results["views"].items()
            if "scroll_paint" in d and "jump_paint" in d
        )
    )
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
