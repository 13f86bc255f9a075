"""ADDRESS: an urban village ("Kel." / "Kelurahan") with its district after it, without a
street, like "Desa ... Kec. ..."; the word alone or a village without a district is none."""

from __future__ import annotations

import pytest

from redaction.analyzer import Analyzer


def addresses(analyzer: Analyzer, text: str) -> list[str]:
    return [text[e.start : e.end] for e in analyzer.analyze(text) if e.type == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "tinggal di Kel. Tanjung Rejo Kec. Medan Sunggal",
            "Kel. Tanjung Rejo Kec. Medan Sunggal",
        ),
        (
            "domisili Kelurahan Cempaka Putih, Kecamatan Cempaka Putih, Jakarta Pusat",
            "Kelurahan Cempaka Putih, Kecamatan Cempaka Putih, Jakarta Pusat",
        ),
    ],
)
def test_urban_village_with_district(analyzer: Analyzer, text: str, value: str) -> None:
    assert value in addresses(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "kantor Kel. Sukamaju buka jam 8",
        "urus surat pindah di kelurahan dulu",
    ],
)
def test_no_urban_village_address(analyzer: Analyzer, text: str) -> None:
    assert addresses(analyzer, text) == []
