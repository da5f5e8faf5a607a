"""The Requirements area: categories and items, negotiation rounds, requirement collections."""
