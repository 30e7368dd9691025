#!/bin/sh
# Set up a development machine and run Saraban Desk or its test suite.
#   sh packaging/dev.sh run    install what is missing, then start the app
#   sh packaging/dev.sh test   install what is missing, then run ruff, mypy and the tests
# Linux (Debian/Ubuntu) for development and CI; Windows offices use the packaged build.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="${SARABAN_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"
MODE="${1:-run}"

need_apt=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
# Qt's xcb and offscreen platforms need these; poppler renders PDFs for checks; xvfb for
# screenshots; PostgreSQL for the shared-database tests.
have_lib libEGL.so.1 || need_apt="$need_apt libegl1"
have_lib libGL.so.1 || need_apt="$need_apt libgl1"
have_lib libxkbcommon.so.0 || need_apt="$need_apt libxkbcommon0"
have_lib libxkbcommon-x11.so.0 || need_apt="$need_apt libxkbcommon-x11-0"
have_lib libfontconfig.so.1 || need_apt="$need_apt libfontconfig1"
have_lib libdbus-1.so.3 || need_apt="$need_apt libdbus-1-3"
have_lib libxcb-cursor.so.0 || need_apt="$need_apt libxcb-cursor0"
have_lib libxcb-icccm.so.4 || need_apt="$need_apt libxcb-icccm4"
have_lib libxcb-keysyms.so.1 || need_apt="$need_apt libxcb-keysyms1"
have_lib libxcb-shape.so.0 || need_apt="$need_apt libxcb-shape0"
have_lib libxcb-xinerama.so.0 || need_apt="$need_apt libxcb-xinerama0"
have_lib libxcb-randr.so.0 || need_apt="$need_apt libxcb-randr0"
have_lib libxcb-render-util.so.0 || need_apt="$need_apt libxcb-render-util0"
have_lib libxcb-image.so.0 || need_apt="$need_apt libxcb-image0"
command -v pdftoppm >/dev/null 2>&1 || need_apt="$need_apt poppler-utils"
if [ "$MODE" = "test" ]; then
  command -v initdb >/dev/null 2>&1 || [ -x /usr/lib/postgresql/15/bin/initdb ] \
    || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt="$need_apt postgresql"
fi
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null || need_apt="$need_apt python3-venv"

if [ -n "$need_apt" ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages:$need_apt"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need_apt >/dev/null
fi

if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.saraban-installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[dev]"
  touch "$stamp"
fi

case "$MODE" in
  run)
    shift || true
    exec "$VENV/bin/python" -m desktop_app "$@" ;;
  test)
    shift || true
    "$VENV/bin/ruff" check desktop_app tests benchmarks migrations packaging
    "$VENV/bin/ruff" format --check desktop_app tests benchmarks migrations packaging
    "$VENV/bin/mypy"
    QT_QPA_PLATFORM=offscreen exec "$VENV/bin/python" -m pytest -n 2 "$@" ;;
  *)
    echo "usage: sh packaging/dev.sh run|test" >&2; exit 2 ;;
esac
