from .documents import Document
from .practices import COMPLETE_THRESHOLD, COVER_WIDTHS, Practice, PracticeQuerySet

__all__ = ["COMPLETE_THRESHOLD", "COVER_WIDTHS", "Document", "Practice", "PracticeQuerySet"]
