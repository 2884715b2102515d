"""Helpers for data migrations that move a model to another app or rename it.

Django renames a model's table but not its content type when the model changes app, and never renames the
permissions ("add_post" stays when the model becomes NewsPost). Generic relations (discussions), admin log
entries and the permissions the role groups hold all point at those rows, so they are renamed in place.
"""


def move_content_types(apps, *, old_app, new_app, models):
    """Give the content types of `models` ({old model name: new model name}) to `new_app`, keeping their ids."""
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    for old_model, new_model in models.items():
        content_type = content_type_model.objects.filter(app_label=old_app, model=old_model).first()
        if content_type is None or content_type_model.objects.filter(app_label=new_app, model=new_model).exists():
            continue
        content_type.app_label, content_type.model = new_app, new_model
        content_type.save(update_fields=["app_label", "model"])
        if old_model != new_model:
            for permission in permission_model.objects.filter(content_type=content_type):
                action = permission.codename.removesuffix(f"_{old_model}")
                permission.codename = f"{action}_{new_model}"
                permission.save(update_fields=["codename"])


def move_content_types_back(apps, *, old_app, new_app, models):
    move_content_types(apps, old_app=new_app, new_app=old_app, models={new: old for old, new in models.items()})
