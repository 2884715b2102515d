from django import template

from films import formats

register = template.Library()

register.filter("clock", formats.clock)
register.filter("iso_duration", formats.iso_duration)
