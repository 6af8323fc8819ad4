"""schedules: running vbwatch unattended.

- `scheduler` — `vbwatch schedule`: APScheduler with its job store in the vbwatch database
  (`apscheduler_jobs`), one job per source, each crawl a `vbwatch crawl` child process (`jobs`).
- `health`    — source health rules (pure) and `evaluate_health`, which stores them and emits
  `source.failing` / `source.recovered`.
- `status`    — `vbwatch status`: last run, next run and health per source.
- `log`       — the scheduler's JSON-lines log on stderr.
- `cli`       — registers `schedule` and `status` with `crawler.cli`.
"""
