from django.utils import numberformat
from django.utils.formats import get_format


def format_amount(amount):
    """An amount with two decimals and grouped thousands in the active language: 198 983,98 or 198,983.98.

    Django's Bulgarian formats do not group thousands at all, so the grouping is asked for here,
    for money only, rather than for every number the site shows (years, counts of one digit).
    """
    return numberformat.format(
        amount,
        get_format("DECIMAL_SEPARATOR"),
        decimal_pos=2,
        grouping=3,
        thousand_sep=get_format("THOUSAND_SEPARATOR"),
        force_grouping=True,
    )
