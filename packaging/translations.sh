#!/bin/sh
# Refresh the English translation source from the UI code, then compile it.
# Edit resources/translations/saraban_en.ts with Qt Linguist (pyside6-linguist) in between.
set -eu
cd "$(dirname "$0")/.."
VENV="${SARABAN_VENV:-.venv}"
"$VENV/bin/pyside6-lupdate" -tr-function-alias translate+=_t -no-obsolete \
  -source-language th_TH -target-language en_US \
  $(find desktop_app/ui -name '*.py' | sort) -ts resources/translations/saraban_en.ts
"$VENV/bin/pyside6-lrelease" resources/translations/saraban_en.ts \
  -qm resources/translations/saraban_en.qm
