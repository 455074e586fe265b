"""What kind of file an attachment is, in words a lawyer uses: "PDF document", "Фотография",
from its media type (fixed at intake) and, where that says little, its name's extension."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from casebook.ui.translation import QT_TRANSLATE_NOOP

__all__ = ["file_kind"]

_KINDS = {
    "pdf": QT_TRANSLATE_NOOP("FileKinds", "PDF document"),
    "photo": QT_TRANSLATE_NOOP("FileKinds", "Photo"),
    "image": QT_TRANSLATE_NOOP("FileKinds", "Image"),
    "text": QT_TRANSLATE_NOOP("FileKinds", "Text"),
    "audio": QT_TRANSLATE_NOOP("FileKinds", "Audio recording"),
    "video": QT_TRANSLATE_NOOP("FileKinds", "Video"),
    "word": QT_TRANSLATE_NOOP("FileKinds", "Word document"),
    "sheet": QT_TRANSLATE_NOOP("FileKinds", "Spreadsheet"),
    "slides": QT_TRANSLATE_NOOP("FileKinds", "Presentation"),
    "web": QT_TRANSLATE_NOOP("FileKinds", "Web page"),
    "mail": QT_TRANSLATE_NOOP("FileKinds", "E-mail message"),
    "archive": QT_TRANSLATE_NOOP("FileKinds", "Archive"),
    "table": QT_TRANSLATE_NOOP("FileKinds", "Table (CSV)"),
    "other": QT_TRANSLATE_NOOP("FileKinds", "File"),
}
_PHOTOS = {"image/jpeg", "image/heic", "image/heif", "image/webp", "image/tiff"}
_BY_TYPE = {
    "application/pdf": "pdf",
    "text/html": "web",
    "text/csv": "table",
    "message/rfc822": "mail",
    "application/msword": "word",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "word",
    "application/vnd.oasis.opendocument.text": "word",
    "application/rtf": "word",
    "application/vnd.ms-excel": "sheet",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "sheet",
    "application/vnd.oasis.opendocument.spreadsheet": "sheet",
    "application/vnd.ms-powerpoint": "slides",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "slides",
    "application/zip": "archive",
    "application/x-7z-compressed": "archive",
    "application/x-rar-compressed": "archive",
    "application/gzip": "archive",
    "application/json": "text",
    "application/xml": "text",
}
_BY_EXTENSION = {
    "pdf": "pdf", "jpg": "photo", "jpeg": "photo", "heic": "photo", "png": "image",
    "txt": "text", "md": "text", "doc": "word", "docx": "word", "odt": "word", "rtf": "word",
    "xls": "sheet", "xlsx": "sheet", "ods": "sheet", "csv": "table", "eml": "mail",
    "zip": "archive", "7z": "archive", "rar": "archive", "mp3": "audio", "m4a": "audio",
    "ogg": "audio", "opus": "audio", "wav": "audio", "amr": "audio", "mp4": "video",
    "mov": "video", "html": "web", "htm": "web",
}  # fmt: skip


def _key(media_type: str, name: str) -> str:
    media = media_type.split(";")[0].strip().lower()
    if media in _BY_TYPE:
        return _BY_TYPE[media]
    if media in _PHOTOS:
        return "photo"
    top = media.partition("/")[0]
    if top in ("image", "audio", "video", "text"):
        return top
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    return _BY_EXTENSION.get(extension, "other")


def file_kind(media_type: str, name: str = "") -> str:
    """The kind of a file in the interface language ("PDF document", "Фотография", "Текст")."""
    return QCoreApplication.translate("FileKinds", _KINDS[_key(media_type, name)])
