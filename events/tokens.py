"""The signed link in an organiser's message: it opens the reader's copy on the site without signing in, and so
tells the organisers it was read. Signed, not secret: it names a receipt and cannot be made for another one."""

from django.core import signing

SALT = "events.message-receipt"


def receipt_token(receipt):
    return signing.Signer(salt=SALT).sign(str(receipt.pk))


def receipt_id(token):
    """The receipt a token names, or None when it was not made here."""
    try:
        return int(signing.Signer(salt=SALT).unsign(str(token)[:200]))
    except (signing.BadSignature, ValueError):
        return None
