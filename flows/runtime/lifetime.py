"""How long the processes of a run live: they end with it, however it ends.

- The run itself (``stop_on_signals``): SIGINT (Ctrl-C) and SIGTERM (what systemd and ``kill``
  send) become :class:`RunInterrupted` in its main thread, so the flow stops between two
  statements, a DuckDB query under way is interrupted (``on_stop``), the batch being loaded
  is rolled back, and the run is recorded as interrupted. Further signals while it winds down
  are ignored: the winding down takes seconds.
- The processes it starts (the temporary Prefect server, the worker processes): they ignore
  those signals, which a terminal or a service manager sends to the whole process group, so
  that the run stops them in order; and each watches its parent (``exit_with_parent``), so that
  when the run is killed outright (SIGKILL, a crash) they end within a second instead of
  living on, orphaned.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

PARENT_POLL_SECONDS = 0.5


class RunInterrupted(KeyboardInterrupt):
    """The run was asked to stop by a signal (``signal_name``: SIGINT or SIGTERM)."""

    def __init__(self, signal_name: str):
        super().__init__(signal_name)
        self.signal_name = signal_name
        self.summary: Any = None  # the interrupted run's RunSummary, once it is recorded

    @property
    def exit_status(self) -> int:
        """The shell's status for a process ended by this signal: 130 for SIGINT, 143 for SIGTERM."""
        return 128 + signal.Signals[self.signal_name].value


_STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
# How long an error may take to be recognised as a stop's: the thread woken by the signal
# records the stop within microseconds; an error that is not a stop's waits this long once.
_RECOGNITION_SECONDS = 0.05


class _Stop:
    """The state of one ``stop_on_signals`` block: whether a stop was asked for, whether its
    callbacks have run, whether the main thread has been told."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.signal_name: str | None = None
        self.callbacks: list[Callable[[], object]] = []
        self.settled = threading.Event()  # the callbacks have run: no query is interrupted after this
        self.delivered = False  # the main thread has the stop as an exception

    def request(self, number: int) -> None:
        with self.lock:
            if self.signal_name is not None:
                return
            self.signal_name = signal.Signals(number).name
            callbacks = list(self.callbacks)
        for callback in callbacks:
            callback()
        self.settled.set()


_stop = _Stop()


def on_stop(callback: Callable[[], object]) -> None:
    """Call ``callback`` from another thread as soon as a stop is asked for, while the main
    thread may be inside compiled code (``DuckDBPyConnection.interrupt`` ends a long query)."""
    with _stop.lock:
        _stop.callbacks.append(callback)


def interrupted(exc: BaseException) -> RunInterrupted | None:
    """``exc`` as the interruption it is, or None when it has nothing to do with a stop.

    A stop reaches the main thread as our :class:`RunInterrupted`, as Prefect's own
    ``TerminationSignal`` (its flow engine handles SIGTERM while a flow runs), or as the error
    of the compiled code the signal's exception was raised in (DuckDB turns it into its own).
    Once this returns, the stop's callbacks have run, so the clean-up's queries are not
    interrupted, and no further exception is raised for this stop.
    """
    signalled = isinstance(exc, KeyboardInterrupt) or isinstance(getattr(exc, "signal", None), int)
    if not (signalled or _stop.settled.wait(_RECOGNITION_SECONDS)):
        return None
    _stop.settled.wait(1.0)
    _stop.delivered = True
    if isinstance(exc, RunInterrupted):
        return exc
    name = _stop.signal_name or (signal.Signals(exc.signal).name if hasattr(exc, "signal") else "SIGINT")
    return RunInterrupted(name)


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM stop the run: the callbacks given to ``on_stop``
    are called at once (from a thread woken by the signal), and :class:`RunInterrupted` is
    raised in the main thread as soon as it runs Python again. A stop is delivered once; later
    signals are ignored while the run winds down. The handlers before are restored after it."""
    global _stop
    _stop = _Stop()
    readable, writable = os.pipe()
    os.set_blocking(writable, False)

    def wake() -> None:  # the signal's byte arrives here even while the main thread is in C
        while byte := os.read(readable, 1):
            _stop.request(byte[0])

    def interrupt(number: int, frame: object) -> None:
        _stop.request(number)
        if not _stop.delivered:
            _stop.delivered = True
            raise RunInterrupted(signal.Signals(number).name)

    previous = {number: signal.signal(number, interrupt) for number in _STOP_SIGNALS}
    previous_fd = signal.set_wakeup_fd(writable, warn_on_full_buffer=False)
    waker = threading.Thread(target=wake, name="stop on signals", daemon=True)
    waker.start()
    try:
        yield
    finally:
        signal.set_wakeup_fd(previous_fd)
        for number, handler in previous.items():
            signal.signal(number, handler)
        os.close(writable)
        waker.join()
        os.close(readable)
        _stop = _Stop()


def ignore_group_signals() -> None:
    """Leave SIGINT and SIGTERM sent to the whole process group to the run, which stops this
    process in its own time (call in a process the run starts)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def exit_with_parent() -> None:
    """End this process within a second of its parent's death (call in a process the run starts).

    A thread polls the parent's pid: when the parent dies, the process is handed to another
    (init, a subreaper), and the pid it reports changes.
    """
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="exit with parent", daemon=True).start()
