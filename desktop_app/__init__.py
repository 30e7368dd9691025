"""Saraban Desk: the office's incoming and outgoing registers, routing and Thai letters."""

__version__ = "0.1.0"
APP_NAME = "SarabanDesk"
APP_AUTHOR = "SarabanDesk"
