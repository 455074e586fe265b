"""The fixed words of a report, in English and Russian.

A report's language is chosen for the reader (a Russian court, the ECtHR's registry), not by
the interface language, so these phrases live here as data in both languages rather than in
the GUI's Qt catalogs. `{name}` fields are filled with `str.format`.
"""

from __future__ import annotations

__all__ = ["PURPOSE", "TEXTS", "persons_word", "t"]

PURPOSE: dict[str, tuple[str, str]] = {
    "echr": (
        "Application to the European Court of Human Rights",
        "Жалоба в Европейский суд по правам человека",
    ),
    "un": ("Communication to a UN treaty body", "Сообщение в договорный орган ООН"),
    "domestic": ("Filing in a domestic court", "Документ для национального суда"),
    "asylum": ("Asylum file", "Материалы для ходатайства об убежище"),
    "public": ("Publication", "Публикация"),
}

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Case report", "Отчёт по делу"),
    "report_id": ("Report", "Отчёт"),
    "footer": ("Report {id} · Page {n} of {m}", "Отчёт {id} · Стр. {n} из {m}"),
    "purpose": ("Purpose", "Назначение"),
    "case_ref": ("Case", "Дело"),
    "language_name": ("In English", "По-русски"),
    "as_of": ("State of the case file", "Состояние материалов дела"),
    "as_of_value": (
        "{ops} recorded changes, the last at {time} (author's clock)",
        "{ops} записанных изменений, последнее — {time} (по часам автора)",
    ),
    "signer": ("Signed by key", "Подписано ключом"),
    "recipients": ("Also given to colleagues (keys)", "Передано также коллегам (ключи)"),
    "audience": ("Audience notice", "Уведомление о скрытых данных"),
    "withheld_persons": (
        "Data of {n} {persons} withheld: names are replaced by pseudonyms (see the legend "
        "in section 3), other identifying details are left out.",
        "Скрыты данные {n} {persons}: имена заменены псевдонимами (см. легенду в разделе 3), "
        "другие сведения, позволяющие установить личность, не включены.",
    ),
    "none_withheld": ("No person's data is withheld.", "Данные лиц не скрывались."),
    "left_out": (
        "Left out entirely because of their labels (a source, and whatever names them): "
        "persons {n}, interviews {k}, other records {r}.",
        "Не включены вовсе из-за меток (источник и всё, что его называет): лиц — {n}, "
        "интервью — {k}, других записей — {r}.",
    ),
    "values_withheld": (
        "Other values not shown to this audience: {n}. Mentions of withheld names in the "
        "text, replaced by pseudonyms: {m}.",
        "Другие значения, не показанные этой аудитории: {n}. Упоминания скрытых имён в "
        "тексте, заменённые псевдонимами: {m}.",
    ),
    "public_filing": (
        "International bodies publish their files unless anonymity is requested and granted "
        "(ECtHR: Rule 47 § 4 of the Rules of Court). Ask for anonymity in the application if "
        "any person here needs it.",
        "Международные органы публикуют материалы, если анонимность не запрошена и не "
        "предоставлена (ЕСПЧ: правило 47 § 4 Регламента Суда). Если кому-то из упомянутых "
        "лиц она нужна, просите о ней в жалобе.",
    ),
    "contents": ("Contents", "Содержание"),
    "s_case": ("1. The case", "1. Дело"),
    "s_chronology": ("2. Chronology", "2. Хронология"),
    "s_persons": ("3. Persons", "3. Лица"),
    "s_interviews": ("4. Interviews", "4. Интервью"),
    "s_conflicts": ("5. Unresolved conflicts", "5. Неразрешённые противоречия"),
    "s_annexes": ("6. Annexes", "6. Приложения"),
    "s_custody": ("7. Chain of custody", "7. Цепочка хранения"),
    "s_verify": ("8. How to verify this report", "8. Как проверить этот отчёт"),
    "s_signature": ("9. Signature", "9. Подпись"),
    "case_title": ("Title", "Название"),
    "status": ("Status", "Статус"),
    "jurisdiction": ("Jurisdiction", "Юрисдикция"),
    "court": ("Court", "Суд"),
    "summary": ("Summary", "Краткое изложение"),
    "legal_articles": ("Legal articles", "Статьи закона"),
    "deadlines": ("Deadlines", "Сроки"),
    "tags": ("Tags", "Метки"),
    "place": ("Place", "Место"),
    "detention_type": ("Detention", "Вид задержания"),
    "legal_article": ("Article", "Статья"),
    "who": ("Persons", "Участники"),
    "no_events": ("No events are recorded.", "События не записаны."),
    "ref": ("Ref.", "№"),
    "person": ("Person", "Лицо"),
    "role": ("Role", "Роль"),
    "withheld_fields": ("Withheld", "Скрыто"),
    "legend": ("Legend of pseudonyms", "Легенда псевдонимов"),
    "legend_text": (
        "A pseudonym stands for one person throughout this report. The identity behind it is "
        "kept by the lawyer and can be disclosed to the court on request.",
        "Псевдоним обозначает одно и то же лицо во всём отчёте. Сведения о личности хранятся "
        "у адвоката и могут быть раскрыты суду по запросу.",
    ),
    "no_persons": ("No persons are recorded.", "Лица не записаны."),
    "interview_with": ("Interview with {who}", "Интервью: {who}"),
    "interview": ("Interview", "Интервью"),
    "interviewer": ("Interviewer", "Интервьюер"),
    "interpreter": ("Interpreter", "Переводчик"),
    "language": ("Language", "Язык"),
    "consent": ("Consent recorded", "Записанное согласие"),
    "consent_note": ("Note on consent", "Заметка о согласии"),
    "edited": ("edited later: {times}", "изменено позже: {times}"),
    "linked": ("Linked", "Связано"),
    "no_interviews": ("No interviews are recorded.", "Интервью не записаны."),
    "times_utc": (
        "Times are in UTC, as the author's computer clock gave them.",
        "Время указано по UTC, по часам компьютера автора.",
    ),
    "conflict_intro": (
        "Colleagues recorded different values for these fields at the same time; none is "
        "chosen here, every value is listed.",
        "Коллеги одновременно записали разные значения этих полей; ни одно не выбрано, "
        "приведены все значения.",
    ),
    "no_conflicts": ("There are no unresolved conflicts.", "Неразрешённых противоречий нет."),
    "conflict_field": ("{record}, field “{field}”", "{record}, поле «{field}»"),
    "conflict_value": ("by key {by}, {time}", "ключ {by}, {time}"),
    "conflict_inline": ("conflicting values: {values}", "противоречивые значения: {values}"),
    "annex_intro": (
        "Each annex is in the folder attachments/ of the package under its number and "
        "SHA-256. Pages are numbered in one run across the annexes.",
        "Каждое приложение лежит в папке attachments/ пакета под своим номером и SHA-256. "
        "Страницы приложений пронумерованы сквозной нумерацией.",
    ),
    "annex_n": ("No.", "№"),
    "annex_desc": ("Document", "Документ"),
    "annex_type": ("Type, size", "Тип, размер"),
    "annex_pages": ("Pages", "Страницы"),
    "annex_added": ("Taken into the file", "Принято в дело"),
    "no_annexes": ("There are no annexes.", "Приложений нет."),
    "custody_intro": (
        "Every entry is signed by its author's key; custody.jsonl holds them in full. Times "
        "are the author's clock: what the chain proves is order, and that entries existed "
        "before a colleague's receipt.",
        "Каждая запись подписана ключом её автора; полностью они приведены в custody.jsonl. "
        "Время — по часам автора: цепочка доказывает порядок событий и то, что записи "
        "существовали до получения материала коллегой.",
    ),
    "no_custody": (
        "The custody log of this vault holds no entries for these annexes.",
        "В журнале хранения нет записей об этих приложениях.",
    ),
    "custody_signer": ("signer of this report", "подписал этот отчёт"),
    "custody_item": ("Annex {annexes}", "Приложение {annexes}"),
    "custody_time": ("Time (UTC)", "Время (UTC)"),
    "custody_event": ("What happened", "Что произошло"),
    "custody_by": ("Custodian", "Хранитель"),
    "custody_broken": (
        "This chain does not verify: see custody.jsonl.",
        "Эта цепочка не проходит проверку: см. custody.jsonl.",
    ),
    "custody_revoked": (
        "This chain holds entries signed by a revoked key after its cut-off: their signatures "
        "verify, but the key may be in other hands. Do not rely on them.",
        "В этой цепочке есть записи, подписанные отозванным ключом после границы отзыва: подписи "
        "верны, но ключ мог оказаться в чужих руках. Не полагайтесь на эти записи.",
    ),
    "custody_revoked_entry": (
        "signed by a revoked key after its cut-off",
        "подписано отозванным ключом после границы отзыва",
    ),
    "custody_cross": (
        "{receiver}'s receipt (entry {entry}) names {sender}'s custody head {head}: {sender}'s "
        "entries existed before {receiver} received the file.",
        "Запись о получении у {receiver} (запись {entry}) ссылается на последнюю запись "
        "{sender} ({head}): записи {sender} существовали до того, как {receiver} получил файл.",
    ),
    "late": ("written later, says so", "внесено позже, с пометкой"),
    "ev_intake": ("taken into the file, hashed", "принято в дело, вычислен хеш"),
    "ev_view": ("viewed", "просмотрено"),
    "ev_export_plain": ("exported unencrypted", "выгружено без шифрования"),
    "ev_seal": ("sealed for a colleague", "зашифровано для коллеги"),
    "ev_receive": ("received from a colleague", "получено от коллеги"),
    "ev_derive": ("redacted copy made", "сделана обезличенная копия"),
    "ev_verify": ("hash checked again", "хеш проверен повторно"),
    "ev_report": ("put into a report", "включено в отчёт"),
    "ev_transfer_out": ("handed to a court or body", "передано в суд или орган"),
    "ev_erase": ("erased", "стёрто"),
    "ev_override": ("sent without consent, by override", "передано без согласия (исключение)"),
    "ev_note_late": ("late entry", "запись задним числом"),
    "signature_intro": (
        "This report (report.json) is signed electronically with the Ed25519 key below. The "
        "PDF is its rendering; SHA-256 of report.json:",
        "Этот отчёт (report.json) подписан электронной подписью Ed25519 ключом, указанным "
        "ниже. PDF — его представление для чтения; SHA-256 файла report.json:",
    ),
    "key": ("Key", "Ключ"),
    "sign_line": (
        "Signature ______________________    Date ______________",
        "Подпись ______________________    Дата ______________",
    ),
    "date": ("Date", "Дата"),
    "type": ("Event", "Событие"),
    "text": ("Text", "Текст"),
    "name": ("Name", "Имя"),
    "aliases": ("Aliases", "Другие имена"),
    "notes": ("Notes", "Заметки"),
    "sensitivity": ("Sensitivity", "Чувствительность"),
    "caption": ("Caption", "Подпись"),
    "title_field": ("Title", "Название"),
    "interviewee": ("Interviewee", "Собеседник"),
    "_deleted": ("Deleted or kept", "Удалено или сохранено"),
    "c_label": ("not for this audience", "не для этой аудитории"),
    "c_no_consent": ("no consent recorded", "согласие не записано"),
    "c_refused": ("consent refused", "в согласии отказано"),
    "c_withdrawn": ("consent withdrawn", "согласие отозвано"),
    "c_expired": ("consent expired", "срок согласия истёк"),
    "c_audience": (
        "consent does not cover every recipient",
        "согласие не охватывает всех получателей",
    ),
    "c_incomplete": ("consent record incomplete here", "запись о согласии здесь неполна"),
    "c_anonymised_only": (
        "consent to anonymised use only",
        "согласие только на обезличенное использование",
    ),
    "withheld": ("withheld", "скрыто"),
    "erased": ("erased", "стёрто"),
    "hidden": ("hidden pending erasure", "скрыто до подтверждения стирания"),
    "not_shared": ("not shared with the author", "не передано автору"),
    "conflict": ("see section 5", "см. раздел 5"),
    "deleted": ("deleted", "удалено"),
    "restored": ("kept", "сохранено"),
    "person_left_out": ("a person left out", "лицо не упоминается"),
    "yes": ("yes", "да"),
    "pages_none": ("—", "—"),
    "bytes": ("{n} bytes", "{n} байт"),
}


def t(key: str, lang: str, **fields: object) -> str:
    """The phrase `key` in `lang` ("ru" or "en"), with its fields filled."""
    en, ru = TEXTS[key]
    text = ru if lang == "ru" else en
    return text.format(**fields) if fields else text


def persons_word(n: int, lang: str) -> str:
    """ "person"/"persons" after a number; in Russian the genitive that "данные" takes
    (данные 1 лица, 21 лица; 2 лиц, 5 лиц, 11 лиц)."""
    if lang == "ru":
        return "лица" if n % 10 == 1 and n % 100 != 11 else "лиц"
    return "person" if n == 1 else "persons"
