"""Letters per second: `saraban letter render` beside LibreOffice and beside ReportLab's floor.

    .venv/bin/python -m benchmarks.bench_letters [--letters 200] [--repeat 5]
        [--lo-repeat 3] [--no-libreoffice]

The letter is the sample circular's forwarding letter (benchmarks/forwarding_letter.json)
sent to ``--letters`` different local authorities (one each, numbered ว 354, 355, ...). In one
run, the runs of each side interleaved and repeated (medians):

* **ours**, through the real command line, one process each time:
  ``python -m desktop_app letter render LETTERS.json --out-dir DIR`` with a JSON array of one
  letter and of all of them; the *marginal* cost of a letter is (time for N - time for 1) /
  (N - 1): the process start, the imports, the fonts and the word dictionary cancel out.
  Sequentially (``--jobs 1``) and with the worker processes (the default: one per core);
* **LibreOffice** (``soffice --headless --convert-to pdf``, one process for all the files), the
  same letters as .docx files (written here with ``zipfile``: one run per paragraph, the font
  and the size ours draws, the regulation's margins and indents), one file and all N: the same
  marginal cost per letter. Skipped, with a note, when ``soffice`` is missing or fails;
* **the floor**: ReportLab drawing the lines of our own PDFs (read back with pdfplumber) with
  ``drawString`` in a registered TrueType font and writing each PDF to a file, in one warm
  process: no segmentation, no shaping, no layout, no ToUnicode work. The least any PDF of
  these lines costs in this toolchain.

Also measured: the first start with no prepared word dictionary (it is built and stored), and
in-process what loading the dictionary costs beside building it (ours and PyThaiNLP's trie).
Targets (issue 8): ours with the workers at most a tenth of LibreOffice's marginal time per
letter; ours sequentially at most three times the floor.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from benchmarks.common import REPO, CpuWatch, machine, save_results
from desktop_app.domain.letters import Letter
from desktop_app.domain.thai_dates import format_date_full
from desktop_app.reports.letters import prose_digits
from desktop_app.resources import data_file, fonts_dir

HERE = Path(__file__).resolve().parent
BODY_POINTS = 16.0  # the letter's nominal size (TH Sarabun 16 pt)


def sample_letter() -> Letter:
    return Letter.from_json(json.loads((HERE / "forwarding_letter.json").read_text("utf-8")))


def batch_letters(count: int) -> list[Letter]:
    """The same letter to ``count`` different local authorities (one each)."""
    import csv

    with data_file("local_authorities.csv").open(encoding="utf-8") as handle:
        names = [row["name_th"] for row in csv.DictReader(handle)][:count]
    base = sample_letter()
    return [
        replace(base, to=(name,), doc_no=f"มส 0023.3/ว {354 + i}") for i, name in enumerate(names)
    ]


def median(values: list[float]) -> float:
    return statistics.median(values)


# -- ours, through the command line -------------------------------------------------------------
def cli(source: Path, out: Path, env: dict[str, str], *jobs: str) -> float:
    """Seconds for one `letter render` process (its JSON output checked)."""
    out.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "desktop_app", "letter", "render", str(source)]
    start = time.perf_counter()
    result = subprocess.run(
        [*command, "--out-dir", str(out), "--json", *jobs],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"letter render failed: {result.stderr.strip()}")
    json.loads(result.stdout)
    return elapsed


# -- the floor --------------------------------------------------------------------------------
Lines = list[list[tuple[str, float, float, float]]]  # pages of (text, x, baseline, size)


def pdf_lines(pdf: bytes) -> Lines:
    """The text lines of a PDF, page by page, where they are (pdfplumber)."""
    import pdfplumber

    pages: Lines = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            lines = []
            for line in page.extract_text_lines(return_chars=True):
                size = max(char["size"] for char in line["chars"])
                lines.append((line["text"], line["x0"], page.height - line["bottom"], size))
            pages.append(lines)
    return pages


def floor_pdf(pages: Lines, target: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for lines in pages:
        for text, x, y, size in lines:
            canvas.setFont("FloorFont", size)
            canvas.drawString(x, y, text)
        canvas.showPage()
    canvas.save()
    target.write_bytes(buffer.getvalue())


def measure_floor(pdfs: list[bytes], out: Path, repeat: int) -> float:
    """Median seconds per letter for the floor over the batch (lines read outside timing)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("FloorFont", str(fonts_dir() / "Laksaman.ttf")))
    batch = [pdf_lines(pdf) for pdf in pdfs]
    out.mkdir(parents=True, exist_ok=True)
    floor_pdf(batch[0], out / "warm.pdf")
    per_letter = []
    for _ in range(repeat):
        start = time.perf_counter()
        for number, pages in enumerate(batch, start=1):
            floor_pdf(pages, out / f"{number}.pdf")
        per_letter.append((time.perf_counter() - start) / len(batch))
    return median(per_letter)


