"""Tenants: their sub-processor authorisations, data policy, keys and audit history."""
