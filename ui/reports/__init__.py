"""The Reports area: membership value, savings per category, agreements by state, pooled demand."""
