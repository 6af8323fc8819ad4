"""vbwatch crawler: source registry, spiders, sample web and the `vbwatch` CLI."""

__version__ = "0.1.0"
HOMEPAGE = "https://github.com/vbwatch/vbwatch"
USER_AGENT = f"vbwatch/{__version__} (+{HOMEPAGE})"
