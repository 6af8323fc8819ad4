"""Source health: is a source still giving us what it used to?

`assess` is pure: it reads a source's finished crawl_runs (oldest first) and
returns a `Verdict`, checking in this order:

- `blocked`  — the last run's errors are mostly HTTP 401/403/429/503, or it hit anti-bot pages;
- `failing`  — the last run failed, or most of its requests errored, or the last few runs were all
               interrupted (killed at the time limit, say);
- `broken`   — the last run fetched pages but no article came out of them (new + changed +
               unchanged == 0) while an earlier run did: the site's layout changed under us. The
               crawler is incremental (known articles are not re-fetched every run), so a quiet run
               also sees no article; `ListingEvidence` (what the run's fresh listing pages linked to)
               tells the two apart: broken when refreshed listings carry no article link at all, or
               link to articles we do not hold and none got stored. Without evidence, the plain rule;
- `stale`    — no new article for much longer than the source's usual gap between new articles,
               learned from its history (factor × median gap, with a floor);
- `ok`       — otherwise; `unknown` before the first finished run.

`evaluate_health(db, source_id)` applies it and stores the result; it is
idempotent and emits `source.failing` / `source.recovered` only on a transition.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

OK, BLOCKED, BROKEN, STALE, FAILING, UNKNOWN = "ok", "blocked", "broken", "stale", "failing", "unknown"
BAD = frozenset({BLOCKED, BROKEN, STALE, FAILING})
HEALTH_STATES = (OK, BLOCKED, BROKEN, STALE, FAILING, UNKNOWN)

BLOCK_STATUSES = ("401", "403", "429", "503")
_BLOCK_HTTP = re.compile(r"^HTTP (\d{3})\b")
# Block pages the pipeline recognised (pipelines.lawdoc.detect_block), logged as "blocked (<kind>) <url>".
_BLOCK_PAGE = re.compile(r"^blocked \((antibot|rate-limited|unavailable|noindex-stub|login-wall)\)")
_ANTI_BOT = re.compile(r"anti-?bot|captcha|cloudflare|access denied|bot protection", re.IGNORECASE)


@dataclass(frozen=True)
class Policy:
    blocked_share: float = 0.5          # more than this share of error lines are blocks → blocked
    failing_share: float = 0.5          # more than this share of requests errored → failing
    interrupted_limit: int = 3          # this many interrupted runs in a row → failing
    stale_factor: float = 3.0           # stale after factor × the median gap between new items…
    stale_floor: timedelta = timedelta(days=2)   # …but never sooner than this (nor 2 × the interval)
    stale_min_gaps: int = 3             # gaps needed before we trust the learned cadence


@dataclass(frozen=True)
class ListingEvidence:
    """What the last run's freshly fetched (non-304) listing, feed and sitemap pages linked to."""

    listings: int   # pages refreshed
    links: int      # article links on them
    unstored: int   # of which we hold no article


@dataclass(frozen=True)
class Verdict:
    health: str
    reason: str
    run_id: int | None = None

    @property
    def bad(self) -> bool:
        return self.health in BAD


def event_for(old: str | None, new: str) -> str | None:
    """The event a change of health deserves: into a bad state → source.failing; from bad to ok → recovered."""
    if old == new:
        return None
    if new in BAD:
        return "source.failing"
    if new == OK and old in BAD:
        return "source.recovered"
    return None


def articles_seen(run: dict) -> int:
    return (run.get("pages_new") or 0) + (run.get("pages_changed") or 0) + (run.get("pages_unchanged") or 0)


def _when(run: dict) -> datetime | None:
    value = run.get("finished_at") or run.get("started_at")
    return datetime.fromisoformat(value) if value else None


def _span(delta: timedelta) -> str:
    seconds = int(delta.total_seconds())
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    parts = [f"{days}d" if days else "", f"{hours}h" if hours else "", f"{minutes}m" if minutes and not days else "",
             f"{seconds}s" if seconds and not (days or hours) else ""]
    return " ".join(p for p in parts if p) or "0s"


def _error_lines(run: dict) -> list[str]:
    return [line.strip() for line in (run.get("error_detail") or "").splitlines() if line.strip()]


def _blocked(run: dict, policy: Policy) -> str | None:
    lines = _error_lines(run)
    if not lines:
        return None
    codes, anti_bot = [], []
    for line in lines:
        match = _BLOCK_HTTP.match(line)
        if match and match.group(1) in BLOCK_STATUSES:
            codes.append(match.group(1))
        elif _BLOCK_PAGE.match(line) or (not match and _ANTI_BOT.search(line)):
            anti_bot.append(line)
    if anti_bot:
        return f"run #{run['id']} got {len(anti_bot)} block page(s), e.g. {anti_bot[0]}"
    if codes and len(codes) / len(lines) > policy.blocked_share:
        counted = ", ".join(f"{code}×{codes.count(code)}" for code in sorted(set(codes)))
        return f"run #{run['id']}: {len(codes)} of {len(lines)} errors are blocks (HTTP {counted})"
    return None


def _failing(run: dict, finished: list[dict], policy: Policy) -> str | None:
    lines = _error_lines(run)
    first = f": {lines[0]}" if lines else ""
    if run["status"] == "failed":
        return f"run #{run['id']} failed{first}"
    errors = run.get("errors") or 0
    requests = (run.get("pages_fetched") or 0) + errors
    if errors and errors / requests > policy.failing_share:
        return f"run #{run['id']}: {errors} of {requests} requests failed{first}"
    return None


