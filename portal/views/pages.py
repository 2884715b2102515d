"""The pages moderators write in the site settings (about, terms of use) and the contact form that reaches them."""

from django.contrib import messages
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView

from core.markdown import render_markdown
from portal.contact import ContactForm, send_to_moderators
from portal.home import home_pages
from portal.models import SiteSettings


class SiteTextView(TemplateView):
    """One Markdown text of the site settings, in the page's language (modeltranslation picks the field)."""

    template_name = "portal/site_text.html"
    field = ""
    title = ""

    def get_context_data(self, **kwargs):
        text = getattr(SiteSettings.load(), self.field)
        return super().get_context_data(title=self.title, text_html=render_markdown(text), **kwargs)


about_page = home_pages.cache_page(SiteTextView.as_view(field="about", title=_("About the portal")))
terms_page = home_pages.cache_page(SiteTextView.as_view(field="terms", title=_("Terms of use")))


class ContactView(FormView):
    template_name = "portal/contact.html"
    form_class = ContactForm
    success_url = reverse_lazy("portal:contact")

    def form_valid(self, form):
        send_to_moderators(**{key: form.cleaned_data[key] for key in ("name", "email", "message")})
        messages.success(self.request, _("Thank you: your message has been sent to the moderators."))
        return super().form_valid(form)
