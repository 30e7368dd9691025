"""The word dictionary: answers as PyThaiNLP's trie does, and is loaded from a prepared file
that is rebuilt when stale or damaged and never breaks a start (dictionary.py)."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pythainlp.corpus.common import thai_words
from pythainlp.tokenize import word_tokenize
from pythainlp.util import dict_trie

from desktop_app.reports.typesetting import dictionary
from desktop_app.reports.typesetting.dictionary import (
    CACHE_NAME,
    MAGIC,
    WordDictionary,
    cache_key,
    load_base,
    read_prepared,
)
from desktop_app.reports.typesetting.segment import Segmenter, _dictionary_words, office_terms

ROOT = Path(__file__).resolve().parents[2]
_SHARED_SAMPLE = ROOT.parent / "shared" / "samples" / "received-circular.txt"
# The real circular when the shared samples sit beside the repository (a developer's
# machine); else the forwarding letter that ships with the benchmarks (a clean clone, CI).
SAMPLE = (
    _SHARED_SAMPLE.read_text("utf-8")
    if _SHARED_SAMPLE.is_file()
    else (ROOT / "benchmarks" / "forwarding_letter.json").read_text("utf-8")
)
THAI_RUNS = sorted(set(re.findall(r"[\u0e00-\u0e7f]+", SAMPLE)))
TERMS = set(_dictionary_words(office_terms()))
NAMES = ["องค์การบริหารส่วนตำบลผาบ่อง", "เทศบาลตำบลปางหมู", "ห้วยโป่งน้ำร้อน"]


@pytest.fixture(scope="module")
def words() -> list[str]:
    return sorted({*thai_words(), *TERMS})


@pytest.fixture(scope="module")
def both(words):  # type: ignore[no-untyped-def]
    """Ours and PyThaiNLP's trie over the same words, plus the same names added to each."""
    ours, trie = WordDictionary.from_sorted(list(words)), dict_trie(words)
    for name in NAMES:
        ours.add(name)
        trie.add(name)
    return ours, trie


