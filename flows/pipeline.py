"""The newsfacts flow: discover → ingest → transform (clean, extract) → load → contradictions
→ validate → report.

The flow reads as the list of its steps; the steps are Prefect tasks over batches of documents
(``flows.runtime.tasks``), never over one article at a time, and batches move between them as
polars frames that enter DuckDB through Arrow. The run's own thread holds the warehouse's single
write connection and does every read and write; the CPU-bound transform of a batch runs in
worker processes or on a Dask cluster while the run loads the batch before it
(``flows.runtime.batches``).
"""

from __future__ import annotations

from prefect import Flow, flow

from flows.runtime.batches import load_files
from flows.runtime.progress import Stage
from flows.runtime.run import RunSummary, open_run
from flows.runtime.tasks import detect_contradictions, discover, report, validate
from flows.runtime.workers import task_runner
from flows.settings import Settings


@flow(name="newsfacts", log_prints=False)
def newsfacts_flow(settings: Settings, show_progress: bool = False) -> RunSummary:
    """Run the whole pipeline on the settings' raw folder into their warehouse; return the run's summary.

    The flow's task runner must match the settings' runner (``configured_flow`` builds both).
    """
    with open_run(settings) as run:
        with run.clock.stage(Stage.DISCOVER):
            files = discover(settings.raw_dir)
        run.clock.add(Stage.DISCOVER, len(files))
        loaded = load_files(run, files, show_progress)
        run.release_workers()
        if loaded.articles or run.contradictions_stale:
            with run.clock.stage(Stage.CONTRADICTIONS):
                run.clock.add(Stage.CONTRADICTIONS, detect_contradictions(run.con))
        if loaded.articles:
            with run.clock.stage(Stage.VALIDATE):
                suites = validate(run.con, run.run_id, settings)
            run.clock.add(Stage.VALIDATE, len(suites))
        else:
            run.logger.info("nothing new: contradictions and validation skipped, the warehouse is unchanged")
        summary = run.finish()
        with run.clock.stage(Stage.REPORT, 1):
            summary.report = report(run.con, run.run_id, settings)
        for line in run.clock.lines():
            run.logger.info(line)
        return summary


def configured_flow(settings: Settings) -> Flow[..., RunSummary]:
    """The flow with the Prefect task runner the settings choose (see ``flows.runtime.workers``)."""
    return newsfacts_flow.with_options(task_runner=task_runner(settings))
