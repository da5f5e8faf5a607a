"""Engines and column types: SQLite settings, network shares, exact money, aware datetimes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, func, insert, select
from sqlalchemy.exc import StatementError

from niro_desk import database, network_share
from niro_desk.database import Database, display_url, make_engine, open_database, sqlite_path
from niro_desk.errors import DatabaseError
from niro_desk.models.column_types import ExactDecimal, UTCDateTime
from niro_desk.network_share import is_network_path

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/office /mnt/office cifs rw,relatime,vers=3.1.1 0 0
/dev/sdb1 /mnt/office/local ext4 rw,relatime 0 0
nas:/export/shared /srv/nfs nfs4 rw,relatime,vers=4.2 0 0
/dev/sdc1 /mnt/with\\040space ext4 rw,relatime 0 0
//nas/space /mnt/with\\040space/share smb3 rw 0 0
//nas/tab /mnt/tab\\011stop cifs rw 0 0
/dev/sdd1 /mnt/back\\134slash ext4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev,user_id=1000 0 0
gluster1:/office /mnt/gluster fuse.glusterfs rw,default_permissions 0 0
ceph-fuse /mnt/cephfuse fuse.ceph-fuse rw 0 0
10.0.0.5:6789:/ /mnt/ceph ceph rw,name=office 0 0
s3fs /mnt/bucket fuse.s3fs rw 0 0
office /media/sf_office vboxsf rw 0 0
.host:/office /mnt/hgfs fuse.vmhgfs-fuse rw 0 0
.host:/old /mnt/oldhgfs vmhgfs rw 0 0
tmpfs /mnt/office/local/tmp tmpfs rw 0 0
"""


# -- SQLite connection settings ---------------------------------------------------------------
def test_sqlite_connection_pragmas(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'pragmas.sqlite3'}")
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert (
                connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
                == database.BUSY_TIMEOUT_MS
            )
            assert database.BUSY_TIMEOUT_MS >= 1000
    finally:
        db.dispose()


def test_sqlite_foreign_keys_are_enforced(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'fk.sqlite3'}")
    try:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
            connection.exec_driver_sql(
                "CREATE TABLE child (id INTEGER PRIMARY KEY,"
                " parent_id INTEGER NOT NULL REFERENCES parent(id))"
            )
        with pytest.raises(Exception, match="FOREIGN KEY"), db.engine.begin() as connection:
            connection.exec_driver_sql("INSERT INTO child (id, parent_id) VALUES (1, 42)")
    finally:
        db.dispose()


def test_sqlite_creates_the_data_folder(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "niro.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
        assert path.parent.is_dir()
    finally:
        db.dispose()


def test_sqlite_path_and_display_url() -> None:
    assert sqlite_path("sqlite:////data/niro.sqlite3") == Path("/data/niro.sqlite3")
    assert sqlite_path("sqlite://") is None
    assert sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql+psycopg://u:p@host/db") is None
    shown = display_url("postgresql+psycopg://office:s3cret@db.local:5432/niro")
    assert "s3cret" not in shown
    assert "office" in shown
    assert "db.local" in shown


def test_unsupported_engine_is_refused() -> None:
    with pytest.raises(DatabaseError, match="Unsupported database"):
        make_engine("mysql+pymysql://user:secret@host/niro")


# -- network shares ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/office/niro.sqlite3", True),  # cifs
        ("/mnt/office", True),
        ("/mnt/office/deep/folder/niro.sqlite3", True),
        ("/srv/nfs/niro.sqlite3", True),  # nfs4
        ("/home/office/niro.sqlite3", False),  # ext4 at /
        ("/mnt/office/local/niro.sqlite3", False),  # longest mount point wins: ext4
        ("/mnt/officer/niro.sqlite3", False),  # /mnt/office is no prefix of /mnt/officer
        ("/mnt/with space/niro.sqlite3", False),  # escaped blank in the mount point
        ("/mnt/with space/share/niro.sqlite3", True),
        ("/mnt/tab\tstop/niro.sqlite3", True),  # escaped tab
        ("/mnt/tab/niro.sqlite3", False),
        ("/mnt/back\\slash/niro.sqlite3", False),  # escaped backslash, ext4
        ("/run/user/1000/gvfs/smb-share:server=nas,share=office/niro.sqlite3", True),
        ("/mnt/gluster/niro.sqlite3", True),
        ("/mnt/cephfuse/niro.sqlite3", True),
        ("/mnt/ceph/niro.sqlite3", True),
        ("/mnt/bucket/niro.sqlite3", True),
        ("/media/sf_office/niro.sqlite3", True),  # VirtualBox shared folder
        ("/mnt/hgfs/niro.sqlite3", True),  # VMware shared folder (open-vm-tools)
        ("/mnt/oldhgfs/niro.sqlite3", True),  # VMware shared folder (old kernel module)
        ("/mnt/office/local/tmp/niro.sqlite3", False),
    ],
)
def test_is_network_path(path: str, expected: bool) -> None:
    assert is_network_path(Path(path), mounts_text=MOUNTS) is expected


