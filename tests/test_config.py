"""The shipped configuration files stay valid, and bad files are refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from proxy.config import ConfigError, load_settings, parse_settings
from proxy.tenancy.policy import Authorisation

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["default.yaml", "example.yaml"])
def test_shipped_configs_load(name):
    settings = load_settings(ROOT / "config" / name)
    assert settings.deployments and settings.tenants
    for deployment in settings.deployments:
        assert deployment.subprocessor in settings.subprocessors
    assert settings.helper_processes == 1


def test_helper_processes_can_be_turned_off():
    assert parse_settings({"redaction": {"helper_processes": 0}}).helper_processes == 0


def test_example_policies():
    settings = load_settings(ROOT / "config/example.yaml")
    acme, warung = settings.tenants
    assert acme.policy.countries == {"ID", "SG"}
    assert warung.policy.authorisation is Authorisation.GENERAL
    assert settings.subprocessors["azure-sg"].safeguards == ("dpa", "scc")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"subprocessors": [{"id": "a", "name": "A", "country": "USA"}]}, "alpha-2"),
        ({"subprocessors": [{"id": "a", "name": "A", "country": "US", "added": "soon"}]}, "date"),
        ({"deployments": [{"model": "m", "subprocessor": "x", "litellm_model": "y"}]}, "unknown"),
        ({"tenants": [{"id": "t", "approved_subprocessors": ["x"]}]}, "unknown"),
        ({"tenants": [{"id": "t", "specific_data": "allow"}]}, "specific_data"),
        ({"access_keys": [{"sha256": "0" * 64, "role": "king"}]}, "role"),
        ({"access_keys": [{"sha256": "0" * 64, "role": "tenant-admin"}]}, "needs a tenant"),
        ({"redaction": {"helper_processes": -1}}, "helper_processes"),
        ({"redaction": {"helper_processes": "two"}}, "helper_processes"),
    ],
)
def test_bad_configs_are_refused_with_a_reason(raw, message):
    with pytest.raises(ConfigError, match=message):
        parse_settings(raw)
