"""The audit log viewer."""
