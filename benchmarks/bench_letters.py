"""Letters per second: our typesetting beside LibreOffice and beside ReportLab's floor.

    .venv/bin/python -m benchmarks.bench_letters [--batch 50] [--repeat 30]

The letter is the sample circular's forwarding letter (benchmarks/forwarding_letter.json).
Three ways to make the same PDF, in one run:

* **ours**: ``LetterRenderer`` (segmentation, shaping, justification, the regulation layout,
  exact copy-out), a one-page letter repeated, and a batch of ``--batch`` letters to different
  recipients in one process (fonts and dictionary loaded once, counted in the batch);
* **LibreOffice**: ``soffice --headless --convert-to pdf`` of the same letter written as a flat
  ODF text document (Laksaman 16 pt, the same margins and indents), one file, then the whole
  batch in one process: what offices do today with a Word template;
* **the floor**: ReportLab drawing our laid-out lines with ``drawString`` (a registered
  TrueType font, no segmentation, no shaping, no layout), the least any PDF of these lines
  can cost in this toolchain.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop_app.domain.letters import Letter
from desktop_app.domain.thai_dates import format_date_full
from desktop_app.reports.letters import (
    BODY_SIZE,
    LEFT_MARGIN,
    PAGE_HEIGHT,
    TEXT_WIDTH,
    LetterRenderer,
    prose_digits,
)
from desktop_app.reports.typesetting import LineBreaker
from desktop_app.resources import data_file, fonts_dir

HERE = Path(__file__).resolve().parent


def sample_letter() -> Letter:
    return Letter.from_json(json.loads((HERE / "forwarding_letter.json").read_text("utf-8")))


def batch_letters(count: int) -> list[Letter]:
    """The same letter to ``count`` different local authorities (one each)."""
    import csv

    with data_file("local_authorities.csv").open(encoding="utf-8") as handle:
        names = [row["name_th"] for row in csv.DictReader(handle)][:count]
    base = sample_letter()
    return [
        replace(base, to=(name,), doc_no=f"มส 0023.3/{354 + i}") for i, name in enumerate(names)
    ]


def timed(function, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


# -- the floor ---------------------------------------------------------------------------------
def floor_lines(renderer: LetterRenderer, letter: Letter) -> list[tuple[str, float, float]]:
    """Our lines for the letter (text, x, y), computed once, outside the timing."""
    style = renderer.styles.body
    breaker = LineBreaker(style, renderer.segmenter)
    lines: list[tuple[str, float, float]] = []
    y = PAGE_HEIGHT - 4.5 * 28.35
    header = [
        f"ที่ {letter.doc_no}",
        "ถึง " + " ".join(letter.to),
        "เรื่อง " + letter.subject,
        *("สิ่งที่ส่งมาด้วย " + e for e in letter.enclosures),
    ]
    for text in header:
        for line in LineBreaker(renderer.styles.plain, renderer.segmenter).lines(
            prose_digits(text, letter.digits), TEXT_WIDTH
        ):
            lines.append((line.text, LEFT_MARGIN + line.indent, y))
            y -= style.line_height
    for paragraph in letter.body:
        for line in breaker.lines(prose_digits(paragraph, letter.digits), TEXT_WIDTH):
            lines.append((line.text, LEFT_MARGIN + line.indent, y))
            y -= style.line_height
    for text in (
        letter.office,
        format_date_full(letter.date, letter.digits) if letter.date else "",
        letter.owner_unit,
        f"โทร. {letter.phone}",
        letter.email,
    ):
        lines.append((text, LEFT_MARGIN, y))
        y -= style.line_height
    return lines


def floor_pdf(lines: list[tuple[str, float, float]]) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("FloorLaksaman", BODY_SIZE)
    for text, x, y in lines:
        canvas.drawString(x, y, text)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# -- LibreOffice -----------------------------------------------------------------------------
FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Laksaman" svg:font-family="Laksaman"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Laksaman"
  fo:font-size="16pt" style:font-name-complex="Laksaman" style:font-size-complex="16pt"
  fo:language="th" fo:country="TH" style:language-complex="th" style:country-complex="TH"/>
 </style:default-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm"
  fo:page-height="29.7cm" fo:margin-left="3cm" fo:margin-right="2cm" fo:margin-top="4.5cm"
  fo:margin-bottom="2cm"/></style:page-layout>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties
  fo:text-align="justify" fo:text-indent="2.5cm"/></style:style>
 <style:style style:name="Hang" style:family="paragraph"><style:paragraph-properties
  fo:margin-left="1.2cm" fo:text-indent="-1.2cm"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties
  fo:margin-left="6cm" fo:text-align="center"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/>
</office:master-styles>
<office:body><office:text>{paragraphs}</office:text></office:body></office:document>
"""


