from django.urls import path

from core.feeds import feed_patterns
from forum.feeds import CategoryFeed, ThreadFeed
from forum.views import follows, moderation, notifications, posts, threads

app_name = "forum"

urlpatterns = [
    path("", threads.ForumIndexView.as_view(), name="index"),
    path("threads/<int:pk>/", threads.ThreadDetailView.as_view(), name="thread-detail"),
    *feed_patterns("threads/<int:pk>/feed/", ThreadFeed, name="thread-feed"),
    path("threads/<int:pk>/reply/", posts.thread_reply, name="thread-reply"),
    path("threads/<int:pk>/moderate/", moderation.thread_moderate, name="thread-moderate"),
    path("follow/<str:app_label>/<str:model_name>/<int:object_id>/", follows.follow_toggle, name="follow-toggle"),
    path("comments/<str:app_label>/<str:model_name>/<int:object_id>/", posts.comment_create, name="comment-create"),
    path("posts/<int:pk>/", posts.post_detail, name="post-detail"),
    path("posts/<int:pk>/edit/", posts.post_edit, name="post-edit"),
    path("posts/<int:pk>/flag/", posts.post_flag, name="post-flag"),
    path("posts/<int:pk>/hide/", moderation.post_moderate, {"action": "hide"}, name="post-hide"),
    path("posts/<int:pk>/restore/", moderation.post_moderate, {"action": "restore"}, name="post-restore"),
    path("posts/<int:pk>/approve/", moderation.post_approve, name="post-approve"),
    path("flags/<int:pk>/resolve/", moderation.flag_resolve, name="flag-resolve"),
    path("moderation/", moderation.ModerationQueueView.as_view(), name="moderation-queue"),
    path("notifications/", notifications.NotificationListView.as_view(), name="notification-list"),
    path("notifications/read/", notifications.notifications_mark_read, name="notifications-mark-read"),
    path("notifications/settings/", notifications.notification_settings, name="notification-settings"),
    path("unsubscribe/<str:token>/", notifications.unsubscribe, name="unsubscribe"),
    path("<slug:slug>/", threads.CategoryDetailView.as_view(), name="category-detail"),
    *feed_patterns("<slug:slug>/feed/", CategoryFeed, name="category-feed"),
    path("<slug:slug>/new/", threads.ThreadCreateView.as_view(), name="thread-create"),
]
