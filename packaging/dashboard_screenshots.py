"""Render the supervisor's dashboard at 1366x768 (offscreen) to docs/screenshots/dashboard*.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/dashboard_screenshots.py [OUT_DIR]

Builds a throwaway Mae Hong Son office with 40 forwarding letters issued between October 2568
and March 2569 to its districts and local authorities (every district, every local authority,
or one district's authorities), with a realistic mix of replies: most older letters
acknowledged (some late), a few returned, recent ones pending or overdue, one reminder. Then
grabs the main window on the dashboard's matrix, its roll-up by district, its overdue list
after a reminder and its charts.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.acks import AckChannel, Acknowledgement
from desktop_app.domain.classes import Urgency
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import SetupRequest, WorkGroupInfo
from desktop_app.ui.app import create_application
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.tasks import TaskRunner

TODAY = dt.datetime(2026, 3, 12, 9, 30)
LETTERS = 40
SUBJECTS = (
    "ซักซ้อมแนวทางการจัดทำงบประมาณรายจ่ายประจำปีขององค์กรปกครองส่วนท้องถิ่น",
    "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการ",
    "ขอความร่วมมือประชาสัมพันธ์การเลือกตั้งสมาชิกสภาท้องถิ่น",
    "การป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน",
    "แนวทางการดำเนินงานศูนย์พัฒนาเด็กเล็ก",
    "การรายงานผลการเบิกจ่ายเงินอุดหนุนทั่วไป",
    "การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง",
    "ขอเชิญประชุมชี้แจงการใช้ระบบบัญชีคอมพิวเตอร์ (e-LAAS)",
    "มาตรการประหยัดพลังงานในหน่วยงานของรัฐ",
    "การสำรวจข้อมูลผู้สูงอายุและผู้พิการเพื่อรับเบี้ยยังชีพ",
)
TARGETS = (
    ["all-districts"],
    ["all-local-authorities"],
    ["all-districts", "all-local-authorities"],
    ["district:5803"],
    ["all-districts"],
    ["district:5801"],
    ["all-municipalities", "all-districts"],
    ["district:5804"],
)


def build(root: Path, clock: list[dt.datetime]) -> AppContext:
    paths = AppPaths(data_dir=root / "data", config_dir=root / "config")
    context = AppContext.open(
        sqlite_url(root / "data" / "demo.sqlite3"),
        paths=paths,
        language="th",
        username="สมศรี ใจดี",
        clock=lambda: clock[0],
    )
    context.setup.initialise(
        SetupRequest(
            province="แม่ฮ่องสอน",
            phone="0-5361-2841",
            email="saraban_msn@dla.go.th",
            prefix="มส 0023",
            work_groups=[
                WorkGroupInfo(None, "ฝ่ายบริหารงานทั่วไป", "มส 0023.1"),
                WorkGroupInfo(None, "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น", "มส 0023.3"),
            ],
        ),
        context.actor,
    )
    rng = random.Random(2569)
    start = dt.datetime(2025, 10, 6, 10, 0)
    span = (TODAY - dt.timedelta(days=2) - start).days
    issued: list[tuple[int, dt.date]] = []
    urgencies = [Urgency.NORMAL] * 5 + [Urgency.URGENT, Urgency.VERY_URGENT, Urgency.MOST_URGENT]
    for index in range(LETTERS):
        when = start + dt.timedelta(days=round(index * span / (LETTERS - 1)))
        while when.weekday() >= 5:
            when += dt.timedelta(days=1)
        clock[0] = when
        subject = SUBJECTS[index % len(SUBJECTS)]
        doc = context.incoming.receive(
            IncomingInput(
                sender="กรมส่งเสริมการปกครองท้องถิ่น",
                doc_no=f"มท 0810.{index % 7 + 1}/ว {2000 + index * 17}",
                doc_date=when.date() - dt.timedelta(days=2),
                subject=subject,
                urgency=rng.choice(urgencies),
            ),
            context.actor,
        )
        draft = context.outgoing.draft_forward(
            doc.id, context.outgoing.resolve(TARGETS[index % len(TARGETS)])
        )
        letter = context.outgoing.issue(draft, context.actor)
        issued.append((letter.id, when.date()))
        print(f"issued {letter.doc_no}", file=sys.stderr)
    clock[0] = TODAY
    service = context.acknowledgements
    for letter_id, letter_date in issued:
        age = (TODAY.date() - letter_date).days
        replied = 0.97 if age > 60 else 0.85 if age > 25 else 0.55 if age > 10 else 0.2
        by_day: dict[tuple[int, AckChannel], list[int]] = defaultdict(list)
        for row in service.tracking(letter_id).rows:
            luck = rng.random()
            if luck < replied:
                days = min(age, int(rng.expovariate(1 / 4)) + rng.choice((0, 1, 1, 2)))
                channel = rng.choice(
                    (AckChannel.ESARABAN, AckChannel.ESARABAN, AckChannel.PHONE, AckChannel.EMAIL)
                )
                by_day[(days, channel)].append(row.id)
            elif luck > 0.985:
                service.mark_returned(row.id, "ที่อยู่ไม่ถูกต้อง", context.actor)
        for (days, channel), rows in by_day.items():
            at = dt.datetime.combine(letter_date + dt.timedelta(days=days), dt.time(10, 30))
            service.acknowledge(rows, Acknowledgement(min(at, TODAY), channel), context.actor)
    return context


def settle(app: QApplication, runner: TaskRunner, until=lambda: True) -> None:  # type: ignore[no-untyped-def]
    """packaging/screenshots.py's settle, with room for the dashboard's larger reads."""
    from screenshots import settle as settle_window  # this script runs from packaging/

    settle_window(app, runner, until, seconds=120)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv, "th")
    with tempfile.TemporaryDirectory() as tmp:
        clock = [TODAY]
        context = build(Path(tmp), clock)
        runner = TaskRunner(app, max_threads=4)
        ops = Operations(context, runner)
        from desktop_app.ui.main_window import MainWindow

        window = MainWindow(ops)
        window.resize(1366, 768)
        window.show()
        titles = [window.nav.item(i).text() for i in range(window.nav.count())]
        window.nav.setCurrentRow(titles.index("ภาพรวมการตอบรับ"))
        page = window.dashboard_page
        settle(app, runner, lambda: page.view is not None)
        window.grab().save(str(out_dir / "dashboard.png"))

        view = page.matrix_view
        names = [page.matrix_model.recipient(r).name for r in range(page.matrix_model.rowCount())]
        view.scrollTo(
            page.matrix_model.index(names.index("อำเภอปาย"), 0), view.ScrollHint.PositionAtTop
        )
        pai = names.index("อำเภอปาย")
        model = page.matrix_model
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        chosen = QItemSelection(model.index(pai + 2, 3), model.index(pai + 4, 3))
        view.selectionModel().select(chosen, QItemSelectionModel.SelectionFlag.Select)
        view.setFocus()
        view.selectionModel().setCurrentIndex(
            model.index(pai + 4, 3), QItemSelectionModel.SelectionFlag.NoUpdate
        )
        app.processEvents()
        page.grab().save(str(out_dir / "dashboard-matrix.png"))

        page.tabs.setCurrentIndex(1)
        app.processEvents()
        window.grab().save(str(out_dir / "dashboard-districts.png"))

        page.tabs.setCurrentIndex(2)
        table = page.overdue_table
        table.selectRow(0)
        table.selectRow(1)
        page.remind_selected()  # asks first (the confirmation bar), then issues on "yes"
        page.confirm_yes.click()
        settle(app, runner, lambda: page.notice.isVisible() and "แล้ว" in page.notice.text())
        settle(app, runner)
        table.selectRow(2)
        page.remind_selected()  # the question, as the clerk sees it before a number is taken
        app.processEvents()
        window.grab().save(str(out_dir / "dashboard-overdue.png"))
        page.close_confirmation()

        page.tabs.setCurrentIndex(3)
        settle(app, runner)
        window.grab().save(str(out_dir / "dashboard-charts.png"))
        window.close()
        runner.wait_all()
        context.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
