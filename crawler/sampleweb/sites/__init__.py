"""The site families of the sample web: five party/law portals and three law portals built on
the shared national document records (vbpl, vbplrender, congbao)."""
from __future__ import annotations


def make_sites(state) -> dict:
    from .binhdinh import BinhDinh
    from .congbao import CongBao
    from .lawnet import LawNet
    from .longan import LongAn
    from .tayninh import TayNinh
    from .travinh import TraVinh
    from .vbpl import Vbpl
    from .vbplrender import VbplRender

    return {cls.name: cls(state) for cls in (LongAn, BinhDinh, TraVinh, TayNinh, LawNet, Vbpl, VbplRender, CongBao)}
