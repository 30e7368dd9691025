"""Render the main screens to PNG (offscreen) for docs/screenshots/ and for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py [OUT_DIR]

Builds a throwaway office (Mae Hong Son) with a few realistic documents, then grabs the
register, the incoming form after saving, the setup wizard and the directory, in Thai, and
the register in English.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import (
    SetupRequest,
    WorkGroupInfo,
)
from desktop_app.ui.app import create_application, install_translator
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.tasks import TaskRunner

DOCUMENTS = [
    (
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "มท ๐๘๑๐.๒/ว ๑๐๘๙",
        dt.date(2026, 3, 5),
        "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการเพื่อแลกเปลี่ยนองค์ความรู้ระหว่างไทยและญี่ปุ่น "
        "(DLA-CLAIR-MIC Joint Hybrid Seminar) ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
        Urgency.NORMAL,
        "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
    ),
    (
        "กรมส่งเสริมการปกครองท้องถิ่น",
        "มท 0808.2/ว 1120",
        dt.date(2026, 3, 6),
        "ซักซ้อมแนวทางการจัดทำงบประมาณรายจ่ายประจำปีขององค์กรปกครองส่วนท้องถิ่น",
        Urgency.MOST_URGENT,
        "ผู้ว่าราชการจังหวัด ทุกจังหวัด",
    ),
    (
        "อำเภอปาย",
        "มส 0518/512",
        dt.date(2026, 3, 6),
        "รายงานผลการดำเนินงานป้องกันและแก้ไขปัญหาไฟป่าและหมอกควัน",
        Urgency.URGENT,
        "ผู้ว่าราชการจังหวัดแม่ฮ่องสอน",
    ),
    (
        "องค์การบริหารส่วนตำบลผาบ่อง",
        "มส 73601/88",
        dt.date(2026, 3, 4),
        "ขอส่งแผนพัฒนาท้องถิ่น (พ.ศ. ๒๕๖๖ - ๒๕๗๐) เพิ่มเติม ฉบับที่ ๒",
        Urgency.NORMAL,
        "ท้องถิ่นจังหวัดแม่ฮ่องสอน",
    ),
    (
        "สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดแม่ฮ่องสอน",
        "ลต 0301/ว 45",
        dt.date(2026, 3, 3),
        "ขอความร่วมมือประชาสัมพันธ์การเลือกตั้งสมาชิกสภาท้องถิ่น",
        Urgency.VERY_URGENT,
        "ผู้ว่าราชการจังหวัดแม่ฮ่องสอน",
    ),
]


def build(root: Path) -> AppContext:
    paths = AppPaths(data_dir=root / "data", config_dir=root / "config")
    clock_time = dt.datetime(2026, 3, 6, 16, 57)
    context = AppContext.open(
        sqlite_url(root / "data" / "demo.sqlite3"),
        paths=paths,
        username="สมศรี ใจดี",
        clock=lambda: clock_time,
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
    groups = [g.id for g in context.settings.work_groups()]
    for index, (sender, doc_no, doc_date, subject, urgency, to_text) in enumerate(DOCUMENTS):
        context.incoming.receive(
            IncomingInput(
                sender=sender,
                doc_no=doc_no,
                doc_date=doc_date,
                subject=subject,
                urgency=urgency,
                to_text=to_text,
                work_group_id=groups[index % len(groups)],
                secrecy=Secrecy.CONFIDENTIAL if index == 4 else Secrecy.NORMAL,
            ),
            context.actor,
        )
    context.incoming.cancel(4, "ลงรับซ้ำกับฉบับที่ได้รับทางอีเมล", context.actor)
    return context


def settle(app: QApplication, runner: TaskRunner, until=lambda: True, seconds: float = 60) -> None:  # type: ignore[no-untyped-def]
    """Let the operations started so far finish and their results reach the widgets."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        runner.pool.waitForDone(50)
        app.processEvents()
        if not runner.busy and until():
            app.processEvents()
            return
    raise TimeoutError("the window did not settle")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    app = create_application(sys.argv, "th")
    with tempfile.TemporaryDirectory() as tmp:
        context = build(Path(tmp))
        runner = TaskRunner(app, max_threads=4)
        ops = Operations(context, runner)
        from desktop_app.ui.main_window import MainWindow

        window = MainWindow(ops)
        window.show()
        window.incoming_page.apply_filters()
        settle(app, runner, lambda: window.incoming_page.model.rowCount() > 0)
        window.incoming_page.table.selectRow(0)
        settle(app, runner, lambda: window.incoming_page.detail.record is not None)
        window.grab().save(str(out_dir / "register.png"))

        form = window.incoming_page.open_new_form()
        form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
        form.doc_no_edit.setText("มท 0810.2/ว1089")
        form.doc_date_edit.edit.setText("๕ มี.ค. ๖๙")
        form.to_edit.setText("ผู้ว่าราชการจังหวัด ทุกจังหวัด")
        form.subject_edit.setText("ขอเชิญประชุมชี้แจงแนวทางการบริหารจัดการศูนย์พัฒนาเด็กเล็ก")
        form.urgency_combo.setCurrentIndex(2)
        form._check_duplicates()
        settle(app, runner, form.duplicate_label.isVisible)
        form.grab().save(str(out_dir / "incoming-form.png"))
        form.save()
        settle(app, runner, lambda: form.saved_record is not None)
        form.grab().save(str(out_dir / "incoming-form-saved.png"))
        form._mark_clean()
        form.close()

        from desktop_app.ui.dialogs.forward_dialog import ForwardDialog

        forward = ForwardDialog(ops, context.outgoing.forward_setup(1))
        forward.picker.add_preset("all-districts")
        forward.picker.set_checked(context.outgoing.resolve(["2580101", "4580102"]))
        forward.initials.setText("ศกพ.")
        forward.show()
        forward.refresh_preview()
        settle(app, runner, lambda: forward.preview.page_count > 0)
        forward.grab().save(str(out_dir / "forward.png"))
        forward.close()

        window.nav.setCurrentRow(2)
        settle(app, runner, lambda: bool(window.directory_page.organisations))
        window.directory_page.tree.expandAll()
        app.processEvents()
        window.grab().save(str(out_dir / "directory.png"))

        from desktop_app.ui.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(ops)
        wizard.show()
        settle(app, runner, lambda: wizard.province_page.summary.text() != "")
        wizard.grab().save(str(out_dir / "setup-wizard.png"))
        wizard.close()

        install_translator(app, "en")
        context.language = "en"
        english = MainWindow(Operations(context, runner))
        english.show()
        english.incoming_page.apply_filters()
        settle(app, runner, lambda: english.incoming_page.model.rowCount() > 0)
        english.grab().save(str(out_dir / "register-en.png"))
        runner.wait_all()
        context.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