def test_is_network_path_without_a_matching_mount() -> None:
    assert is_network_path(Path("/anything"), mounts_text="") is False


def test_a_later_mount_over_the_same_point_wins() -> None:
    stacked = "//nas/a /mnt/x cifs rw 0 0\n/dev/sde1 /mnt/x ext4 rw 0 0\n"
    assert is_network_path(Path("/mnt/x/niro.sqlite3"), mounts_text=stacked) is False
    assert is_network_path(Path("/mnt/x/niro.sqlite3"), mounts_text=MOUNTS + stacked) is False
    assert is_network_path(Path("/mnt/x/f"), mounts_text=stacked.splitlines()[0]) is True


def test_a_database_file_that_is_a_symlink_onto_a_share(tmp_path: Path) -> None:
    """The real path counts: a local link to a file on a share is on the share."""
    share = tmp_path / "share"
    local = tmp_path / "local"
    share.mkdir()
    local.mkdir()
    (share / "niro.sqlite3").write_bytes(b"")
    link = local / "niro.sqlite3"
    link.symlink_to(share / "niro.sqlite3")
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//nas/office {share} cifs rw 0 0\n"
    assert is_network_path(link, mounts_text=mounts) is True
    assert is_network_path(local / "other.sqlite3", mounts_text=mounts) is False
    # A folder that is a link onto the share, and a file in it that does not exist yet.
    (tmp_path / "linked-folder").symlink_to(share)
    assert is_network_path(tmp_path / "linked-folder" / "new.sqlite3", mounts_text=mounts)


def test_opening_a_symlinked_database_on_a_share_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """End to end through make_engine, with a synthetic mount table."""
    share = tmp_path / "share"
    share.mkdir()
    (share / "niro.sqlite3").write_bytes(b"")
    link = tmp_path / "niro.sqlite3"
    link.symlink_to(share / "niro.sqlite3")
    mounts = f"/dev/sda1 / ext4 rw 0 0\ngvfsd-fuse {share} fuse.gvfsd-fuse rw 0 0\n"
    monkeypatch.setattr(network_share, "read_mount_table", lambda: mounts)
    with pytest.raises(DatabaseError, match="network share"):
        make_engine(f"sqlite:///{link}")
    make_engine(f"sqlite:///{tmp_path / 'local.sqlite3'}").dispose()


def test_sqlite_uri_urls_are_files_not_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert sqlite_path("sqlite:///file:data/niro.sqlite3?uri=true") == Path("data/niro.sqlite3")
    assert sqlite_path("sqlite:///file:/abs/my%20db.sqlite3?mode=ro&uri=true") == Path(
        "/abs/my db.sqlite3"
    )
    assert sqlite_path("sqlite:///file:shared?mode=memory&cache=shared&uri=true") is None
    db = open_database("sqlite:///file:data/niro.sqlite3?uri=true")
    try:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("SELECT 1")
    finally:
        db.dispose()
    assert (tmp_path / "data" / "niro.sqlite3").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]  # no folder named "file:"


def test_sqlite_on_a_network_share_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Path] = []

    def on_share(path: Path) -> bool:
        seen.append(path)
        return True

    monkeypatch.setattr(database, "is_network_path", on_share)
    path = tmp_path / "share" / "niro.sqlite3"
    with pytest.raises(DatabaseError, match="network share") as caught:
        make_engine(f"sqlite:///{path}")
    assert "PostgreSQL" in str(caught.value)
    assert caught.value.params["path"] == str(path)
    assert seen == [path]  # the file itself, so that a symlink onto a share counts
    assert not path.parent.exists()  # nothing was created on the share
    # Backups and scratch files may be written anywhere the user chose.
    make_engine(f"sqlite:///{path}", check_share=False).dispose()


