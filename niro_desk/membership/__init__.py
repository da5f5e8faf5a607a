"""Membership rules: organisations, contacts, competitor check, cap, waiting list, fees.

Every function takes the database session and the acting user; the UI and the
CLI are thin front ends on these functions. No Qt here.
"""
