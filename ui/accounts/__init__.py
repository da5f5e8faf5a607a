"""Accounts: sign-in and the accounts dialog."""
