"""Entry point: `python -m desktop_app` (or `saraban-desk`) starts the GUI;
`python -m desktop_app <command> ...` with a CLI command runs the CLI instead."""

from __future__ import annotations

import sys

# The CLI's top-level commands (a test keeps this equal to cli.build_parser()'s), listed here
# so that starting the GUI does not import the CLI module.
CLI_COMMANDS = frozenset(
    {
        "init",
        "receive",
        "incoming",
        "letter",
        "forward",
        "ack",
        "dashboard",
        "remind",
        "export",
        "import",
        "numbering",
    }
)


def main() -> int:
    # A command word, or anything first that is not an option (a mistyped command such as
    # "recieve"), goes to the CLI, which names the commands; the GUI takes only options.
    first = sys.argv[1] if len(sys.argv) > 1 else ""
    if CLI_COMMANDS.intersection(sys.argv[1:]) or (first and not first.startswith("-")):
        from desktop_app.cli import main as cli_main

        return cli_main(sys.argv[1:])
    from desktop_app.ui.app import run

    return run(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
