"""admission: board decisions kept with the application; complete German WZ 2008 titles

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

- ``board_decision`` gets ``state`` (pending / applied / superseded), the sales
  profile the board saw and its fingerprint, and when the decision was
  applied. Decisions recorded before this revision were all applied at once.
- The NACE titles are brought up to the reference data shipped in
  niro_desk.resources (the complete German WZ 2008 list); codes missing from
  an older database are added. Downgrading keeps the titles.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import niro_desk.models.column_types
from niro_desk.reference_data import read_nace_codes

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATE = sa.Enum(
    "pending",
    "applied",
    "superseded",
    name="board_decision_state",
    native_enum=False,
    create_constraint=True,
    length=32,
)


def upgrade() -> None:
    with op.batch_alter_table("board_decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("state", STATE, nullable=False, server_default="applied"))
        batch_op.add_column(sa.Column("sales_profile", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column("sales_profile_fingerprint", sa.String(length=64), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "applied_at",
                niro_desk.models.column_types.UTCDateTime(timezone=True),
                nullable=True,
            )
        )
    with op.batch_alter_table("board_decision", schema=None) as batch_op:
        batch_op.alter_column("state", server_default=None)
    op.execute("UPDATE board_decision SET applied_at = recorded_at")
    _update_industry_titles()


def _update_industry_titles() -> None:
    industry_code = sa.table(
        "industry_code",
        sa.column("code", sa.String),
        sa.column("level", sa.String),
        sa.column("parent_code", sa.String),
        sa.column("title_en", sa.String),
        sa.column("title_de", sa.String),
    )
    connection = op.get_bind()
    known = set(connection.execute(sa.select(industry_code.c.code)).scalars())
    for code in read_nace_codes():  # parents come before their children
        if code.code in known:
            connection.execute(
                industry_code.update()
                .where(industry_code.c.code == code.code)
                .values(title_en=code.title_en, title_de=code.title_de)
            )
        else:
            connection.execute(
                industry_code.insert().values(
                    code=code.code,
                    level=code.level,
                    parent_code=code.parent or None,
                    title_en=code.title_en,
                    title_de=code.title_de,
                )
            )


def downgrade() -> None:
    with op.batch_alter_table("board_decision", schema=None) as batch_op:
        batch_op.drop_column("applied_at")
        batch_op.drop_column("sales_profile_fingerprint")
        batch_op.drop_column("sales_profile")
        batch_op.drop_column("state")
