"""Organisers' messages to registered participants: each reader opens their copy on the site (signed in, or through
the signed link in the e-mail), which counts as read; the event's organisers see who has read each message."""

from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.views.decorators.cache import never_cache

from core import roles

from .. import services
from ..models import Event, MessageReceipt, OrganiserMessage
from ..tokens import receipt_id


def _receipts():
    return Prefetch(
        "receipts",
        queryset=MessageReceipt.objects.select_related("registration__user__profile").order_by("read_at", "pk"),
    )


def _with_readers(messages):
    """Each message with `readers` (receipts opened, first read first), `not_yet` (the others) and `recipients`."""
    messages = list(messages)
    for message in messages:
        receipts = list(message.receipts.all())
        message.readers = [receipt for receipt in receipts if receipt.read_at]
        message.not_yet = [receipt for receipt in receipts if not receipt.read_at]
        message.recipients = len(receipts)
    return messages


def _own_receipt(request, message):
    """The reader's copy: named by the e-mail's signed link, or the signed-in participant's own."""
    token_receipt = receipt_id(request.GET.get("receipt", ""))
    receipts = message.receipts.select_related("registration__user")
    if token_receipt is not None:
        return receipts.filter(pk=token_receipt).first()
    if request.user.is_authenticated:
        return receipts.filter(registration__user=request.user).first()
    return None


@never_cache
def message_detail(request, slug, pk):
    """One message: its reader's copy (opening it records it read), or, for the event's organisers, who read it."""
    message = get_object_or_404(OrganiserMessage.objects.select_related("event"), pk=pk, event__slug=slug)
    receipt = _own_receipt(request, message)
    if receipt is not None:
        services.mark_message_read(receipt=receipt)
        return render(request, "events/message.html", {"message": message, "event": message.event})
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not (roles.is_moderator(request.user) or roles.is_organiser_of(request.user, message.event)):
        raise Http404
    [message] = _with_readers(
        OrganiserMessage.objects.select_related("event").prefetch_related(_receipts()).filter(pk=pk)
    )
    return render(request, "events/message.html", {"message": message, "event": message.event, "receipts": True})


@login_required
def message_list(request, slug):
    """The messages sent to the event's participants, newest first, each with who has read it."""
    event = Event.objects.get_managed(request.user, slug=slug)
    messages = _with_readers(event.organiser_messages.select_related("event").prefetch_related(_receipts()))
    return render(request, "events/desk/messages.html", {"event": event, "messages": messages})
