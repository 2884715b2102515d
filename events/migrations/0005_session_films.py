from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0004_directory_models"),
        ("films", "0004_video_becomes_film"),
    ]

    # Session.videos becomes Session.films: the table events_session_videos becomes events_session_films.
    operations = [migrations.RenameField(model_name="session", old_name="videos", new_name="films")]
