"""Words and formats that depend on the user's language: Swedish or English."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator

from planner import data
from planner.domain.programme import Session

LANGUAGES = ("sv", "en")


def system_language() -> str:
    """Swedish when the system speaks Swedish, English otherwise."""
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def qlocale(language: str) -> QLocale:
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def day_label(day: date, language: str) -> str:
    """The weekday and date: "torsdag 17 maj 2018", "Thursday 17 May 2018"."""
    return qlocale(language).toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def capitalised(text: str) -> str:
    """A label that starts a line: "Torsdag 17 maj" (str.capitalize would lower "Maj")."""
    return text[:1].upper() + text[1:]


def short_day_label(day: date, language: str) -> str:
    """Weekday and date without the year: "torsdag 17 maj"."""
    return qlocale(language).toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def clock(moment: datetime) -> str:
    """24-hour time, as both languages write it here."""
    # Not strftime ("%H:%M"): it imports the time module at each call, and with Qt loaded
    # each import goes through PySide's import hook, at ten times the cost of this. A grid
    # and its ruler ask for hundreds of times.
    return f"{moment.hour:02d}:{moment.minute:02d}"


def time_range(session: Session) -> str:
    """ "13:30–14:20", or "12:00–" when the programme gives no end."""
    end = clock(session.end) if session.end is not None else ""
    return f"{clock(session.start)}–{end}"


class Translators:
    """The planner's own and Qt's translations for one language, installed on the app."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        self.remove()
        QLocale.setDefault(qlocale(language))
        if language == "en":
            return
        from PySide6.QtCore import QLibraryInfo

        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (
            (f"qtbase_{language}", qt_folder),
            (f"planner_{language}", str(data.translations())),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)

    def remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed.clear()
