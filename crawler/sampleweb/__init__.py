"""crawler/sampleweb"""

from .registry import FAMILIES, source_entries, sources_yaml
from .server import SampleWeb, serve
from .state import SiteState

__all__ = ["SampleWeb", "SiteState", "serve", "sources_yaml", "source_entries", "FAMILIES"]
