"""Languages: the Qt Linguist catalogs, vocabulary labels and locale formatting.

    ui/i18n/casebook_<lang>.ts   sources in git, `make lupdate` refreshes them
    ui/i18n/casebook_<lang>.qm   compiled by the build (pyside6-lrelease), not in git

Interface strings come from the catalogs. Vocabulary labels (event types, roles, …) come from the
core's vocabularies, which carry their own English and Russian labels.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QObject,
    QTranslator,
)

from casebook.base.settings import LANGUAGES
from casebook.domain import vocab

__all__ = [
    "LANGUAGES",
    "QT_CATALOG_GAPS",
    "QT_TRANSLATE_NOOP",
    "Translations",
    "catalog_path",
    "format_clock",
    "format_date",
    "format_size",
    "format_time",
    "resolve_language",
    "vocab_label",
    "vocab_terms",
]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark `text` for the catalog under `context`; it is translated where it is shown."""
    return text


def resolve_language(setting: str) -> str:
    """The language to use: the setting, else the system's when we have it, else English."""
    if setting in LANGUAGES:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def catalog_path(language: str) -> Path:
    """Where the compiled catalog of `language` is (it may be missing before a build)."""
    return Path(str(resources.files("casebook.ui").joinpath("i18n", f"casebook_{language}.qm")))


# Qt's own Russian catalog (qtbase_ru, from PySide6's translations folder) lacks two labels of its
# file dialog, which showed in English on a Russian screen. Casebook's catalog supplies them under
# Qt's context: the translator installed last (Qt's) is asked first, and passes on what it lacks.
QT_CATALOG_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


class Translations:
    """Installs casebook's catalog and Qt's own for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to `language`; False when its catalog could not be loaded (English shows)."""
        for tr in self._installed:
            self._app.removeTranslator(tr)
        self._installed = []
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))
        ok = True
        ours = QTranslator(self._app)
        if ours.load(str(catalog_path(self.language))):
            self._app.installTranslator(ours)
            self._installed.append(ours)
        else:
            ok = self.language == "en"
        if self.language != "en":
            # Qt's own strings (file dialog, context menus of text fields).
            qt = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{self.language}", qt_dir):
                self._app.installTranslator(qt)
                self._installed.append(qt)
        return ok


def vocab_label(vocabulary: str, code: str | None, language: str) -> str:
    """The label of a vocabulary code in `language` ('' for no code)."""
    if not code:
        return ""
    return vocab.label(vocabulary, code, language)


def vocab_terms(vocabulary: str, language: str) -> list[tuple[str, str]]:
    """(code, label) of every shipped term of a vocabulary, in its shipped order."""
    return [(t.code, t.label(language)) for t in vocab.shipped().get(vocabulary, ())]


def _day_format() -> str:
    """How a day is written in the interface language: 07.12.2026, or 7 Dec 2026."""
    return "dd.MM.yyyy" if QLocale().language() == QLocale.Language.Russian else "d MMM yyyy"


def format_time(ms: int, *, seconds: bool = False) -> str:
    """A local date and time for a timestamp in milliseconds, as the interface language writes
    it: 07.12.2026 03:17 in Russian, 7 Dec 2026 03:17 in English."""
    if ms <= 0:
        return ""
    dt = QDateTime.fromMSecsSinceEpoch(ms)
    return dt.toString(f"{_day_format()} {'HH:mm:ss' if seconds else 'HH:mm'}")


def format_date(ms: int) -> str:
    """Only the date, where space is short (the case list)."""
    if ms <= 0:
        return ""
    return QDateTime.fromMSecsSinceEpoch(ms).toString(_day_format())


def format_clock(ms: int) -> str:
    """Only the time of day, for note segments written during one interview."""
    if ms <= 0:
        return ""
    return QDateTime.fromMSecsSinceEpoch(ms).toString("HH:mm:ss")


class Sizes(QObject):
    """A size's plural ("%n byte(s)"): lupdate finds plural forms only in a class's `self.tr`."""

    def byte_count(self, n: int) -> str:
        """1 byte, 2 bytes; 1 байт, 2 байта, 5 байт."""
        return self.tr("%n byte(s)", "", n)


def format_size(size: int) -> str:
    """A file size for people, with the plural the language needs: 1 байт, 2 байта, 91 байт,
    1,5 МБ; 1 byte, 91 bytes, 1.5 MB (units of 1024 bytes, as file managers count them)."""
    if size < 1024:
        return Sizes().byte_count(size)
    units = (
        QCoreApplication.translate("Sizes", "%1 KB"),
        QCoreApplication.translate("Sizes", "%1 MB"),
        QCoreApplication.translate("Sizes", "%1 GB"),
        QCoreApplication.translate("Sizes", "%1 TB"),
    )
    value = float(size)
    for unit in units:
        value /= 1024
        if value < 1024 or unit is units[-1]:
            break
    shown = QLocale().toString(value, "f", 1 if value < 100 else 0)
    return unit.replace("%1", shown)
