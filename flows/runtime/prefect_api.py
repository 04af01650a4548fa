"""The Prefect API a run reports to: the configured server, or a temporary one started early.

With no Prefect API configured, Prefect itself starts a temporary server when the flow begins:
it imports its own server code into the calling process first, then starts the server process
and waits seconds for it to boot. ``prefect_api`` starts that same server (uvicorn serving
``prefect.server.api.server.create_app`` as an ephemeral server, as Prefect's
``SubprocessASGIServer`` does) before anything else is imported, so its boot overlaps the
imports of Prefect and of the pipeline, and points Prefect at it through ``PREFECT_API_URL``
for this process and the workers it starts: the longest part of a run's start-up, hidden. The
server process runs ``serve`` (``python -m flows.runtime.prefect_api PORT``), which keeps
Python's cyclic garbage collector off while Prefect's server code is imported.
"""

from __future__ import annotations

import gc
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from flows.runtime.lifetime import exit_with_parent

STARTUP_TIMEOUT_SECONDS = 30
log = logging.getLogger(__name__)


class TemporaryServer:
    """A Prefect API server process on a free local port, for as long as one run lasts."""

    def __init__(self) -> None:
        with socket.socket() as probe:  # a free port, as the server's own start-up would pick
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "flows.runtime.prefect_api", str(self.port)],
            # A server that lives as long as one run needs no UI, no telemetry heartbeat (a DNS
            # lookup and an error logged where there is no network), and no record of each task
            # run: the service that writes them from the client's events costs the server CPU
            # for every task, and slowed the flow's own calls to it. The flow run, its states,
            # logs and artifacts are still recorded.
            env={
                **os.environ,
                "PREFECT_UI_ENABLED": "0",
                "PREFECT_SERVER_ANALYTICS_ENABLED": "0",
                "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_ENABLED": "0",
            },
            # Its own process group (setsid): Ctrl-C or SIGTERM to the run's process group must not stop the
            # server before the run has recorded how it ended (flows.runtime.lifetime).
            start_new_session=True,
        )

    def wait_until_ready(self) -> None:
        """Block until the server answers its health check; raise if it dies or times out."""
        import httpx

        deadline = time.monotonic() + STARTUP_TIMEOUT_SECONDS
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise RuntimeError(f"the temporary Prefect server exited with code {self.process.returncode}")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        raise RuntimeError(f"the temporary Prefect server did not start within {STARTUP_TIMEOUT_SECONDS} s")

    def stop(self, drain: bool = True) -> None:
        """Send the logs and events still queued in this process (``drain``), then stop the server."""
        if drain:
            # As Prefect's own test harness does before stopping its server: otherwise the log
            # worker keeps retrying a server that is gone, for a minute, at exit.
            drain_prefect_queues()
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def drain_prefect_queues() -> None:
    """Send the logs and events this process still has queued for its Prefect API.

    Prefect sends them from background workers that it drains when the interpreter shuts its
    threads down; a process that leaves with ``os._exit`` (``flows.cli.console``) must do it first.
    """
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    APILogWorker.drain_all(timeout=5)
    EventsWorker.drain_all(timeout=5)


class PrefectApiUnreachable(RuntimeError):
    """The Prefect API that Prefect's settings name does not answer."""


def configured_api_url() -> str | None:
    """The Prefect API URL the environment or the Prefect profile names, if any."""
    from prefect.settings import get_current_settings

    return get_current_settings().api.url


def start_server_command() -> str:
    """The command that starts a lasting Prefect server, with the ``prefect`` of this install."""
    return f"PREFECT_SERVER_ANALYTICS_ENABLED=false {Path(sys.executable).parent / 'prefect'} server start"


def require_answer(url: str, can_do_without: bool) -> None:
    """Raise ``PrefectApiUnreachable`` with one line that says what to do unless the server at
    ``url`` answers: start it, or, for a command that ``can_do_without`` a lasting server (a
    run starts its own), stop naming it. Any HTTP answer will do (a server that wants a key
    still answers)."""
    import httpx

    try:
        httpx.get(f"{url.rstrip('/')}/health", timeout=5)
    except httpx.TransportError:
        undo = (
            "unset PREFECT_API_URL"
            if os.environ.get("PREFECT_API_URL")
            else "remove it from the Prefect profile with `prefect config unset PREFECT_API_URL`"
        )
        raise PrefectApiUnreachable(
            f"Prefect server at {url} does not answer: start it with `{start_server_command()}`"
            + (f", or {undo}" if can_do_without else "")
        ) from None


class PrefectApi:
    """The Prefect API of one run: the configured one, or a temporary server booting since this
    object was made (``server``)."""

    def __init__(self, exit_stack: ExitStack) -> None:
        self.server = None if os.environ.get("PREFECT_API_URL") else TemporaryServer()
        self._exit_stack = exit_stack  # undoes the run's temporary Prefect settings when the run ends

    def connect(self) -> None:
        """Point Prefect in this process, and in every process it starts (Dask workers), at the
        API, and wait for the temporary server to answer; call right before the flow. The
        temporary server is stopped unused if Prefect's settings (a profile, a prefect.toml)
        turn out to name a server; a named server that does not answer raises
        ``PrefectApiUnreachable``."""
        from prefect.settings import (
            PREFECT_API_URL,
            PREFECT_FLOWS_HEARTBEAT_FREQUENCY,
            get_current_settings,
            temporary_settings,
        )

        if self.server is not None and get_current_settings().api.url:
            self.server.stop(drain=False)
            self.server = None
        if self.server is None:
            require_answer(str(get_current_settings().api.url), can_do_without=True)
            return
        os.environ["PREFECT_API_URL"] = self.server.api_url
        log.info(
            "temporary Prefect server on %s for this run (set PREFECT_API_URL to use a running one)",
            self.server.api_url,
        )
        # No flow run heartbeats: they let a lasting server tell a crashed run, and this one
        # ends with the run; their thread also held up the end of every run.
        self._exit_stack.enter_context(
            temporary_settings(updates={PREFECT_API_URL: self.server.api_url, PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None})
        )
        self.server.wait_until_ready()


@contextmanager
def prefect_api() -> Iterator[PrefectApi]:
    """The configured Prefect API, or else a temporary server started right now, before Prefect
    is imported: its boot overlaps whatever the block does before ``PrefectApi.connect``.

    When the block ends the temporary server is stopped, and what this process queued for the
    API is sent first, to either kind of server.
    """
    with ExitStack() as exit_stack:
        api = PrefectApi(exit_stack)
        try:
            yield api
        finally:
            if api.server is not None:
                api.server.stop(drain="prefect" in sys.modules)  # nothing queued if Prefect never ran
                os.environ.pop("PREFECT_API_URL", None)
            elif "prefect" in sys.modules:
                drain_prefect_queues()


def serve(port: int) -> None:
    """Serve Prefect's API on ``port`` of 127.0.0.1 until stopped: uvicorn serving Prefect's
    ``create_app`` as an ephemeral server, as Prefect's own temporary server does, with the
    cyclic garbage collector off until the app is built. Importing Prefect's server code creates
    hundreds of thousands of objects that live as long as the server and little garbage, so the
    collections it sets off cost a good part of the boot and free almost nothing. The boot's
    objects are then frozen out of later collections and the collector is turned back on."""
    exit_with_parent()  # a run killed outright leaves no server behind
    gc.disable()
    import uvicorn
    from prefect.server.api.server import create_app

    app = create_app(ephemeral=True, final=True)  # services off; the last app this process makes
    gc.freeze()
    gc.enable()
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="error", lifespan="on")


if __name__ == "__main__":
    serve(int(sys.argv[1]))
