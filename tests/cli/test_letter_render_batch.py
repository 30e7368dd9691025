"""`saraban letter render` of many letters: worker processes give the same PDFs, in the same
order and under the same names, as the sequential path; the command never loads the database
layer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.letters import Letter
from desktop_app.reports import letter_batch
from desktop_app.reports.letter_batch import FontChoice, letter_names, render_letters
from tests.cli.conftest import run

ROOT = Path(__file__).resolve().parents[2]
BASE = {
    "kind": "stamped",
    "doc_no": "มส 0023.3/ว 354",
    "date": "2026-03-12",
    "subject": "การเผยแพร่องค์ความรู้จากการประชุมสัมมนาทางวิชาการ",
    "body": [
        "ด้วยกรมส่งเสริมการปกครองท้องถิ่นแจ้งว่า ได้จัดทำเอกสารเผยแพร่องค์ความรู้ "
        "จังหวัดแม่ฮ่องสอนจึงขอให้องค์การบริหารส่วนตำบลห้วยผึ้งและเทศบาลตำบลปางหมู "
        "ประชาสัมพันธ์ให้องค์กรปกครองส่วนท้องถิ่นในพื้นที่ทราบ"
    ],
    "office": "จังหวัดแม่ฮ่องสอน",
    "owner_unit": "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด\nกลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
    "digits": "thai",
}
# Names that are not dictionary words: each letter's recipient changes how the body of the
# *others* may break when the names are added along the way instead of all first.
RECIPIENTS = [
    "องค์การบริหารส่วนตำบลห้วยผึ้ง",
    "เทศบาลตำบลปางหมู",
    "องค์การบริหารส่วนตำบลผาบ่อง",
    "องค์การบริหารส่วนตำบลห้วยโป่ง",
    "เทศบาลเมืองแม่ฮ่องสอน",
    "องค์การบริหารส่วนตำบลหมอกจำแป่",
    "อำเภอ ทุกอำเภอ",
]


def batch() -> list[dict[str, object]]:
    letters: list[dict[str, object]] = [
        {**BASE, "to": [name], "doc_no": f"มส 0023.3/ว {354 + n}"}
        for n, name in enumerate(RECIPIENTS)
    ]
    letters[2] = {**letters[2], "kind": "external", "closing": "ขอแสดงความนับถือ"}
    return letters


def render_cli(capsys, tmp_path: Path, name: str, *jobs: str) -> tuple[list[dict], Path]:  # type: ignore[no-untyped-def]
    source = tmp_path / "letters.json"
    source.write_text(json.dumps(batch(), ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / name
    folder.mkdir()
    code, value, err = run(
        capsys, "letter", "render", str(source), "--out-dir", str(folder), "--json", *jobs
    )
    assert code == 0, err
    assert isinstance(value, list)
    return value, folder


def test_workers_write_the_same_pdfs_in_the_same_order_as_one_process(capsys, tmp_path):
    sequential, one = render_cli(capsys, tmp_path, "one", "--jobs", "1")
    parallel, many = render_cli(capsys, tmp_path, "many", "--jobs", "3")
    assert [item["pdf"] for item in sequential] == [str(one / f"{n}.pdf") for n in range(1, 8)]
    assert [item["pdf"] for item in parallel] == [str(many / f"{n}.pdf") for n in range(1, 8)]
    assert [item["pages"] for item in parallel] == [item["pages"] for item in sequential]
    for number in range(1, 8):
        assert (many / f"{number}.pdf").read_bytes() == (one / f"{number}.pdf").read_bytes()
    assert sorted(p.name for p in many.iterdir()) == sorted(p.name for p in one.iterdir())


def test_spawned_workers_give_the_same_pdfs_too(tmp_path, monkeypatch):
    """Where processes cannot be forked (Windows), workers load everything themselves."""
    letters = [Letter.from_json(item) for item in batch()[:4]]
    one, many = tmp_path / "one", tmp_path / "many"
    one.mkdir()
    many.mkdir()
    render_letters(letters, [one / f"{n}.pdf" for n in range(4)], jobs=1)
    monkeypatch.setattr(letter_batch, "start_method", lambda: "spawn")
    pages = render_letters(letters, [many / f"{n}.pdf" for n in range(4)], jobs=2)
    assert len(pages) == 4
    for number in range(4):
        assert (many / f"{number}.pdf").read_bytes() == (one / f"{number}.pdf").read_bytes()


def test_a_letter_comes_out_the_same_whatever_came_before_it_in_the_batch(tmp_path):
    letters = [Letter.from_json(item) for item in batch()]
    forward, backward = tmp_path / "forward", tmp_path / "backward"
    forward.mkdir()
    backward.mkdir()
    render_letters(letters, [forward / f"{n}.pdf" for n in range(7)], jobs=1)
    render_letters(letters[::-1], [backward / f"{n}.pdf" for n in range(7)][::-1], jobs=1)
    for number in range(7):
        assert (forward / f"{number}.pdf").read_bytes() == (backward / f"{number}.pdf").read_bytes()


def test_every_letter_is_typeset_knowing_every_letters_names(tmp_path, monkeypatch):
    """What keeps the two paths identical: the dictionary holds all the batch's names before
    the first letter, so no letter's line breaks depend on the letters typeset before it."""
    from desktop_app.reports.letters import LetterRenderer

    letters = [Letter.from_json(item) for item in batch()]
    every = {part for letter in letters for name in letter_names(letter) for part in name.split()}
    every = {part for part in every if len(part) > 1}
    missing: list[set[str]] = []
    original = LetterRenderer.build

    def spy(self, letter, target, **options):  # type: ignore[no-untyped-def]
        missing.append(every - self.segmenter.extra_words)
        return original(self, letter, target, **options)

    monkeypatch.setattr(LetterRenderer, "build", spy)
    render_letters(letters, [tmp_path / f"{n}.pdf" for n in range(7)], jobs=1)
    assert missing == [set()] * 7


