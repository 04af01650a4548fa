"""The command line's own behaviour, short of running a pipeline."""

from __future__ import annotations

import atexit

from flows.cli import build_parser
from flows.settings import Settings


def test_the_exit_handlers_run_by_the_call_the_console_script_makes():
    # flows.cli.console runs the exit handlers with CPython's own atexit._run_exitfuncs and then
    # leaves with os._exit: this pins that the call still runs them.
    ran = []
    atexit.register(ran.append, "handler")
    try:
        atexit._run_exitfuncs()
    finally:
        atexit.unregister(ran.append)
    assert ran == ["handler"]


def test_help_shows_the_defaults_the_settings_define():
    run = build_parser()._subparsers._group_actions[0].choices["run"].format_help()
    assert f"(default {Settings.model_fields['batch_size'].default})" in run
    assert f"(default {Settings.model_fields['raw_dir'].default})" in run
