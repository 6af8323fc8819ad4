"""Downloader middlewares: retries with exponential backoff."""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware


def backoff_delay(attempt: int, base: float, cap: float, retry_after: str | None = None) -> float:
    """Seconds to wait before retry number `attempt` (1-based); Retry-After seconds win."""
    if retry_after and retry_after.strip().isdigit():
        return min(float(retry_after.strip()), cap)
    return min(base * (2 ** (attempt - 1)), cap)


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but waiting before each new attempt so a struggling server can recover."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("VBWATCH_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("VBWATCH_RETRY_BACKOFF_MAX", 60.0)

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if isinstance(result, Request):
            attempt = result.meta.get("retry_times", 1)
            retry_after = response.headers.get(b"Retry-After", b"").decode("latin-1") or None
            await asyncio.sleep(backoff_delay(attempt, self.backoff_base, self.backoff_max, retry_after))
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await asyncio.sleep(backoff_delay(result.meta.get("retry_times", 1), self.backoff_base, self.backoff_max))
        return result
