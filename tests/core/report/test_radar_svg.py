"""The radar chart as SVG for the app: well-formed, the offers and areas named, nothing QtSvg
cannot draw (no clip path), the system's DejaVu named."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from slaeval.report import radar_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_radar_svg_is_well_formed_and_names_offers_and_areas(demo, demo_pe):
    data = radar_svg(demo_pe.evaluation, demo_pe.catalogue, "fr", width=500)
    root = ET.fromstring(data)
    assert root.tag == f"{SVG}svg" and root.get("width") == "500"
    texts = {t.text for t in root.iter(f"{SVG}text")}
    for area in demo_pe.catalogue.areas:
        assert area.label.fr in texts
    for offer in demo.offers:
        assert any(offer.name in (t or "") for t in texts), offer.name
    assert "1. Fortis Infogérance" in texts
    source = data.decode()
    assert "clipPath" not in source and "clip-path" not in source
    assert "DejaVu Sans" in source and "SlaevalSans" not in source


def test_radar_svg_with_no_offer_still_draws_the_axes(demo_pe):
    from slaeval.evaluation import Evaluation

    empty = Evaluation((), demo_pe.evaluation.area_weights, (), demo_pe.evaluation.sensitivity)
    root = ET.fromstring(radar_svg(empty, demo_pe.catalogue, "en"))
    assert len(list(root.iter(f"{SVG}text"))) >= len(demo_pe.catalogue.areas)
