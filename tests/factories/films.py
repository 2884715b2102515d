from datetime import timedelta

import factory
from django.core.files.base import ContentFile

from core.enums import PublicationStatus
from films.enums import TrackKind, TrackStatus
from films.models import Film, SubtitleTrack
from films.services import store_subtitle_track
from films.subtitles import parse_subtitles

# The EBML header is all the content check reads; tests never play the file.
WEBM_HEADER = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01webm"

CUE_TEXTS = {
    "bg": ["Добре дошли в центъра.", "Тук младежи помагат на възрастни хора.", "Всяка седмица се срещаме отново."],
    "en": ["Welcome to the centre.", "Here young people help older people.", "We meet again every week."],
}


def make_srt(texts, *, seconds_each=3):
    """A well-formed SubRip text with one cue per text, back to back."""
    blocks = []
    for index, text in enumerate(texts):
        start, end = index * seconds_each, index * seconds_each + seconds_each - 1
        blocks.append(f"{index + 1}\n00:00:{start:02d},000 --> 00:00:{end:02d},500\n{text}\n")
    return "\n".join(blocks)


class FilmFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Film
        skip_postgeneration_save = True

    title_bg = factory.Sequence(lambda n: f"Филм {n}")
    title_en = factory.Sequence(lambda n: f"Film {n}")
    slug = factory.Sequence(lambda n: f"film-{n}")
    description_bg = "Кратък филм за практиката."
    description_en = "A short film about the practice."
    duration = timedelta(minutes=2)
    file = factory.LazyFunction(lambda: ContentFile(WEBM_HEADER, name="film.webm"))
    status = PublicationStatus.PUBLISHED

    @factory.post_generation
    def practices(self, create, extracted, **kwargs):
        if create and extracted:
            self.practices.set(extracted)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class SubtitleTrackFactory(factory.django.DjangoModelFactory):
    """An approved track whose cues come from a real SubRip text, stored through the service."""

    class Meta:
        model = SubtitleTrack

    film = factory.SubFactory(FilmFactory)
    language = "bg"
    kind = TrackKind.SUBTITLES
    status = TrackStatus.APPROVED

    @classmethod
    def _create(cls, model_class, *args, srt=None, **kwargs):
        track = model_class(*args, **kwargs)
        text = srt if srt is not None else make_srt(CUE_TEXTS.get(track.language, CUE_TEXTS["en"]))
        parsed = parse_subtitles(text.encode(), duration=track.film.duration)
        return store_subtitle_track(track=track, parsed=parsed, filename=f"{track.language}.srt")
