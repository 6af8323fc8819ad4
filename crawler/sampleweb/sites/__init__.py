"""The five site families of the sample web."""
from __future__ import annotations


def make_sites(state) -> dict:
    from .binhdinh import BinhDinh
    from .lawnet import LawNet
    from .longan import LongAn
    from .tayninh import TayNinh
    from .travinh import TraVinh

    return {cls.name: cls(state) for cls in (LongAn, BinhDinh, TraVinh, TayNinh, LawNet)}