def test_the_names_added_first_are_all_the_names_a_letter_protects(tmp_path):
    """``letter_names`` covers what ``LetterRenderer.story`` adds to the dictionary: after
    they are added, typesetting the letter adds nothing more."""
    item = {
        **batch()[2],
        "signer": {"name": "นายสมชาย ใจดี", "position": "ปลัดจังหวัด\nปฏิบัติราชการแทน"},
        "to": ["นายอำเภอเมืองแม่ฮ่องสอน", "นายกองค์การบริหารส่วนตำบลห้วยผึ้ง"],
    }
    letter = Letter.from_json(item)
    renderer = FontChoice().renderer()
    renderer.segmenter.add_words(letter_names(letter))
    known = set(renderer.segmenter.extra_words)
    renderer.render_bytes(letter)
    assert renderer.segmenter.extra_words == known


def test_jobs_must_be_a_whole_number_of_one_or_more(capsys, tmp_path):
    source = tmp_path / "letters.json"
    source.write_text("[]", encoding="utf-8")
    for bad in ("0", "-2", "two"):
        code, _out, err = run(
            capsys, "letter", "render", str(source), "--out-dir", str(tmp_path), "--jobs", bad
        )
        assert code == 2 and "--jobs" in err


def test_a_small_batch_stays_in_one_process(monkeypatch):
    monkeypatch.setattr(letter_batch, "usable_cpus", lambda: 8)
    assert letter_batch.auto_jobs(1, "fork") == 1
    assert letter_batch.auto_jobs(9, "fork") == 1
    assert letter_batch.auto_jobs(17, "fork") == 2
    assert letter_batch.auto_jobs(1000, "fork") == 8
    assert letter_batch.auto_jobs(100, "spawn") == 1  # a spawned worker costs ~0.6 s to start
    assert letter_batch.auto_jobs(1000, "spawn") == 8


