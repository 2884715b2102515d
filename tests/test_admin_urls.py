"""Every address field in the admin takes "iriss.org.uk" as https://iriss.org.uk."""

import pytest
from django.contrib import admin
from django.db import models
from django.test import RequestFactory

from tests.factories.portal import UserFactory


def admins_with_url_fields():
    for model, model_admin in admin.site._registry.items():
        inlines = [inline(model, admin.site) for inline in model_admin.inlines]
        for each in [model_admin, *inlines]:
            for field in each.model._meta.get_fields():
                if isinstance(field, models.URLField):
                    yield pytest.param(each, field, id=f"{type(each).__name__}.{field.name}")


@pytest.mark.django_db
@pytest.mark.parametrize(("model_admin", "field"), list(admins_with_url_fields()))
def test_admin_address_typed_without_scheme_is_taken_as_https(model_admin, field):
    request = RequestFactory().get("/")
    request.user = UserFactory(is_staff=True)

    form_field = model_admin.formfield_for_dbfield(field, request)

    assert form_field.clean("iriss.org.uk") == "https://iriss.org.uk"
