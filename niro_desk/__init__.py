"""NIRO Desk: the office application of a regional industry network.

The app shell lives here (entry point, CLI, configuration, database, migrations,
audit, users); ``niro_desk.models`` holds the SQLAlchemy models,
``niro_desk.procurement`` the procurement pool, ``niro_desk.ui`` the Qt front end.
"""

__version__ = "0.1.0"
APP_NAME = "NIRO Desk"
