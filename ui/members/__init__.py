"""The members area: directory, detail panel and the dialogs of the membership rules.

Widgets here call the services in ``niro_desk.membership`` inside one
transaction per user action and never run SQL themselves; table models only
format rows the services returned. The suppliers-and-customers area reuses
the same directory widget, filtered by kind.
"""
