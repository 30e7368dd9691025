"""Render the main screens to PNG (offscreen) as on a 1366x768 laptop, for docs/screenshots/,
the user guide's images (resources/help/images/) and review.

    .venv/bin/python packaging/screenshots.py [OUT_DIR]

Builds a throwaway office (Mae Hong Son) with a few realistic documents and one forwarded
letter, then grabs, in Thai: the register, the incoming form (before and after saving), the
forwarding dialog, the outgoing register, a letter's tracking, the directory, the settings,
the setup wizard and the menus with their shortcuts; and the register in English. Each window
has the size the program gives it on a 1366x768 screen with a 40-pixel task bar (the main
window 1350x688 inside its frame). Then copies the images the user guide shows
(``GUIDE_IMAGES``, with dashboard.png from packaging/dashboard_screenshots.py when present)
to resources/help/images/.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.app_context import AppContext
from desktop_app.config import AppPaths
from desktop_app.db.engine import sqlite_url
from desktop_app.domain.acks import AckChannel, Acknowledgement
from desktop_app.domain.classes import Secrecy, Urgency
from desktop_app.domain.incoming import IncomingInput
from desktop_app.domain.office import (
    SetupRequest,
    WorkGroupInfo,
)
from desktop_app.ui import screen_fit
from desktop_app.ui.app import create_application, install_translator
from desktop_app.ui.operations import Operations
from desktop_app.ui.operations.tasks import TaskRunner

ROOT = Path(__file__).resolve().parents[1]
SCREEN = (1366, 768)
TASK_BAR = 40  # pixels at the bottom of the screen
GUIDE_DIR = ROOT / "resources" / "help" / "images"
# The images the user guide (resources/help/user-guide.*.md) shows.
GUIDE_IMAGES = (
    "register.png",
    "register-en.png",
    "incoming-form.png",
    "incoming-form-saved.png",
    "forward.png",
    "outgoing.png",
    "letter-tracking.png",
    "dashboard.png",
    "directory.png",
    "settings.png",
    "setup-wizard.png",
    "menu-document.png",
)

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
    # One circular forwarded to the districts and the town; two have acknowledged.
    outgoing = context.outgoing
    draft = outgoing.draft_forward(1, outgoing.resolve(["all-districts", "4580102"]))
    letter = outgoing.issue(replace(draft, sending_method="ระบบสารบรรณอิเล็กทรอนิกส์"), context.actor)
    tracking = context.acknowledgements.tracking(letter.id)
    rows = [row.id for row in tracking.rows[:2]]
    context.acknowledgements.acknowledge(
        rows,
        Acknowledgement(at=clock_time, channel=AckChannel.ESARABAN),
        context.actor,
    )
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


def use_laptop_screen() -> None:
    """The offscreen platform with one 1366x768 screen (Qt places dialogs on it), unless the
    caller chose a platform. Done before the application object exists."""
    if "QT_QPA_PLATFORM" in os.environ:
        return
    screen_file = Path(tempfile.gettempdir()) / "saraban-screenshots-screen.json"
    screen = {
        "name": "laptop",
        "x": 0,
        "y": 0,
        "width": SCREEN[0],
        "height": SCREEN[1],
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    screen_file.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"


def grab(widget: QWidget, path: Path) -> None:
    """Save what ``widget`` shows (its client area) as a PNG."""
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"{path} {widget.width()}x{widget.height()}")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    use_laptop_screen()
    # Windows size themselves for the screen's free area: the laptop less its task bar.
    free = QRect(0, 0, SCREEN[0], SCREEN[1] - TASK_BAR)
    screen_fit.available_geometry = lambda _widget=None: QRect(free)  # type: ignore[assignment]
    app = create_application(sys.argv, "th")
    with tempfile.TemporaryDirectory() as tmp:
        context = build(Path(tmp))
        runner = TaskRunner(app, max_threads=4)
        ops = Operations(context, runner)
        from desktop_app.ui.main_window import (
            PAGE_DIRECTORY,
            PAGE_OUTGOING,
            PAGE_SETTINGS,
            MainWindow,
        )

        window = MainWindow(ops)
        window.show()
        window.incoming_page.apply_filters()
        settle(app, runner, lambda: window.incoming_page.model.rowCount() > 0)
        window.incoming_page.select_id(2)
        settle(app, runner, lambda: window.incoming_page.detail.record is not None)
        grab(window, out_dir / "register.png")

        menu = next(
            action.menu()
            for action in window.menuBar().actions()
            if action.menu() is not None and window.forward_action in action.menu().actions()
        )
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        settle(app, runner, menu.isVisible)
        grab(menu, out_dir / "menu-document.png")
        menu.hide()

        form = window.incoming_page.open_new_form()
        form.sender_edit.setText("กรมส่งเสริมการปกครองท้องถิ่น")
        form.doc_no_edit.setText("มท 0810.2/ว1089")
        form.doc_date_edit.edit.setText("๕ มี.ค. ๖๙")
        form.to_edit.setText("ผู้ว่าราชการจังหวัด ทุกจังหวัด")
        form.subject_edit.setText("ขอเชิญประชุมชี้แจงแนวทางการบริหารจัดการศูนย์พัฒนาเด็กเล็ก")
        form.urgency_combo.setCurrentIndex(2)
        form._check_duplicates()
        settle(app, runner, form.duplicate_label.isVisible)
        grab(form, out_dir / "incoming-form.png")
        form.save()
        settle(app, runner, lambda: form.saved_record is not None)
        grab(form, out_dir / "incoming-form-saved.png")
        form._mark_clean()
        form.close()

        from desktop_app.ui.dialogs.forward_dialog import ForwardDialog

        forward = ForwardDialog(ops, context.outgoing.forward_setup(2), parent=window)
        forward.picker.add_preset("all-districts")
        forward.picker.set_checked(context.outgoing.resolve(["4580102"]))
        forward.initials.setText("ศกพ.")
        forward.show()
        forward.refresh_preview()
        settle(app, runner, lambda: forward.preview.page_count > 0)
        grab(forward, out_dir / "forward.png")
        forward.reject()
        forward.close()

        window.nav.setCurrentRow(PAGE_OUTGOING)
        page = window.outgoing_page
        settle(app, runner, lambda: page.table.rowCount() > 0)
        page.table.selectRow(0)
        grab(window, out_dir / "outgoing.png")
        tracking = page.track_selected()
        assert tracking is not None
        settle(app, runner, lambda: tracking.tracking is not None)
        grab(tracking, out_dir / "letter-tracking.png")
        tracking.close()

        window.nav.setCurrentRow(PAGE_DIRECTORY)
        settle(app, runner, lambda: bool(window.directory_page.organisations))
        window.directory_page.tree.expandAll()
        grab(window, out_dir / "directory.png")

        window.nav.setCurrentRow(PAGE_SETTINGS)
        settle(app, runner, lambda: window.settings_page.snapshot is not None)
        grab(window, out_dir / "settings.png")

        from desktop_app.ui.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(ops)
        wizard.show()
        settle(app, runner, lambda: wizard.province_page.summary.text() != "")
        grab(wizard, out_dir / "setup-wizard.png")
        wizard.close()

        install_translator(app, "en")
        context.language = "en"
        english = MainWindow(Operations(context, runner))
        english.show()
        english.incoming_page.apply_filters()
        settle(app, runner, lambda: english.incoming_page.model.rowCount() > 0)
        english.incoming_page.select_id(2)
        settle(app, runner, lambda: english.incoming_page.detail.record is not None)
        grab(english, out_dir / "register-en.png")
        english.close()
        window.close()
        runner.wait_all()
        context.close()
    QApplication.processEvents()
    copy_guide_images(out_dir)


def copy_guide_images(out_dir: Path) -> None:
    """Copy the user guide's images from ``out_dir`` to resources/help/images/."""
    GUIDE_DIR.mkdir(parents=True, exist_ok=True)
    for name in GUIDE_IMAGES:
        source = out_dir / name
        if source.is_file():
            shutil.copyfile(source, GUIDE_DIR / name)
        else:
            print(f"{source} missing: the guide's copy is left as it was", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