def measure_in_process(letters: list[Letter], repeat: int) -> float:
    """Median seconds per letter of ``LetterRenderer.build`` to memory, after the first
    letter, in a fresh renderer each time (as the command line's sequential path: the batch's
    names added first; each letter's new text segmented once): the typesetting alone,
    without JSON, files or process."""
    from desktop_app.reports.letter_batch import letter_names
    from desktop_app.reports.letters import LetterRenderer

    names = [name for letter in letters for name in letter_names(letter)]
    per_letter = []
    for _ in range(repeat):
        renderer = LetterRenderer()
        renderer.segmenter.add_words(names)
        renderer.build(letters[0], io.BytesIO())
        start = time.perf_counter()
        for letter in letters[1:]:
            renderer.build(letter, io.BytesIO())
        per_letter.append((time.perf_counter() - start) / (len(letters) - 1))
    return median(per_letter)


# -- the word dictionary ----------------------------------------------------------------------
def measure_dictionary(repeat: int) -> dict[str, float]:
    """Milliseconds (median): loading the prepared file; building our sorted dictionary;
    building PyThaiNLP's ``dict_trie`` (what every start did before)."""
    from pythainlp.corpus.common import thai_words
    from pythainlp.util import dict_trie

    from desktop_app.reports.typesetting.dictionary import WordDictionary, load_base
    from desktop_app.reports.typesetting.segment import _dictionary_words, office_terms

    terms = set(_dictionary_words(office_terms()))
    words = {*thai_words(), *terms}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        load_base(terms, folder)  # writes the file

        def timed(function: Any) -> float:
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                function()
                times.append((time.perf_counter() - start) * 1000)
            return median(times)

        def build_and_store() -> None:
            (folder / "thai-words.bin").unlink()
            load_base(terms, folder)

        return {
            "load_prepared_ms": timed(lambda: load_base(terms, folder)),
            "build_and_store_ms": timed(build_and_store),
            "build_sorted_list_ms": timed(lambda: WordDictionary(words)),
            "pythainlp_dict_trie_ms": timed(lambda: dict_trie(words)),
        }


# -- LibreOffice --------------------------------------------------------------------------------
DOCX_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="word/document.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
</Relationships>"""
DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Target="styles.xml"
 Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>
</Relationships>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>
<w:rFonts w:ascii="{{font}}" w:hAnsi="{{font}}" w:cs="{{font}}" w:eastAsia="{{font}}"/>
<w:sz w:val="{{half_points}}"/><w:szCs w:val="{{half_points}}"/>
<w:lang w:val="th-TH" w:bidi="th-TH"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
</w:pPrDefault></w:docDefaults></w:styles>"""
TWIPS_PER_CM = 567


