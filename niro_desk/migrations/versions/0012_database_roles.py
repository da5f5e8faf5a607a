"""database roles: append-only audit log, row-level security helpers (PostgreSQL only)

The schema of the tables does not change. On PostgreSQL this adds what the
database itself enforces once ``niro-desk db setup-roles`` has made a role per
account (see ``niro_desk.db_roles``):

* a trigger refusing UPDATE, DELETE and TRUNCATE on ``audit_entry`` unless the
  current user is (a member of) the table's owner;
* ``niro_desk_erase_contact_history``: the one way for application roles to
  rewrite audit entries, only a deleted contact's, only into "[erased]";
* ``niro_desk_viewer_organisation`` / ``niro_desk_viewer_user_id``: the
  organisation and office_user id of ``session_user``, for the policies;
* ``niro_desk_pooled_item_totals`` / ``niro_desk_pooled_region_totals``: a
  collection's pooled totals for a reader the policies limit to its own lines.

All functions are SECURITY DEFINER with a fixed search_path and EXECUTE
revoked from PUBLIC; ``setup-roles`` grants it to the group roles. SQLite: no-op.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 14:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FUNCTIONS = (
    "niro_desk_audit_entry_append_only()",
    "niro_desk_erase_contact_history(integer, integer)",
    "niro_desk_viewer_organisation()",
    "niro_desk_viewer_user_id()",
    "niro_desk_pooled_item_totals(integer)",
    "niro_desk_pooled_region_totals(integer)",
)

# The stage of procurement/pooled_demand.py's queries: each counted participant's
# volume per item (current submissions of participants still invited).
_STAGE = """
    SELECT l.item_id, s.organisation_id, o.kind, o.region, sum(l.volume) AS volume
    FROM requirement_line l
    JOIN requirement_submission s ON s.id = l.submission_id
    JOIN collection_participant p
      ON p.collection_id = s.collection_id AND p.organisation_id = s.organisation_id
    JOIN organisation o ON o.id = s.organisation_id
    WHERE s.collection_id = p_collection_id AND s.is_current AND p.removed_at IS NULL
    GROUP BY l.item_id, s.organisation_id, o.kind, o.region
"""


def _definer(schema: str) -> str:
    return f"SECURITY DEFINER SET search_path = pg_catalog, {schema}, pg_temp"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT quote_ident(current_schema())").scalar()
    definer = _definer(schema)
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION niro_desk_audit_entry_append_only() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF NOT pg_has_role(current_user,
                               (SELECT relowner FROM pg_class WHERE oid = TG_RELID),
                               'MEMBER') THEN
                RAISE EXCEPTION 'audit entries are never changed or deleted (% by %)',
                    TG_OP, current_user
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            IF TG_LEVEL = 'STATEMENT' THEN
                RETURN NULL;
            ELSIF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END
        $$;

        CREATE TRIGGER niro_desk_audit_entry_append_only
            BEFORE UPDATE OR DELETE ON audit_entry
            FOR EACH ROW EXECUTE FUNCTION niro_desk_audit_entry_append_only();
        CREATE TRIGGER niro_desk_audit_entry_no_truncate
            BEFORE TRUNCATE ON audit_entry
            FOR EACH STATEMENT EXECUTE FUNCTION niro_desk_audit_entry_append_only();

        CREATE OR REPLACE FUNCTION niro_desk_erase_contact_history(
            p_contact_id integer, p_organisation_id integer
        ) RETURNS integer
        LANGUAGE plpgsql {definer} AS $$
        DECLARE
            organisation_name text;
            changed integer;
        BEGIN
            IF EXISTS (SELECT 1 FROM contact WHERE id = p_contact_id) THEN
                RAISE EXCEPTION 'contact % still exists: delete it before erasing its history',
                    p_contact_id USING ERRCODE = 'insufficient_privilege';
            END IF;
            SELECT name INTO organisation_name FROM organisation WHERE id = p_organisation_id;
            UPDATE audit_entry SET
                summary = 'Contact [erased] at ' || coalesce(organisation_name, '') || ': '
                          || action,
                before = CASE WHEN json_typeof(before) = 'object'
                              THEN coalesce((SELECT json_object_agg(k, '[erased]')
                                             FROM json_object_keys(before) AS k),
                                            'null'::json)
                              ELSE before END,
                after = CASE WHEN json_typeof(after) = 'object'
                             THEN coalesce((SELECT json_object_agg(k, '[erased]')
                                            FROM json_object_keys(after) AS k),
                                           'null'::json)
                             ELSE after END
            WHERE entity_type = 'contact' AND entity_id = p_contact_id AND action <> 'erase';
            GET DIAGNOSTICS changed = ROW_COUNT;
            RETURN changed;
        END
        $$;

        CREATE OR REPLACE FUNCTION niro_desk_viewer_organisation() RETURNS integer
        LANGUAGE sql STABLE {definer} AS $$
            SELECT organisation_id FROM office_user WHERE login = session_user AND active
        $$;

        CREATE OR REPLACE FUNCTION niro_desk_viewer_user_id() RETURNS integer
        LANGUAGE sql STABLE {definer} AS $$
            SELECT id FROM office_user WHERE login = session_user
        $$;

        CREATE OR REPLACE FUNCTION niro_desk_pooled_item_totals(p_collection_id integer)
        RETURNS TABLE (item_id integer, total numeric, participants bigint,
                       members_total numeric, members bigint,
                       customers_total numeric, customers bigint)
        LANGUAGE sql STABLE {definer} AS $$
            WITH stage AS ({_STAGE})
            SELECT item_id,
                   sum(volume),
                   count(*),
                   sum(CASE WHEN kind = 'member' THEN volume ELSE 0.000 END),
                   sum(CASE WHEN kind = 'member' THEN 1 ELSE 0 END),
                   sum(CASE WHEN kind = 'member' THEN 0.000 ELSE volume END),
                   sum(CASE WHEN kind = 'member' THEN 0 ELSE 1 END)
            FROM stage GROUP BY item_id
        $$;

        CREATE OR REPLACE FUNCTION niro_desk_pooled_region_totals(p_collection_id integer)
        RETURNS TABLE (item_id integer, region text, total numeric, participants bigint)
        LANGUAGE sql STABLE {definer} AS $$
            WITH stage AS ({_STAGE})
            SELECT item_id, region::text, sum(volume), count(*)
            FROM stage GROUP BY item_id, region ORDER BY item_id, region
        $$;
        """
    )
    for function in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER IF EXISTS niro_desk_audit_entry_no_truncate ON audit_entry")
    op.execute("DROP TRIGGER IF EXISTS niro_desk_audit_entry_append_only ON audit_entry")
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION IF EXISTS {function} CASCADE")  # with the policies
