"""Files written whole or not at all (desktop_app/files.py): every file the program writes
goes through these, so a full disk never leaves half a PDF, workbook or preferences file."""

from __future__ import annotations

import errno
import os

import pytest

from desktop_app import files
from desktop_app.domain.errors import EnvironmentProblem, InvalidInput


def _disk_full(*_args, **_kwargs):  # type: ignore[no-untyped-def]
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_write_replaces_the_old_file_whole(tmp_path):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")
    files.write_atomically(target, b"%PDF new")
    assert target.read_bytes() == b"%PDF new"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(files.os, "fsync", _disk_full)
    with pytest.raises(EnvironmentProblem) as caught:
        files.write_atomically(target, b"new")
    assert "ดิสก์เต็ม" in caught.value.message_th
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_a_writer_given_a_file_name_gets_the_same_guarantee(tmp_path):
    target = tmp_path / "register.xlsx"
    with files.replacing(target) as temporary:
        assert temporary.parent == tmp_path and temporary != target
        temporary.write_bytes(b"workbook")
    assert target.read_bytes() == b"workbook"
    with pytest.raises(ValueError), files.replacing(target) as temporary:
        temporary.write_bytes(b"half")
        raise ValueError("the writer failed half way")
    assert target.read_bytes() == b"workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["register.xlsx"]


def test_staged_files_wait_for_their_place(tmp_path):
    source = tmp_path / "scan.pdf"
    source.write_bytes(b"x" * (files.CHUNK + 5))
    staged = files.stage_copy(source, tmp_path / "store", prefix=".staging-")
    assert staged.path.name.startswith(".staging-") and staged.size == files.CHUNK + 5
    import hashlib

    assert staged.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    final = tmp_path / "store" / "ab" / staged.sha256
    staged.place(final)
    assert final.read_bytes() == source.read_bytes() and not staged.path.exists()
    again = files.stage_bytes(tmp_path / "store", source.read_bytes(), prefix=".staging-")
    again.place(final, keep_existing=True)  # the same content is there: keep it
    assert not again.path.exists()
    dropped = files.stage_bytes(tmp_path / "store", b"never placed", prefix=".staging-")
    dropped.discard()
    assert not dropped.path.exists()


def test_a_crashed_copy_is_swept_once_it_is_old(tmp_path):
    folder = tmp_path / "store"
    stale = files.stage_bytes(folder, b"left by a crash", prefix=".staging-").path
    fresh = files.stage_bytes(folder, b"being written now", prefix=".staging-").path
    os.utime(stale, (1, 1))
    assert files.sweep_staged(folder, ".staging-", older_than_seconds=3600) == 1
    assert not stale.exists() and fresh.exists()


@pytest.mark.parametrize(
    ("code", "fragment"),
    [
        (errno.ENOSPC, "ดิสก์เต็ม"),
        (errno.EACCES, "ไม่มีสิทธิ์"),
        (errno.ENOENT, "ไม่พบแฟ้ม"),
    ],
)
def test_os_errors_are_told_in_words_a_clerk_can_act_on(code, fragment):
    problem = files.describe_os_error(OSError(code, os.strerror(code), "/data/x.pdf"))
    assert fragment in problem.message_th and problem.message_en != problem.message_th


def test_outputs_get_a_normal_files_mode_and_keep_a_replaced_files_mode(tmp_path):
    fresh = tmp_path / "new.pdf"
    files.write_atomically(fresh, b"%PDF-1.4")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~files._umask()
    shared = tmp_path / "shared.xlsx"
    shared.write_bytes(b"old")
    os.chmod(shared, 0o664)
    with files.replacing(shared) as temporary:
        temporary.write_bytes(b"new")
    assert shared.read_bytes() == b"new"
    assert shared.stat().st_mode & 0o777 == 0o664


def test_a_read_only_or_non_file_target_is_refused_before_anything_is_written(tmp_path):
    from desktop_app.domain.errors import InvalidInput

    locked = tmp_path / "locked.pdf"
    locked.write_bytes(b"keep me")
    os.chmod(locked, 0o444)
    with pytest.raises(InvalidInput, match="อ่านอย่างเดียว"):
        files.check_output(locked, ".pdf")
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(InvalidInput):
        files.check_output(folder, ".pdf")
    assert locked.read_bytes() == b"keep me"
    assert files.check_output(tmp_path / "fine.pdf", ".pdf") == tmp_path / "fine.pdf"


def test_a_failed_rename_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "letter.pdf"
    target.mkdir()  # a folder where the file should go: the rename fails
    with pytest.raises(EnvironmentProblem):
        files.write_atomically(target, b"%PDF-1.4")
    assert [path.name for path in tmp_path.iterdir()] == ["letter.pdf"]
    assert target.is_dir() and not list(target.iterdir())


def test_a_batch_syncs_its_folder_once_at_the_end(tmp_path, monkeypatch):
    synced: list[object] = []
    monkeypatch.setattr(files, "_fsync_directory", synced.append)
    for number in range(3):
        files.write_atomically(tmp_path / f"{number}.pdf", b"%PDF-1.4", sync_folder=False)
    assert synced == []
    files.sync_directory(tmp_path)
    assert synced == [tmp_path]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["0.pdf", "1.pdf", "2.pdf"]


def test_a_clock_running_ahead_does_not_sweep_a_file_being_written(tmp_path, monkeypatch):
    """Another workstation's file, written a moment ago, is not stale because this
    computer's clock runs two days ahead of the shared folder's."""
    import time

    folder = tmp_path / "store"
    fresh = files.stage_bytes(folder, b"being written now", prefix=".staging-").path
    ahead = time.time() + 2 * 24 * 3600
    monkeypatch.setattr(time, "time", lambda: ahead)
    assert files.sweep_staged(folder, ".staging-", older_than_seconds=24 * 3600) == 0
    assert fresh.exists()
    assert [path.name for path in folder.iterdir()] == [fresh.name]  # no probe left


def test_a_folder_this_account_cannot_write_in_is_refused_before_anything(tmp_path, monkeypatch):
    real_access = os.access

    def read_only(path, mode, **kwargs):  # type: ignore[no-untyped-def]
        if mode == os.W_OK and os.fspath(path) == os.fspath(tmp_path):
            return False  # as on a read-only share (root's chmod would not stop root)
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", read_only)
    with pytest.raises(InvalidInput) as caught:
        files.check_output(tmp_path / "letter.pdf", ".pdf")
    assert caught.value.field == "out" and "ไม่มีสิทธิ์เขียน" in caught.value.message_th
