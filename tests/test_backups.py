"""A backup restored into a fresh database holds the same rows, table by table, and the same uploaded files."""

import io
import os
import sqlite3
import subprocess

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.db import connection

from portal import backups
from tests.factories.events import RegistrationFactory, SessionRoleFactory
from tests.factories.forum import PostFactory
from tests.factories.portal import ProfileFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def portal_rows(settings):
    """Demo-like rows in several apps, and an uploaded file."""
    PracticeFactory.create_batch(3)
    SessionRoleFactory.create_batch(2)
    RegistrationFactory.create_batch(2)
    PostFactory.create_batch(4)
    profile = ProfileFactory()
    profile.avatar.save("portrait.txt", ContentFile(b"not really a picture"), save=False)
    return profile.avatar.name


def table_counts_from(cursor, tables):
    counts = {}
    for table in tables:
        # Table names come from the database itself (ruff S608, bandit B608).
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 # nosec
        counts[table] = cursor.fetchone()[0]
    return counts


def live_counts():
    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        return table_counts_from(cursor, tables)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite path; the PostgreSQL test runs on PostgreSQL")
def test_sqlite_backup_restores_into_a_fresh_database(tmp_path, settings, portal_rows):
    expected = live_counts()
    assert sum(expected.values()) > 20

    call_command("backup", str(tmp_path / "backups"), stdout=io.StringIO())
    [made] = (tmp_path / "backups").iterdir()
    fresh = tmp_path / "fresh.sqlite3"
    backups.restore_database(source=made, database={"NAME": str(fresh)})
    backups.restore_media(source=made, media_root=tmp_path / "restored-media")

    with sqlite3.connect(fresh) as restored:
        counts = table_counts_from(restored.cursor(), list(expected))
    restored.close()
    assert counts == expected
    assert (tmp_path / "restored-media" / portal_rows).read_bytes() == b"not really a picture"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="DATABASE_URL is not PostgreSQL: the SQLite path runs")
def test_postgresql_backup_restores_into_a_fresh_database(tmp_path, portal_rows):
    expected = live_counts()
    made = backups.backup(destination=tmp_path)
    database = {**connection.settings_dict, "NAME": f"{connection.settings_dict['NAME']}_restore"}
    env = backups.postgres_environment(database)
    subprocess.run(["dropdb", "--if-exists", database["NAME"]], env=env, check=True)
    subprocess.run(["createdb", database["NAME"]], env=env, check=True)
    try:
        backups.restore_database(source=made, database=database)
        counts = {}
        for table in expected:
            output = subprocess.run(
                [
                    "psql",
                    "--no-align",
                    "--tuples-only",
                    "--dbname",
                    database["NAME"],
                    "-c",
                    # Table names come from the database itself (bandit B608).
                    f'SELECT COUNT(*) FROM "{table}"',  # nosec
                ],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            counts[table] = int(output.strip())
    finally:
        subprocess.run(["dropdb", "--if-exists", database["NAME"]], env=env, check=True)
    assert counts == expected


def test_restore_media_refuses_paths_out_of_the_folder(tmp_path):
    import tarfile

    made = tmp_path / "backup"
    made.mkdir()
    outside = tmp_path / "outside.txt"
    with tarfile.open(made / backups.MEDIA_FILE, "w:gz") as archive:
        info = tarfile.TarInfo("media/../../outside.txt")
        data = b"escaped"
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))

    with pytest.raises(tarfile.FilterError):
        backups.restore_media(source=made, media_root=tmp_path / "media")

    assert not outside.exists()
    assert os.path.isdir(tmp_path / "media")
