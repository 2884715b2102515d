"""A certificate of attendance drawn as a one-page A4 PDF in the holder's language, with the DejaVu fonts shipped
in attendance/fonts (Cyrillic on every machine, no system fonts needed)."""

from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.absolute import absolute_url
from core.formats import long_date

FONTS = Path(__file__).resolve().parent / "fonts"


def date_span(first, last):
    """The first and last day of the programme, each as a long date."""
    if first == last:
        return long_date(first)
    return f"{long_date(first)} – {long_date(last)}"


def render_pdf(certificate, *, language):
    """The certificate's PDF bytes, written in `language`."""
    registration = certificate.registration
    event = registration.event
    settings = event.certificate_settings
    days = list(event.days.order_by("date").values_list("date", flat=True))
    # Imported here: fpdf2 with fontTools and Pillow is ~50 MB that a web worker needs only to write a certificate.
    from fpdf import FPDF

    with translation.override(language):
        pdf = FPDF(format="A4")
        pdf.set_title(_("Certificate of attendance"))
        pdf.add_font("DejaVu", "", FONTS / "DejaVuSans.ttf")
        pdf.add_font("DejaVu", "B", FONTS / "DejaVuSans-Bold.ttf")
        pdf.add_page()
        pdf.set_margins(25, 30, 25)
        pdf.set_y(40)
        pdf.set_font("DejaVu", "B", 24)
        pdf.multi_cell(0, 14, _("Certificate of attendance"), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
        pdf.set_font("DejaVu", "", 13)
        pdf.multi_cell(0, 8, _("This certifies that"), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("DejaVu", "B", 20)
        pdf.multi_cell(0, 12, certificate.holder_name, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("DejaVu", "", 13)
        pdf.multi_cell(0, 8, _("attended"), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "B", 15)
        pdf.multi_cell(
            0, 9, getattr(event, f"title_{language}") or event.title, align="C", new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(4)
        pdf.set_font("DejaVu", "", 12)
        lines = [date_span(days[0], days[-1]) if days else long_date(event.start)]
        if event.place:
            lines.append(event.place)
        lines.append(
            ngettext("%(attended)d of %(days)d day", "%(attended)d of %(days)d days", len(days))
            % {"attended": certificate.days_attended, "days": len(days)}
        )
        if settings.hours:
            lines.append(
                ngettext("%(hours)d hour of training", "%(hours)d hours of training", settings.hours)
                % {"hours": settings.hours}
            )
        if event.organiser:
            lines.append(_("Organised by %(organiser)s") % {"organiser": event.organiser.name})
        if settings.funding:
            lines.append(settings.funding)
        for line in lines:
            pdf.multi_cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(14)
        if settings.signature:
            with settings.signature.open("rb") as image:
                pdf.image(image, x=pdf.w / 2 - 25, w=50)
        pdf.set_font("DejaVu", "B", 12)
        pdf.multi_cell(0, 7, settings.signatory, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 11)
        if settings.signatory_role:
            pdf.multi_cell(0, 6, settings.signatory_role, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-40)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(
            0,
            5,
            _("Verification code %(code)s: %(address)s")
            % {"code": certificate.code, "address": absolute_url(certificate.get_absolute_url())},
            align="C",
        )
        return bytes(pdf.output())
