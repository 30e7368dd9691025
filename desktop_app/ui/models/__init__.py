"""models of the main window."""
