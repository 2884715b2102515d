from django.contrib import admin

from core.admin import TranslatedAdmin
from news.models import NewsPost


@admin.register(NewsPost)
class NewsPostAdmin(TranslatedAdmin):
    list_display = ["title", "status", "published_at", "author"]
    list_filter = ["status", "published_at"]
    list_select_related = ["author"]
    search_fields = ["title_bg", "title_en", "summary_bg", "summary_en"]
    date_hierarchy = "published_at"
    readonly_fields = ["author", "created_at", "updated_at"]
    fields = ["title", "slug", "status", "published_at", "summary", "body", "tags", "cover_image", "cover_alt"]
    fields += readonly_fields

    def save_model(self, request, obj, form, change):
        if obj.author_id is None:
            obj.author = request.user
        super().save_model(request, obj, form, change)
