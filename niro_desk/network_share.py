"""Detects folders on network shares, where SQLite corrupts its files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "ncpfs",
        "9p",
        "fuse.sshfs",
        "davfs",
        "fuse.davfs2",
        "glusterfs",
        "ceph",
        "fuse.rclone",
    }
)


def _mount_fstype(path: Path, mounts_text: str) -> str | None:
    """The filesystem type of the mount point that holds ``path`` (longest match)."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def is_network_path(path: Path, mounts_text: str | None = None) -> bool:
    """True when ``path`` lies on a network share (SMB/NFS/...)."""
    resolved = path.expanduser().resolve()
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        text = str(resolved)
        if text.startswith("\\\\"):
            return True
        import ctypes

        drive = os.path.splitdrive(text)[0] + "\\"
        drive_remote = 4
        return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8")
        except OSError:
            return False
    fstype = _mount_fstype(resolved, mounts_text)
    return fstype is not None and fstype in NETWORK_FILESYSTEMS