def test_rendering_letters_never_imports_the_database_layer(tmp_path):
    source = tmp_path / "letters.json"
    source.write_text(json.dumps(batch()[:2], ensure_ascii=False), encoding="utf-8")
    probe = (
        "import json, sys\n"
        "from desktop_app.cli import main\n"
        "code = main(['letter', 'render', sys.argv[1], '--out-dir', sys.argv[2], '--json'])\n"
        "heavy = ['sqlalchemy', 'alembic', 'desktop_app.db', 'desktop_app.services',\n"
        "         'desktop_app.app_context', 'PySide6']\n"
        "print(json.dumps({'code': code, 'loaded': [m for m in heavy if m in sys.modules]}),"
        " file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(source), str(tmp_path)],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "SARABAN_DATA_DIR": str(tmp_path / "data")},
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    assert report == {"code": 0, "loaded": []}
    assert [item["pages"] >= 1 for item in json.loads(result.stdout)] == [True, True]
    assert (tmp_path / "1.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_empty_array_writes_nothing(capsys, tmp_path, jobs):
    source = tmp_path / "letters.json"
    source.write_text("[]", encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    code, value, _err = run(
        capsys, "letter", "render", str(source), "--out-dir", str(folder), "--json", "--jobs", jobs
    )
    assert (code, value) == (0, [])
    assert not list(folder.iterdir())


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_name_that_cannot_be_written_refuses_the_batch_before_any_letter(capsys, tmp_path, jobs):
    source = tmp_path / "letters.json"
    source.write_text(json.dumps(batch(), ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "out"
    (folder / "5.pdf").mkdir(parents=True)  # a folder where letter 5's PDF should go
    code, _out, err = run(
        capsys, "letter", "render", str(source), "--out-dir", str(folder), "--jobs", jobs
    )
    assert code == 2
    assert "5.pdf" in err
    assert sorted(path.name for path in folder.iterdir()) == ["5.pdf"]  # nothing written


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_pdf_that_cannot_be_written_fails_the_command_and_says_which(
    capsys, tmp_path, jobs, monkeypatch
):
    from desktop_app import files
    from desktop_app.domain.errors import EnvironmentProblem

    write = files.write_atomically

    def disk_full_at_five(target: Path, data: bytes, **options: bool) -> None:
        if target.name == "5.pdf":
            raise EnvironmentProblem("พื้นที่ดิสก์เต็ม", "The disk is full")
        write(target, data, **options)

    monkeypatch.setattr(files, "write_atomically", disk_full_at_five)
    source = tmp_path / "letters.json"
    source.write_text(json.dumps(batch(), ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "out"
    folder.mkdir()
    code, _out, err = run(
        capsys, "letter", "render", str(source), "--out-dir", str(folder), "--jobs", jobs
    )
    assert code == 1
    assert "5.pdf" in err and "ดิสก์เต็ม" in err
    written = sum(1 for path in folder.iterdir() if path.suffix == ".pdf")
    assert f"เขียนแฟ้ม PDF แล้ว {written} จาก 7 ฉบับ" in err  # what is left in the folder
    assert not (folder / "5.pdf").exists()
    assert (folder / "1.pdf").read_bytes().startswith(b"%PDF")


def test_a_frozen_build_that_would_spawn_typesets_in_one_process(tmp_path, monkeypatch):
    """A PyInstaller executable cannot start spawned workers (it would start the program
    again): the batch is typeset here, whatever --jobs says."""
    import multiprocessing

    def no_workers(*_args: object) -> None:
        raise AssertionError("workers started")

    monkeypatch.setattr(letter_batch, "start_method", lambda: "spawn")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(multiprocessing, "get_context", no_workers)
    letters = [Letter.from_json(item) for item in batch()[:3]]
    pages = render_letters(letters, [tmp_path / f"{n}.pdf" for n in range(3)], jobs=2)
    assert len(pages) == 3 and all((tmp_path / f"{n}.pdf").is_file() for n in range(3))


def test_an_error_in_another_process_stops_the_batch_and_is_raised_here(tmp_path, monkeypatch):
    """Every process takes letters from one counter and writes its own PDFs; the first error
    (here in letter 5, whichever process took it) stops the others taking more and comes
    back to the caller as it was raised."""
    from desktop_app.reports.letters import LetterRenderer

    original = LetterRenderer.build

    def failing(self, letter, target, **options):  # type: ignore[no-untyped-def]
        if letter.doc_no.endswith("358"):
            raise ValueError("letter 358 cannot be typeset")
        return original(self, letter, target, **options)

    monkeypatch.setattr(LetterRenderer, "build", failing)
    monkeypatch.setattr(letter_batch, "start_method", lambda: "fork")
    letters = [Letter.from_json(item) for item in batch()]
    with pytest.raises(ValueError, match="358"):
        render_letters(letters, [tmp_path / f"{n}.pdf" for n in range(7)], jobs=2)
    assert not (tmp_path / "4.pdf").exists()
    assert (tmp_path / "0.pdf").read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".*"))  # no temporary file left behind


def test_text_that_is_not_utf8_is_bad_input_and_a_bom_is_fine(capsys, tmp_path):
    letter = {**batch()[0]}
    thai = json.dumps(letter, ensure_ascii=False)
    for name, data in (
        ("cp874.json", thai.encode("cp874")),  # Windows' Thai encoding
        ("utf16.json", thai.encode("utf-16")),
    ):
        source = tmp_path / name
        source.write_bytes(data)
        code, _out, err = run(
            capsys, "letter", "render", str(source), "--out", str(tmp_path / "x.pdf")
        )
        assert code == 2 and "UTF-8" in err, (name, err)
        assert not (tmp_path / "x.pdf").exists()
    source = tmp_path / "notepad.json"
    source.write_bytes(b"\xef\xbb\xbf" + thai.encode("utf-8"))  # UTF-8 with a byte-order mark
    code, _out, err = run(capsys, "letter", "render", str(source), "--out", str(tmp_path / "y.pdf"))
    assert code == 0, err
    assert (tmp_path / "y.pdf").read_bytes().startswith(b"%PDF")
