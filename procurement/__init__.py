"""Joint procurement pool: collections, tenders, agreements, savings (no Qt here)."""
