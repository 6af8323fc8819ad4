"""Incremental crawling policy (pure): what to re-fetch and when to stop paging.

- Known articles are re-checked on a decaying schedule: every run in their first
  days, then daily, then weekly (always with conditional GET).
- Listing pagination stops after K consecutive already-known items, but never
  before the re-scan window (the first N listing pages), which catches
  backdated posts slipped in below the top of the listing.
- A deep sweep (every listing page, every known article) runs every D days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

# (age of the article, how often to re-check it)
REFETCH_STEPS = ((timedelta(days=3), timedelta(0)), (timedelta(days=30), timedelta(days=1)))
REFETCH_OLD = timedelta(days=7)


@dataclass(frozen=True)
class Policy:
    stop_after_known: int = 0          # 0: never stop early
    rescan_pages: int = 2
    refetch: str = "decay"             # decay | always | never
    deep_sweep_days: float = 7.0


def _parse(ts: str | None) -> datetime | None:
    if not ts:
        return None
    try:
        return datetime.fromisoformat(ts)
    except ValueError:
        return None


def refetch_due(published_at: str | None, first_seen_at: str | None, last_seen_at: str | None,
                now: datetime, mode: str = "decay") -> bool:
    """Should a known article be fetched again in this run?"""
    if mode == "always":
        return True
    if mode == "never":
        return False
    born = _parse(published_at) or _parse(first_seen_at)
    last = _parse(last_seen_at)
    if born is None or last is None:
        return True
    age = now - born
    interval = REFETCH_OLD
    for max_age, every in REFETCH_STEPS:
        if age <= max_age:
            interval = every
            break
    return now - last >= interval


def keep_paging(page: int, known_streak: int, policy: Policy, deep: bool) -> bool:
    """After listing page `page` ended with `known_streak` known items in a row, go on?"""
    if deep or page < policy.rescan_pages or policy.stop_after_known <= 0:
        return True
    return known_streak < policy.stop_after_known


def deep_sweep_due(last_deep_sweep_at: str | None, now: datetime, policy: Policy) -> bool:
    last = _parse(last_deep_sweep_at)
    return last is None or now - last >= timedelta(days=policy.deep_sweep_days)