def docx(letter: Letter, font: str, half_points: int) -> bytes:
    """The letter as a minimal Word document: A4, margins 3/2/2.5/2 cm, ``font`` at
    ``half_points``/2 pt, body paragraphs justified (Thai distributed) with a 2.5 cm first
    line, labelled lines hanging, the office and date centred right of the middle."""

    def p(text: str, *, jc: str = "left", ind: str = "", run: str = "") -> str:
        body = escape(prose_digits(text, letter.digits))
        return (
            f'<w:p><w:pPr><w:jc w:val="{jc}"/>{ind}</w:pPr><w:r>{run}'
            f'<w:t xml:space="preserve">{body}</w:t></w:r></w:p>'
        )

    hang = f'<w:ind w:left="{TWIPS_PER_CM * 2}" w:hanging="{TWIPS_PER_CM * 2}"/>'
    first = f'<w:ind w:firstLine="{int(TWIPS_PER_CM * 2.5)}"/>'
    block = f'<w:ind w:left="{TWIPS_PER_CM * 6}"/>'
    urgent = f'<w:rPr><w:b/><w:bCs/><w:color w:val="CC0000"/><w:sz w:val="{half_points * 2}"/>'
    urgent += f'<w:szCs w:val="{half_points * 2}"/></w:rPr>'
    parts = [
        p("ด่วนที่สุด", run=urgent) if letter.urgency == "most_urgent" else "",
        p(f"ที่ {letter.doc_no}"),
        p("ถึง " + " ".join(letter.to), ind=hang),
        p("เรื่อง " + letter.subject, ind=hang),
        *(p("สิ่งที่ส่งมาด้วย " + e, ind=hang) for e in letter.enclosures),
        *(p(paragraph, jc="thaiDistribute", ind=first) for paragraph in letter.body),
        p(letter.office, jc="center", ind=block),
        p(
            format_date_full(letter.date, letter.digits) if letter.date else "",
            jc="center",
            ind=block,
        ),
        *(p(line) for line in letter.owner_unit.split("\n")),
        p(f"โทร. {letter.phone}"),
        p(f"ไปรษณีย์อิเล็กทรอนิกส์ {letter.email}"),
    ]
    section = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1134" '
        'w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>'
        + "".join(parts)
        + section
        + "</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        archive.writestr(
            "word/styles.xml",
            STYLES.replace("{font}", font).replace("{half_points}", str(half_points)),
        )
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def fontconfig_file(folder: Path) -> Path:
    """A fontconfig file adding the bundled fonts to the system's, so LibreOffice sets the
    letters in the same font as ours (the system has no Thai font of its own)."""
    cache = folder / "fc-cache"
    cache.mkdir(parents=True, exist_ok=True)
    path = folder / "fonts.conf"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{escape(str(fonts_dir()))}</dir><cachedir>{escape(str(cache))}</cachedir>"
        "</fontconfig>",
        encoding="utf-8",
    )
    return path


