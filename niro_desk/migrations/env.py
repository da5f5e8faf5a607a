"""Alembic environment for NIRO Desk.

Runs only through ``niro_desk.schema_migrations``, which hands over an open
connection. No ``fileConfig()`` here: it would silence the app's loggers.
SQLite gets batch mode (ALTER TABLE by copy) and the constraint names of the
naming convention make that possible.
"""

from alembic import context

import niro_desk.models  # noqa: F401 - registers every model on the metadata
from niro_desk.models.base import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    user_module_prefix="niro_desk.models.column_types.",
)
with context.begin_transaction():
    context.run_migrations()
