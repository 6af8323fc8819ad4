import pytest

from crawler.sources import SourceError, load_sources, parse_sources, select_sources

GOOD = {"id": "longan-tinhuy", "name": "Tỉnh ủy Long An", "kind": "party", "province": "long-an",
        "start_urls": ["https://longan.example/listing"]}


def test_bundled_registry_is_valid_and_lists_the_seed_sites():
    sources = load_sources()
    ids = {s.id for s in sources}
    assert {"longan-tinhuy-chidao", "binhdinh-tinhuy", "travinh-tuyengiao", "lawnet-vanban"} <= ids
    assert any(s.parser == "lawdoc" for s in sources)
    assert all(s.verified is False for s in sources), "offline research URLs must stay marked unverified"


def test_defaults_and_interval():
    source = parse_sources([GOOD])[0]
    assert source.max_listing_pages == 5 and source.parser == "article"
    assert source.interval_seconds == 6 * 3600
    cron = parse_sources([{**GOOD, "interval": "cron: 0 */6 * * *"}])[0]
    assert cron.cron == "0 */6 * * *" and cron.interval_seconds is None


@pytest.mark.parametrize("change, field", [
    ({"kind": "blog"}, "kind"),
    ({"province": "Long An"}, "province"),
    ({"start_urls": ["ftp://x"]}, "start_urls"),
    ({"follow": "([unclosed"}, "follow"),
    ({"next_page": "a[[["}, "next_page"),
    ({"max_listing_pages": 0}, "max_listing_pages"),
    ({"interval": "often"}, "interval"),
    ({"parser": "pdf"}, "parser"),
    ({"colour": "red"}, "colour"),
    ({"name": ""}, "name"),
    ({"render": "yes"}, "render"),
])
def test_invalid_entry_names_file_entry_and_field(change, field):
    with pytest.raises(SourceError) as info:
        parse_sources([GOOD, {**GOOD, "id": "second", **change}], origin="my.yaml")
    message = str(info.value)
    assert message.startswith("my.yaml: entry second: field '" + field + "'"), message
    assert "\n" not in message


def test_duplicate_ids_and_non_list(tmp_path):
    with pytest.raises(SourceError, match="duplicate id"):
        parse_sources([GOOD, GOOD])
    path = tmp_path / "s.yaml"
    path.write_text("id: x\n")
    with pytest.raises(SourceError, match="expected a YAML list"):
        load_sources(path)


def test_broken_yaml_names_the_line(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("- id: a\n  name: [unclosed\n")
    with pytest.raises(SourceError, match=r"s\.yaml: line \d+ is not valid YAML"):
        load_sources(path)


def test_missing_file_and_unknown_ids(tmp_path):
    with pytest.raises(SourceError, match="not found"):
        load_sources(tmp_path / "none.yaml")
    with pytest.raises(SourceError, match="unknown source id nope"):
        select_sources(parse_sources([GOOD]), ["nope"])
