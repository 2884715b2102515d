"""Writing, editing and reporting posts, in forum threads and under any content."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.models import public_objects
from core.roles import is_moderator
from forum import services
from forum.context import discussion_context, takes_moments
from forum.forms import EditPostForm, FlagForm, PostForm
from forum.models import Discussion, Post
from forum.permissions import can_edit_post
from forum.queries import discussion_for_object

from .mixins import is_fragment_request, page_number_of, render_refused


def post_url(post, user):
    """Where a post is shown: its page of the thread, or of the comments under its content."""
    page = page_number_of(post, user, moderator=is_moderator(user))
    if post.discussion.is_thread:
        base = reverse("forum:thread-detail", kwargs={"pk": post.discussion_id})
    else:
        base = post.discussion.content_object.get_absolute_url()
    query = f"?{urlencode({'page': page})}" if page > 1 else ""
    return f"{base}{query}#post-{post.pk}"


def _published_message(request, post):
    if post.is_held:
        messages.info(request, _("Thank you. Your post will appear once a moderator has approved it."))
    else:
        messages.success(request, _("Your post is published."))


def submit_post(request, *, discussion, write, form_action, refused_template, refused_context):
    """Validate the form and hand it to `write` (a service); on refusal show the form again with what was typed.

    `discussion` is None for the first comment under a piece of content: the service opens it.
    """
    form = PostForm(request.POST, discussion=discussion)
    if form.is_valid():
        try:
            post = write(
                author=request.user,
                body=form.cleaned_data["body"],
                language=form.cleaned_data["language"],
                reply_to=form.cleaned_data["reply_to"],
                anchor_seconds=form.cleaned_data["anchor_seconds"],
            )
        except services.PostRefused as refusal:
            form.add_error(None, refusal)
        else:
            if is_fragment_request(request):
                context = {
                    "post": post,
                    "discussion": post.discussion,
                    "is_moderator": is_moderator(request.user),
                    "can_post": True,
                    "is_new": True,
                    "editable_posts": {post.pk},
                }
                response = render(request, "forum/includes/post.html", context, status=201)
                # The discussion's count after this post (unchanged while it waits for a moderator), for the
                # heading the page shows it in.
                count = Discussion.objects.values_list("post_count", flat=True).get(pk=post.discussion_id)
                response["X-Forum-Post-Count"] = str(count)
                return response
            _published_message(request, post)
            return redirect(post_url(post, request.user))
    reply_to = getattr(form, "cleaned_data", {}).get("reply_to")
    context = {
        **discussion_context(request, discussion, form=form, form_action=form_action, reply_to=reply_to),
        **refused_context,
    }
    return render_refused(request, refused_template, context)


@require_POST
def thread_reply(request, pk):
    """Reply to a forum thread (plain form post, or a fragment for the forum script)."""
    open_to_reader = Discussion.objects.listed().open_to(request.user, moderator=is_moderator(request.user))
    discussion = get_object_or_404(open_to_reader, pk=pk)
    return submit_post(
        request,
        discussion=discussion,
        write=lambda **fields: services.create_post(discussion=discussion, **fields),
        form_action=reverse("forum:thread-reply", kwargs={"pk": pk}),
        refused_template="forum/thread_detail.html",
        refused_context={"thread": discussion},
    )


def _commentable(app_label, model_name, object_id):
    try:
        content_type = ContentType.objects.get_by_natural_key(app_label, model_name)
    except ContentType.DoesNotExist as missing:
        raise Http404 from missing
    model = content_type.model_class()
    if model is None or not hasattr(model, "get_absolute_url") or content_type.app_label == "forum":
        raise Http404
    # Each model says what is public (`objects.published()`); drafts and models that declare nothing take none.
    return get_object_or_404(public_objects(model), pk=object_id)


@require_POST
def comment_create(request, app_label, model_name, object_id):
    """Comment on a film, practice, news post or event; the discussion is created with the first comment."""
    target = _commentable(app_label, model_name, object_id)
    return submit_post(
        request,
        discussion=discussion_for_object(target),
        write=lambda **fields: services.create_comment(target=target, **fields),
        form_action=request.path,
        refused_template="forum/comment_form.html",
        refused_context={"target": target, "is_film": takes_moments(target)},
    )


def post_detail(request, pk):
    """Send a link to a single post to the page that shows it."""
    post = get_object_or_404(Post.objects.select_related("discussion"), pk=pk)
    moderator = is_moderator(request.user)
    if post.is_held and not (moderator or post.author_id == request.user.pk):
        raise Http404
    return redirect(post_url(post, request.user))


@login_required
def post_edit(request, pk):
    """Edit your own post within the edit window; the earlier text is kept as a revision."""
    post = get_object_or_404(Post.objects.select_related("discussion"), pk=pk)
    if not can_edit_post(post, request.user):
        raise PermissionDenied
    form = EditPostForm(request.POST or None, initial={"body": post.body, "language": post.language})
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(
                post=post, editor=request.user, body=form.cleaned_data["body"], language=form.cleaned_data["language"]
            )
        except services.PostRefused as refusal:
            form.add_error(None, refusal)
        else:
            messages.success(request, _("Your post has been updated."))
            return redirect(post_url(post, request.user))
    return render(request, "forum/post_edit.html", {"post": post, "form": form}, status=400 if form.errors else 200)


@login_required
def post_flag(request, pk):
    """Report a post to the moderators."""
    post = get_object_or_404(Post.objects.approved().select_related("discussion", "author__profile"), pk=pk)
    form = FlagForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.flag_post(
            post=post, reporter=request.user, reason=form.cleaned_data["reason"], text=form.cleaned_data["text"]
        )
        messages.success(request, _("Thank you. The moderators will look at this post."))
        return redirect(post_url(post, request.user))
    return render(request, "forum/post_flag.html", {"post": post, "form": form}, status=400 if form.errors else 200)
