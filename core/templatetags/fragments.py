"""`{% fragment %}` and `{% personal %}`: the shared part of a page cached once for everyone (see core.fragments)."""

from django import template
from django.template.base import token_kwargs

from core.fragments import (
    NotShareable,
    SharedRender,
    fill,
    fragment_named,
    neutral_context_values,
    render_personal,
)

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, obj, vary, nodelist):
        self.name, self.obj, self.vary, self.nodelist = name, obj, vary, nodelist

    def render(self, context):
        outer = context.get("fragment_render")
        if outer is not None and not outer.caches_inner_fragments:
            # Inside another fragment's render: part of it, its personal slots among the outer one's.
            return self.nodelist.render(context)
        if outer is not None and "cache" in self.vary:
            # Whether it is shared depends on the visitor, which a page skeleton cannot ask on its next use.
            raise NotShareable(f"{self.name.token} is shared or not by visitor: put it in a {{% personal %}} slot")
        fragment = fragment_named(self.name.resolve(context))
        obj = self.obj.resolve(context) if self.obj is not None else None
        vary = {name: value.resolve(context) for name, value in self.vary.items()}
        cached = vary.pop("cache", True)

        def render_shared():
            with context.push(**neutral_context_values(context)) as shared:
                return shared["fragment_render"].split(self.nodelist.render(context))

        if not cached:
            return fill(context, *self._render_for_this_request(context))
        key = getattr(obj, "pk", obj)
        if outer is not None:
            # Inside a page skeleton (core.skeletons): cached on its own, and the skeleton lives only as long as it.
            return outer.reslot(*fragment.get_or_render(key, render_shared, vary, record=outer.depend_on))
        pieces, slots = fragment.get_or_render(key, render_shared, vary)
        return fill(context, pieces, slots)

    def _render_for_this_request(self, context):
        # The same slots as when shared, but the shared part sees the real visitor (a moderator's hidden posts).
        with context.push(fragment_render=SharedRender()) as own:
            return own["fragment_render"].split(self.nodelist.render(context))


@register.tag
def fragment(parser, token):
    """`{% fragment "name" obj key=value … [cache=False] %}…{% endfragment %}` (obj may be None for a list)."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% fragment %} needs the fragment's name")
    name = parser.compile_filter(bits.pop(0))
    obj = parser.compile_filter(bits.pop(0)) if bits and "=" not in bits[0] else None
    vary = token_kwargs(bits, parser)
    if bits:
        raise template.TemplateSyntaxError(f"{{% fragment %}} takes name=value pairs after the object, not {bits}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(name, obj, vary, nodelist)


class PersonalNode(template.Node):
    def __init__(self, template_name, values):
        self.template_name, self.values = template_name, values

    def render(self, context):
        template_name = self.template_name.resolve(context)
        values = {name: value.resolve(context) for name, value in self.values.items()}
        shared = context.get("fragment_render")
        if shared is not None:
            return shared.slot(template_name, values)
        return render_personal(context, template_name, values, {})


@register.tag
def personal(parser, token):
    """`{% personal "template.html" name=value … %}`: rendered for each request with the page's context and the
    values named here (what the shared part knows: ids, flags), also inside a cached `{% fragment %}`."""
    bits = token.split_contents()[1:]
    if not bits:
        raise template.TemplateSyntaxError("{% personal %} needs a template name")
    template_name = parser.compile_filter(bits.pop(0))
    values = token_kwargs(bits, parser)
    if bits:
        raise template.TemplateSyntaxError(f"{{% personal %}} takes name=value pairs, not {bits}")
    return PersonalNode(template_name, values)


@register.filter
def marks(obj, names):
    """`obj`'s attributes `names` ("pk,anchor") as a dict: what a `{% personal %}` slot keeps of an object."""
    return {name: getattr(obj, name) for name in names.split(",")}
