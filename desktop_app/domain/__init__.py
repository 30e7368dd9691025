"""Pure rules of the office's paperwork: no Qt, no database."""