def _stale(finished: list[dict], last: dict, interval_seconds: int | None, policy: Policy) -> str | None:
    new_times = sorted(t for t in (_when(r) for r in finished if (r.get("pages_new") or 0) > 0) if t)
    if len(new_times) - 1 < policy.stale_min_gaps:
        return None
    gaps = [b - a for a, b in zip(new_times, new_times[1:])]
    usual = statistics.median(gaps)
    floor = max(policy.stale_floor, timedelta(seconds=2 * (interval_seconds or 0)))
    threshold = max(usual * policy.stale_factor, floor)
    checked = _when(last)
    quiet = checked - new_times[-1] if checked else timedelta(0)
    if quiet > threshold:
        return (f"no new article for {_span(quiet)} (usual gap {_span(usual)}, "
                f"stale after {_span(threshold)}); last checked by run #{last['id']}")
    return None


def _broken(last: dict, completed: list[dict], evidence: ListingEvidence | None) -> str | None:
    if not (last.get("pages_fetched") or 0) or articles_seen(last):
        return None
    earlier = [r for r in completed[:-1] if articles_seen(r) > 0]
    if not earlier:
        return None  # never yielded an article: misconfigured, not broken by a change
    before = f"run #{earlier[-1]['id']} saw {articles_seen(earlier[-1])}"
    if evidence is None:
        return (f"run #{last['id']} fetched {last['pages_fetched']} pages but extracted no article; {before} "
                "(did the layout change?)")
    if evidence.listings == 0:
        return None  # every listing answered 304 Not Modified: nothing new to see
    if evidence.links == 0:
        return (f"run #{last['id']}: {evidence.listings} listing page(s) fetched but no article link on them; "
                f"{before} (did the layout change?)")
    errors = last.get("errors") or 0
    if evidence.unstored > errors and (evidence.unstored >= 2 or evidence.unstored == evidence.links):
        return (f"run #{last['id']}: listings link to {evidence.unstored} article(s) we do not hold, but no "
                f"article was extracted; {before} (did the article layout change?)")
    return None


def last_completed(runs: list[dict]) -> dict | None:
    """The run the rules judge: the last one that went to its end (not running, not interrupted)."""
    for run in reversed(runs):
        if run.get("status") not in (None, "running", "interrupted"):
            return run
    return None


def assess(runs: list[dict], interval_seconds: int | None = None, policy: Policy = Policy(),
           evidence: ListingEvidence | None = None) -> Verdict:
    """Health from a source's runs (crawl_runs rows, oldest first; rows still running are ignored);
    `evidence` describes the listings of the last completed run (see `ListingEvidence`)."""
    finished = [r for r in runs if r.get("status") not in (None, "running")]
    if not finished:
        return Verdict(UNKNOWN, "no finished run yet")
    streak = 0
    for run in reversed(finished):
        if run["status"] != "interrupted":
            break
        streak += 1
    completed = [r for r in finished if r["status"] != "interrupted"]
    if streak >= policy.interrupted_limit:
        return Verdict(FAILING, f"the last {streak} runs were interrupted (time limit or shutdown)",
                       finished[-1]["id"])
    if not completed:
        return Verdict(UNKNOWN, f"{streak} run(s) interrupted, none finished yet", finished[-1]["id"])
    last = completed[-1]
    reason = _blocked(last, policy)
    if reason:
        return Verdict(BLOCKED, reason, last["id"])
    reason = _failing(last, completed, policy)
    if reason:
        return Verdict(FAILING, reason, last["id"])
    reason = _broken(last, completed, evidence)
    if reason:
        return Verdict(BROKEN, reason, last["id"])
    reason = _stale(completed, last, interval_seconds, policy)
    if reason:
        return Verdict(STALE, reason, last["id"])
    return Verdict(OK, f"run #{last['id']} {last['status']}: {last.get('pages_new') or 0} new, "
                       f"{last.get('pages_changed') or 0} changed, {last.get('pages_unchanged') or 0} unchanged, "
                       f"{last.get('errors') or 0} errors", last["id"])


def evaluate_health(db, source_id: str, interval_seconds: int | None = None, policy: Policy = Policy()) -> dict:
    """Assess a source from its stored runs and record the verdict (idempotent: an event only on a change).

    Returns {"source_id", "health", "reason", "run_id", "old", "event", "event_id"}."""
    from storage.health import health_history, record_health

    runs = health_history(db, source_id)
    verdict = assess(runs, interval_seconds, policy, listing_evidence(db, source_id, last_completed(runs)))
    if verdict.health == UNKNOWN:
        return {"source_id": source_id, "health": UNKNOWN, "reason": verdict.reason, "run_id": verdict.run_id,
                "old": None, "event": None, "event_id": None}
    change = record_health(db, source_id, verdict.health, verdict.reason, verdict.run_id, event_for)
    return {"source_id": source_id, "health": verdict.health, "reason": verdict.reason, "run_id": verdict.run_id,
            **change}


def listing_evidence(db, source_id: str, run: dict | None) -> ListingEvidence | None:
    """What `run`'s freshly fetched listing pages linked to, from the crawler's listing cache."""
    from pipelines.urls import canonical_url
    from storage.health import listings_refreshed, stored_urls

    if run is None or not run.get("started_at") or not run.get("finished_at"):
        return None
    pages = listings_refreshed(db, source_id, run["started_at"], run["finished_at"])
    if pages is None:
        return None
    links = list(dict.fromkeys(canonical_url(url) for page in pages for url in page))
    held = stored_urls(db, links)
    return ListingEvidence(listings=len(pages), links=len(links), unstored=len([u for u in links if u not in held]))
