"""PyPI has unrelated packages named crawler, pipelines, storage and schedules: ours must win."""

import importlib

import pytest

from conftest import REPO


@pytest.mark.parametrize("name", ["crawler", "pipelines", "storage", "schedules"])
def test_top_level_packages_resolve_to_this_repo(name):
    module = importlib.import_module(name)
    assert module.__file__ is not None
    assert str(REPO) in module.__file__, f"{name} imported from {module.__file__}, not from this repository"


def test_console_script_is_declared():
    text = (REPO / "pyproject.toml").read_text()
    assert 'vbwatch = "crawler.cli:main"' in text


def test_scrapy_cfg_points_at_crawler_settings():
    assert "default = crawler.settings" in (REPO / "scrapy.cfg").read_text()
