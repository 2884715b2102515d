from .documents import Document, DocumentText
from .practices import COMPLETE_THRESHOLD, COVER_WIDTHS, Practice, PracticeQuerySet

__all__ = ["COMPLETE_THRESHOLD", "COVER_WIDTHS", "Document", "DocumentText", "Practice", "PracticeQuerySet"]