def test_postgresql_is_not_checked_for_shares(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "is_network_path", lambda _path: True)
    engine = make_engine("postgresql+psycopg://user@127.0.0.1:1/none")
    engine.dispose()


# -- exact money and aware datetimes ----------------------------------------------------------
@pytest.fixture
def scratch_table(db: Database) -> Iterator[Table]:
    """A table of the test's own, outside the app's metadata."""
    metadata = MetaData()
    table = Table(
        "scratch_amount",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("label", String(20)),
        Column("amount", ExactDecimal(18, 2)),
        Column("price", ExactDecimal(18, 4)),
        Column("at", UTCDateTime),
    )
    metadata.create_all(db.engine)
    yield table
    metadata.drop_all(db.engine)


def test_money_sums_exactly(db: Database, scratch_table: Table) -> None:
    with db.engine.begin() as connection:
        for _ in range(3):
            connection.execute(insert(scratch_table).values(label="fee", amount=Decimal("0.10")))
    with db.engine.connect() as connection:
        total = connection.scalar(select(func.sum(scratch_table.c.amount)))
        stored = connection.scalars(select(scratch_table.c.amount)).all()
    assert isinstance(total, Decimal)
    assert total == Decimal("0.30")
    assert str(total) == "0.30"
    assert stored == [Decimal("0.10")] * 3
    assert all(str(value) == "0.10" for value in stored)


def test_money_sums_exactly_over_many_rows(db: Database, scratch_table: Table) -> None:
    amounts = [Decimal("0.01") * n for n in range(1, 1001)] + [Decimal("12345678901234.56")]
    with db.engine.begin() as connection:
        connection.execute(insert(scratch_table), [{"amount": a} for a in amounts])
    with db.engine.connect() as connection:
        total = connection.scalar(select(func.sum(scratch_table.c.amount)))
    assert total == sum(amounts, Decimal(0))


def test_unit_prices_keep_four_places(db: Database, scratch_table: Table) -> None:
    with db.engine.begin() as connection:
        connection.execute(insert(scratch_table).values(price=Decimal("0.1234")))
        connection.execute(insert(scratch_table).values(price=3))  # an int is a whole amount
    with db.engine.connect() as connection:
        prices = connection.scalars(select(scratch_table.c.price).order_by(scratch_table.c.id))
        assert [str(p) for p in prices] == ["0.1234", "3.0000"]


@pytest.mark.parametrize("value", [Decimal("0.105"), Decimal("1.001"), Decimal("0.000001")])
def test_too_many_decimal_places_are_refused(
    db: Database, scratch_table: Table, value: Decimal
) -> None:
    with (
        pytest.raises(StatementError, match="decimal places"),
        db.engine.begin() as connection,
    ):
        connection.execute(insert(scratch_table).values(amount=value))
    with db.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(scratch_table)) == 0


def test_trailing_zeros_are_not_extra_places(db: Database, scratch_table: Table) -> None:
    with db.engine.begin() as connection:
        connection.execute(insert(scratch_table).values(amount=Decimal("2.5000")))
    with db.engine.connect() as connection:
        assert connection.scalar(select(scratch_table.c.amount)) == Decimal("2.50")


def test_naive_datetimes_are_refused(db: Database, scratch_table: Table) -> None:
    with (
        pytest.raises(StatementError, match="naive datetime"),
        db.engine.begin() as connection,
    ):
        connection.execute(insert(scratch_table).values(at=dt.datetime(2026, 11, 22, 9, 30)))


def test_aware_datetimes_come_back_in_utc(db: Database, scratch_table: Table) -> None:
    berlin_winter = dt.timezone(dt.timedelta(hours=1))
    moment = dt.datetime(2026, 11, 22, 9, 30, 15, tzinfo=berlin_winter)
    with db.engine.begin() as connection:
        connection.execute(insert(scratch_table).values(at=moment))
    with db.engine.connect() as connection:
        stored = connection.scalar(select(scratch_table.c.at))
    assert stored is not None
    assert stored == moment
    assert stored.utcoffset() == dt.timedelta(0)
    assert stored.hour == 8
