"""Bulgarian date and time formats, where Django's own bg locale leaves them out or writes them otherwise.

Django's bg locale has no DATETIME_FORMAT, so the admin fell back to the English default and showed
"Март 18, 2027, 10 преди обяд". Bulgarian writes "18 март 2027 г., 10:00": the day first, the month in lower
case in its after-a-day form ("E", translated in core/month_names.py), "г." after the year and a 24-hour clock.
What this module leaves out (decimal and thousand separators) still comes from Django's bg locale.
"""

DATE_FORMAT = "j E Y г."
DATETIME_FORMAT = "j E Y г., H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y г."
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday

# The first of each list is how the admin's date and time widgets write a value; ISO dates are still accepted.
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"]
# Times keep their seconds in the widgets (as Django's default does), so saving a form unchanged changes no time.
TIME_INPUT_FORMATS = ["%H:%M:%S", "%H:%M", "%H:%M:%S.%f"]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