def libreoffice(files: list[Path], out: Path, profile: Path, env: dict[str, str]) -> float:
    """Seconds for one `soffice --headless --convert-to pdf` process converting ``files``."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    start = time.perf_counter()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=1800,
        env=env,
    )
    elapsed = time.perf_counter() - start
    missing = [f for f in files if not (out / (f.stem + ".pdf")).exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not convert {[m.name for m in missing[:3]]}")
    return elapsed


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


# -- the run ------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--letters", type=int, default=200, help="letters in the batch (N)")
    parser.add_argument("--repeat", type=int, default=5, help="rounds of ours")
    parser.add_argument("--lo-repeat", type=int, default=3, help="rounds of LibreOffice")
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    count = args.letters
    if count < 2:
        parser.error("--letters must be at least 2")

    from desktop_app.reports.letter_batch import auto_jobs, start_method

    watch = CpuWatch()
    results: dict[str, Any] = {"machine": machine(), "letters": count}
    letters = batch_letters(count)
    with tempfile.TemporaryDirectory(prefix="bench-letters-") as tmp:
        root = Path(tmp)
        env = {**os.environ, "SARABAN_DATA_DIR": str(root / "data")}
        env.pop("SARABAN_DB_URL", None)
        many, one = root / "letters.json", root / "one.json"
        many.write_text(json.dumps([x.to_json() for x in letters], ensure_ascii=False), "utf-8")
        one.write_text(json.dumps([letters[0].to_json()], ensure_ascii=False), "utf-8")
        lo = LibreOffice.prepare(letters, root, env, args.no_libreoffice)

        # The first start ever: no prepared dictionary yet (it is built and stored).
        cold = cli(one, root / "cold", env)
        cli(many, root / "warm", env)  # warm the OS's caches
        # Rounds of both sides interleaved: a disturbance on this shared machine hits both.
        runs: dict[str, list[float]] = {"one": [], "sequential": [], "workers": []}
        for round_number in range(max(args.repeat, args.lo_repeat if lo.ready else 0)):
            if round_number < args.repeat:
                runs["one"].append(cli(one, root / "one", env))
                runs["sequential"].append(cli(many, root / "seq", env, "--jobs", "1"))
                runs["workers"].append(cli(many, root / "par", env))
            if lo.ready and round_number < args.lo_repeat:
                lo.round()
        for number in range(1, count + 1):  # the two paths give the same PDFs
            a, b = root / "seq" / f"{number}.pdf", root / "par" / f"{number}.pdf"
            if a.read_bytes() != b.read_bytes():
                raise RuntimeError(f"letter {number}: the workers' PDF differs")
        t_one, t_seq, t_par = (median(runs[k]) for k in ("one", "sequential", "workers"))
        results["ours"] = {
            "runs_s": runs,
            "first_start_no_dictionary_s": cold,
            "one_letter_s": t_one,
            "sequential_s": t_seq,
            "workers_s": t_par,
            "workers": auto_jobs(count, start_method()),
            "marginal_sequential_ms": (t_seq - t_one) / (count - 1) * 1000,
            "marginal_workers_ms": (t_par - t_one) / (count - 1) * 1000,
            # Best of the rounds: the least disturbed estimate on a shared machine.
            "best_marginal_sequential_ms": (min(runs["sequential"]) - min(runs["one"]))
            / (count - 1)
            * 1000,
            "best_marginal_workers_ms": (min(runs["workers"]) - min(runs["one"]))
            / (count - 1)
            * 1000,
            "pages": page_count(root / "seq" / "1.pdf"),
        }
        results.update(lo.results(count))
        ours_pdfs = [(root / "seq" / f"{n}.pdf").read_bytes() for n in range(1, count + 1)]
        results["in_process_ms"] = measure_in_process(letters, args.repeat) * 1000
        results["floor_ms"] = measure_floor(ours_pdfs, root / "floor", args.repeat) * 1000
        results["dictionary"] = measure_dictionary(args.repeat)
    results["cpu"] = watch.report()
    path = save_results("letters", results)
    print(json.dumps({k: v for k, v in results.items() if k != "machine"}, indent=2))
    report(results)
    print(f"\nraw figures: {path}")


class LibreOffice:
    """The LibreOffice side: the .docx files, the profile, the timed conversions."""

    def __init__(self, note: str = "") -> None:
        self.note = note
        self.sources: list[Path] = []
        self.root = Path()
        self.env: dict[str, str] = {}
        self.font = ""
        self.runs: dict[str, list[float]] = {"one": [], "all": []}

    @property
    def ready(self) -> bool:
        return not self.note

    @classmethod
    def prepare(
        cls, letters: list[Letter], root: Path, env: dict[str, str], skip: bool
    ) -> LibreOffice:
        """Write the .docx files and make LibreOffice's profile (one untimed conversion);
        a side with a ``note`` saying why when it cannot run."""
        from desktop_app.reports.typesetting import ShapingFont

        if skip:
            return cls("not run (--no-libreoffice)")
        if not shutil.which("soffice"):
            return cls(
                "not run: soffice not found (Debian: apt-get install -y "
                "--no-install-recommends libreoffice-writer)"
            )
        side = cls()
        side.root = root
        font = ShapingFont(fonts_dir() / "Laksaman.ttf")
        half_points = round(2 * font.drawn_size(BODY_POINTS))
        side.font = f"Laksaman {half_points / 2:g} pt"
        (root / "docx").mkdir()
        for number, letter in enumerate(letters, start=1):
            path = root / "docx" / f"letter{number}.docx"
            path.write_bytes(docx(letter, "Laksaman", half_points))
            side.sources.append(path)
        side.env = {**env, "FONTCONFIG_FILE": str(fontconfig_file(root / "fc"))}
        try:
            libreoffice(side.sources[:1], root / "lo-warm", root / "lo-profile", side.env)
        except (subprocess.SubprocessError, OSError, RuntimeError) as error:
            return cls(f"not run: LibreOffice failed ({error})")
        return side

    def round(self) -> None:
        profile = self.root / "lo-profile"
        try:
            self.runs["one"].append(
                libreoffice(self.sources[:1], self.root / "lo1", profile, self.env)
            )
            self.runs["all"].append(libreoffice(self.sources, self.root / "loN", profile, self.env))
        except (subprocess.SubprocessError, OSError, RuntimeError) as error:
            self.note = f"not run: LibreOffice failed ({error})"

    def results(self, count: int) -> dict[str, Any]:
        if self.note or not self.runs["all"]:
            return {"libreoffice_note": self.note or "not run"}
        lo_one, lo_all = median(self.runs["one"]), median(self.runs["all"])
        return {
            "libreoffice": {
                "runs_s": self.runs,
                "one_letter_s": lo_one,
                "all_s": lo_all,
                "marginal_ms": (lo_all - lo_one) / (count - 1) * 1000,
                "best_marginal_ms": (min(self.runs["all"]) - min(self.runs["one"]))
                / (count - 1)
                * 1000,
                "font": self.font,
                "pages": page_count(self.root / "loN" / "letter1.pdf"),
            }
        }


def report(results: dict[str, Any]) -> None:
    count, ours, floor = results["letters"], results["ours"], results["floor_ms"]
    lo = results.get("libreoffice")
    print(f"\n| {count} letters | whole batch (s) | one letter (s) | per letter, marginal (ms) |")
    print("|---|---:|---:|---:|")
    print(
        f"| ours, sequential (`--jobs 1`) | {ours['sequential_s']:.2f} | "
        f"{ours['one_letter_s']:.2f} | **{ours['marginal_sequential_ms']:.1f}** |"
    )
    print(
        f"| ours, {ours['workers']} worker{'s' if ours['workers'] != 1 else ''} (default) | "
        f"{ours['workers_s']:.2f} | "
        f"{ours['one_letter_s']:.2f} | **{ours['marginal_workers_ms']:.1f}** |"
    )
    if lo:
        print(
            f"| LibreOffice headless (.docx) | {lo['all_s']:.2f} | {lo['one_letter_s']:.2f} | "
            f"**{lo['marginal_ms']:.1f}** |"
        )
    print(f"| floor (ReportLab `drawString`, in process) | | | {floor:.1f} |")
    best = (
        f"best rounds: ours sequential {ours['best_marginal_sequential_ms']:.1f} ms, "
        f"with workers {ours['best_marginal_workers_ms']:.1f} ms"
    )
    if lo:
        best += f", LibreOffice {lo['best_marginal_ms']:.1f} ms"
    print(f"\n{best} a letter (marginal)")
    print(f"\nours in process (typesetting to memory): {results['in_process_ms']:.1f} ms a letter")
    if lo:
        print(
            f"ours with workers / LibreOffice marginal: "
            f"{ours['marginal_workers_ms'] / lo['marginal_ms']:.3f} (target <= 0.1); "
            f"sequential: {ours['marginal_sequential_ms'] / lo['marginal_ms']:.3f}"
        )
    else:
        print(f"LibreOffice: {results.get('libreoffice_note')}")
    print(
        f"ours sequential / floor: {ours['marginal_sequential_ms'] / floor:.2f} (target <= 3); "
        f"in process / floor: {results['in_process_ms'] / floor:.2f}"
    )
    d = results["dictionary"]
    print(
        f"dictionary: load {d['load_prepared_ms']:.1f} ms, build and store "
        f"{d['build_and_store_ms']:.1f} ms, build (sorted list) {d['build_sorted_list_ms']:.1f} "
        f"ms, PyThaiNLP dict_trie {d['pythainlp_dict_trie_ms']:.0f} ms; first start with no "
        f"prepared file {ours['first_start_no_dictionary_s']:.2f} s"
    )


if __name__ == "__main__":
    main()
