"""Scrapy settings for vbwatch: polite defaults for small government servers.

Override any of these per run with `vbwatch crawl -s NAME=VALUE` (e.g.
`-s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=0` against a loopback sample web).
"""

from crawler import USER_AGENT

BOT_NAME = "vbwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
USER_AGENT = USER_AGENT

ROBOTSTXT_OBEY = True
# Provincial portals run on small shared servers: two requests at a time per
# host, a second apart, slowed further by AutoThrottle when they answer slowly.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
RANDOMIZE_DOWNLOAD_DELAY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
VBWATCH_RETRY_BACKOFF_BASE = 2.0      # seconds; doubles per attempt, Retry-After wins when given
VBWATCH_RETRY_BACKOFF_MAX = 60.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
}
ITEM_PIPELINES = {
    "pipelines.stages.ExtractStage": 100,
    "pipelines.stages.DirectivesStage": 200,
    "pipelines.stages.StoreStage": 800,
    "pipelines.stages.AttachmentStage": 900,
}
VBWATCH_ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024
VBWATCH_DB = "vbwatch.db"

COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Failures are summarised per source by `vbwatch crawl` (and kept in crawl_runs.error_detail);
# Scrapy's own tracebacks only drown that. `-s LOG_LEVEL=INFO` brings them back for debugging.
LOG_LEVEL = "CRITICAL"
FEED_EXPORT_ENCODING = "utf-8"
