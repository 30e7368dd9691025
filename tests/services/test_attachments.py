"""The attachment store: files kept by content, never half-written, checked on demand."""

from __future__ import annotations

import hashlib

import pytest

from desktop_app.domain.errors import EnvironmentProblem, InvalidInput
from desktop_app.services import attachments as attachments_module
from desktop_app.services.attachments import AttachmentStore, sha256_of


def test_a_file_is_stored_under_its_hash_and_survives_the_original(tmp_path):
    store = AttachmentStore(tmp_path / "store")
    source = tmp_path / "หนังสือเวียน.pdf"
    content = b"%PDF-1.4\n" + b"x" * (3 * attachments_module.CHUNK + 7)  # several chunks
    source.write_bytes(content)
    stored = store.put(source)
    sha = hashlib.sha256(content).hexdigest()
    assert (stored.filename, stored.sha256, stored.size, stored.media_type) == (
        "หนังสือเวียน.pdf",
        sha,
        len(content),
        "application/pdf",
    )
    source.unlink()
    assert store.path_for(sha).read_bytes() == content
    assert sha256_of(store.path_for(sha)) == sha
    assert store.verify(sha)


def test_the_same_content_is_kept_once_whatever_its_name(tmp_path):
    store = AttachmentStore(tmp_path / "store")
    first, second = tmp_path / "a.pdf", tmp_path / "b.doc"
    first.write_bytes(b"same bytes")
    second.write_bytes(b"same bytes")
    one, two = store.put(first), store.put(second)
    assert one.sha256 == two.sha256 and (one.filename, two.filename) == ("a.pdf", "b.doc")
    assert two.media_type == "application/msword"
    assert [p.name for p in (tmp_path / "store").rglob("*") if p.is_file()] == [one.sha256]


def test_a_damaged_copy_is_noticed(tmp_path):
    store = AttachmentStore(tmp_path / "store")
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"original scan")
    sha = store.put(source).sha256
    store.path_for(sha).write_bytes(b"changed on disk")
    assert not store.verify(sha)
    assert not store.verify("0" * 64)  # missing


def test_a_copy_that_fails_half_way_leaves_nothing_behind(tmp_path, monkeypatch):
    store = AttachmentStore(tmp_path / "store")
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"y" * (2 * attachments_module.CHUNK))

    def disk_full(_fd):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(attachments_module.os, "fsync", disk_full)
    with pytest.raises(EnvironmentProblem) as caught:
        store.put(source)
    assert "ดิสก์เต็ม" in caught.value.message_th
    assert [p for p in (tmp_path / "store").rglob("*") if p.is_file()] == []


@pytest.mark.parametrize("name", ["missing.pdf", "."])
def test_what_cannot_be_attached_is_refused_before_copying(tmp_path, name):
    store = AttachmentStore(tmp_path / "store")
    with pytest.raises(InvalidInput) as caught:
        store.put(tmp_path / name)
    assert caught.value.field == "attachments"
    assert not (tmp_path / "store").exists()


def test_a_file_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(attachments_module, "MAX_FILE_BYTES", 10)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"z" * 11)
    with pytest.raises(InvalidInput) as caught:
        AttachmentStore.check_source(big)
    assert "big.pdf" in caught.value.message_th


def test_an_exported_copy_has_the_original_name(tmp_path):
    store = AttachmentStore(tmp_path / "store")
    source = tmp_path / "in" / "ต้นฉบับ.pdf"
    source.parent.mkdir()
    source.write_bytes(b"content")
    sha = store.put(source).sha256
    copy = store.export_copy(sha, "../../ต้นฉบับ.pdf", tmp_path / "out")
    assert copy == tmp_path / "out" / "ต้นฉบับ.pdf"  # no path from the name is followed
    assert copy.read_bytes() == b"content"
    with pytest.raises(EnvironmentProblem):
        store.export_copy("f" * 64, "gone.pdf", tmp_path / "out")
