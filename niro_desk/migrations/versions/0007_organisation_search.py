"""organisation search text: one folded row per organisation for the directory search

Revision ID: 0007
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "organisation_search",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.String(length=400), nullable=False),
        sa.Column("sort_city", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "member",
                "customer",
                "supplier",
                name="organisation_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "membership_status",
            sa.Enum(
                "applicant",
                "waiting",
                "member",
                "former",
                name="membership_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("region", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_organisation_search_organisation_id_organisation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("organisation_id", name=op.f("pk_organisation_search")),
    )
    with op.batch_alter_table("organisation_search", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organisation_search_sort_name"), ["sort_name"], unique=False
        )
    # Derived data: fill it for the organisations already there.
    from niro_desk.membership.directory_search import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("organisation_search", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_search_sort_name"))
    op.drop_table("organisation_search")
