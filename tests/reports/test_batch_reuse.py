"""What a batch of letters reuses (issue 8's speed): a paragraph's lines and drawing made once
per process, Thai runs and inner words segmented once. Reuse must never change a letter:
words added later reach every cache, and a letter typeset from the caches is the letter
typeset cold, byte for byte."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop_app.domain.letters import Letter
from desktop_app.reports.letters import LetterRenderer
from desktop_app.reports.typesetting import Segmenter, ShapingFont, TextStyle, ThaiParagraph
from desktop_app.reports.typesetting.layout import laid_out
from desktop_app.resources import fonts_dir

FONT = ShapingFont(fonts_dir() / "Laksaman.ttf")
NAME = "ห้วยผึ้ง"  # not a dictionary word: newmm cuts it unless it is added
TEXT = (
    "ขอให้องค์การบริหารส่วนตำบลห้วยผึ้งแจ้งผลการดำเนินงานให้จังหวัดทราบภายในวันที่ ๓๐ "
    "พฤศจิกายน ๒๕๖๙ เพื่อจะได้รวบรวมรายงานกรมส่งเสริมการปกครองท้องถิ่นต่อไป"
)
STYLE = TextStyle(FONT, 16.0, align="justify", first_indent=70.0)


def _words(lines) -> list[str]:  # type: ignore[no-untyped-def]
    return [segment.run.text for line in lines for segment in line.segments]


def test_a_paragraph_is_laid_out_once_for_the_same_text_style_and_width(tmp_path):
    segmenter = Segmenter(cache_dir=tmp_path)
    first = laid_out(TEXT, STYLE, 450.0, segmenter)
    assert laid_out(TEXT, STYLE, 450.0, segmenter) is first
    assert laid_out(TEXT, STYLE, 300.0, segmenter) is not first
    assert laid_out(TEXT, STYLE.but(size=14.0), 450.0, segmenter) is not first
    # Spacing around the paragraph does not change its lines: still shared.
    assert laid_out(TEXT, STYLE.but(space_before=12.0), 450.0, segmenter) is first


def test_words_added_later_reach_every_cache(tmp_path):
    segmenter = Segmenter(cache_dir=tmp_path)
    before = laid_out(TEXT, STYLE, 450.0, segmenter)
    assert NAME not in _words(before.lines)
    cut = segmenter.inner_words("องค์การบริหารส่วนตำบล" + NAME)
    generation = segmenter.generation
    segmenter.add_words([NAME])
    assert segmenter.generation == generation + 1
    after = laid_out(TEXT, STYLE, 450.0, segmenter)
    assert after is not before and NAME in _words(after.lines)
    assert NAME in [token.text for token in segmenter.tokens("ตำบล" + NAME)]
    assert segmenter.inner_words("องค์การบริหารส่วนตำบล" + NAME) != cut
    # Words already known change nothing, and keep the caches.
    segmenter.add_words([NAME])
    assert segmenter.generation == generation + 1
    assert laid_out(TEXT, STYLE, 450.0, segmenter) is after


def test_a_paragraph_cut_across_pages_keeps_its_lines_and_draws_each_part(tmp_path):
    segmenter = Segmenter(cache_dir=tmp_path)
    paragraph = ThaiParagraph(TEXT * 3, STYLE, segmenter)
    _width, height = paragraph.wrap(300.0, 10_000.0)
    lines = paragraph._layout(300.0)
    first, rest = paragraph.split(300.0, height / 2)
    assert isinstance(first, ThaiParagraph) and isinstance(rest, ThaiParagraph)
    assert first._lines + rest._lines == lines  # the same Line objects, in order
    assert first._span[1] == rest._span[0] and rest._span[1] == len(lines)


def test_a_letter_typeset_from_the_caches_is_the_letter_typeset_cold(tmp_path):
    letter = Letter.from_json(
        {
            "kind": "stamped",
            "doc_no": "มส 0023.3/ว 354",
            "date": "2026-11-30",
            "to": ["องค์การบริหารส่วนตำบล" + NAME],
            "body": [TEXT, TEXT + " " + TEXT],
            "office": "จังหวัดแม่ฮ่องสอน",
            "owner_unit": "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด\nโทร. ๐ ๕๓๖๑ ๑๒๓๔",
            "urgency": "ด่วนที่สุด",
            "secrecy": "ลับ",
            "digits": "thai",
        }
    )
    warm = LetterRenderer()
    cold_first = warm.render_bytes(letter)
    other = Letter.from_json({**letter.to_json(), "doc_no": "มส 0023.3/ว 355"})
    warm.render_bytes(other)  # caches now hold the shared paragraphs' lines and drawings
    again = warm.render_bytes(letter)
    fresh = LetterRenderer().render_bytes(letter)
    assert again == cold_first == fresh
    text = PdfReader(io.BytesIO(again)).pages[0].extract_text()
    assert "ที่ มส ๐๐๒๓.๓/ว ๓๕๔" in text and "๓๕๕" not in text
