"""Whether an address's domain can receive mail at all, asked of the DNS with a short timeout.

A domain with no MX record and no address record (RFC 5321 §5.1: mail then goes to the A/AAAA host) cannot
receive mail. When the DNS cannot be asked (no network, a timeout, a server failure) the answer is "maybe", and
the address is accepted: the check never blocks a subscription for long or refuses one for our own outage.
"""

import logging

from django.conf import settings

logger = logging.getLogger(__name__)


def domain_receives_mail(domain):
    """False only when the DNS says the domain has no mail exchanger and no address; True otherwise."""
    if not settings.NEWSLETTER_CHECK_MAIL_DOMAIN:
        return True
    # Imported here: dnspython costs each web worker about 3 MB, for the rare request that subscribes someone.
    import dns.exception
    import dns.resolver

    try:
        resolver = dns.resolver.Resolver()
        resolver.lifetime = settings.NEWSLETTER_DNS_TIMEOUT
        for record_type in ("MX", "A", "AAAA"):
            try:
                resolver.resolve(domain, record_type)
                return True
            except dns.resolver.NoAnswer:
                continue
    except dns.resolver.NXDOMAIN:
        return False
    except (dns.exception.DNSException, OSError) as error:
        logger.info("No answer about %s from the DNS (%s); the address is accepted.", domain, error)
        return True
    return False
