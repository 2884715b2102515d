"""Helpers for data migrations that move a model to another app or rename it.

Django renames a model's table but not its content type when the model changes app, and never renames the
permissions ("add_post" stays when the model becomes NewsPost, "add_video" when Video becomes Film). Generic
relations (discussions), admin log entries and the permissions the role groups hold all point at those rows,
so they are renamed in place.
"""


def move_content_types(apps, *, old_app, new_app, models):
    """Give the content types of `models` ({old model name: new model name}) to `new_app`, keeping their ids,
    and rename their permissions ("add_<old>" becomes "add_<new>") when the model name changes.

    For a `RenameModel` inside one app Django has already renamed the content type itself (contenttypes'
    RenameContentType runs right after it), so only the permissions are left to rename.
    """
    content_type_model = apps.get_model("contenttypes", "ContentType")
    permission_model = apps.get_model("auth", "Permission")
    for old_model, new_model in models.items():
        content_type = content_type_model.objects.filter(app_label=old_app, model=old_model).first()
        renamed = content_type_model.objects.filter(app_label=new_app, model=new_model).first()
        if content_type is not None and renamed is None:
            content_type.app_label, content_type.model = new_app, new_model
            content_type.save(update_fields=["app_label", "model"])
            renamed = content_type
        if renamed is None or old_model == new_model:
            continue
        for permission in permission_model.objects.filter(content_type=renamed, codename__endswith=f"_{old_model}"):
            codename = f"{permission.codename.removesuffix(f'_{old_model}')}_{new_model}"
            if not permission_model.objects.filter(content_type=renamed, codename=codename).exists():
                permission.codename = codename
                permission.save(update_fields=["codename"])


def move_content_types_back(apps, *, old_app, new_app, models):
    move_content_types(apps, old_app=new_app, new_app=old_app, models={new: old for old, new in models.items()})
