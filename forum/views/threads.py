"""The forum itself: categories, thread lists, thread pages and starting a thread."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, TemplateView

from core.lists import FilteredListMixin
from core.remembered_pages import SharedObjectMixin, covered
from core.roles import is_moderator, user_can_post
from forum import conf, services
from forum.caching import cache_anonymous_page, cache_shared_page
from forum.context import discussion_context
from forum.forms import ThreadForm
from forum.models import Category, Discussion
from forum.queries import categories_for_index, reply_target


@method_decorator(cache_anonymous_page, name="dispatch")
class ForumIndexView(TemplateView):
    template_name = "forum/index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(categories=categories_for_index(), **kwargs)


class CategoryMixin:
    """Owns the category lookup for the views under /forum/<slug>/."""

    def get_category(self):
        if not hasattr(self, "category"):
            self.category = get_object_or_404(Category, slug=self.kwargs["slug"])
        return self.category


@method_decorator(cache_anonymous_page, name="dispatch")
class CategoryDetailView(FilteredListMixin, CategoryMixin, ListView):
    template_name = "forum/category_detail.html"
    context_object_name = "threads"

    def get_paginate_by(self, queryset):
        return conf.threads_per_page()

    def get_queryset(self):
        return (
            Discussion.objects.listed()
            .visible_to(self.request.user, moderator=is_moderator(self.request.user))
            .filter(category=self.get_category())
            .with_unread_for(self.request.user)
            .order_by("-is_pinned", "-last_activity_at", "-pk")
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.get_category(), can_post=user_can_post(self.request.user), **kwargs
        )


class ThreadCreateView(LoginRequiredMixin, CategoryMixin, FormView):
    template_name = "forum/thread_form.html"
    form_class = ThreadForm

    def form_valid(self, form):
        try:
            thread = services.create_thread(
                category=self.get_category(),
                author=self.request.user,
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                language=form.cleaned_data["language"],
            )
        except services.PostRefused as refusal:
            form.add_error(None, refusal)
            return self.form_invalid(form)
        if thread.post_count:
            messages.success(self.request, _("Your thread is published."))
        else:
            messages.info(self.request, _("Thank you. Your thread will appear once a moderator has approved it."))
        return redirect(thread)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.get_category(), can_post=user_can_post(self.request.user), **kwargs
        )


class ThreadMixin:
    """Owns the thread queryset: category, starter and last post's author come in the same query."""

    def get_queryset(self):
        return Discussion.objects.listed().visible_to(self.request.user, moderator=is_moderator(self.request.user))


@method_decorator(cache_shared_page, name="dispatch")
class ThreadDetailView(ThreadMixin, SharedObjectMixin, DetailView):
    template_name = "forum/thread_detail.html"
    context_object_name = "thread"

    def shown_to_everyone(self, thread):
        """A thread its reader neither started nor moderates is one they see as everyone does (ThreadMixin); its
        starter or a moderator may be seeing it before it is approved."""
        user = self.request.user
        if thread.author_id != user.pk and not is_moderator(user):
            return True
        with covered():
            return Discussion.objects.published().filter(pk=thread.pk).exists()

    def get_context_data(self, **kwargs):
        reply_to = reply_target(self.object, self.request.GET.get("reply_to"))
        context = super().get_context_data(**kwargs)
        form_action = reverse("forum:thread-reply", kwargs={"pk": self.object.pk})
        context.update(discussion_context(self.request, self.object, reply_to=reply_to, form_action=form_action))
        return context

    def get(self, request, *args, **kwargs):
        """Show the thread and move a signed-in reader's read marker forward.

        The one write on this page, kept out of get_context_data so that building the page reads only.
        mark_thread_read is idempotent (one marker per reader and thread, set to now), so a reload or a second
        visit leaves the same state; anonymous readers have no marker (their page may come from the cache).
        The template renders after this returns, so the header's unread count already leaves this thread out.
        """
        response = super().get(request, *args, **kwargs)
        if request.user.is_authenticated:
            services.mark_thread_read(thread=self.object, user=request.user)
        return response
