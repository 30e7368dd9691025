"""Starting the GUI: the application object, fonts, translations, error hooks, first-run
setup, then the main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import sys
from collections.abc import Sequence
from types import TracebackType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app import __version__
from desktop_app.app_context import AppContext
from desktop_app.config import WorkstationPrefs, default_paths, resolve_language
from desktop_app.domain.errors import SarabanError
from desktop_app.domain.thai_text import Digits
from desktop_app.resources import translations_dir
from desktop_app.ui.fonts import register_bundled_fonts, ui_font
from desktop_app.ui.messages import show_bug, show_error
from desktop_app.ui.operations.tasks import TaskRunner

log = logging.getLogger(__name__)
# Worker threads for operations: a long export or typesetting must not hold up the page
# fetches and look-ups behind it.
WORKER_THREADS = 4
_IMPORTED_AT = __import__("time").time()


def install_qt_translations(app: QApplication, language: str) -> None:
    """Qt's own words (standard buttons, file chooser, context menus) in ``language``: Qt's
    ``qtbase_<language>.qm`` when PySide6 ships one (it ships none for Thai), and for Thai our
    table (qt_texts.QtThaiTranslator, which answers only while the UI is Thai). Installed once
    per application; switching the language property switches what they answer."""
    from desktop_app.ui.qt_texts import QtThaiTranslator

    installed = app.property("saraban_qt_translations") or ""
    wanted = {language, "thai-table"} if language == "th" else {language}
    for name in sorted(wanted - set(str(installed).split(",")) - {""}):
        if name == "thai-table":
            app.installTranslator(QtThaiTranslator(app))
            continue
        if name == "en":
            continue  # Qt's source strings are English
        qt_translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{name}", folder):
            app.installTranslator(qt_translator)
        else:
            log.info("Qt ships no qtbase_%s.qm in %s", name, folder)
    done = set(str(installed).split(",")) | wanted
    app.setProperty("saraban_qt_translations", ",".join(sorted(done - {""})))


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Source strings are Thai; English comes from resources/translations/saraban_en.qm.
    Qt's own strings follow (``install_qt_translations``)."""
    app.setProperty("saraban_language", language)
    install_qt_translations(app, language)
    if language != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Thai, QLocale.Country.Thailand))
        return None
    translator = QTranslator(app)
    if translator.load("saraban_en", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    log.warning("English translation not found in %s", translations_dir())
    return None


def create_application(argv: Sequence[str], language: str) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Saraban Desk")
    app.setOrganizationName("SarabanDesk")
    app.setApplicationVersion(__version__)
    register_bundled_fonts()
    app.setFont(ui_font())
    install_translator(app, language)
    return app


def _setup_logging(log_dir) -> None:
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_dir / "saraban-desk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])


def _install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("Unhandled exception", exc_info=(kind, error, tb))
        if isinstance(error, SarabanError):
            show_error(None, error)
        else:
            show_bug(None, error)

    sys.excepthook = hook


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="saraban-desk",
        description="Saraban Desk",
        epilog="Command-line use: saraban --help lists the commands "
        "(init, receive, incoming, forward, letter, ack, dashboard, remind, export, ...).",
    )
    parser.add_argument("--db", metavar="URL", help="database URL (SQLite file or PostgreSQL)")
    parser.add_argument("--lang", choices=["th", "en"])
    # Start-up probe for benchmarks and smoke tests: print how long the register took to
    # become interactive (seconds since the process started, resident memory) and quit.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
    args, _qt_args = parser.parse_known_args(list(argv)[1:])
    return args


def _report_ready(app: QApplication, rows: int) -> None:
    """Print start-up figures as JSON once the register shows its rows, then quit."""
    import json
    import time

    elapsed = time.time() - _process_start_time()
    print(
        json.dumps(
            {"ready_seconds": round(elapsed, 3), "rows": rows, "rss_mb": round(_resident_mb(), 1)}
        ),
        flush=True,
    )
    app.quit()


def _process_start_time() -> float:
    """When this process started (psutil-free: /proc on Linux, else module import time)."""
    import os
    import time

    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return time.time() - uptime + start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


def _resident_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    try:
        import resource  # not on Windows
    except ImportError:
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv)
    paths = default_paths()
    _setup_logging(paths.logs_dir)
    language = resolve_language(args.lang, paths)
    app = create_application(argv, language)
    _install_excepthook()
    try:
        context = AppContext.open(args.db, paths=paths, language=language)
    except SarabanError as error:
        show_error(None, error)
        return 1
    runner = TaskRunner(app, max_threads=WORKER_THREADS)
    from desktop_app.ui.operations import Operations

    ops = Operations(context, runner, app)
    digits: Digits = (
        "arabic" if WorkstationPrefs(paths.workstation_file).get("digits") == "arabic" else "thai"
    )

    # Start-up itself may ask the database (the composition root holds the services); from
    # here on, windows only reach them through ``ops``.
    if not context.settings.is_set_up():
        from desktop_app.ui.dialogs.setup_wizard import SetupWizard

        wizard = SetupWizard(ops)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            runner.wait_all()
            context.close()
            return 0

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(ops, digits=digits)
    window.show()
    if args.exit_when_ready:
        window.incoming_page.model.reloaded.connect(lambda rows: _report_ready(app, rows))
    window.incoming_page.apply_filters()
    code = app.exec()
    runner.wait_all()
    context.close()
    return int(code)
