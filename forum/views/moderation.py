"""The moderation queue and the moderators' actions on posts and threads."""

from django.contrib import messages
from django.contrib.auth.mixins import UserPassesTestMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView

from core.roles import is_moderator
from forum import services
from forum.forms import ModerationReasonForm, ResolveFlagForm, ThreadModerationForm
from forum.models import Discussion, Flag, ModerationLog, Post

from .posts import post_url


def _moderator_or_403(request):
    if not is_moderator(request.user):
        raise PermissionDenied


class ModerationQueueView(UserPassesTestMixin, TemplateView):
    template_name = "forum/moderation_queue.html"

    def test_func(self):
        return is_moderator(self.request.user)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            flags=Flag.objects.open()
            .select_related("post__author__profile", "post__discussion", "reporter__profile")
            .order_by("created_at")[:100],
            held_posts=Post.objects.filter(is_held=True)
            .select_related("author__profile", "discussion")
            .order_by("created_at")[:100],
            log=ModerationLog.objects.select_related("moderator__profile", "discussion", "post")[:30],
            resolve_form=ResolveFlagForm(),
            **kwargs,
        )


def post_moderate(request, pk, action):
    """Hide or restore a post, with a reason for the log."""
    _moderator_or_403(request)
    post = get_object_or_404(Post.objects.select_related("discussion", "author__profile"), pk=pk)
    form = ModerationReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        service = services.hide_post if action == "hide" else services.restore_post
        service(post=post, moderator=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("The post is hidden.") if action == "hide" else _("The post is restored."))
        return redirect(post_url(post, request.user))
    context = {"post": post, "form": form, "action": action}
    return render(request, "forum/post_moderate.html", context, status=400 if form.errors else 200)


@require_POST
def post_approve(request, pk):
    """Publish a post that was held for approval."""
    _moderator_or_403(request)
    post = get_object_or_404(Post, pk=pk)
    services.approve_post(post=post, moderator=request.user)
    messages.success(request, _("The post is approved and published."))
    return redirect("forum:moderation-queue")


@require_POST
def flag_resolve(request, pk):
    """Answer a flag from the moderation queue."""
    _moderator_or_403(request)
    flag = get_object_or_404(Flag.objects.open().select_related("post__discussion"), pk=pk)
    form = ResolveFlagForm(request.POST)
    if form.is_valid():
        services.resolve_flag(
            flag=flag, moderator=request.user, outcome=form.cleaned_data["outcome"], reason=form.cleaned_data["reason"]
        )
        messages.success(request, _("The flag is resolved."))
    else:
        messages.error(request, _("Choose what to do with the flagged post."))
    return redirect("forum:moderation-queue")


THREAD_ACTIONS = {
    "lock": services.lock_thread,
    "unlock": services.unlock_thread,
    "pin": services.pin_thread,
    "unpin": services.unpin_thread,
}


def thread_moderate(request, pk):
    """Lock, unlock, pin, unpin or move a thread."""
    _moderator_or_403(request)
    thread = get_object_or_404(Discussion.objects.listed(), pk=pk)
    form = ThreadModerationForm(request.POST or None, initial={"category": thread.category_id})
    if request.method == "POST" and form.is_valid():
        action, reason = form.cleaned_data["action"], form.cleaned_data["reason"]
        if action == "move":
            services.move_thread(
                discussion=thread, moderator=request.user, category=form.cleaned_data["category"], reason=reason
            )
        else:
            THREAD_ACTIONS[action](discussion=thread, moderator=request.user, reason=reason)
        messages.success(request, _("The thread is updated."))
        return redirect(thread)
    return render(
        request, "forum/thread_moderate.html", {"thread": thread, "form": form}, status=400 if form.errors else 200
    )