def test_prefixes_and_membership_match_pythainlps_trie(both):
    ours, trie = both
    assert len(ours) == len(trie)
    for run in THAI_RUNS:
        for start in range(len(run)):
            assert ours.prefixes(run, start) == trie.prefixes(run, start), (run, start)
    for word in ["จังหวัด", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", *NAMES, "จังหวั", "ก"]:
        assert (word in ours) == (word in trie), word


@given(st.text(alphabet="กขคงจตนมยรลวสหอะาิีึืุูเแโใไ่้๊๋ำั", max_size=12))
def test_any_thai_text_is_cut_the_same_as_with_the_trie(both, text):
    ours, trie = both
    assert word_tokenize(text, custom_dict=ours, engine="newmm") == word_tokenize(
        text, custom_dict=trie, engine="newmm"
    )


def test_the_sample_circular_segments_exactly_as_before(tmp_path, words):
    """The segmenter over the prepared dictionary cuts every run as the trie did."""
    segmenter = Segmenter(NAMES, cache_dir=tmp_path)
    trie = dict_trie({*words, *segmenter.extra_words})
    loaded = segmenter._dictionary()
    for run in THAI_RUNS:
        assert word_tokenize(run, custom_dict=loaded, engine="newmm") == word_tokenize(
            run, custom_dict=trie, engine="newmm"
        )


def test_words_added_later_are_kept_whole(tmp_path):
    segmenter = Segmenter(cache_dir=tmp_path)
    text = "ขอเชิญองค์การบริหารส่วนตำบลห้วยผึ้งเข้าร่วม"
    assert "ห้วยผึ้ง" not in [token.text for token in segmenter.tokens(text)]
    segmenter.add_words(["ห้วยผึ้ง"])
    assert "ห้วยผึ้ง" in [token.text for token in segmenter.tokens(text)]


def _no_building(monkeypatch):  # type: ignore[no-untyped-def]
    def refuse() -> frozenset[str]:
        raise AssertionError("built instead of loaded")

    monkeypatch.setattr("pythainlp.corpus.common.thai_words", refuse)


def test_the_second_start_loads_the_prepared_file_instead_of_building(tmp_path, monkeypatch):
    first = load_base(TERMS, tmp_path)
    assert (tmp_path / CACHE_NAME).is_file()
    _no_building(monkeypatch)
    second = load_base(TERMS, tmp_path)
    assert second.base_words == first.base_words
    assert "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด" in second


def test_the_file_follows_the_default_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("SARABAN_DATA_DIR", str(tmp_path / "data"))
    Segmenter().load()
    assert (tmp_path / "data" / "cache" / CACHE_NAME).is_file()


def test_other_office_terms_make_the_file_stale(tmp_path):
    load_base(TERMS, tmp_path)
    before = (tmp_path / CACHE_NAME).read_bytes()
    rebuilt = load_base({*TERMS, "คำใหม่ของสำนักงาน"}, tmp_path)
    assert "คำใหม่ของสำนักงาน" in rebuilt
    assert (tmp_path / CACHE_NAME).read_bytes() != before
    assert cache_key(TERMS) != cache_key({*TERMS, "คำใหม่ของสำนักงาน"})


def _payload_with(words: object) -> bytes:
    payload = marshal.dumps(words)
    key = cache_key(TERMS)
    assert key is not None
    return MAGIC + key + zlib.crc32(payload).to_bytes(4, "big") + payload


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data[:-10] + bytes(10),  # zeros at the end
        lambda data: data[:200] + bytes([data[200] ^ 0xFF]) + data[201:],  # one byte flipped
        lambda data: b"not a dictionary at all" * 100,
        lambda data: b"X" + data[1:],  # wrong magic
        lambda data: _payload_with({"not": "a list"}),  # right checksum, wrong type
        lambda data: _payload_with(["ก", 5]),  # right checksum, not all words
    ],
)
def test_a_damaged_file_is_ignored_and_rebuilt_never_an_error(tmp_path, damage):
    good = load_base(TERMS, tmp_path)
    path = tmp_path / CACHE_NAME
    path.write_bytes(damage(path.read_bytes()))
    key = cache_key(TERMS)
    assert key is not None
    assert read_prepared(path, key) is None
    again = load_base(TERMS, tmp_path)
    assert again.base_words == good.base_words
    assert read_prepared(path, key) == good.base_words  # and stored again


def test_a_folder_that_cannot_be_written_only_costs_a_build(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")  # the cache "folder" is a file: nothing can be written
    loaded = load_base(TERMS, blocker / "cache")
    assert "จังหวัด" in loaded
    assert not (blocker / "cache").exists()


def test_a_missing_word_list_means_no_file_but_a_dictionary(tmp_path, monkeypatch):
    monkeypatch.setattr(dictionary, "_THAI_WORDS_FILE", "no-such-list.txt")
    assert cache_key(TERMS) is None
    assert "จังหวัด" in load_base(TERMS, tmp_path)
    assert not (tmp_path / CACHE_NAME).exists()


def test_processes_writing_the_file_at_once_all_end_with_a_good_one(tmp_path):
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from desktop_app.reports.typesetting.dictionary import load_base\n"
        "from desktop_app.reports.typesetting.segment import _dictionary_words, office_terms\n"
        "terms = set(_dictionary_words(office_terms()))\n"
        "d = load_base(terms, Path(sys.argv[1]))\n"
        "assert 'จังหวัด' in d and len(d) > 50000\n"
    )
    workers = [
        subprocess.Popen([sys.executable, "-c", probe, str(tmp_path)], cwd=ROOT) for _ in range(4)
    ]
    assert [worker.wait(timeout=120) for worker in workers] == [0, 0, 0, 0]
    key = cache_key(TERMS)
    assert key is not None
    assert read_prepared(tmp_path / CACHE_NAME, key) is not None
    assert not [p for p in tmp_path.iterdir() if p.name != CACHE_NAME]  # no temporary left
