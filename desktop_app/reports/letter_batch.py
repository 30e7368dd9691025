"""Many letters typeset at once, over every core: what ``saraban letter render`` of a JSON
array does.

The first letter is typeset in this process (loading the fonts and the word dictionary,
warming the shaping, segmentation and layout caches); the rest are shared between this
process and worker processes, each taking the next few letters from one shared counter as it
becomes free, typesetting them and writing their PDFs itself (whole or not at all,
``desktop_app.files``; a thread writes each PDF while the next letter is typeset, and each
folder is flushed once at the end). Only page counts travel between processes, and they come
back in the letters' order.

Every letter comes out the same as on the sequential path, byte for byte (the renderer writes
invariant PDFs): before any letter is typeset, the names of *all* the letters (recipients,
offices, units, signers' positions: what ``LetterRenderer.story`` protects) are added to the
dictionary, so how a line breaks never depends on which letters a process happened to typeset
before it.

Workers are forked on Linux when this process runs no other thread (they start in
milliseconds with everything loaded); elsewhere they are spawned and load the fonts and the
dictionary themselves (about 0.6 s each), so the automatic number of workers asks for more
letters per worker there (``MIN_LETTERS_PER_WORKER``). A frozen build (PyInstaller) typesets
in one process: its executable does not call ``multiprocessing.freeze_support()``.
"""

from __future__ import annotations

import gc
import io
import os
import queue
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.domain.letters import Letter

# Below this many letters per worker, starting workers costs more than it saves. Measured
# on 2 cores (docs/benchmarks.md, section 4, issue 8): forked workers break even at about 9
# letters and gain 1.25x at 17, 1.6x at 100; a spawned worker takes 0.6 s to start (imports,
# fonts, dictionary), some 50 letters' work.
MIN_LETTERS_PER_WORKER = {"fork": 8, "spawn": 60}
CHUNK = 2  # letters handed to a worker at a time: small, so the workers finish together


@dataclass(frozen=True)
class FontChoice:
    """Which fonts and emblem the letters use: files, or None for the bundled fonts."""

    font: Path | None = None
    bold: Path | None = None
    garuda: Path | None = None

    def check(self) -> None:
        """Refuse files that cannot be used, before any letter is typeset: a font that the
        renderer's ``ShapingFont`` cannot load (not TrueType, or PostScript outlines), an
        emblem that is not an image ReportLab can draw (PNG or JPEG).

        Raises ``InvalidInput`` (field "font", "bold_font" or "garuda") naming the file, in
        Thai and English; an unreadable file (permissions) is ``InvalidInput`` too."""
        from desktop_app.domain.errors import InvalidInput
        from desktop_app.reports.typesetting.fonts import ShapingFont

        for path, field in ((self.font, "font"), (self.bold, "bold_font")):
            if path is None:
                continue
            _check_readable(path, field)
            try:
                ShapingFont(path)
            except Exception as error:  # TTFError, struct.error, ...: not a usable font
                raise InvalidInput(
                    f"“{path}” ไม่ใช่แฟ้มแบบอักษร TrueType ที่ใช้ได้",
                    f"“{path}” is not a TrueType font file that can be used",
                    field=field,
                ) from error
        if self.garuda is not None:
            _check_readable(self.garuda, "garuda")
            from reportlab.lib.utils import ImageReader

            try:
                reader = ImageReader(str(self.garuda))
                width, height = reader.getSize()
                reader.getRGBData()  # decodes it all: a truncated file fails here
                if width <= 0 or height <= 0:
                    raise ValueError(f"size {width}x{height}")
            except Exception as error:  # PIL's UnidentifiedImageError, OSError, ...
                raise InvalidInput(
                    f"“{self.garuda}” ไม่ใช่แฟ้มภาพ PNG หรือ JPEG ที่ใช้เป็นภาพครุฑได้",
                    f"“{self.garuda}” is not a PNG or JPEG image that can be used as the Garuda",
                    field="garuda",
                ) from error

    def renderer(self) -> Any:
        """A fresh ``LetterRenderer`` with these fonts (raises what ``ShapingFont`` raises
        for an unreadable font file)."""
        from desktop_app.reports.letters import LetterFonts, LetterRenderer

        if self.font is None:
            return LetterRenderer(garuda=self.garuda)
        return LetterRenderer(
            fonts=LetterFonts.from_files(self.font, self.bold), garuda=self.garuda
        )


def _check_readable(path: Path, field: str) -> None:
    """``InvalidInput`` when ``path`` cannot be opened for reading."""
    from desktop_app.domain.errors import InvalidInput

    try:
        with path.open("rb"):
            pass
    except OSError as error:
        raise InvalidInput(
            f"อ่านแฟ้ม “{path}” ไม่ได้: {error.strerror}",
            f"Cannot read “{path}”: {error.strerror}",
            field=field,
        ) from error


