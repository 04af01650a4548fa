"""A time budget for the work on one document: a page that would stall a worker is given up.

Grain: one ``TimeBudget`` per chunk of documents a thread works through; each document's work
runs inside ``budget.document()``. A watchdog thread raises :class:`OverBudget` in the working
thread once a document has run past the budget (CPython's ``PyThreadState_SetAsyncExc``, the
way a debugger stops a thread), so it works wherever the chunk runs: a local worker process,
the flow's own thread, a Dask worker's thread. The exception arrives between two bytecodes, so
work inside one long call into compiled code (a regex, the HTML parser) is stopped when that call
returns. Inputs known to make compiled code run for long are bounded before it (``flows.stages.clean.html_page``
flattens a page that nests too deep); for anything else, a process that allows it
(``leave_process_when_stuck``: the local worker processes) ends itself when a document is still
running at twice its budget, and its pool finds and gives up that document (``flows.runtime.workers``).
"""

from __future__ import annotations

import ctypes
import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType

log = logging.getLogger(__name__)
# Exit status of a worker process that ended itself over a stuck document.
STUCK_EXIT_STATUS = 75
_leave_when_stuck = False


def leave_process_when_stuck() -> None:
    """Let this process end itself (``os._exit``) when a document stays stuck past twice its
    budget: for a worker process whose pool knows how to give that document up."""
    global _leave_when_stuck
    _leave_when_stuck = True


class OverBudget(BaseException):
    """A document's work ran past its time budget.

    A ``BaseException``, as ``KeyboardInterrupt`` is, so that no ``except Exception`` in the
    rules or the libraries they call can swallow it and go on working.
    """


class TimeBudget:
    """Stops the calling thread's work on a document once it runs past ``seconds``."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._thread_id = threading.get_ident()
        self._lock = threading.Lock()
        self._deadline: float | None = None
        self._fired = False
        self._done = threading.Event()
        self._watchdog = threading.Thread(target=self._watch, name="document time budget", daemon=True)

    def __enter__(self) -> TimeBudget:
        self._watchdog.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self._done.set()
        self._watchdog.join()

    @contextmanager
    def document(self) -> Iterator[None]:
        """The work on one document; raises :class:`OverBudget` when it runs past the budget."""
        with self._lock:
            self._deadline = time.monotonic() + self.seconds
            self._fired = False
        try:
            yield
        finally:
            with self._lock:
                self._deadline = None
                fired = self._fired
            if fired:
                _raise_in(self._thread_id, None)  # withdraw the exception if it has not arrived yet
        if fired:  # it arrived and was swallowed, or it was withdrawn: the document still ran too long
            raise OverBudget

    def _watch(self) -> None:
        poll = min(0.1, self.seconds / 10)
        stuck_since = None
        while not self._done.wait(poll):
            with self._lock:
                now = time.monotonic()
                if self._deadline is None or now <= self._deadline:
                    continue
                if not self._fired:
                    self._fired, stuck_since = True, self._deadline
                    _raise_in(self._thread_id, OverBudget)
                elif stuck_since == self._deadline and now > self._deadline + self.seconds:
                    stuck_since = None  # one report per document
                    log.error(
                        "a document is still running %.0f s past its budget (stuck in compiled code?)", self.seconds
                    )
                    if _leave_when_stuck:
                        os._exit(STUCK_EXIT_STATUS)


def _raise_in(thread_id: int, exception: type[BaseException] | None) -> None:
    """Have ``thread_id`` raise ``exception`` at its next bytecode (None withdraws a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception else None
    )
