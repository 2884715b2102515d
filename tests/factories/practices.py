import factory
from django.core.files.base import ContentFile
from django.utils import timezone

from core.enums import PublicationStatus
from practices.enums import DocumentLanguage, DocumentType, TransferStage
from practices.models import Document, Practice
from tests.factories.portal import OrganisationFactory

MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


class PracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Practice
        skip_postgeneration_save = True

    title_bg = factory.Sequence(lambda n: f"Практика {n}")
    title_en = factory.Sequence(lambda n: f"Practice {n}")
    slug = factory.Sequence(lambda n: f"practice-{n}")
    summary_bg = "Кратко описание на практиката."
    summary_en = "A short summary of the practice."
    country = "IT"
    source_organisation = factory.SubFactory(OrganisationFactory)
    transfer_stage = TransferStage.STUDIED_ABROAD
    status = PublicationStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def target_groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.target_groups.set(extracted)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document
        skip_postgeneration_save = True

    title_bg = factory.Sequence(lambda n: f"Документ {n}")
    title_en = factory.Sequence(lambda n: f"Document {n}")
    slug = factory.Sequence(lambda n: f"document-{n}")
    document_type = DocumentType.REPORT
    language = DocumentLanguage.ENGLISH
    file = factory.LazyFunction(lambda: ContentFile(MINIMAL_PDF, name="report.pdf"))
    file_format = "pdf"
    file_size = len(MINIMAL_PDF)
    status = PublicationStatus.PUBLISHED

    @factory.post_generation
    def practices(self, create, extracted, **kwargs):
        if create and extracted:
            self.practices.set(extracted)
