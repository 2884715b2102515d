"""Subscriptions to discussions become core follows (of the thread, or of the content commented on), and every
notification names the followed object it is about."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _followed(discussion, discussion_type):
    if discussion.category_id is not None:
        return discussion_type.pk, discussion.pk
    return discussion.content_type_id, discussion.object_id


def subscriptions_to_follows(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Follow = apps.get_model("core", "Follow")
    Notification = apps.get_model("forum", "Notification")
    Subscription = apps.get_model("forum", "Subscription")
    discussion_type, _created = ContentType.objects.get_or_create(app_label="forum", model="discussion")
    follows = []
    for subscription in Subscription.objects.select_related("discussion"):
        content_type_id, object_id = _followed(subscription.discussion, discussion_type)
        follows.append(
            Follow(
                user_id=subscription.user_id,
                content_type_id=content_type_id,
                object_id=object_id,
                created_at=subscription.created_at,
            )
        )
    Follow.objects.bulk_create(follows, ignore_conflicts=True)
    for notification in Notification.objects.select_related("discussion"):
        notification.target_type_id, notification.target_id = _followed(notification.discussion, discussion_type)
        notification.save(update_fields=["target_type", "target_id"])


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0004_follow'),
        ('forum', '0003_moderation_is_a_role'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='notification',
            name='forum_one_notification_per_post',
        ),
        migrations.AddField(
            model_name='notification',
            name='subject_id',
            field=models.PositiveBigIntegerField(blank=True, null=True, verbose_name='subject id'),
        ),
        migrations.AddField(
            model_name='notification',
            name='subject_type',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype', verbose_name='subject content type'),
        ),
        migrations.AddField(
            model_name='notification',
            name='target_id',
            field=models.PositiveBigIntegerField(null=True, verbose_name='followed object id'),
        ),
        migrations.AddField(
            model_name='notification',
            name='target_type',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype', verbose_name='followed content type'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='discussion',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='forum.discussion', verbose_name='discussion'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='kind',
            field=models.CharField(max_length=32, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='post',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='forum.post', verbose_name='post'),
        ),
        migrations.AddConstraint(
            model_name='notification',
            constraint=models.UniqueConstraint(condition=models.Q(('post__isnull', False)), fields=('recipient', 'post'), name='forum_one_notification_per_post'),
        ),
        migrations.AddConstraint(
            model_name='notification',
            constraint=models.UniqueConstraint(condition=models.Q(('subject_id__isnull', False)), fields=('recipient', 'kind', 'subject_type', 'subject_id'), name='forum_one_notification_per_change'),
        ),
        migrations.RunPython(subscriptions_to_follows, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='notification',
            name='target_id',
            field=models.PositiveBigIntegerField(verbose_name='followed object id'),
        ),
        migrations.AlterField(
            model_name='notification',
            name='target_type',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='contenttypes.contenttype', verbose_name='followed content type'),
        ),
        migrations.DeleteModel(
            name='Subscription',
        ),
    ]
