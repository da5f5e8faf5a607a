"""Shipped resources: reference data and translations, read with importlib.resources."""
