"""Detects database files on network shares, where SQLite corrupts its files.

The check resolves the real path first (a database file that is a symlink onto
a share counts as on the share), then looks the path up in the mount table
(``/proc/mounts`` on Linux; the source is injectable for tests). Mount points
there escape blanks, tabs, newlines and backslashes as octal (``\\040``...).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

MOUNT_TABLE = Path("/proc/mounts")

NETWORK_FILESYSTEMS = frozenset(
    {
        # SMB / CIFS
        "cifs",
        "smb3",
        "smbfs",
        "fuse.smbnetfs",
        # NFS, AFS and older network file systems
        "nfs",
        "nfs4",
        "afs",
        "ncpfs",
        "9p",
        # cluster and object stores
        "glusterfs",
        "fuse.glusterfs",
        "ceph",
        "fuse.ceph",
        "fuse.ceph-fuse",
        "lustre",
        "gpfs",
        "fuse.s3fs",
        "fuse.rclone",
        # over SSH / WebDAV
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        # GNOME's gvfs (smb-share:..., sftp:..., dav:... under /run/user/*/gvfs)
        "fuse.gvfsd-fuse",
        "fuse.gvfs-fuse-daemon",
        # shared folders of virtual machines (VirtualBox, VMware, Parallels)
        "vboxsf",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
        "prl_fs",
    }
)

_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def unescape_mount_point(field: str) -> str:
    """A mount point as written in /proc/mounts (``\\040`` for a blank) back to its path."""
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


def read_mount_table() -> str:
    """The system's mount table, or "" when there is none to read."""
    try:
        return MOUNT_TABLE.read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return ""


def mount_fstype(path: str, mounts_text: str) -> str | None:
    """The file system type of the mount that holds ``path`` (longest mount point wins)."""
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = unescape_mount_point(parts[1])
        inside = path == mount_point or path.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), parts[2])  # a later mount over the same point hides it
    return best[1] if best else None


def is_network_path(
    path: Path,
    mounts_text: str | None = None,
    *,
    mount_table: Callable[[], str] | None = None,
) -> bool:
    """True when ``path`` (a file or a folder, existing or not) lies on a network share.

    ``mounts_text`` (the text of a mount table) or ``mount_table`` (a function that
    reads one) replace ``/proc/mounts``, for tests.
    """
    resolved = os.path.realpath(path.expanduser())
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        if resolved.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(resolved)[0] + "\\"
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)
    if mounts_text is None:
        mounts_text = (mount_table or read_mount_table)()
    fstype = mount_fstype(resolved, mounts_text)
    return fstype is not None and fstype in NETWORK_FILESYSTEMS
