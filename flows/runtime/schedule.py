"""Scheduled runs: the newsfacts flow served by Prefect on a cron schedule.

``newsfacts serve --cron "0 * * * *"`` registers a deployment of the flow with its schedule
and keeps a process running that starts a flow run at every tick (``prefect.serve``). Each run
is incremental: files already loaded are skipped before any heavy work.
"""

from __future__ import annotations

from prefect import serve
from prefect.deployments.runner import RunnerDeployment

from flows.pipeline import configured_flow
from flows.settings import Settings

DEPLOYMENT = "newsfacts-scheduled"


def build_deployment(cron: str, settings: Settings) -> RunnerDeployment:
    """The flow as a deployment that runs on ``cron`` with these settings' paths and runner."""
    deployment = configured_flow(settings).to_deployment(
        name=DEPLOYMENT,
        cron=cron,
        parameters={"settings": settings.resolved().model_dump(mode="json")},
        description="newsfacts: load new raw articles into the warehouse, validate, report",
    )
    if not isinstance(deployment, RunnerDeployment):  # a coroutine, when called inside an event loop
        raise RuntimeError("build_deployment is for synchronous callers")
    return deployment


def serve_on_schedule(cron: str, settings: Settings) -> None:
    """Register the deployment and run it on its schedule until interrupted."""
    serve(build_deployment(cron, settings))
