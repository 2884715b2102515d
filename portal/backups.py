"""Backups of the whole portal: the database and the uploaded files, and their restore (`manage.py backup`,
`manage.py restore`, documented in docs/deploy.md).

A backup is a directory holding `database.sqlite3` (SQLite, through Python's sqlite3 backup API: a consistent
copy while the site runs, no sqlite3 program needed) or `database.dump` (PostgreSQL, `pg_dump --format=custom`),
and `media.tar.gz` with everything under MEDIA_ROOT.
"""

import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

SQLITE_FILE = "database.sqlite3"
POSTGRES_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"


def vendor(alias="default"):
    return connections[alias].vendor


def postgres_environment(database):
    """pg_dump's and pg_restore's connection settings from a Django DATABASES entry, the password in PGPASSWORD."""
    env = dict(os.environ)
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if database.get(key):
            env[name] = str(database[key])
    return env


def backup(*, destination, alias="default"):
    """Write a backup into a new directory under `destination` named by the time; returns its path."""
    target = Path(destination) / timezone.now().strftime("portal-%Y%m%d-%H%M%S")
    target.mkdir(parents=True)
    connection = connections[alias]
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        with sqlite3.connect(target / SQLITE_FILE) as copy:
            connection.connection.backup(copy)
        copy.close()
    elif connection.vendor == "postgresql":
        database = connection.settings_dict
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(target / POSTGRES_FILE), database["NAME"]],
            env=postgres_environment(database),
            check=True,
        )
    else:
        raise NotImplementedError(f"No backup for {connection.vendor} databases.")
    with tarfile.open(target / MEDIA_FILE, "w:gz") as archive:
        media = Path(settings.MEDIA_ROOT)
        if media.exists():
            archive.add(media, arcname="media")
    return target


def restore_database(*, source, database):
    """Restore the database file of the backup in `source` into `database` (a DATABASES entry), replacing what is
    there. For SQLite `database["NAME"]` is the file to write; for PostgreSQL the database must exist (it may be
    empty: `createdb`)."""
    source = Path(source)
    if (source / SQLITE_FILE).exists():
        with sqlite3.connect(source / SQLITE_FILE) as backup_db, sqlite3.connect(database["NAME"]) as target:
            backup_db.backup(target)
        backup_db.close()
        target.close()
    elif (source / POSTGRES_FILE).exists():
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--exit-on-error",
                "--dbname",
                database["NAME"],
                str(source / POSTGRES_FILE),
            ],
            env=postgres_environment(database),
            check=True,
        )
    else:
        raise FileNotFoundError(f"No {SQLITE_FILE} or {POSTGRES_FILE} in {source}.")


def restore_media(*, source, media_root):
    """Put the uploaded files of the backup in `source` back under `media_root`, replacing what is there."""
    media_root = Path(media_root)
    if media_root.exists():
        shutil.rmtree(media_root)
    media_root.mkdir(parents=True)
    with tarfile.open(Path(source) / MEDIA_FILE, "r:gz") as archive:
        members = [member for member in archive.getmembers() if member.name.startswith("media/")]
        for member in members:
            member.name = member.name.removeprefix("media/")
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(media_root, members=[m for m in members if m.name], filter="data")
