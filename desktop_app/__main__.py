"""Entry point: `python -m desktop_app` (or `saraban-desk`) starts the GUI;
`python -m desktop_app <command>` with a CLI command runs the CLI instead."""

from __future__ import annotations

import sys


def main() -> int:
    from desktop_app.cli import COMMANDS

    commands = {name for name, _sub in COMMANDS}
    if any(arg in commands for arg in sys.argv[1:2]):
        from desktop_app.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from desktop_app.ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
