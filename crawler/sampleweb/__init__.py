"""crawler/sampleweb"""

from .registry import CLASSIC_FAMILIES, FAMILIES, LAW_FAMILIES, source_entries, sources_yaml
from .server import SampleWeb, serve
from .state import SiteState

__all__ = ["SampleWeb", "SiteState", "serve", "sources_yaml", "source_entries", "FAMILIES", "CLASSIC_FAMILIES",
           "LAW_FAMILIES"]
