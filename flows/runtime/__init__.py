"""The runtime: the only code that knows Prefect and processes: the Prefect API of a run, the
worker processes, progress, schedules, and how a run and what it starts end."""
