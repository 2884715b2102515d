"""The newsletter's public pages: subscribe, confirm, unsubscribe, preferences, and the archive of sent issues."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView

from core.i18n import page_language
from core.lists import FilteredListMixin
from core.newsletter import content_kinds
from core.roles import user_can_post
from newsletter import services, tokens
from newsletter.enums import SubscriptionStatus
from newsletter.forms import CONSENT_TEXT, SubscribeForm, TopicsForm
from newsletter.links import subscriber_links
from newsletter.models import Issue
from newsletter.queries import issue_blocks
from newsletter.rendering import issue_context


def client_ip(request):
    """The visitor's address: behind the proxy (BEHIND_PROXY) the one it added last to X-Forwarded-For."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if settings.SECURE_PROXY_SSL_HEADER and forwarded:
        return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR") or None


# No CSRF token: the footer of every (cached) page posts here, and a forged post can only make the site ask the
# address's owner to confirm, which is what the form does for anyone.
@csrf_exempt
def subscribe(request):
    """The subscription page; the footer's form posts here too, and errors come back here with what was typed."""
    form = SubscribeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.subscribe(
            email=form.cleaned_data["email"],
            language=form.cleaned_data["language"],
            consent_text=CONSENT_TEXT,
            ip=client_ip(request),
            **form.topics(),
        )
        return redirect("newsletter:subscribed")
    return render(request, "newsletter/subscribe.html", {"form": form, "consent_text": CONSENT_TEXT})


def subscribed(request):
    """Where a subscription lands: look in your inbox."""
    return render(request, "newsletter/subscribed.html")


@login_required
@require_POST
def subscribe_me(request):
    """One click for a signed-in participant: their verified address, confirmed at once."""
    if not user_can_post(request.user):
        messages.error(request, _("Confirm your e-mail address first; then you can subscribe with one click."))
    else:
        subscriber = services.subscribe_user(
            user=request.user, language=page_language(), consent_text=CONSENT_TEXT, ip=client_ip(request)
        )
        messages.success(
            request,
            _("You receive the newsletter at %(email)s. Change the language and topics with the link in any issue.")
            % {"email": subscriber.email},
        )
    return redirect(request.POST.get("next") if is_local(request.POST.get("next")) else "newsletter:subscribe")


def is_local(path):
    return bool(path) and path.startswith("/") and not path.startswith("//")


def subscriber_from(request, token, *, purpose):
    """(subscriber, None), or (None, the page saying why the link does not work)."""
    try:
        return tokens.read_token(token, purpose=purpose), None
    except signing.SignatureExpired:
        reason = _("This confirmation link has expired. Subscribe again and we will send you a new one.")
    except signing.BadSignature:
        reason = _("This link is not valid: it may be damaged, or the address may have subscribed again since.")
    return None, render(request, "newsletter/bad_link.html", {"reason": reason}, status=400)


def confirm(request, token):
    """The link in the confirmation e-mail: confirming is idempotent, so opening it twice is harmless."""
    subscriber, refusal = subscriber_from(request, token, purpose=tokens.CONFIRM)
    if refusal:
        return refusal
    if subscriber.status == SubscriptionStatus.UNSUBSCRIBED:
        return render(
            request, "newsletter/bad_link.html", {"reason": _("This address has unsubscribed since.")}, status=400
        )
    services.confirm_subscription(subscriber=subscriber)
    links = subscriber_links(subscriber, language=page_language())
    return render(request, "newsletter/confirmed.html", {"subscriber": subscriber, **links})


# One-click unsubscribe (RFC 8058): mail providers POST "List-Unsubscribe=One-Click" here with no cookie and no
# token of ours; the signed link is the authority. A GET only shows the button, since link checkers open links.
@csrf_exempt
def unsubscribe(request, token):
    """The unsubscribe link of every issue: a button; pressing it (or a provider's one-click POST) unsubscribes."""
    subscriber, refusal = subscriber_from(request, token, purpose=tokens.UNSUBSCRIBE)
    if refusal:
        return refusal
    if request.method == "POST":
        services.unsubscribe(subscriber=subscriber)
        return render(request, "newsletter/unsubscribed.html", {"subscriber": subscriber})
    return render(request, "newsletter/unsubscribe.html", {"subscriber": subscriber})


def manage(request, token):
    """Change language and topics from the signed link in every issue."""
    subscriber, refusal = subscriber_from(request, token, purpose=tokens.MANAGE)
    if refusal:
        return refusal
    initial = {
        "language": subscriber.language,
        "content_types": subscriber.content_types,
        "themes": subscriber.themes.all(),
        "countries": [str(country) for country in subscriber.countries],
    }
    form = TopicsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.update_preferences(subscriber=subscriber, language=form.cleaned_data["language"], **form.topics())
        messages.success(request, _("Your choices are saved."))
        return redirect(request.path)
    links = subscriber_links(subscriber, language=page_language())
    return render(request, "newsletter/manage.html", {"form": form, "subscriber": subscriber, **links})


class SentIssueMixin:
    """The issues anyone may read: those sent."""

    def get_queryset(self):
        return Issue.objects.sent().order_by("-sent_at", "-pk")


class IssueArchiveView(FilteredListMixin, SentIssueMixin, ListView):
    """The archive of sent issues, newest first."""

    template_name = "newsletter/issue_list.html"
    context_object_name = "issues"
    paginate_by = 20


class IssueDetailView(SentIssueMixin, DetailView):
    """A sent issue as a web page, in the page's language: the "view in browser" of every e-mail."""

    template_name = "newsletter/issue_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        blocks = issue_blocks(self.object)
        context.update(
            issue_context(self.object, language=page_language(), blocks=blocks, kind_labels=dict(content_kinds()))
        )
        return context
