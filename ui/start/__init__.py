"""The start page: what needs doing now."""
