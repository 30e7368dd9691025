"""Translation: source strings are Thai, English comes from resources/translations/.

Every user-visible string goes through ``_t("Context", "ข้อความ")`` with literal arguments so
``pyside6-lupdate -tr-function-alias translate+=_t`` finds it (packaging/translations.sh).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)
