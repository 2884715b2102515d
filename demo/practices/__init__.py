"""Demo practices and documents from the seed texts. Safe to run again: rows are matched by slug; existing ones
are left as they are.

Organisations, projects, themes and target groups come from the directory's demo; any that are missing are created
with the few fields a practice needs, so this loader also runs on its own.
"""

from django.core.files.base import ContentFile
from django.utils import timezone

from core.enums import PublicationStatus
from directory.enums import OrganisationKind
from directory.models import Organisation, Project, TargetGroup, Theme
from practices import services
from practices.enums import DocumentLanguage, TransferStage
from practices.models import Document, Practice
from practices.models.practices import DESCRIPTIVE_FIELDS

from . import covers
from .content import (
    COMPETENCE_CENTRES,
    DOCUMENTS,
    FUSE_DESCRIPTION,
    FUSE_URL,
    HANDBOOK,
    PRACTICES,
)

APP_LABEL = "practices"

TEXT_FIELDS = ["title", *DESCRIPTIVE_FIELDS, "region"]


def bilingual(name, pair):
    return {f"{name}_bg": pair[0], f"{name}_en": pair[1]}


def organisation(slug):
    found, _created = Organisation.objects.get_or_create(
        slug=slug,
        defaults={
            "name_bg": slug,
            "name_en": slug.replace("-", " ").title(),
            "kind": OrganisationKind.NGO,
            "country": "BG",
        },
    )
    return found


def project(slug):
    if slug is None:
        return None
    return Project.objects.filter(slug=slug).first()


def terms(model, slugs):
    return [model.objects.get_or_create(slug=slug, defaults={"name_bg": slug, "name_en": slug})[0] for slug in slugs]


def competence_centre_practices():
    """The three national competence centres the SI PLUS seminar in Blagoevgrad presented as examples."""
    for code, country_bg, country_en, kind_bg, kind_en in COMPETENCE_CENTRES:
        yield {
            "slug": f"competence-centre-{code.lower()}",
            "country": code,
            "region": ("", ""),
            "source": "sofia-development-association",
            "partners": ["ministry-of-labour-and-social-policy"],
            "project": "si-plus",
            "themes": ["competence-centres"],
            "groups": [],
            "tags": ["център за компетенции", "екосистема"],
            "stage": TransferStage.STUDIED_ABROAD,
            "reviewed": False,
            "title": (f"{country_bg}: {kind_bg}", f"{country_en}: {kind_en}"),
            "summary": (
                f"{country_bg} е един от трите примера за съществуващ {kind_bg}, които консорциумът SI PLUS "
                "проучи, за да предложи модел за такъв център в България.",
                f"{country_en} is one of three examples of an existing {kind_en} that the SI PLUS consortium "
                "studied in order to propose a model for such a centre in Bulgaria.",
            ),
            "description": (
                "Описанието е непълно: на семинара в Благоевград центърът беше посочен като пример, без "
                "подробности за работата му.",
                "This description is incomplete: the Blagoevgrad seminar named the centre as an example without "
                "details of its work.",
            ),
            "problem": (
                "Социалните иновации се нуждаят от подкрепа от частния, публичния, академичния и гражданския "
                "сектор едновременно.",
                "Social innovations need support from the private, public, academic and civic sectors at once.",
            ),
            "how_it_works": (
                "Центърът свързва иноватори с експерти, финансиране и публични институции.",
                "The centre links innovators with experts, funding and public bodies.",
            ),
            "transfer_potential": (
                "Обсъден на семинара в Благоевград заедно с възможните целеви групи, тематични области и форми на "
                "управление на български център.",
                "Discussed at the Blagoevgrad seminar together with the possible target groups, themes and forms "
                "of governance of a Bulgarian centre.",
            ),
        }


def load_practice(data):
    """Create the practice; an existing one (maybe corrected or unpublished since) is left as it is."""
    existing = Practice.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    values = {"country": data["country"], "transfer_stage": data["stage"], "status": PublicationStatus.PUBLISHED}
    for name in TEXT_FIELDS:
        values |= bilingual(name, data.get(name, ("", "")))
    values["source_organisation"] = organisation(data["source"])
    values["project"] = project(data["project"])
    practice = Practice(slug=data["slug"], **values)
    if data["reviewed"]:
        practice.reviewed_at = timezone.now()
    # A practice loaded before keeps its cover (and its files): loading again draws nothing new.
    new_cover = not practice.cover_image
    if new_cover:
        practice.cover_image = covers.draw_cover(data["slug"])
        values = bilingual("cover_alt", covers.ALT) | bilingual("cover_credit", covers.CREDIT)
        for field, value in values.items():
            setattr(practice, field, value)
    services.save_practice(practice=practice, cover_changed=new_cover)
    practice.partners.set([organisation(slug) for slug in data["partners"]])
    practice.themes.set(terms(Theme, data["themes"]))
    practice.target_groups.set(terms(TargetGroup, data["groups"]))
    practice.tags.set(data["tags"])
    services.update_practice_completeness(practice=practice)
    return practice


def tiny_pdf(title):
    """A one-page PDF naming `title` (ASCII), small enough to keep in the demo."""
    text = title.encode("ascii", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 14 Tf 40 760 Td (" + text + b") Tj ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>",
        b"<</Length " + str(len(stream)).encode() + b">>stream\n" + stream + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += f"{number} 0 obj".encode() + obj + b"endobj\n"
    xref = len(body)
    body += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    body += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    body += f"trailer<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return body


def load_document(data, *, practices, description, external_url="", language=DocumentLanguage.ENGLISH):
    """Create the document; an existing one is left as it is."""
    existing = Document.objects.filter(slug=data["slug"]).first()
    if existing is not None:
        return existing
    document = Document(slug=data["slug"])
    document.document_type = data["type"]
    document.language = data.get("language", language)
    document.status = PublicationStatus.PUBLISHED
    document.publisher = organisation(data["publisher"])
    document.project = project(data.get("project", "fuse"))
    for name, pair in (("title", data["title"]), ("description", data.get("description", description))):
        for field, value in bilingual(name, pair).items():
            setattr(document, field, value)
    document.external_url = external_url
    if not external_url and not document.file:
        document.file.save(f"{data['slug']}.pdf", ContentFile(tiny_pdf(data["title"][1])), save=False)
        document.page_count = 1
    services.save_document(document=document)
    document.themes.set(terms(Theme, data.get("themes", ["competence-centres"])))
    document.practices.set(practices)
    return document


def load(*, stdout):
    practices = {}
    for data in [*PRACTICES, *competence_centre_practices()]:
        practices[data["slug"]] = load_practice(data)
    for data in DOCUMENTS:
        attached = [practices[slug] for slug in data["practices"]]
        load_document(data, practices=attached, description=FUSE_DESCRIPTION, external_url=FUSE_URL)
    attached = [practices[slug] for slug in HANDBOOK["practices"]]
    load_document(HANDBOOK, practices=attached, description=HANDBOOK["description"])
    stdout.write(f"Practices demo content: {len(practices)} practices, {len(DOCUMENTS) + 1} documents.")
