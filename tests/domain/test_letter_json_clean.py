"""A letter read from JSON never carries control characters: a NUL or BEL in a body would be
typeset as an empty box (user trial)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.letters import Letter, Signer

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_control_characters_are_removed_from_every_text_field():
    letter = Letter.from_json(
        {
            "kind": "stamped",
            "body": ["ด้วย\x00\x07จังหวัด", "\x00\x07", "ย่อหน้า\x1b สอง"],
            "subject": "เรื่อง\x00ทดสอบ",
            "to": "อำเภอ\x07ปาย",
            "signer": {"name": "นาย\x00ก", "position": "ผู้ว่า\x08ราชการ\r\nจังหวัด"},
            "owner_unit": "สำนักงาน\x00\r\nโทร ๐",
            "references": ["หนังสือ\x00ที่ ๑"],
        }
    )
    texts = [
        *letter.body,
        letter.subject,
        *letter.to,
        *letter.references,
        letter.owner_unit,
        letter.signer.name if letter.signer else "",
        letter.signer.position if letter.signer else "",
    ]
    assert not any(_CONTROL.search(text) for text in texts), texts
    # A paragraph of nothing but control characters is no paragraph; the words stay apart.
    assert letter.body == ("ด้วย  จังหวัด", "ย่อหน้า  สอง")
    # Line breaks are kept (a position or unit of two lines), whatever their kind.
    assert letter.signer == Signer("นาย ก", "ผู้ว่า ราชการ\nจังหวัด")
    assert letter.owner_unit == "สำนักงาน \nโทร ๐"


def test_text_the_font_may_lack_is_kept():
    """Emoji and CJK are not control characters: kept as given (the font decides)."""
    letter = Letter.from_json({"body": ["ขอบคุณ 🙏 東京"]})
    assert letter.body == ("ขอบคุณ 🙏 東京",)


_CLEAN = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cf", "Zl", "Zp", "Co", "Cn")), max_size=30
)


@given(_CLEAN, st.lists(_CLEAN.filter(str.strip), max_size=3))
def test_clean_text_round_trips_unchanged(subject, body):
    letter = Letter(kind="stamped", subject=subject, body=tuple(body))
    assert Letter.from_json(letter.to_json()) == letter