def letter_names(letter: Letter) -> list[str]:
    """The names ``LetterRenderer.story`` keeps whole for ``letter`` (added to the word
    dictionary): recipients, the office, the owner unit's and the signer's lines."""
    return [
        *letter.to,
        letter.office,
        *letter.owner_unit.split("\n"),
        *(letter.signer.position.split("\n") if letter.signer else []),
    ]


def usable_cpus() -> int:
    """The cores this process may run on (its affinity where the OS says, else all)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def start_method() -> str:
    """The way to start workers: "fork" on Linux when no other thread runs (forking a
    process that holds threads can deadlock; macOS's system libraries do not survive a
    fork), else "spawn"."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def can_spawn() -> bool:
    """Whether spawned workers can start: not from a frozen build (PyInstaller), whose
    executable would have to call ``multiprocessing.freeze_support()`` first."""
    return not getattr(sys, "frozen", False)


def auto_jobs(count: int, method: str | None = None) -> int:
    """How many processes to typeset ``count`` letters with: one per core, but at least
    ``MIN_LETTERS_PER_WORKER[method]`` letters each (after the first, typeset here)."""
    per_worker = MIN_LETTERS_PER_WORKER[method or start_method()]
    return max(1, min(usable_cpus(), (count - 1) // per_worker))


# -- the caller's side ---------------------------------------------------------------------------
def _write(target: Path, data: bytes) -> None:
    """``write_atomically``, its error naming the file (which of the batch failed); the
    folders are synced once, at the end of the batch (``_sync_folders``)."""
    from desktop_app.domain.errors import EnvironmentProblem
    from desktop_app.files import write_atomically

    try:
        write_atomically(target, data, sync_folder=False)
    except EnvironmentProblem as error:
        raise EnvironmentProblem(
            f"“{target}”: {error.message_th}", f"“{target}”: {error.message_en}"
        ) from error


def _sync_folders(targets: Sequence[Path], *, report: bool = True) -> None:
    """Make the batch's renames durable: one ``fsync`` per folder, not one per file (0.4 ms
    of a letter's 3 to 7). ``report``: raise ``EnvironmentProblem`` on failure (not while
    another error is on its way)."""
    from desktop_app.domain.errors import EnvironmentProblem
    from desktop_app.files import sync_directory

    for folder in dict.fromkeys(target.parent for target in targets):
        try:
            sync_directory(folder)
        except EnvironmentProblem:
            if report:
                raise


class _Writer:
    """Writes finished PDFs on a thread of its own (the disk's flush, ``fsync``, takes a
    millisecond or two a file, during which the next letter is typeset). The first error is
    raised by the next ``put`` or by ``close``; no file is written after it."""

    def __init__(self) -> None:
        self._queue: queue.Queue[tuple[Path, bytes] | None] = queue.Queue(maxsize=16)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="letter-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._queue.get()) is not None:
            if self._error is None:
                try:
                    _write(*item)
                except BaseException as error:  # handed to the caller
                    self._error = error

    def put(self, target: Path, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put((target, data))

    def close(self, *, report: bool = True) -> None:
        """Wait for every file; raise the first error (when ``report``)."""
        self._queue.put(None)
        self._thread.join()
        if report and self._error is not None:
            raise self._error


def render_letters(
    letters: Sequence[Letter],
    targets: Sequence[Path],
    choice: FontChoice | None = None,
    *,
    jobs: int | None = None,
    freeze: bool = False,
) -> list[int]:
    """Typeset ``letters[i]`` to ``targets[i]``; return each letter's page count, in order.

    ``jobs``: processes to use (this one included when 1); None chooses ``auto_jobs``.
    Raises what ``LetterRenderer.build`` raises, and ``EnvironmentProblem`` naming the file
    for a PDF that cannot be written; PDFs of other letters may be written by then.
    ``ValueError`` when the two sequences differ in length or ``jobs`` < 1. ``freeze``:
    after the first letter, move every object alive out of the garbage collector's reach for
    good (``gc.freeze``: fonts, dictionary, caches; a collection then no longer walks them),
    for a process that exists to typeset this batch (the command line), not a long-lived
    one."""
    if len(letters) != len(targets):
        raise ValueError("one target per letter")
    if jobs is not None and jobs < 1:
        raise ValueError("jobs must be at least 1")
    if not letters:
        return []
    try:
        pages = _render_letters(letters, targets, choice, jobs, freeze)
    except BaseException:
        _sync_folders(targets, report=False)
        raise
    _sync_folders(targets)
    return pages


def _render_letters(
    letters: Sequence[Letter],
    targets: Sequence[Path],
    choice: FontChoice | None,
    jobs: int | None,
    freeze: bool,
) -> list[int]:
    names = sorted({name for letter in letters for name in letter_names(letter)})
    choice = choice or FontChoice()
    renderer = choice.renderer()
    renderer.segmenter.add_words(names)
    buffer = io.BytesIO()
    pages = [int(renderer.build(letters[0], buffer))]
    _write(targets[0], buffer.getvalue())
    if len(letters) == 1:
        return pages
    if freeze:
        gc.freeze()
    method = "" if jobs == 1 else start_method()
    processes = 1 if jobs == 1 else min(jobs or auto_jobs(len(letters), method), len(letters) - 1)
    if method == "spawn" and not can_spawn():
        processes = 1
    rest = range(1, len(letters))
    if processes <= 1:
        starts = iter(range(1, len(letters), CHUNK))
        done = _take_share(renderer, letters, targets, lambda: next(starts, len(letters)))
    else:
        done = _share_out(renderer, choice, letters, targets, names, processes, method)
    return pages + [done[index] for index in rest]


def _take_share(
    renderer: Any,
    letters: Sequence[Letter],
    targets: Sequence[Path],
    take: Callable[[], int],
    stop: Any = None,
) -> dict[int, int]:
    """Typeset and write letters ``CHUNK`` at a time from the index ``take()`` gives, until
    it gives one past the end (or ``stop`` is set); each letter's page count by index. A
    thread writes each PDF while the next is typeset."""
    done: dict[int, int] = {}
    writer = _Writer()
    try:
        while stop is None or not stop.is_set():
            start = take()
            if start >= len(letters):
                break
            for index in range(start, min(start + CHUNK, len(letters))):
                buffer = io.BytesIO()
                done[index] = int(renderer.build(letters[index], buffer))
                writer.put(targets[index], buffer.getvalue())
    except BaseException:
        writer.close(report=False)  # the files already handed over, then this error
        raise
    writer.close()
    return done


def _share_out(
    renderer: Any,
    choice: FontChoice,
    letters: Sequence[Letter],
    targets: Sequence[Path],
    names: list[str],
    processes: int,
    method: str,
) -> dict[int, int]:
    """The letters after the first shared by ``processes`` processes, this one and
    ``processes - 1`` workers, each taking the next ``CHUNK`` from one shared counter
    (whoever is free takes more) and writing its own PDFs: nothing but page counts travels
    between processes. The first error (a letter that cannot be typeset, a PDF that cannot
    be written) stops every process from taking more and is raised here."""
    import multiprocessing

    context: Any = multiprocessing.get_context(method)  # its stubs lack Process
    counter = context.Value("q", 1)
    stop = context.Event()
    workers = []
    # Forked workers inherit this process's renderer, fonts and dictionary loaded; spawned
    # ones load their own. Forked before this process starts its writer thread.
    inherited = renderer if method == "fork" else None
    for _ in range(processes - 1):
        receive, send = context.Pipe(duplex=False)
        process = context.Process(
            target=_worker,
            args=(inherited, choice, letters, targets, names, counter, stop, send),
            daemon=True,
        )
        process.start()
        send.close()
        workers.append((process, receive))
    error: BaseException | None = None
    done: dict[int, int] = {}
    try:
        done = _take_share(renderer, letters, targets, lambda: _next_share(counter), stop)
    except BaseException as raised:
        stop.set()
        error = raised
    for process, receive in workers:
        try:
            status, value = receive.recv()
        except (EOFError, OSError):  # the worker ended without a word (killed)
            status, value = "error", RuntimeError("a typesetting worker process ended early")
        process.join()
        if status == "done":
            done.update(value)
        elif error is None:
            error = value
    if error is not None:
        raise error
    return done


def _next_share(counter: Any) -> int:
    with counter.get_lock():
        start = int(counter.value)
        counter.value = start + CHUNK
    return start


def _worker(
    renderer: Any,
    choice: FontChoice,
    letters: Sequence[Letter],
    targets: Sequence[Path],
    names: list[str],
    counter: Any,
    stop: Any,
    send: Any,
) -> None:
    """A worker process: its share of the letters (``_take_share``), then its page counts,
    or the error that stopped it, sent back through ``send``."""
    try:
        if renderer is None:  # spawned: load the fonts and dictionary here
            renderer = choice.renderer()
            renderer.segmenter.add_words(names)
        done = _take_share(renderer, letters, targets, lambda: _next_share(counter), stop)
        send.send(("done", done))
    except BaseException as error:
        stop.set()
        try:
            send.send(("error", error))
        except Exception:  # an error that cannot be pickled: its text
            send.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))
    finally:
        send.close()
