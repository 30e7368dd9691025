"""Enums shown to people: a stored English value with a Thai and an English label."""

from __future__ import annotations

import enum


class LabelledEnum(enum.StrEnum):
    """Subclasses give ``_labels``: ``{value: (Thai, English)}`` for every member."""

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        raise NotImplementedError

    @property
    def label_th(self) -> str:
        return type(self)._labels()[self.value][0]

    @property
    def label_en(self) -> str:
        return type(self)._labels()[self.value][1]

    def label(self, lang: str = "th") -> str:
        """The label in the UI's language ("th" or "en")."""
        return self.label_en if lang == "en" else self.label_th
