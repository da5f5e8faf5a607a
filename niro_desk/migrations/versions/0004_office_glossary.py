"""office glossary: the office's own product terms for the competitor check

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import niro_desk.models.column_types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "glossary_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("german", sa.String(length=200), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("english", sa.String(length=200), nullable=False),
        sa.Column("synonyms", sa.Text(), nullable=False),
        sa.Column("broader", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("added_by_id", sa.Integer(), nullable=False),
        sa.Column(
            "added_at", niro_desk.models.column_types.UTCDateTime(timezone=True), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["added_by_id"],
            ["office_user.id"],
            name=op.f("fk_glossary_entry_added_by_id_office_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_glossary_entry")),
        sa.UniqueConstraint("key", name="uq_glossary_entry_key"),
    )


def downgrade() -> None:
    op.drop_table("glossary_entry")