def fodt(letter: Letter) -> str:
    def p(style: str, text: str) -> str:
        body = escape(prose_digits(text, letter.digits))
        return f'<text:p text:style-name="{style}">{body}</text:p>'

    parts = [
        p("Standard", f"ที่ {letter.doc_no}"),
        p("Hang", "ถึง " + " ".join(letter.to)),
        p("Hang", "เรื่อง " + letter.subject),
        *(p("Hang", "สิ่งที่ส่งมาด้วย " + e) for e in letter.enclosures),
        *(p("Body", paragraph) for paragraph in letter.body),
        p("Right", letter.office),
        p("Right", format_date_full(letter.date, letter.digits) if letter.date else ""),
        p("Standard", letter.owner_unit),
        p("Standard", f"โทร. {letter.phone}"),
        p("Standard", f"ไปรษณีย์อิเล็กทรอนิกส์ {letter.email}"),
    ]
    return FODT.replace("{paragraphs}", "".join(parts))


def libreoffice(files: list[Path], out: Path, profile: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    elapsed = time.perf_counter() - start
    missing = [f for f in files if not (out / (f.stem + ".pdf")).exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not convert {missing[:3]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    # Ours: a batch in a fresh renderer (cold: fonts and dictionary load inside the timing).
    letters = batch_letters(args.batch)
    start = time.perf_counter()
    renderer = LetterRenderer()
    for letter in letters:
        renderer.render_bytes(letter)
    ours_batch = time.perf_counter() - start
    letter = sample_letter()
    renderer.render_bytes(letter)  # warm
    ours_one = timed(lambda: renderer.render_bytes(letter), args.repeat)
    ours_pages = renderer.build(letter, io.BytesIO())

    # The floor: the same lines, no layout work at all.
    pdfmetrics.registerFont(TTFont("FloorLaksaman", str(fonts_dir() / "Laksaman.ttf")))
    lines = floor_lines(renderer, letter)
    floor_pdf(lines)
    floor_one = timed(lambda: floor_pdf(lines), args.repeat)
    batch_lines = [floor_lines(renderer, item) for item in letters]
    start = time.perf_counter()
    for item in batch_lines:
        floor_pdf(item)
    floor_batch = time.perf_counter() - start

    # LibreOffice, one process per conversion command.
    result: dict[str, object] = {}
    if shutil.which("soffice"):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            profile = root / "profile"
            sources = []
            for number, item in enumerate([letter, *letters]):
                path = root / f"letter{number}.fodt"
                path.write_text(fodt(item), encoding="utf-8")
                sources.append(path)
            libreoffice(sources[:1], root / "warm", profile)  # creates the profile
            lo_one = libreoffice(sources[:1], root / "one", profile)
            lo_batch = libreoffice(sources[1:], root / "batch", profile)
        result["libreoffice"] = {
            "one_letter_s": lo_one,
            "batch_s": lo_batch,
            "batch_letters_per_s": args.batch / lo_batch,
        }
    median_one = statistics.median(ours_one)
    result.update(
        {
            "ours": {
                "one_letter_ms": median_one * 1000,
                "letters_per_s": 1 / median_one,
                "batch_s": ours_batch,
                "batch_letters_per_s": args.batch / ours_batch,
                "pages": ours_pages,
            },
            "floor": {
                "one_letter_ms": statistics.median(floor_one) * 1000,
                "letters_per_s": 1 / statistics.median(floor_one),
                "batch_letters_per_s": args.batch / floor_batch,
            },
        }
    )
    print(json.dumps(result, indent=2))
    ours, floor = result["ours"], result["floor"]
    print(f"\n| | one letter (ms) | letters/s, one | batch of {args.batch}: letters/s |")
    print("|---|---:|---:|---:|")
    print(
        f"| ours | {ours['one_letter_ms']:.1f} | {ours['letters_per_s']:.1f} | "
        f"{ours['batch_letters_per_s']:.1f} |"
    )
    print(
        f"| floor (ReportLab drawString) | {floor['one_letter_ms']:.1f} | "
        f"{floor['letters_per_s']:.1f} | {floor['batch_letters_per_s']:.1f} |"
    )
    if "libreoffice" in result:
        lo = result["libreoffice"]
        print(
            f"| LibreOffice headless | {lo['one_letter_s'] * 1000:.0f} | "
            f"{1 / lo['one_letter_s']:.2f} | {lo['batch_letters_per_s']:.2f} |"
        )
        print(
            f"\nours / LibreOffice: one letter {lo['one_letter_s'] / median_one:.0f}x, "
            f"batch {ours['batch_letters_per_s'] / lo['batch_letters_per_s']:.1f}x"
        )
    print(
        f"ours / floor: one letter {ours['one_letter_ms'] / floor['one_letter_ms']:.1f}x "
        f"slower, batch {floor['batch_letters_per_s'] / ours['batch_letters_per_s']:.1f}x"
    )


if __name__ == "__main__":
    main()
