<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddPeerDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Добавить коллегу</translation>
    </message>
    <message>
        <source>Ask your colleague for their identity card: a small file from casebook (Exchange → Peers → Save my card…). It holds public keys only, no name.</source>
        <translation>Попросите у коллеги карточку: небольшой файл из casebook (Обмен → Коллеги → Сохранить мою карточку…). В ней только открытые ключи, без имени.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Card file</source>
        <translation>Файл карточки</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>Выбрать файл карточки</translation>
    </message>
    <message>
        <source>Read a &amp;QR code from an image…</source>
        <translation>Прочитать &amp;QR-код с картинки…</translation>
    </message>
    <message>
        <source>Read a QR code from an image</source>
        <translation>Прочитать QR-код с картинки</translation>
    </message>
    <message>
        <source>A photo or a screenshot of your colleague&apos;s card (Peers window).</source>
        <translation>Фотография или снимок экрана с карточкой коллеги (окно «Коллеги»).</translation>
    </message>
    <message>
        <source>{&quot;type&quot;:&quot;casebook-card&quot;, …}</source>
        <translation>{&quot;type&quot;:&quot;casebook-card&quot;, …}</translation>
    </message>
    <message>
        <source>The card&apos;s text</source>
        <translation>Текст карточки</translation>
    </message>
    <message>
        <source>What the QR code holds, or the card file&apos;s contents, pasted here.</source>
        <translation>Содержимое QR-кода или файла карточки, вставленное сюда.</translation>
    </message>
    <message>
        <source>Read the &amp;text</source>
        <translation>Прочитать &amp;текст</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <source>A name only you will see</source>
        <translation>Имя, которое увидите только вы</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>&amp;Card file:</source>
        <translation>&amp;Файл карточки:</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Или:</translation>
    </message>
    <message>
        <source>Or &amp;paste it:</source>
        <translation>Или &amp;вставьте её:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Код безопасности:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Add colleague</source>
        <translation>&amp;Добавить коллегу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the image of the QR code</source>
        <translation>Выберите картинку с QR-кодом</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>(pasted text)</source>
        <translation>(вставленный текст)</translation>
    </message>
    <message>
        <source>No casebook card could be read from this image. Take the picture closer and straight on, with the whole QR code sharp, or use the card file.</source>
        <translation>На этой картинке не удалось прочитать карточку casebook. Снимите ближе и прямо, чтобы весь QR-код был чётким, или используйте файл карточки.</translation>
    </message>
    <message>
        <source>This file is not a casebook identity card, or it is damaged. Ask your colleague to save their card again.</source>
        <translation>Этот файл — не карточка casebook, или он повреждён. Попросите коллегу сохранить карточку ещё раз.</translation>
    </message>
    <message>
        <source>This is your own card.</source>
        <translation>Это ваша собственная карточка.</translation>
    </message>
    <message>
        <source>This colleague is already a peer: %1.</source>
        <translation>Этот коллега уже добавлен: %1.</translation>
    </message>
    <message>
        <source>Another colleague already has this name.</source>
        <translation>Это имя уже носит другой коллега.</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Compromise alerts</source>
        <translation>Тревоги компрометации</translation>
    </message>
    <message>
        <source>An alert means a colleague&apos;s keys signed two different histories: someone else may hold their keys. The bundle that showed it was refused. Revoke that colleague with a cut-off before the number shown, and ask them in person what happened.</source>
        <translation>Тревога означает, что ключи коллеги подписали две разные истории: его ключи могут быть в чужих руках. Пакет, в котором это обнаружилось, отклонён. Отзовите этого коллегу с границей до указанного номера и лично спросите, что произошло.</translation>
    </message>
    <message>
        <source>No compromise alerts.</source>
        <translation>Тревог компрометации нет.</translation>
    </message>
    <message>
        <source>About the chosen alert</source>
        <translation>О выбранной тревоге</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Отметить как просмотренную</translation>
    </message>
    <message>
        <source>&amp;Revoke this colleague…</source>
        <translation>Отоз&amp;вать этого коллегу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Whose keys: %1 (key %2).</source>
        <translation>Чьи ключи: %1 (ключ %2).</translation>
    </message>
    <message>
        <source>Found in a bundle sealed by: %1.</source>
        <translation>Обнаружено в пакете, который запечатал(а): %1.</translation>
    </message>
    <message>
        <source>Revoke them, keeping their bundles up to no. %1 at most.</source>
        <translation>Отзовите коллегу, сохранив его пакеты не дальше № %1.</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>two different bundles with one number</source>
        <translation>два разных пакета с одним номером</translation>
    </message>
    <message>
        <source>two different histories of bundles</source>
        <translation>две разные истории пакетов</translation>
    </message>
    <message>
        <source>one bundle id on two different bundles</source>
        <translation>один идентификатор у двух разных пакетов</translation>
    </message>
    <message>
        <source>two different changes with one number</source>
        <translation>два разных изменения с одним номером</translation>
    </message>
    <message>
        <source>two different custody records with one number</source>
        <translation>две разные записи цепочки хранения с одним номером</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (№ %2)</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>просмотрена</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>НОВАЯ</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Обнаружена</translation>
    </message>
    <message>
        <source>Whose keys</source>
        <translation>Чьи ключи</translation>
    </message>
    <message>
        <source>What they signed</source>
        <translation>Что подписано</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>Что импортировано</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Legal article</source>
        <translation>Статья закона</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments of this case</source>
        <translation>Вложения этого дела</translation>
    </message>
    <message>
        <source>The chosen file</source>
        <translation>Выбранный файл</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <source>Add re&amp;dacted copy…</source>
        <translation>Добавить в&amp;ымаранную копию…</translation>
    </message>
    <message>
        <source>Add redacted copy</source>
        <translation>Добавить вымаранную копию</translation>
    </message>
    <message>
        <source>Takes in a redacted copy of this file, its custody linked to the original.</source>
        <translation>Принимает вымаранную копию этого файла; её цепочка хранения связана с оригиналом.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Удалить файл</translation>
    </message>
    <message>
        <source>E&amp;rase file…</source>
        <translation>Ст&amp;ереть файл…</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity…</source>
        <translation>&amp;Гриф…</translation>
    </message>
    <message>
        <source>Sensitivity of the file</source>
        <translation>Гриф файла</translation>
    </message>
    <message>
        <source>A file above a colleague&apos;s clearance does not travel to them.</source>
        <translation>Файл выше допуска коллеги к нему не попадёт.</translation>
    </message>
    <message>
        <source>Erase file</source>
        <translation>Стереть файл</translation>
    </message>
    <message>
        <source>Deletes this file and its details for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет файл и сведения о нём и просит коллег сделать то же.</translation>
    </message>
    <message>
        <source>Or drop files here. They are encrypted into the vault; the originals stay.</source>
        <translation>Или перетащите файлы сюда. Они будут зашифрованы в хранилище; оригиналы останутся на месте.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>добавлен %1</translation>
    </message>
    <message>
        <source>SHA-256 at intake: %1</source>
        <translation>SHA-256 при приёме: %1</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <source>Redacted copy of %1</source>
        <translation>Вымаранная копия: %1</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Добавляется %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Экспорт расшифрованной копии</translation>
    </message>
    <message>
        <source>The exported copy is not encrypted. Anyone who gets the disk or the USB drive it is written to can read it, and deleting it later may not erase it. Export only when you must hand the file to someone or to a court.</source>
        <translation>Экспортированная копия не зашифрована. Её сможет прочитать любой, кто получит диск или флешку, на которую она записана, а удаление может не стереть её полностью. Экспортируйте, только если файл нужно передать человеку или в суд.</translation>
    </message>
    <message>
        <source>Choose where to export…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Экспортируется %1</translation>
    </message>
    <message>
        <source>Exported. The copy is not encrypted. This export was not recorded in the custody log: the vault is read-only.</source>
        <translation>Экспортировано. Копия не зашифрована. Этот экспорт не записан в журнал хранения: хранилище доступно только для чтения.</translation>
    </message>
    <message>
        <source>Exported. The copy is not encrypted.</source>
        <translation>Экспортировано. Копия не зашифрована.</translation>
    </message>
    <message>
        <source>Delete this file from the case? Its encrypted copy and its history stay in the vault.</source>
        <translation>Удалить этот файл из дела? Его зашифрованная копия и история остаются в хранилище.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>«%1» не добавлен: %2</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <source>Who the report is for</source>
        <translation>Для кого отчёт</translation>
    </message>
    <message>
        <source>Its purpose, its language, and who else receives it.</source>
        <translation>Назначение, язык и кто ещё его получит.</translation>
    </message>
    <message>
        <source>A person&apos;s name goes into the report only where their recorded consent covers its purpose and every recipient; otherwise a pseudonym stands in for it and other identifying details are left out. Sources are left out entirely. For a publication, the case&apos;s text stays out too.</source>
        <translation>Имя человека попадает в отчёт, только если записанное согласие охватывает назначение отчёта и всех получателей; иначе вместо имени ставится псевдоним, а другие сведения, позволяющие установить личность, не включаются. Источники не упоминаются вовсе. Для публикации не включаются и тексты дела.</translation>
    </message>
    <message>
        <source>Purpose of the report</source>
        <translation>Назначение отчёта</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>Colleagues it also goes to</source>
        <translation>Коллеги, которым он тоже передаётся</translation>
    </message>
    <message>
        <source>only you</source>
        <translation>только вы</translation>
    </message>
    <message>
        <source>Goes whole (%1)</source>
        <translation>Уходит целиком (%1)</translation>
    </message>
    <message>
        <source>Left out whole (%1)</source>
        <translation>Остаётся дома целиком (%1)</translation>
    </message>
    <message>
        <source>Under pseudonyms (%1)</source>
        <translation>Под псевдонимами (%1)</translation>
    </message>
    <message>
        <source>Values kept home (%1)</source>
        <translation>Значения остаются дома (%1)</translation>
    </message>
    <message>
        <source>Names found in texts that would travel (%1)</source>
        <translation>Имена в текстах, которые уйдут (%1)</translation>
    </message>
    <message>
        <source>«%1» (a form of %2) in %3 · %4: %5</source>
        <translation>«%1» (форма имени %2) в: %3 · %4: %5</translation>
    </message>
    <message>
        <source>What each colleague gets</source>
        <translation>Что получит каждый коллега</translation>
    </message>
    <message>
        <source>A bundle carries only what every one of its recipients may see. What is above it stays home; people whose names stay home go under pseudonyms.</source>
        <translation>Пакет несёт только то, что могут видеть все его получатели. Что выше, остаётся дома; люди, чьи имена остаются дома, идут под псевдонимами.</translation>
    </message>
    <message>
        <source>Purpose of the sharing</source>
        <translation>Цель передачи</translation>
    </message>
    <message>
        <source>What each bundle carries</source>
        <translation>Что несёт каждый пакет</translation>
    </message>
    <message>
        <source>Names that stay home are written in texts that would travel. Withhold those texts (their label goes up to restricted, identity), write mentions with @ instead of names, or seal anyway and say why: the reason is recorded.</source>
        <translation>Имена, которые должны остаться дома, написаны в текстах, которые уйдут. Скройте эти тексты (их гриф станет «ограниченный доступ, личность»), напишите вместо имён упоминания через @ или запечатайте всё равно, указав причину: она будет записана.</translation>
    </message>
    <message>
        <source>&amp;Withhold the texts with names</source>
        <translation>&amp;Скрыть тексты с именами</translation>
    </message>
    <message>
        <source>Seal anyway because</source>
        <translation>Запечатать всё равно, потому что</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>Share this name without consent…</source>
        <translation>Передать это имя без согласия…</translation>
    </message>
    <message>
        <source>Share this name without consent</source>
        <translation>Передать это имя без согласия</translation>
    </message>
    <message>
        <source>Choose a person under a pseudonym for lack of consent first.</source>
        <translation>Сначала выберите человека, который идёт под псевдонимом из-за отсутствия согласия.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>На&amp;значение:</translation>
    </message>
    <message>
        <source>Seal anyway &amp;because:</source>
        <translation>Запечатать всё &amp;равно, потому что:</translation>
    </message>
    <message>
        <source>Working out what each colleague may see…</source>
        <translation>Выясняем, что может видеть каждый коллега…</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles: these colleagues may see different things, so each group gets its own bundle.</source>
        <translation>
            <numerusform>%n пакет: этим коллегам можно видеть разное, поэтому каждой группе свой пакет.</numerusform>
            <numerusform>%n пакета: этим коллегам можно видеть разное, поэтому каждой группе свой пакет.</numerusform>
            <numerusform>%n пакетов: этим коллегам можно видеть разное, поэтому каждой группе свой пакет.</numerusform>
        </translation>
    </message>
    <message>
        <source>One bundle for all of them.</source>
        <translation>Один пакет для всех.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2: for %3</source>
        <translation>Пакет %1 из %2: для %3</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Also &amp;for colleagues:</source>
        <translation>Также &amp;коллегам:</translation>
    </message>
    <message>
        <source>Colleagues are named in the report by their keys, never by name. Leave them all unticked for a report that goes only to the court or body.</source>
        <translation>В отчёте коллеги названы по ключам, никогда по имени. Если отчёт идёт только в суд или орган, не отмечайте никого.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Па&amp;уза</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
</context>
<context>
    <name>BundleRefusals</name>
    <message>
        <source>The file is damaged, or it is not a valid bundle.</source>
        <translation>Файл повреждён или не является пакетом.</translation>
    </message>
    <message>
        <source>This bundle was not sealed to you. Only the colleagues it was sealed to can open it.</source>
        <translation>Этот пакет запечатан не для вас. Открыть его могут только те, для кого он запечатан.</translation>
    </message>
    <message>
        <source>It was sealed by someone who is not among your peers. Add their card first (Exchange → Peers…), compare safety numbers, then import it again.</source>
        <translation>Пакет запечатал человек, которого нет среди ваших коллег. Сначала добавьте его карточку (Обмен → Коллеги…), сверьте коды безопасности и импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>It was sealed by a colleague you revoked, after the cut-off you set. Their keys may be in someone else&apos;s hands.</source>
        <translation>Пакет запечатан отозванным коллегой после заданной вами границы. Его ключи могут быть в чужих руках.</translation>
    </message>
    <message>
        <source>It was re-sealed by someone other than the colleague who signed it: it was forwarded to you. Ask the colleague who made it to seal it to you themselves.</source>
        <translation>Пакет перезапечатал не тот коллега, который его подписал: его вам переслали. Попросите автора запечатать пакет для вас самостоятельно.</translation>
    </message>
    <message>
        <source>The file is incomplete (perhaps the drive was pulled out while copying). Copy it again and retry.</source>
        <translation>Файл неполный (возможно, накопитель вынули во время копирования). Скопируйте его заново и повторите.</translation>
    </message>
    <message>
        <source>The file was changed after it was sealed: damaged on the drive, or altered on purpose.</source>
        <translation>Файл изменён после запечатывания: повреждён на накопителе или подменён намеренно.</translation>
    </message>
    <message>
        <source>A part of this bundle is missing. Copy all of its parts (.001, .002, …) into one folder and retry.</source>
        <translation>Не хватает части пакета. Скопируйте все части (.001, .002, …) в одну папку и повторите.</translation>
    </message>
    <message>
        <source>A length inside the file is beyond what casebook accepts.</source>
        <translation>Длина внутри файла превышает допустимую для casebook.</translation>
    </message>
    <message>
        <source>This is not a casebook bundle. If it is an age file from elsewhere, open it with age.</source>
        <translation>Это не пакет casebook. Если это файл age из другого источника, откройте его программой age.</translation>
    </message>
    <message>
        <source>Its signature does not verify: it cannot be proved who sealed it.</source>
        <translation>Подпись не сходится: невозможно доказать, кто запечатал пакет.</translation>
    </message>
    <message>
        <source>It was made by a newer version of casebook. Update casebook to open it.</source>
        <translation>Пакет создан более новой версией casebook. Обновите casebook, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <source>This copy is damaged, but you already have its contents: this bundle was imported before from an intact copy.</source>
        <translation>Эта копия повреждена, но её содержимое у вас уже есть: этот пакет был импортирован раньше из неповреждённой копии.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>This case has conflicting edits</source>
        <translation>В этом деле есть противоречащие правки</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Показать дела со статусом</translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation>Фильтр по названию…</translation>
    </message>
    <message>
        <source>Filter cases by title</source>
        <translation>Фильтр дел по названию</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Интервью</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Ис&amp;тория</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>What to seal</source>
        <translation>Что запечатать</translation>
    </message>
    <message>
        <source>A bundle normally carries every change your recipients do not have yet. Choose cases only to hand over part of your work.</source>
        <translation>Обычно пакет несёт все изменения, которых у получателей ещё нет. Выбирайте дела, только если передаёте часть работы.</translation>
    </message>
    <message>
        <source>&amp;Everything the recipients do not have yet</source>
        <translation>&amp;Всё, чего у получателей ещё нет</translation>
    </message>
    <message>
        <source>&amp;Only these cases (all of their history):</source>
        <translation>&amp;Только эти дела (со всей историей):</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <source>Filter cases by title</source>
        <translation>Фильтр дел по названию</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>%1 of %2 cases chosen</source>
        <translation>Выбрано дел: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery code keeps working, and the cases themselves are not touched.</source>
        <translation>Новая парольная фраза сразу заменит старую. Код восстановления продолжит работать, а сами дела не затрагиваются.</translation>
    </message>
    <message>
        <source>or the recovery code</source>
        <translation>или код восстановления</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Type the passphrase you unlock with now, or the recovery code.</source>
        <translation>Введите парольную фразу, которой вы сейчас разблокируете хранилище, или код восстановления.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторите её:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type the current passphrase or the recovery code.</source>
        <translation>Введите текущую парольную фразу или код восстановления.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The passphrase is changed: unlock with the new one from now on. Your recovery code still works as before.</source>
        <translation>Парольная фраза изменена: теперь разблокируйте хранилище новой. Код восстановления работает, как и прежде.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes about a second.</source>
        <translation>Парольная фраза меняется… это займёт около секунды.</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>What %1 may see of your cases: values up to this level, and only the kinds of sensitive data ticked. What is above it stays home, and people whose names stay home go under pseudonyms. This judgement stays in your vault: it is never sent to anyone.</source>
        <translation>Что %1 может видеть из ваших дел: значения не выше этого уровня и только отмеченные виды чувствительных данных. Что выше, остаётся дома, а люди, чьи имена остаются дома, идут под псевдонимами. Эта оценка остаётся в вашем хранилище и никуда не отправляется.</translation>
    </message>
    <message>
        <source>Back to a new colleague&apos;s &amp;default</source>
        <translation>Вернуть &amp;как у нового коллеги</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Clearance of %1</source>
        <translation>Допуск: %1</translation>
    </message>
</context>
<context>
    <name>CodePrint</name>
    <message>
        <source>casebook recovery code</source>
        <translation>Код восстановления casebook</translation>
    </message>
    <message>
        <source>This code opens the vault if its passphrase is forgotten. Anyone who holds it and a copy of the vault can read every case in it.</source>
        <translation>Этот код открывает хранилище, если парольная фраза забыта. Любой, у кого есть этот код и копия хранилища, прочтёт все дела в нём.</translation>
    </message>
    <message>
        <source>Keep this page apart from the computer and from the passphrase, somewhere only you can reach. When you make a new recovery code, this one stops working: destroy this page then.</source>
        <translation>Храните этот лист отдельно от компьютера и от парольной фразы, там, куда доступ есть только у вас. Когда вы создадите новый код восстановления, этот перестанет действовать: тогда уничтожьте этот лист.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Создан %1.</translation>
    </message>
</context>
<context>
    <name>CodeTypo</name>
    <message>
        <source>This looks like a recovery code, but group %1 holds “%2”, which recovery codes do not use (they have 0–9 and A–Z without I, L, O and U).</source>
        <translation>Похоже на код восстановления, но в группе %1 есть «%2», а в кодах восстановления такого знака нет (в них цифры 0–9 и латинские буквы A–Z без I, L, O и U).</translation>
    </message>
    <message>
        <source>This looks like a recovery code, but group %1 has %2 characters; every group has 4.</source>
        <translation>Похоже на код восстановления, но в группе %1 знаков: %2, а в каждой группе их 4.</translation>
    </message>
    <message>
        <source>This looks like a recovery code, but it has %2 characters; a recovery code has 28, in 7 groups of 4.</source>
        <translation>Похоже на код восстановления, но в нём знаков: %2, а в коде восстановления их 28 — 7 групп по 4.</translation>
    </message>
    <message>
        <source>This recovery code has a typo in group %1: its check character does not match. Compare that group with your paper.</source>
        <translation>В коде восстановления опечатка в группе %1: контрольный знак не сходится. Сверьте эту группу со своей записью.</translation>
    </message>
    <message>
        <source>This recovery code has a typo: its check character does not match. Compare it with your paper, group by group.</source>
        <translation>В коде восстановления опечатка: контрольный знак не сходится. Сверьте код со своей записью, группу за группой.</translation>
    </message>
    <message>
        <source>Nothing was tried yet. Show reveals what you typed. If this is your passphrase, press Unlock again.</source>
        <translation>Пока ничего не проверялось. Кнопка «Показать» покажет, что вы ввели. Если это ваша парольная фраза, нажмите «Разблокировать» ещё раз.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Разрешить противоречие</translation>
    </message>
    <message>
        <source>%1, field “%2”, was changed in different places at the same time. Choose the version to keep. The others stay in the history.</source>
        <translation>%1: поле «%2» изменили в разных местах одновременно. Выберите версию, которую нужно оставить. Остальные сохранятся в истории.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>Противоречащие правки</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>Автор: %1, %2</translation>
    </message>
    <message>
        <source>(shown for now)</source>
        <translation>(показывается пока)</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translation>&amp;Оставить эту версию</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>agreed</source>
        <translation>согласие дано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказ</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>согласие отозвано</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>срок истёк</translation>
    </message>
    <message>
        <source>conflict: counts as withdrawn</source>
        <translation>противоречие: считается отозванным</translation>
    </message>
    <message>
        <source>not fully known: counts as no</source>
        <translation>известно не полностью: считается отказом</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>не спрашивали</translation>
    </message>
    <message>
        <source>anyone you work with</source>
        <translation>все, с кем вы работаете</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>организация «%1»</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>никто</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Override (%1)</source>
        <translation>Без согласия (%1)</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>истекло %1</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>What the person agrees to</source>
        <translation>На что человек согласен</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Согласен</translation>
    </message>
    <message>
        <source>Refuses</source>
        <translation>Против</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>%1: agrees</source>
        <translation>%1: согласен</translation>
    </message>
    <message>
        <source>%1: refuses</source>
        <translation>%1: против</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation>Кому можно передавать</translation>
    </message>
    <message>
        <source>&amp;Anyone you work with</source>
        <translation>&amp;Всем, с кем вы работаете</translation>
    </message>
    <message>
        <source>Only &amp;these colleagues:</source>
        <translation>Только &amp;этим коллегам:</translation>
    </message>
    <message>
        <source>An &amp;organisation:</source>
        <translation>&amp;Организации:</translation>
    </message>
    <message>
        <source>Colleagues who may receive it</source>
        <translation>Коллеги, которым можно передавать</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>It includes the colleagues you recorded as its members (Peers, Organisation…).</source>
        <translation>В неё входят коллеги, которых вы записали её сотрудниками (Коллеги, Организация…).</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>for example: not my address</source>
        <translation>например: без моего адреса</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Как дано согласие</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>It holds through this day.</source>
        <translation>Действует по этот день включительно.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>A signed form or a recording.</source>
        <translation>Подписанная форма или запись.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>&amp;Как дано:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Действует &amp;до:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Условия:</translation>
    </message>
    <message>
        <source>Consent of %1, given at this interview.</source>
        <translation>Согласие: %1, дано во время этого интервью.</translation>
    </message>
    <message>
        <source>Consent of %1.</source>
        <translation>Согласие: %1.</translation>
    </message>
    <message>
        <source>Tick what the person agrees to and what they refuse; leave the rest blank. Each decision replaces the earlier one for that use.</source>
        <translation>Отметьте, на что человек согласен и от чего отказывается; остальное оставьте пустым. Каждое решение заменяет прежнее для этого использования.</translation>
    </message>
    <message>
        <source>Tick the colleagues who may receive it.</source>
        <translation>Отметьте коллег, которым можно передавать.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>Введите название организации.</translation>
    </message>
    <message>
        <source>Write the date as 2027-03-05 (or 2027-03, 2027).</source>
        <translation>Запишите дату как 2027-03-05 (или 2027-03, 2027).</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>%1 (replaced)</source>
        <translation>%1 (заменено)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>who may receive it: %1</source>
        <translation>кому можно передавать: %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>условия: %1</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Количество</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>There is no vault here yet: %1</source>
        <translation>Здесь ещё нет хранилища: %1</translation>
    </message>
    <message>
        <source>Choose a passphrase of four or more random words. It protects every case in the vault; nobody can reset it. You will also get a recovery code.</source>
        <translation>Придумайте парольную фразу из четырёх или более случайных слов. Она защищает все дела в хранилище; сбросить её не может никто. Вы также получите код восстановления.</translation>
    </message>
    <message>
        <source>Only looking around? A vault of fictional cases is one command away: “casebook demo --vault ~/casebook-demo” in a terminal (it asks for a passphrase for that vault), then Open another vault… and choose that folder.</source>
        <translation>Хотите сначала осмотреться? Хранилище с вымышленными делами создаёт одна команда в терминале: «casebook demo --vault ~/casebook-demo» (она попросит парольную фразу для этого хранилища). Затем нажмите «Открыть другое хранилище…» и выберите эту папку.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторите её:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed, so that guessing the passphrase is slow for an attacker but unlocking takes you about a second…</source>
        <translation>Измеряется скорость этого компьютера, чтобы подбор парольной фразы был медленным для злоумышленника, а разблокировка занимала у вас около секунды…</translation>
    </message>
    <message>
        <source>Progress of vault creation</source>
        <translation>Ход создания хранилища</translation>
    </message>
    <message>
        <source>Writing the encrypted vault…</source>
        <translation>Записывается зашифрованное хранилище…</translation>
    </message>
    <message>
        <source>&amp;Continue to my cases</source>
        <translation>&amp;Перейти к делам</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>European Court of Human Rights</source>
        <translation>Европейский суд по правам человека</translation>
    </message>
    <message>
        <source>UN treaty body</source>
        <translation>Договорный орган ООН</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Прокуратура</translation>
    </message>
    <message>
        <source>Asylum authority</source>
        <translation>Орган по вопросам убежища</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Уполномоченный по правам человека</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Полиция</translation>
    </message>
    <message>
        <source>Another body</source>
        <translation>Другой орган</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверена</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>подпись не сходится</translation>
    </message>
    <message>
        <source>does not follow the entry before</source>
        <translation>не следует за предыдущей записью</translation>
    </message>
    <message>
        <source>signed by a revoked key after its cut-off</source>
        <translation>подписана отозванным ключом после границы</translation>
    </message>
    <message>
        <source>Taken into the vault (%1)</source>
        <translation>Принят в хранилище (%1)</translation>
    </message>
    <message>
        <source>Opened in the viewer</source>
        <translation>Открыт в просмотре</translation>
    </message>
    <message>
        <source>Decrypted copy written; read back, it matches</source>
        <translation>Записана расшифрованная копия; прочитана обратно, совпадает</translation>
    </message>
    <message>
        <source>Decrypted copy written; read back, it DIFFERS</source>
        <translation>Записана расшифрованная копия; прочитана обратно, НЕ СОВПАДАЕТ</translation>
    </message>
    <message>
        <source>Sealed in bundle no. %1; recipients: %2</source>
        <translation>Запечатан в пакет № %1; получателей: %2</translation>
    </message>
    <message>
        <source>Received in a bundle from %1, after their entry %2</source>
        <translation>Получен в пакете от: %1, после записи отправителя %2</translation>
    </message>
    <message>
        <source>Received in a bundle from %1</source>
        <translation>Получен в пакете от: %1</translation>
    </message>
    <message>
        <source>Taken in as a redacted copy of %1</source>
        <translation>Принят как вымаранная копия файла %1</translation>
    </message>
    <message>
        <source>A redacted copy of it was taken in: %1</source>
        <translation>Принята его вымаранная копия: %1</translation>
    </message>
    <message>
        <source>Hashed again: as at intake</source>
        <translation>Хеш пересчитан: как при приёме</translation>
    </message>
    <message>
        <source>Hashed again: the bytes are missing</source>
        <translation>Хеш пересчитан: содержимое отсутствует</translation>
    </message>
    <message>
        <source>Hashed again: it DIFFERS from intake</source>
        <translation>Хеш пересчитан: НЕ СОВПАДАЕТ с принятым</translation>
    </message>
    <message>
        <source>Put in report %1</source>
        <translation>Включён в отчёт %1</translation>
    </message>
    <message>
        <source>, annex %1</source>
        <translation>, приложение %1</translation>
    </message>
    <message>
        <source>Handed to: %1, no. %2</source>
        <translation>Передан: %1, № %2</translation>
    </message>
    <message>
        <source>Erased at the request of %1 (%2)</source>
        <translation>Стёрт по запросу: %1 (%2)</translation>
    </message>
    <message>
        <source>Erased (%1)</source>
        <translation>Стёрт (%1)</translation>
    </message>
    <message>
        <source>Sent without a matching consent (%1)</source>
        <translation>Передан без соответствующего согласия (%1)</translation>
    </message>
    <message>
        <source>Recorded late: %1, on %2</source>
        <translation>Записано позже: %1, %2</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When (their clock)</source>
        <translation>Когда (по их часам)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>Chain of custody</source>
        <translation>Цепочка хранения</translation>
    </message>
    <message>
        <source>Custody status</source>
        <translation>Состояние цепочки хранения</translation>
    </message>
    <message>
        <source>SHA-256 of this file</source>
        <translation>SHA-256 этого файла</translation>
    </message>
    <message>
        <source>Chain of custody of this file</source>
        <translation>Цепочка хранения этого файла</translation>
    </message>
    <message>
        <source>Times are each custodian&apos;s own clock: the chain proves the order, not the hour.</source>
        <translation>Время — по часам каждого хранителя: цепочка доказывает порядок событий, а не точное время.</translation>
    </message>
    <message>
        <source>Record a &amp;transfer…</source>
        <translation>Записать &amp;передачу…</translation>
    </message>
    <message>
        <source>Record a transfer</source>
        <translation>Записать передачу</translation>
    </message>
    <message>
        <source>Notes that a copy went to a court or another body, with its number.</source>
        <translation>Отмечает, что копия передана в суд или другой орган, с номером дела.</translation>
    </message>
    <message>
        <source>Choose a file to see who held it.</source>
        <translation>Выберите файл, чтобы увидеть, у кого он был.</translation>
    </message>
    <message>
        <source>No custody entry is held for this file.</source>
        <translation>Для этого файла нет записей цепочки хранения.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n entries</source>
        <translation>
            <numerusform>Проверено: %n запись</numerusform>
            <numerusform>Проверено: %n записи</numerusform>
            <numerusform>Проверено: %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custodian(s)</source>
        <translation>
            <numerusform>%n хранитель</numerusform>
            <numerusform>%n хранителя</numerusform>
            <numerusform>%n хранителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not trusted: %n entries are signed by a revoked key after its cut-off. Do not rely on them before a court.</source>
        <translation>
            <numerusform>Нет доверия: %n запись подписана отозванным ключом после границы. Не полагайтесь на неё перед судом.</numerusform>
            <numerusform>Нет доверия: %n записи подписаны отозванным ключом после границы. Не полагайтесь на них перед судом.</numerusform>
            <numerusform>Нет доверия: %n записей подписаны отозванным ключом после границы. Не полагайтесь на них перед судом.</numerusform>
        </translation>
    </message>
    <message>
        <source>This chain does NOT verify: an entry was changed or is missing. Do not rely on it before a court.</source>
        <translation>Эта цепочка НЕ проходит проверку: запись изменена или отсутствует. Не полагайтесь на неё перед судом.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Write a date as you would on paper: 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024, 1–10 March 2024.</source>
        <translation>Пишите дату как на бумаге: 05.03.2024 или 5 марта 2024, март 2024, около 05.03.2024, 1–10.03.2024.</translation>
    </message>
    <message>
        <source>5 March 2024 · March 2024 · about 5 March 2024 · 1–10 March 2024</source>
        <translation>05.03.2024 · март 2024 · около 05.03.2024 · 1–10.03.2024</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>Здесь нужна дата.</translation>
    </message>
    <message>
        <source>There is no such day as “%1”: check the day and the month.</source>
        <translation>Такого дня нет: «%1». Проверьте число и месяц.</translation>
    </message>
    <message>
        <source>“%1” ends before it starts: put the earlier date first.</source>
        <translation>«%1» заканчивается раньше, чем начинается: сначала укажите более раннюю дату.</translation>
    </message>
    <message>
        <source>“%1” can be read as two different days: write the month in words, as in 5 March 2024.</source>
        <translation>«%1» можно прочесть как два разных дня: напишите месяц словом, например 5 марта 2024.</translation>
    </message>
    <message>
        <source>casebook cannot read “%1” as a date. Write it as 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024 or 1–10 March 2024.</source>
        <translation>casebook не может прочесть «%1» как дату. Пишите так: 05.03.2024 или 5 марта 2024, март 2024, около 05.03.2024 или 1–10.03.2024.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Читается как: %1</translation>
    </message>
</context>
<context>
    <name>DeadlinesEditor</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <source>Remove deadline</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <source>Remove the deadline %1?</source>
        <translation>Убрать срок %1?</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>Срок %1: %2</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>now</source>
        <translation>сейчас</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>DeepEraseDialog</name>
    <message>
        <source>Deep erase</source>
        <translation>Глубокое стирание</translation>
    </message>
    <message>
        <source>Deep erase rewrites the whole vault under a new master key and destroys the old one. Erased values may still lie in old blocks of this drive (SSDs and flash drives keep them); those blocks then belong to a key that no longer exists anywhere, and cannot be read.</source>
        <translation>Глубокое стирание перезаписывает всё хранилище под новым мастер-ключом и уничтожает старый. Стёртые сведения ещё могут оставаться в старых блоках этого диска (SSD и флешки их хранят), но эти блоки будут зашифрованы ключом, которого больше нигде нет, и прочитать их станет невозможно.</translation>
    </message>
    <message>
        <source>You get a new recovery code at the end: the code you wrote down before stops working. Your passphrase stays the same.</source>
        <translation>В конце вы получите новый код восстановления: записанный ранее код перестанет действовать. Парольная фраза останется прежней.</translation>
    </message>
    <message>
        <source>What it cannot do: a copy of the vault taken before today (a disk image, a backup) still opens with your passphrase, so anyone who holds such a copy and forces you to tell the passphrase can read it, erased values included. Bundles already sent and colleagues&apos; copies are not touched.</source>
        <translation>Чего оно не может: копия хранилища, снятая раньше (образ диска, резервная копия), по-прежнему открывается вашей парольной фразой. Тот, у кого есть такая копия и кто вынудит вас назвать парольную фразу, прочитает её вместе со стёртыми сведениями. Уже отправленные пакеты и копии у коллег не затрагиваются.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Type the passphrase you unlock with; the recovery code is not accepted.</source>
        <translation>Введите парольную фразу, которой вы открываете хранилище; код восстановления здесь не принимается.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>Deep erase progress</source>
        <translation>Ход глубокого стирания</translation>
    </message>
    <message>
        <source>&amp;Deep erase</source>
        <translation>&amp;Глубокое стирание</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>The vault is now under a new master key. The recovery code you wrote down before no longer works.</source>
        <translation>Хранилище теперь зашифровано новым мастер-ключом. Записанный ранее код восстановления больше не действует.</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>Checking the passphrase and making the new keys…</source>
        <translation>Проверка парольной фразы и создание новых ключей…</translation>
    </message>
    <message>
        <source>Copying the vault under the new key…</source>
        <translation>Копирование хранилища под новым ключом…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <source>Deleted items</source>
        <translation>Удалённое</translation>
    </message>
    <message>
        <source>Deleted items stay in the vault with their history until you erase them. Restore brings one back as it was. To remove a value for good, use Erase… instead: erased values cannot be restored.</source>
        <translation>Удалённое остаётся в хранилище вместе с историей, пока вы его не сотрёте. «Восстановить» возвращает запись такой, какой она была. Чтобы убрать сведения навсегда, используйте «Стереть…»: стёртое восстановить нельзя.</translation>
    </message>
    <message>
        <source>Deleted in the case «%1», and deleted cases.</source>
        <translation>Удалённое в деле «%1» и удалённые дела.</translation>
    </message>
    <message>
        <source>Deleted cases. Open a case to see what was deleted in it.</source>
        <translation>Удалённые дела. Откройте дело, чтобы увидеть, что в нём удалено.</translation>
    </message>
    <message>
        <source>Nothing is deleted.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the chosen item</source>
        <translation>Восстановить выбранное</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Восстановлено: %1.</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>(name erased)</source>
        <translation>(имя стёрто)</translation>
    </message>
    <message>
        <source>the case list</source>
        <translation>список дел</translation>
    </message>
    <message>
        <source>interview with %1</source>
        <translation>интервью: %1</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>это дело</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Where it was</source>
        <translation>Где было</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Cases → Deleted items… brings it back.</source>
        <translation>Вернуть можно через «Дела → Удалённое…».</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where to write it</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <source>Choose a folder, usually on the USB drive. The file gets a neutral random name that says nothing about the cases or casebook.</source>
        <translation>Выберите папку, обычно на флешке. Файл получит нейтральное случайное имя, которое ничего не говорит ни о делах, ни о casebook.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Папка не выбрана</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Папка назначения</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Выбрать папку назначения</translation>
    </message>
    <message>
        <source>Automatically (4 GiB parts on FAT32 drives)</source>
        <translation>Автоматически (части по 4 ГиБ на накопителях FAT32)</translation>
    </message>
    <message>
        <source>650 MiB parts (CD)</source>
        <translation>Части по 650 МиБ (CD)</translation>
    </message>
    <message>
        <source>4 GiB parts</source>
        <translation>Части по 4 ГиБ</translation>
    </message>
    <message>
        <source>Parts of my own size…</source>
        <translation>Части своего размера…</translation>
    </message>
    <message>
        <source>Split into parts</source>
        <translation>Разбить на части</translation>
    </message>
    <message>
        <source>for example 700M or 2G</source>
        <translation>например, 700M или 2G</translation>
    </message>
    <message>
        <source>Size of each part</source>
        <translation>Размер каждой части</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Части:</translation>
    </message>
    <message>
        <source>Part si&amp;ze:</source>
        <translation>&amp;Размер части:</translation>
    </message>
    <message>
        <source>This folder does not exist. Is the drive connected?</source>
        <translation>Такой папки нет. Накопитель подключён?</translation>
    </message>
    <message>
        <source>Write a size such as 700M or 2G (at least 1M).</source>
        <translation>Укажите размер, например 700M или 2G (не меньше 1M).</translation>
    </message>
    <message>
        <source>The report is written as a plain folder a court can check without casebook: the PDF, its signed data, the annexes, their chain of custody and how to verify them.</source>
        <translation>Отчёт записывается обычной папкой, которую суд может проверить без casebook: PDF, подписанные данные, приложения, цепочка их хранения и инструкция по проверке.</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Папка, куда записать</translation>
    </message>
    <message>
        <source>Choose the folder to write into</source>
        <translation>Выберите папку, куда записать</translation>
    </message>
    <message>
        <source>Name of the report&apos;s folder</source>
        <translation>Имя папки отчёта</translation>
    </message>
    <message>
        <source>The report folder is NOT encrypted. The report and every annex in it can be read by anyone with access to where you put it. Hand it over on a drive you control, and delete your copy securely when done.</source>
        <translation>Папка отчёта НЕ зашифрована. Отчёт и все приложения в ней сможет прочитать любой, у кого есть доступ к месту, куда вы её положите. Передавайте её на носителе, который вы контролируете, и надёжно удалите свою копию, когда она больше не нужна.</translation>
    </message>
    <message>
        <source>I &amp;understand: write it unencrypted</source>
        <translation>&amp;Я понимаю: записать без шифрования</translation>
    </message>
    <message>
        <source>I understand: write it unencrypted</source>
        <translation>Я понимаю: записать без шифрования</translation>
    </message>
    <message>
        <source>Folder na&amp;me:</source>
        <translation>&amp;Имя папки:</translation>
    </message>
    <message>
        <source>Give the report&apos;s folder a plain name, without slashes.</source>
        <translation>Дайте папке отчёта простое имя, без косых черт.</translation>
    </message>
    <message>
        <source>There is already something called this here. Choose another name.</source>
        <translation>Здесь уже есть что-то с таким именем. Выберите другое.</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Исправить заметку</translation>
    </message>
    <message>
        <source>Written at %1. It keeps this time.</source>
        <translation>Записана %1. Это время сохранится.</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>The History tab keeps the earlier text, and colleagues who received it keep theirs. To remove the earlier text for good, use Erase note… instead.</source>
        <translation>Во вкладке «История» остаётся прежний текст, и у коллег, получивших его, тоже. Чтобы убрать прежний текст навсегда, используйте «Стереть заметку…».</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Сохранить исправление</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase</source>
        <translation>Стирание</translation>
    </message>
    <message>
        <source>Erase this field</source>
        <translation>Стереть это поле</translation>
    </message>
    <message>
        <source>Erase this record</source>
        <translation>Стереть эту запись</translation>
    </message>
    <message>
        <source>What is erased</source>
        <translation>Что стирается</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Colleagues see this reason with the erasure request; it is never free text.</source>
        <translation>Коллеги увидят эту причину вместе с запросом на стирание; произвольный текст не передаётся.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Who already has a copy</source>
        <translation>У кого уже есть копия</translation>
    </message>
    <message>
        <source>Looking at what was sent…</source>
        <translation>Проверяем, что уже было отправлено…</translation>
    </message>
    <message>
        <source>Copies on USB sticks, in printouts and in reports stay with whoever has them: casebook cannot reach them.</source>
        <translation>Копии на флешках, в распечатках и в отчётах остаются у тех, у кого они есть: до них casebook не дотянуться.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Стереть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1, поле «%2»</translation>
    </message>
    <message numerus="yes">
        <source>%1, with every field and its %n note(s)</source>
        <translation>
            <numerusform>%1, все поля и %n заметка</numerusform>
            <numerusform>%1, все поля и %n заметки</numerusform>
            <numerusform>%1, все поля и %n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with everything in it (%n record(s))</source>
        <translation>
            <numerusform>%1 со всем, что в нём (%n запись)</numerusform>
            <numerusform>%1 со всем, что в нём (%n записи)</numerusform>
            <numerusform>%1 со всем, что в нём (%n записей)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with every field</source>
        <translation>%1, все поля</translation>
    </message>
    <message>
        <source>This field holds nothing to erase.</source>
        <translation>В этом поле нечего стирать.</translation>
    </message>
    <message numerus="yes">
        <source>Here, %n value(s) are deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that it was erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</source>
        <translation>
            <numerusform>Здесь безвозвратно удаляется %n значение — текущее и все прежние версии — из записи, её истории, поиска и неотправленных черновиков. В истории останется строка о том, что оно стёрто, когда, кем и почему. Коллеги получат запрос на стирание со следующим пакетом, который вы им отправите.</numerusform>
            <numerusform>Здесь безвозвратно удаляются %n значения — текущее и все прежние версии — из записи, её истории, поиска и неотправленных черновиков. В истории останется строка о том, что они стёрты, когда, кем и почему. Коллеги получат запрос на стирание со следующим пакетом, который вы им отправите.</numerusform>
            <numerusform>Здесь безвозвратно удаляются %n значений — текущее и все прежние версии — из записи, её истории, поиска и неотправленных черновиков. В истории останется строка о том, что они стёрты, когда, кем и почему. Коллеги получат запрос на стирание со следующим пакетом, который вы им отправите.</numerusform>
        </translation>
    </message>
    <message>
        <source>No colleague received this from you in a bundle.</source>
        <translation>Никто из коллег не получал это от вас в пакете.</translation>
    </message>
    <message>
        <source>These colleagues already received it from you:</source>
        <translation>Эти коллеги уже получили это от вас:</translation>
    </message>
    <message>
        <source>Their copies remain until their casebook honours the erasure request. Casebook cannot prove that it did.</source>
        <translation>Их копии сохранятся, пока их casebook не выполнит запрос на стирание. Доказать, что он его выполнил, casebook не может.</translation>
    </message>
    <message>
        <source>someone no longer among your colleagues (key %1)</source>
        <translation>человек, которого больше нет среди ваших коллег (ключ %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bundle(s) (no. %2), the last sealed on %3</source>
        <translation>
            <numerusform>%1: %n пакет (№ %2) от %3</numerusform>
            <numerusform>%1: %n пакета (№ %2), последний от %3</numerusform>
            <numerusform>%1: %n пакетов (№ %2), последний от %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Someone&apos;s safety</source>
        <translation>Угроза безопасности человека</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Внесено по ошибке</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <source>&amp;Erase this field…</source>
        <translation>&amp;Стереть это поле…</translation>
    </message>
    <message>
        <source>The colleague who wrote this value did not share it with you, so it cannot be changed here.</source>
        <translation>Коллега, внёсший это значение, не передал его вам, поэтому изменить его здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>ErasureRequestsDialog</name>
    <message>
        <source>Erasure requests</source>
        <translation>Запросы на стирание</translation>
    </message>
    <message>
        <source>Values erased here, by you or at a colleague&apos;s request. When a colleague asks to erase a value that someone else wrote, casebook hides it at once and waits for you: confirm the erasure to delete it from this laptop for good.</source>
        <translation>Сведения, стёртые здесь вами или по запросу коллеги. Если коллега просит стереть значение, внесённое кем-то другим, casebook сразу его скрывает и ждёт вашего решения: подтвердите стирание, чтобы безвозвратно удалить его с этого компьютера.</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Стирания</translation>
    </message>
    <message>
        <source>Nothing has been erased in this vault.</source>
        <translation>В этом хранилище ничего не стиралось.</translation>
    </message>
    <message>
        <source>About the chosen erasure</source>
        <translation>О выбранном стирании</translation>
    </message>
    <message>
        <source>&amp;Confirm erasure</source>
        <translation>&amp;Подтвердить стирание</translation>
    </message>
    <message>
        <source>Confirm erasure</source>
        <translation>Подтвердить стирание</translation>
    </message>
    <message>
        <source>Deletes the hidden value from this laptop for good.</source>
        <translation>Безвозвратно удаляет скрытое значение с этого компьютера.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>%1 asked to erase: %2.</source>
        <translation>%1 — запрос на стирание: %2.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are hidden here already: not shown, not searched, not sent to anyone. Confirming deletes them from this laptop for good; it cannot be undone. Until then they stay hidden, in case the request did not really come from your colleague.</source>
        <translation>
            <numerusform>%n значение здесь уже скрыто: не показывается, не ищется и никому не отправляется. Подтверждение безвозвратно удалит его с этого компьютера, отменить это нельзя. До тех пор оно остаётся скрытым — на случай, если запрос на самом деле исходит не от вашего коллеги.</numerusform>
            <numerusform>%n значения здесь уже скрыты: не показываются, не ищутся и никому не отправляются. Подтверждение безвозвратно удалит их с этого компьютера, отменить это нельзя. До тех пор они остаются скрытыми — на случай, если запрос на самом деле исходит не от вашего коллеги.</numerusform>
            <numerusform>%n значений здесь уже скрыты: не показываются, не ищутся и никому не отправляются. Подтверждение безвозвратно удалит их с этого компьютера, отменить это нельзя. До тех пор они остаются скрытыми — на случай, если запрос на самом деле исходит не от вашего коллеги.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received the erasure request: %1. Casebook cannot prove that their copies are gone.</source>
        <translation>Запрос на стирание получили: %1. Доказать, что их копии уничтожены, casebook не может.</translation>
    </message>
    <message>
        <source>No colleague has received the erasure request yet. It goes out with your next bundle to each of them.</source>
        <translation>Запрос на стирание пока не получил никто из коллег. Он уйдёт каждому со следующим пакетом, который вы ему отправите.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted from this vault: %n value(s).</source>
        <translation>
            <numerusform>Удалено из этого хранилища: %n значение.</numerusform>
            <numerusform>Удалено из этого хранилища: %n значения.</numerusform>
            <numerusform>Удалено из этого хранилища: %n значений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not received here yet: %n value(s). If they arrive, they will not be kept.</source>
        <translation>
            <numerusform>Ещё не поступило сюда: %n значение. Если оно поступит, сохранено не будет.</numerusform>
            <numerusform>Ещё не поступило сюда: %n значения. Если они поступят, сохранены не будут.</numerusform>
            <numerusform>Ещё не поступило сюда: %n значений. Если они поступят, сохранены не будут.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasuresModel</name>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>%1, the whole record</source>
        <translation>%1, запись целиком</translation>
    </message>
    <message>
        <source>hidden here, waiting for your confirmation</source>
        <translation>скрыто здесь, ждёт вашего подтверждения</translation>
    </message>
    <message>
        <source>erased here; request not received yet</source>
        <translation>стёрто здесь; запрос ещё никто не получил</translation>
    </message>
    <message>
        <source>erased here; request received by: %1</source>
        <translation>стёрто здесь; запрос получили: %1</translation>
    </message>
    <message>
        <source>erased here</source>
        <translation>стёрто здесь</translation>
    </message>
    <message>
        <source>not received here; it will never be kept</source>
        <translation>сюда не поступало и сохранено не будет</translation>
    </message>
    <message>
        <source>nothing of it is held here</source>
        <translation>здесь ничего из этого нет</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Кто просит</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>casebook</source>
        <translation>casebook</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, lock casebook and start it again.</source>
        <translation>Произошла непредвиденная ошибка. Всё сохранённое в безопасности. Если это повторится, заблокируйте casebook и запустите его снова.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the vault&apos;s key file is damaged. Try again, or use the recovery code.</source>
        <translation>Неверная парольная фраза, или файл ключей хранилища повреждён. Попробуйте ещё раз или введите код восстановления.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Хранилище заблокировано. Разблокируйте его и повторите.</translation>
    </message>
    <message>
        <source>There is no vault in this folder. Create one, or choose another folder.</source>
        <translation>В этой папке нет хранилища. Создайте его или выберите другую папку.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. Choose an empty folder.</source>
        <translation>В этой папке уже есть хранилище. Выберите пустую папку.</translation>
    </message>
    <message>
        <source>Part of this vault is missing, so it cannot be opened. Restore the vault folder from a backup. Do not create a new vault here: it would replace what is left.</source>
        <translation>Часть хранилища отсутствует, поэтому его нельзя открыть. Восстановите папку хранилища из резервной копии. Не создавайте здесь новое хранилище: оно заменит то, что осталось.</translation>
    </message>
    <message>
        <source>The vault is damaged. See what is damaged with Vault → Check vault integrity…, and restore from a bundle or a backup.</source>
        <translation>Хранилище повреждено. Проверьте, что именно повреждено (Хранилище → Проверить целостность…), и восстановите данные из пакета или резервной копии.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>Диск заполнен. Освободите место и повторите; ничего сохранённого не потеряно.</translation>
    </message>
    <message>
        <source>The drive could not be read or written. Check that it is connected and try again.</source>
        <translation>Не удалось прочитать диск или записать на него. Проверьте, что он подключён, и повторите.</translation>
    </message>
    <message>
        <source>This place cannot be written: the drive is write-protected, or you may not write there. Choose another place; nothing was written there.</source>
        <translation>Сюда нельзя записать: диск защищён от записи или у вас нет прав на запись. Выберите другое место; туда ничего не записано.</translation>
    </message>
    <message>
        <source>The vault is busy: a casebook command or another casebook window is writing to it. Wait for it to finish and try again; nothing was changed.</source>
        <translation>Хранилище занято: в него сейчас записывает команда casebook или другое окно casebook. Дождитесь окончания и повторите; ничего не изменено.</translation>
    </message>
    <message>
        <source>This vault is on a write-protected drive: it can be read, not changed. To change it, copy the vault folder to a writable drive.</source>
        <translation>Это хранилище находится на защищённом от записи диске: его можно читать, но не изменять. Чтобы изменять его, скопируйте папку хранилища на диск, доступный для записи.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This data failed its integrity check: it is damaged, truncated or forged.</source>
        <translation>Данные не прошли проверку целостности: они повреждены, обрезаны или подделаны.</translation>
    </message>
    <message>
        <source>COMPROMISE ALERT: a colleague&apos;s key signed two different histories. Nothing from this bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them in person what happened.</source>
        <translation>ТРЕВОГА: КЛЮЧ СКОМПРОМЕТИРОВАН. Ключом коллеги подписаны две разные истории. Из этого пакета ничего не применено. Отзовите этого коллегу с границей до расхождения и лично спросите, что произошло.</translation>
    </message>
    <message>
        <source>Some chosen colleagues are not verified yet. Compare safety numbers with them first, or confirm that you want to seal to them anyway.</source>
        <translation>Некоторые выбранные коллеги ещё не проверены. Сначала сверьте с ними коды безопасности или подтвердите, что всё равно хотите запечатать пакет для них.</translation>
    </message>
    <message>
        <source>A colleague&apos;s key signed two different histories: treat that key as compromised. Nothing after the fork is trusted.</source>
        <translation>Ключ коллеги подписал две разные истории: считайте этот ключ скомпрометированным. Всему, что после развилки, доверять нельзя.</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed.</source>
        <translation>Пакет отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <source>This key belongs to nobody you have added as a peer. Add their card first.</source>
        <translation>Этот ключ не принадлежит никому из добавленных вами коллег. Сначала добавьте их карточку.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <source>A number here is longer than any valid value: nothing was changed.</source>
        <translation>Здесь число длиннее любого допустимого значения: ничего не изменено.</translation>
    </message>
    <message>
        <source>casebook cannot read this as a date. Write it as 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024 or 1–10 March 2024.</source>
        <translation>casebook не может прочесть это как дату. Пишите так: 05.03.2024 или 5 марта 2024, март 2024, около 05.03.2024 или 1–10.03.2024.</translation>
    </message>
    <message>
        <source>Names that must stay home are written in texts this bundle would carry. Nothing was sealed: withhold those texts or write mentions instead, or seal anyway with a reason.</source>
        <translation>В текстах, которые повёз бы этот пакет, написаны имена, которые должны остаться дома. Ничего не запечатано: скройте эти тексты или напишите вместо имён упоминания, либо запечатайте всё равно, указав причину.</translation>
    </message>
    <message>
        <source>These colleagues may see different things: seal one bundle for each group.</source>
        <translation>Этим коллегам можно видеть разное: запечатайте по пакету для каждой группы.</translation>
    </message>
    <message>
        <source>This value is not valid here. Correct it and try again.</source>
        <translation>Это значение здесь недопустимо. Исправьте его и повторите.</translation>
    </message>
    <message>
        <source>The operation failed and nothing was changed. Try again.</source>
        <translation>Операция не удалась, ничего не изменено. Повторите попытку.</translation>
    </message>
    <message>
        <source>There is no file at this place. Check the name, or choose the file again.</source>
        <translation>Здесь нет файла. Проверьте имя или выберите файл заново.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the file itself.</source>
        <translation>Это папка, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <source>This is a named pipe, not a file. Choose the file itself.</source>
        <translation>Это именованный канал, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <source>This is a device, not a file. Choose the file itself.</source>
        <translation>Это устройство, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <source>This is a socket, not a file. Choose the file itself.</source>
        <translation>Это сокет, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <source>This is not an ordinary file. Choose the file itself.</source>
        <translation>Это не обычный файл. Выберите сам файл.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Has conflicting edits</source>
        <translation>Есть противоречащие правки</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>Приблизительная дата</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events of this case</source>
        <translation>События этого дела</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <source>E&amp;rase event…</source>
        <translation>Ст&amp;ереть событие…</translation>
    </message>
    <message>
        <source>Erase event</source>
        <translation>Стереть событие</translation>
    </message>
    <message>
        <source>Deletes every value of this event for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет все сведения об этом событии и просит коллег сделать то же.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <source>No events in «%1» yet.

An event is what happened: a search, a detention, an interrogation, a court hearing, an assault. Press Add event…, choose what happened and type when, exactly (2024-03-05) or as it is remembered (~2024-03-05, 2024-03, 2024-03-01/2024-03-10); then add the place, a summary and who took part.</source>
        <translation>В деле «%1» пока нет событий.

Событие — это то, что произошло: обыск, задержание, допрос, судебное заседание, нападение. Нажмите «Добавить событие…», выберите, что произошло, и укажите когда — точно (2024-03-05) или как помнится (~2024-03-05, 2024-03, 2024-03-01/2024-03-10); затем добавьте место, описание и участников.</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Delete this event from the case? The history keeps what was recorded.</source>
        <translation>Удалить это событие из дела? В истории сохранится всё записанное.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <source>&amp;Seal</source>
        <translation>&amp;Запечатать</translation>
    </message>
    <message>
        <source>Sealing: reading, encrypting and checking what was written…</source>
        <translation>Запечатывание: чтение, шифрование и проверка записанного…</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Не запечатано</translation>
    </message>
    <message>
        <source>Cancelled. No bundle was written.</source>
        <translation>Отменено. Пакет не записан.</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written, read back and checked.</source>
        <translation>
            <numerusform>%n пакет записан, прочитан обратно и проверен.</numerusform>
            <numerusform>%n пакета записаны, прочитаны обратно и проверены.</numerusform>
            <numerusform>%n пакетов записаны, прочитаны обратно и проверены.</numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <source>Bundle no. %1, for: %2.</source>
        <translation>Пакет № %1 для: %2.</translation>
    </message>
    <message>
        <source>Changes: %1. Attachments: %2 (%3).</source>
        <translation>Изменений: %1. Вложений: %2 (%3).</translation>
    </message>
    <message>
        <source>Size on the drive: %1.</source>
        <translation>Размер на накопителе: %1.</translation>
    </message>
    <message>
        <source>Kept home: %1 record(s) whole and the values of %2 field(s); %3 under pseudonyms.</source>
        <translation>Осталось дома: записей целиком — %1, значений полей — %2; под псевдонимами — %3.</translation>
    </message>
    <message>
        <source>Sealed past the leak scan; the reason is recorded.</source>
        <translation>Запечатано, несмотря на найденные имена; причина записана.</translation>
    </message>
    <message>
        <source>In %1 parts: copy all of them.</source>
        <translation>В %1 частях: копируйте их все.</translation>
    </message>
    <message>
        <source>Your recipients already had everything: the bundle is empty.</source>
        <translation>У получателей уже всё было: пакет пуст.</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фотография</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Аудиозапись</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Электронная таблица</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Веб-страница</translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation>Электронное письмо</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Архив</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>Таблица (CSV)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <source>A bundle is a file a colleague sealed for you, usually on a USB drive. If it came in parts (.001, .002, …), choose any of them.</source>
        <translation>Пакет — это файл, который коллега запечатал для вас, обычно на флешке. Если он пришёл частями (.001, .002, …), выберите любую из них.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Выбрать файл пакета</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
</context>
<context>
    <name>FiledReports</name>
    <message>
        <source>A withdrawal cannot recall what was already filed with a court or an international body. Ask the court to keep the person anonymous instead (at the European Court of Human Rights: Rule 47 § 4 of the Rules of Court).</source>
        <translation>Отзыв не может вернуть то, что уже подано в суд или международный орган. Вместо этого попросите суд не раскрывать личность человека (в Европейском суде по правам человека — правило 47 § 4 Регламента Суда).</translation>
    </message>
    <message>
        <source>Reports you wrote that carried it (a filed report cannot be recalled):</source>
        <translation>Ваши отчёты, в которых это было (поданный отчёт отозвать нельзя):</translation>
    </message>
    <message>
        <source>%1: report %2, written on %3</source>
        <translation>%1: отчёт %2, записан %3</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>ключ %1</translation>
    </message>
    <message>
        <source>(also to %1)</source>
        <translation>(также для: %1)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>file added</source>
        <translation>файл добавлен</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <source>%1 (conflict resolved)</source>
        <translation>%1 (противоречие разрешено)</translation>
    </message>
    <message>
        <source>erased (the whole record)</source>
        <translation>стёрто (вся запись)</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation>%1: стёрто</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>противоречие</translation>
    </message>
    <message>
        <source>replaced later</source>
        <translation>заменено позже</translation>
    </message>
    <message>
        <source>clock far in the future</source>
        <translation>время далеко в будущем</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Changes to this case</source>
        <translation>Изменения в этом деле</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>Противоречащие правки</translation>
    </message>
    <message>
        <source>&amp;Compare and resolve…</source>
        <translation>&amp;Сравнить и разрешить…</translation>
    </message>
    <message>
        <source>&amp;Deleted items…</source>
        <translation>&amp;Удалённое…</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Удалённое</translation>
    </message>
    <message>
        <source>What was deleted in this case, and deleted cases, to restore.</source>
        <translation>Что удалено в этом деле, и удалённые дела — чтобы восстановить.</translation>
    </message>
    <message>
        <source>Nothing has changed in «%1» since it was opened. Every change will be listed here, newest first: what changed, who made it (you or a colleague, by their key) and when. Nothing here can be edited; erasing a value shows here as “erased”, and edits that conflict between colleagues are listed above, to compare and resolve.</source>
        <translation>В деле «%1» ничего не менялось с момента его создания. Здесь будет каждое изменение, новые сверху: что изменено, кто это сделал (вы или коллега, по его ключу) и когда. Здесь ничего нельзя исправить; стёртые сведения отмечаются как «стёрто», а противоречащие друг другу правки коллег перечисляются выше, чтобы сравнить и выбрать.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n versions</source>
        <translation>
            <numerusform>%1 — %2: %n версия</numerusform>
            <numerusform>%1 — %2: %n версии</numerusform>
            <numerusform>%1 — %2: %n версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) have conflicting edits from different devices or people.</source>
        <translation>
            <numerusform>В %n поле противоречащие правки с разных устройств или от разных людей.</numerusform>
            <numerusform>В %n полях противоречащие правки с разных устройств или от разных людей.</numerusform>
            <numerusform>В %n полях противоречащие правки с разных устройств или от разных людей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Крупнее</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Мельче</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;По размеру окна</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>Sealed by you</source>
        <translation>Запечатан вами</translation>
    </message>
    <message>
        <source>You sealed this bundle yourself, with this vault&apos;s keys.</source>
        <translation>Вы сами запечатали этот пакет ключами этого хранилища.</translation>
    </message>
    <message>
        <source>Sealed by %1</source>
        <translation>Запечатал(а): %1</translation>
    </message>
    <message>
        <source>every change its sender&apos;s recipients did not have yet</source>
        <translation>все изменения, которых у получателей ещё не было</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), with all of their history</source>
        <translation>
            <numerusform>%n дело со всей историей</numerusform>
            <numerusform>%n дела со всей историей</numerusform>
            <numerusform>%n дел со всей историей</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle no. %1, sealed on %2.</source>
        <translation>Пакет № %1, запечатан %2.</translation>
    </message>
    <message>
        <source>It carries %1.</source>
        <translation>Содержимое: %1.</translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Изменений: %1.</translation>
    </message>
    <message>
        <source>Attachments: %1 (%2).</source>
        <translation>Вложений: %1 (%2).</translation>
    </message>
    <message>
        <source>Recipients: %1.</source>
        <translation>Получателей: %1.</translation>
    </message>
    <message>
        <source>Size: %1 in %2 file(s).</source>
        <translation>Размер: %1, файлов: %2.</translation>
    </message>
    <message>
        <source>Import checks every signature and every attachment again, then applies all of it at once, or nothing.</source>
        <translation>Импорт ещё раз проверит каждую подпись и каждое вложение, а затем применит всё сразу — или ничего.</translation>
    </message>
    <message>
        <source>Checking and applying the bundle…</source>
        <translation>Проверка и применение пакета…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <source>This bundle was already imported: nothing changed.</source>
        <translation>Этот пакет уже импортирован: ничего не изменилось.</translation>
    </message>
    <message>
        <source>Every signature and attachment checked out; all of it was applied.</source>
        <translation>Все подписи и вложения проверены; всё применено.</translation>
    </message>
    <message>
        <source>Changes: %1, of which %2 new.</source>
        <translation>Изменений: %1, из них новых: %2.</translation>
    </message>
    <message>
        <source>Attachments: %1, of which %2 new.</source>
        <translation>Вложений: %1, из них новых: %2.</translation>
    </message>
    <message>
        <source>Conflicts: %1. Colleagues edited the same thing differently; each case&apos;s History tab shows them side by side to resolve.</source>
        <translation>Конфликтов: %1. Коллеги по-разному изменили одно и то же; вкладка «История» каждого дела показывает варианты рядом, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Conflicts: none.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have no consent records here: their identity will not be shared onward from this vault until a consent is recorded.</source>
        <translation>
            <numerusform>У %n человека здесь нет записей о согласии: его личность не будет передаваться дальше из этого хранилища, пока согласие не записано.</numerusform>
            <numerusform>У %n человек здесь нет записей о согласии: их личность не будет передаваться дальше из этого хранилища, пока согласие не записано.</numerusform>
            <numerusform>У %n человек здесь нет записей о согласии: их личность не будет передаваться дальше из этого хранилища, пока согласие не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 change(s) signed by colleagues you revoked, after their cut-off, were left out. Tell the sender whom you revoked.</source>
        <translation>Изменений, подписанных отозванными коллегами после границы, пропущено: %1. Сообщите отправителю, кого вы отозвали.</translation>
    </message>
    <message numerus="yes">
        <source>%n custody entries are signed by a revoked key after its cut-off: they are kept, and shown as not trusted.</source>
        <translation>
            <numerusform>%n запись журнала хранения подписана отозванным ключом после границы: она сохранена и показана как недоверенная.</numerusform>
            <numerusform>%n записи журнала хранения подписаны отозванным ключом после границы: они сохранены и показаны как недоверенные.</numerusform>
            <numerusform>%n записей журнала хранения подписаны отозванным ключом после границы: они сохранены и показаны как недоверенные.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender has a new encryption key; your next bundles to them use it.</source>
        <translation>У отправителя новый ключ шифрования; следующие пакеты для него будут запечатаны на него.</translation>
    </message>
    <message>
        <source>%1 change(s) are dated in the future: the sender&apos;s clock may be wrong.</source>
        <translation>Изменений с датой в будущем: %1. Возможно, часы отправителя спешат.</translation>
    </message>
    <message>
        <source>The sender is not verified yet: compare safety numbers before you rely on what they sent.</source>
        <translation>Отправитель ещё не проверен: сверьте коды безопасности, прежде чем полагаться на присланное.</translation>
    </message>
    <message>
        <source>A bundle with this number was already imported. Import checks this copy in full and says whether it is intact; it changes nothing.</source>
        <translation>Пакет с этим номером уже импортирован. Импорт полностью проверит эту копию и скажет, цела ли она; ничего не изменится.</translation>
    </message>
</context>
<context>
    <name>IncompletePanel</name>
    <message>
        <source>This vault cannot be opened</source>
        <translation>Это хранилище нельзя открыть</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>The keys of this vault were wiped in this window: vault.db is random bytes now, and neither the passphrase nor the recovery code opens it.</source>
        <translation>Ключи этого хранилища стёрты в этом окне: vault.db теперь — случайные байты, и ни парольная фраза, ни код восстановления его не откроют.</translation>
    </message>
    <message>
        <source>There is nothing more to do here. To work again, open or create a vault in another folder. casebook keeps no note of the wipe: started again, it will only say that the key file is missing.</source>
        <translation>Здесь больше ничего делать не нужно. Чтобы снова работать, откройте или создайте хранилище в другой папке. casebook не оставляет записи о стирании: при следующем запуске он лишь скажет, что файла ключей нет.</translation>
    </message>
    <message>
        <source>The folder holds the encrypted cases (vault.db), but its key file (keyslots) is missing. Without the key file neither the passphrase nor the recovery code can open the cases.</source>
        <translation>В папке есть зашифрованные дела (vault.db), но нет их файла ключей (keyslots). Без файла ключей ни парольная фраза, ни код восстановления не откроют дела.</translation>
    </message>
    <message>
        <source>Restore the file keyslots from a backup of this folder (a copy of the folder on another drive has it), put it beside vault.db, and start casebook again.</source>
        <translation>Восстановите файл keyslots из резервной копии этой папки (он есть в копии папки на другом диске), положите его рядом с vault.db и снова запустите casebook.</translation>
    </message>
    <message>
        <source>The folder holds the key file (keyslots), but the encrypted cases (vault.db) are missing.</source>
        <translation>В папке есть файл ключей (keyslots), но нет зашифрованных дел (vault.db).</translation>
    </message>
    <message>
        <source>Restore the file vault.db from a backup of this folder, put it beside keyslots, and start casebook again.</source>
        <translation>Восстановите файл vault.db из резервной копии этой папки, положите его рядом с keyslots и снова запустите casebook.</translation>
    </message>
    <message>
        <source>Do not delete anything here, and do not create a new vault in this folder: that would destroy what is left. Colleagues who received your bundles also hold copies of what you sent them.</source>
        <translation>Ничего здесь не удаляйте и не создавайте в этой папке новое хранилище: это уничтожит то, что осталось. У коллег, получавших ваши пакеты, тоже есть копии отправленного им.</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
</context>
<context>
    <name>InterviewConsentPanel</name>
    <message>
        <source>Consent given at this interview</source>
        <translation>Согласие, данное во время интервью</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Записать &amp;согласие…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <source>Tick what the interviewee agrees to and refuses, in one go.</source>
        <translation>Отметить сразу, на что собеседник согласен и от чего отказывается.</translation>
    </message>
    <message>
        <source>Choose the interviewee first.</source>
        <translation>Сначала выберите собеседника.</translation>
    </message>
    <message>
        <source>No consent recorded at this interview yet.</source>
        <translation>Во время этого интервью согласие ещё не записано.</translation>
    </message>
    <message>
        <source>Noted before the consent ledger, not used for sharing: %1</source>
        <translation>Отмечено до журнала согласий, для передачи не используется: %1</translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <source>(no interviewee yet)</source>
        <translation>(собеседник не указан)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Собеседник</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>Interviews of this case</source>
        <translation>Интервью по этому делу</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Новое интервью</translation>
    </message>
    <message>
        <source>E&amp;rase interview…</source>
        <translation>Ст&amp;ереть интервью…</translation>
    </message>
    <message>
        <source>Erase interview</source>
        <translation>Стереть интервью</translation>
    </message>
    <message>
        <source>Deletes every detail of this interview for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет все сведения об этом интервью и просит коллег сделать то же.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Удалить интервью</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Скрыть &amp;сведения</translation>
    </message>
    <message>
        <source>No interviews in «%1» yet.

Press New interview when a conversation starts: type notes as you listen and press Enter after each, and every note keeps the time it was written. Who was interviewed, by whom, in which language and with what consent go in the details above the notes.</source>
        <translation>В деле «%1» пока нет интервью.

Нажмите «Новое интервью», когда начинается разговор: печатайте заметки по ходу и нажимайте Enter после каждой — у каждой заметки сохранится время записи. Кого опрашивали, кто, на каком языке и с каким согласием — в сведениях над заметками.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Показать &amp;сведения</translation>
    </message>
    <message>
        <source>Delete this interview and its notes from the case? The history keeps what was recorded.</source>
        <translation>Удалить это интервью и его заметки из дела? В истории сохранится всё записанное.</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Sensitivity</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Вся запись</translation>
    </message>
    <message>
        <source>Label of the whole record</source>
        <translation>Гриф всей записи</translation>
    </message>
    <message>
        <source>A record above a colleague&apos;s clearance stays home whole: their casebook never learns it exists.</source>
        <translation>Запись выше допуска коллеги целиком остаётся дома: его casebook даже не узнает, что она есть.</translation>
    </message>
    <message>
        <source>Floor of the case</source>
        <translation>Нижний порог дела</translation>
    </message>
    <message>
        <source>Every record of the case is at least this sensitive. A case about sexual orientation: at least confidential, sexual orientation.</source>
        <translation>Каждая запись дела не ниже этого грифа. Дело о сексуальной ориентации: не ниже «конфиденциально, сексуальная ориентация».</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Fields and their labels</source>
        <translation>Поля и их грифы</translation>
    </message>
    <message>
        <source>Label of the chosen field</source>
        <translation>Гриф выбранного поля</translation>
    </message>
    <message>
        <source>A value above a colleague&apos;s clearance goes without its value, and a person whose name stays home goes under a pseudonym (Witness B).</source>
        <translation>Значение выше допуска коллеги уходит без самого значения, а человек, чьё имя остаётся дома, идёт под псевдонимом (Свидетель Б).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Sensitivity: %1</source>
        <translation>Гриф: %1</translation>
    </message>
    <message>
        <source>This record now: %1.</source>
        <translation>Сейчас у записи: %1.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(по умолчанию)</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <source>No own label (the default holds)</source>
        <translation>Без своего грифа (действует гриф по умолчанию)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Note segment</source>
        <translation>Фрагмент заметок</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Consent override</source>
        <translation>Передача без согласия</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Detention type</source>
        <translation>Вид задержания</translation>
    </message>
    <message>
        <source>Legal article</source>
        <translation>Статья закона</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Примечание о согласии</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation>Кому можно передавать</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Как дано согласие</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Заменяет</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>стёрто</translation>
    </message>
    <message>
        <source>hidden until you confirm the erasure</source>
        <translation>скрыто до подтверждения стирания</translation>
    </message>
    <message>
        <source>not shared with you</source>
        <translation>вам не передано</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не показывается</translation>
    </message>
    <message>
        <source>%1 (pseudonym)</source>
        <translation>%1 (псевдоним)</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(очищено)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link note</source>
        <translation>Связать заметку</translation>
    </message>
    <message>
        <source>People and events</source>
        <translation>Люди и события</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>What is this note about?</source>
        <translation>О ком или о чём эта заметка?</translation>
    </message>
    <message>
        <source>Each tick is saved at once.</source>
        <translation>Каждая отметка сохраняется сразу.</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Человек: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Событие: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Поиск по всем делам…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>Новый &amp;код восстановления…</translation>
    </message>
    <message>
        <source>Check vault &amp;integrity…</source>
        <translation>&amp;Проверить целостность…</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Словари…</translation>
    </message>
    <message>
        <source>De&amp;lete this case…</source>
        <translation>Уд&amp;алить это дело…</translation>
    </message>
    <message>
        <source>&amp;Deleted items…</source>
        <translation>&amp;Удалённое…</translation>
    </message>
    <message>
        <source>Case &amp;report…</source>
        <translation>&amp;Отчёт по делу…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>С&amp;татистика…</translation>
    </message>
    <message>
        <source>&amp;Deep erase…</source>
        <translation>&amp;Глубокое стирание…</translation>
    </message>
    <message>
        <source>&amp;Wipe keys now…</source>
        <translation>Ст&amp;ереть ключи сейчас…</translation>
    </message>
    <message>
        <source>E&amp;rasure requests…</source>
        <translation>&amp;Запросы на стирание…</translation>
    </message>
    <message>
        <source>&amp;Peers…</source>
        <translation>&amp;Коллеги…</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <source>Seal changes for colleagues into a bundle (Ctrl+E)</source>
        <translation>Запечатать изменения для коллег в пакет (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <source>Open a bundle from a colleague (Ctrl+I)</source>
        <translation>Открыть пакет от коллеги (Ctrl+I)</translation>
    </message>
    <message>
        <source>Compromise &amp;alerts…</source>
        <translation>&amp;Тревоги компрометации…</translation>
    </message>
    <message>
        <source>&amp;Travel out…</source>
        <translation>В &amp;поездку…</translation>
    </message>
    <message>
        <source>Take cases off this laptop into a bundle on another drive</source>
        <translation>Убрать дела с этого ноутбука в пакет на другом накопителе</translation>
    </message>
    <message>
        <source>Travel &amp;back…</source>
        <translation>&amp;Возвращение из поездки…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Главная панель</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Отчёт по делу</translation>
    </message>
    <message>
        <source>Open a case first, then write its report.</source>
        <translation>Сначала откройте дело, затем составьте отчёт по нему.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>casebook locked before the new recovery code was written down. The old code no longer works: make another one (Vault → New recovery code…).</source>
        <translation>casebook заблокировался раньше, чем новый код восстановления был записан. Старый код больше не работает: создайте другой (Хранилище → Новый код восстановления…).</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message numerus="yes">
        <source>Some of what you typed could not be saved (%n field(s) with a date casebook cannot read). It is kept inside the vault and comes back, with what to correct, when you unlock.</source>
        <translation>
            <numerusform>Часть введённого не удалось сохранить (%n поле с датой, которую casebook не может прочесть). Этот текст остаётся в хранилище и вернётся на место, с пояснением, что исправить, после разблокировки.</numerusform>
            <numerusform>Часть введённого не удалось сохранить (%n поля с датой, которую casebook не может прочесть). Этот текст остаётся в хранилище и вернётся на место, с пояснением, что исправить, после разблокировки.</numerusform>
            <numerusform>Часть введённого не удалось сохранить (%n полей с датой, которую casebook не может прочесть). Этот текст остаётся в хранилище и вернётся на место, с пояснением, что исправить, после разблокировки.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” of %2: %3</source>
        <translation>«%1» в записи «%2»: %3</translation>
    </message>
    <message>
        <source>Not saved before the vault locked, because casebook could not read it as a date. It is back in its field, marked: correct it there.</source>
        <translation>Не сохранено перед блокировкой хранилища: casebook не смог прочесть это как дату. Текст вернулся в своё поле и отмечен там: исправьте его.</translation>
    </message>
    <message numerus="yes">
        <source>%n compromise alert(s) not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</source>
        <translation>
            <numerusform>%n непросмотренная тревога компрометации: ключи коллеги могут быть в чужих руках. См. Обмен → Тревоги компрометации….</numerusform>
            <numerusform>%n непросмотренные тревоги компрометации: ключи коллеги могут быть в чужих руках. См. Обмен → Тревоги компрометации….</numerusform>
            <numerusform>%n непросмотренных тревог компрометации: ключи коллеги могут быть в чужих руках. См. Обмен → Тревоги компрометации….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure request(s) from colleagues wait for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</source>
        <translation>
            <numerusform>%n запрос коллег на стирание ждёт вашего подтверждения; до тех пор сведения скрыты. См. Обмен → Запросы на стирание….</numerusform>
            <numerusform>%n запроса коллег на стирание ждут вашего подтверждения; до тех пор сведения скрыты. См. Обмен → Запросы на стирание….</numerusform>
            <numerusform>%n запросов коллег на стирание ждут вашего подтверждения; до тех пор сведения скрыты. См. Обмен → Запросы на стирание….</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>Opened read-only: this drive is write-protected. You can read and search; changes cannot be saved here.</source>
        <translation>Открыто только для чтения: этот диск защищён от записи. Можно читать и искать; сохранить изменения здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Создать новый код восстановления</translation>
    </message>
    <message>
        <source>The new code replaces the old one: the code you wrote down before stops working at once. Make a new code if the old one was lost or someone else may have seen it. Your passphrase stays the same.</source>
        <translation>Новый код заменит старый: записанный ранее код сразу перестанет работать. Создайте новый код, если старый потерян или его мог видеть кто-то другой. Парольная фраза останется прежней.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Type the passphrase you unlock with now.</source>
        <translation>Введите парольную фразу, которой вы сейчас разблокируете хранилище.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>Making a new recovery code</source>
        <translation>Создание нового кода восстановления</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Создать новый код</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>The code you wrote down before no longer works.</source>
        <translation>Записанный ранее код больше не работает.</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>Making the new code… this takes about a second.</source>
        <translation>Создаётся новый код… это займёт около секунды.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Notes of this interview</source>
        <translation>Заметки этого интервью</translation>
    </message>
    <message>
        <source>Type a note and press Enter… (@ names a person of the case)</source>
        <translation>Напишите заметку и нажмите Enter… (@ — упомянуть человека из дела)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <source>Enter adds the note with the time; Shift+Enter starts a new line.</source>
        <translation>Enter добавляет заметку с отметкой времени; Shift+Enter начинает новую строку.</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;Новая заметка:</translation>
    </message>
    <message>
        <source>Enter adds the note with the current time · Shift+Enter starts a new line · unsent text is kept in the vault as a draft</source>
        <translation>Enter добавляет заметку с текущим временем · Shift+Enter — новая строка · неотправленный текст хранится в хранилище как черновик</translation>
    </message>
    <message>
        <source>&amp;Link note to people and events…</source>
        <translation>&amp;Связать заметку с людьми и событиями…</translation>
    </message>
    <message>
        <source>&amp;Erase note…</source>
        <translation>Стереть &amp;заметку…</translation>
    </message>
    <message>
        <source>Erase note</source>
        <translation>Стереть заметку</translation>
    </message>
    <message>
        <source>Deletes the selected note&apos;s text for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет текст выбранной заметки и просит коллег сделать то же.</translation>
    </message>
    <message>
        <source>Ed&amp;it note…</source>
        <translation>&amp;Исправить заметку…</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Исправить заметку</translation>
    </message>
    <message>
        <source>Corrects the selected note; the history keeps the earlier text.</source>
        <translation>Исправляет выбранную заметку; в истории остаётся прежний текст.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <source>Sensitivity…</source>
        <translation>Гриф…</translation>
    </message>
    <message>
        <source>Sensitivity of the note</source>
        <translation>Гриф заметки</translation>
    </message>
    <message>
        <source>Raise the selected note&apos;s sensitivity: what colleagues may receive of it.</source>
        <translation>Повысить гриф выбранной заметки: что из неё могут получить коллеги.</translation>
    </message>
    <message>
        <source>Delete this note from the interview? The history keeps what was written.</source>
        <translation>Удалить эту заметку из интервью? В истории сохранится написанное.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>The organisation %1 works for: a consent given for an organisation lets a person&apos;s name go to its members as you record them here, and to no one else. This stays in your vault: it is never sent to anyone.</source>
        <translation>Организация, в которой работает %1: согласие, данное организации, позволяет передавать имя человека её сотрудникам, как вы их записали здесь, и больше никому. Это остаётся в вашем хранилище и никому не отправляется.</translation>
    </message>
    <message>
        <source>for example: Memorial</source>
        <translation>например: Мемориал</translation>
    </message>
    <message>
        <source>Choose one you have recorded, or type a new name.</source>
        <translation>Выберите уже записанную или введите новое название.</translation>
    </message>
    <message>
        <source>&amp;No organisation</source>
        <translation>&amp;Без организации</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>Без организации</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>Organisation of %1</source>
        <translation>Где работает %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override consent</source>
        <translation>Передача без согласия</translation>
    </message>
    <message>
        <source>Share a name without consent</source>
        <translation>Передать имя без согласия</translation>
    </message>
    <message>
        <source>An override lets this person&apos;s name and aliases go, for the purpose below and to the recipients below, although they have not agreed to it, or have refused or withdrawn their consent. It holds until the end of the day you give. It is signed with your key and travels with the case; the custody log records it with its reason, and colleagues see it. Record one only when the reason truly applies: once a name has gone, it cannot be recalled.</source>
        <translation>Это разрешение позволяет передавать имя и другие имена человека для указанной ниже цели и указанным ниже получателям, хотя человек не дал согласия, отказал или отозвал его. Оно действует до конца указанного дня. Оно подписывается вашим ключом и передаётся вместе с делом; журнал цепочки хранения записывает его с причиной, и коллеги его видят. Записывайте его, только если причина действительно есть: переданное имя вернуть нельзя.</translation>
    </message>
    <message>
        <source>What an override does</source>
        <translation>Что даёт передача без согласия</translation>
    </message>
    <message>
        <source>Where consent stands</source>
        <translation>Что разрешено сейчас</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>A code from the list, never free text: it travels with the case.</source>
        <translation>Значение из списка, а не свободный текст: оно передаётся вместе с делом.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>What the name may go out for.</source>
        <translation>Для чего можно передать имя.</translation>
    </message>
    <message>
        <source>today only</source>
        <translation>только сегодня</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>It holds through this day; empty: today only.</source>
        <translation>Действует по этот день включительно; пусто — только сегодня.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Цель:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>Действует &amp;до:</translation>
    </message>
    <message>
        <source>Record &amp;override</source>
        <translation>&amp;Записать разрешение</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation>Кому можно передавать</translation>
    </message>
    <message>
        <source>&amp;Anyone you work with</source>
        <translation>&amp;Всем, с кем вы работаете</translation>
    </message>
    <message>
        <source>Only &amp;these colleagues:</source>
        <translation>Только &amp;этим коллегам:</translation>
    </message>
    <message>
        <source>Colleagues who may receive it</source>
        <translation>Коллеги, которым можно передавать</translation>
    </message>
    <message>
        <source>An override for %1, recorded instead of their consent.</source>
        <translation>Разрешение для: %1 — записывается вместо согласия человека.</translation>
    </message>
    <message>
        <source>Consent now:</source>
        <translation>Согласие сейчас:</translation>
    </message>
    <message>
        <source>Consent now: none recorded.</source>
        <translation>Согласие сейчас: не записано.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Выберите причину.</translation>
    </message>
    <message>
        <source>Tick the colleagues who may receive it.</source>
        <translation>Отметьте коллег, которым можно передавать.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Удалить дело…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Takes the case off the list; Cases → Deleted items… brings it back.</source>
        <translation>Убирает дело из списка; вернуть можно через «Дела → Удалённое…».</translation>
    </message>
    <message>
        <source>Sensitivity and &amp;floor…</source>
        <translation>Гриф и нижний &amp;порог…</translation>
    </message>
    <message>
        <source>Sensitivity and floor of the case</source>
        <translation>Гриф и нижний порог дела</translation>
    </message>
    <message>
        <source>The case&apos;s own sensitivity, its fields&apos;, and the floor of every record in it: what colleagues may receive.</source>
        <translation>Гриф самого дела, его полей и нижний порог для каждой записи в нём: что могут получить коллеги.</translation>
    </message>
    <message>
        <source>Opened %1 · last change %2</source>
        <translation>Открыто %1 · последнее изменение %2</translation>
    </message>
</context>
<context>
    <name>PassphraseChooser</name>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Su&amp;ggest a passphrase</source>
        <translation>Пр&amp;едложить парольную фразу</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Предложить парольную фразу</translation>
    </message>
    <message>
        <source>Random common words; write them down or learn them, then repeat them.</source>
        <translation>Случайные простые слова; запишите или запомните их, затем повторите.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком коротко: нужен хотя бы %n символ.</numerusform>
            <numerusform>Слишком коротко: нужно хотя бы %n символа.</numerusform>
            <numerusform>Слишком коротко: нужно хотя бы %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: add more words.</source>
        <translation>%1: добавьте ещё слов.</translation>
    </message>
    <message>
        <source>%1. Write it down or learn it, then type it again in the second field.</source>
        <translation>%1. Запишите или запомните её, затем введите ещё раз во втором поле.</translation>
    </message>
    <message>
        <source>%1. Now repeat it in the second field.</source>
        <translation>%1. Теперь повторите её во втором поле.</translation>
    </message>
    <message>
        <source>%1. The passphrases match.</source>
        <translation>%1. Фразы совпадают.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>Shows what is typed, for anyone who can see the screen.</source>
        <translation>Показывает введённое — всем, кто видит экран.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Включён Caps Lock.</translation>
    </message>
    <message>
        <source>The keyboard types Cyrillic letters. If the passphrase is in Latin letters, switch the layout (a recovery code is read in either).</source>
        <translation>Клавиатура печатает кириллицу. Если парольная фраза латиницей, переключите раскладку (код восстановления распознаётся в любой).</translation>
    </message>
    <message>
        <source>The keyboard does not type Latin letters. If the passphrase is in Latin letters, switch the layout.</source>
        <translation>Клавиатура печатает не латиницей. Если парольная фраза латиницей, переключите раскладку.</translation>
    </message>
</context>
<context>
    <name>PeerMarks</name>
    <message>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <source>You compared safety numbers with this colleague: their key is theirs.</source>
        <translation>Вы сверили коды безопасности с этим коллегой: его ключ принадлежит ему.</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <source>Safety numbers not compared yet: a stranger&apos;s key could stand in for this colleague&apos;s. Compare them in person or on a call.</source>
        <translation>Коды безопасности ещё не сверены: вместо ключа коллеги может оказаться чужой. Сверьте их при встрече или по телефону.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>Revoked: nothing is sealed to this colleague, and nothing from them after the cut-off is accepted.</source>
        <translation>Отозван: для этого коллеги ничего не запечатывается, и ничего от него после границы не принимается.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>неизвестный ключ %1</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>Peers</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <source>Colleagues you exchange sealed bundles with. Before you trust a colleague, compare safety numbers with them in person or on a call.</source>
        <translation>Коллеги, с которыми вы обмениваетесь запечатанными пакетами. Прежде чем доверять коллеге, сверьте с ним коды безопасности при встрече или по телефону.</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Ваша карточка</translation>
    </message>
    <message>
        <source>QR code of your identity card</source>
        <translation>QR-код вашей карточки</translation>
    </message>
    <message>
        <source>Your key id</source>
        <translation>Ваш ключ</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Ваш получатель age</translation>
    </message>
    <message>
        <source>The public key colleagues seal to; the age tool accepts it too.</source>
        <translation>Открытый ключ, для которого коллеги запечатывают пакеты; его понимает и программа age.</translation>
    </message>
    <message>
        <source>Give colleagues this card as a file, as text, or let them photograph the QR code. It holds public keys only, and no name.</source>
        <translation>Передайте коллегам эту карточку файлом, текстом или дайте сфотографировать QR-код. В ней только открытые ключи и нет имени.</translation>
    </message>
    <message>
        <source>&amp;Save my card…</source>
        <translation>&amp;Сохранить мою карточку…</translation>
    </message>
    <message>
        <source>Save my card to a file</source>
        <translation>Сохранить мою карточку в файл</translation>
    </message>
    <message>
        <source>Copy my card as te&amp;xt</source>
        <translation>Копировать карточку &amp;текстом</translation>
    </message>
    <message>
        <source>Copy my card as text</source>
        <translation>Копировать карточку текстом</translation>
    </message>
    <message>
        <source>For a colleague to paste into Add from card file…; it holds no secret.</source>
        <translation>Чтобы коллега вставил её в «Добавить из карточки…»; секретов в ней нет.</translation>
    </message>
    <message>
        <source>Rotate my encryption &amp;key…</source>
        <translation>Сменить мой &amp;ключ шифрования…</translation>
    </message>
    <message>
        <source>Rotate my encryption key</source>
        <translation>Сменить мой ключ шифрования</translation>
    </message>
    <message>
        <source>A new key for what colleagues seal to you; the old ones can be forgotten.</source>
        <translation>Новый ключ для пакетов, которые коллеги запечатывают для вас; старые ключи можно забыть.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <source>No colleagues yet. Add one from the card file they gave you.</source>
        <translation>Коллег пока нет. Добавьте коллегу из файла карточки, который он вам дал.</translation>
    </message>
    <message>
        <source>About the chosen colleague</source>
        <translation>О выбранном коллеге</translation>
    </message>
    <message>
        <source>What they hold from me</source>
        <translation>Что у него есть от меня</translation>
    </message>
    <message>
        <source>&amp;Add from card file…</source>
        <translation>&amp;Добавить из карточки…</translation>
    </message>
    <message>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Сверить коды безопасности…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>C&amp;learance…</source>
        <translation>&amp;Допуск…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>Органи&amp;зация…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Ключ: %1</translation>
    </message>
    <message>
        <source>Your card was copied as text. It holds public keys only, no secret.</source>
        <translation>Ваша карточка скопирована текстом. В ней только открытые ключи, без секретов.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Сохранить мою карточку</translation>
    </message>
    <message>
        <source>Your card was saved to %1. It holds no secret.</source>
        <translation>Ваша карточка сохранена в %1. Секретов в ней нет.</translation>
    </message>
    <message>
        <source>May see: %1.</source>
        <translation>Допуск: %1.</translation>
    </message>
    <message>
        <source>Organisation: %1.</source>
        <translation>Организация: %1.</translation>
    </message>
    <message>
        <source>Organisation: none recorded.</source>
        <translation>Организация: не записана.</translation>
    </message>
    <message>
        <source>Added on %1.</source>
        <translation>Добавлен %1.</translation>
    </message>
    <message>
        <source>Bundles received from them: %1. Bundles sealed to them: %2.</source>
        <translation>Получено пакетов от него: %1. Запечатано для него: %2.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>You have sealed no bundle to them.</source>
        <translation>Вы не запечатывали для этого коллеги ни одного пакета.</translation>
    </message>
    <message>
        <source>Bundles you sealed to them, and the values each carried:</source>
        <translation>Пакеты, которые вы для него запечатали, и сколько значений было в каждом:</translation>
    </message>
    <message numerus="yes">
        <source>no. %1, sealed on %2: %n value(s)</source>
        <translation>
            <numerusform>№ %1, запечатан %2: %n значение</numerusform>
            <numerusform>№ %1, запечатан %2: %n значения</numerusform>
            <numerusform>№ %1, запечатан %2: %n значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier bundle(s)</source>
        <translation>
            <numerusform>… и ещё %n более ранний пакет</numerusform>
            <numerusform>… и ещё %n более ранних пакета</numerusform>
            <numerusform>… и ещё %n более ранних пакетов</numerusform>
        </translation>
    </message>
    <message>
        <source>This is what you sent; casebook cannot know what they kept, passed on or erased.</source>
        <translation>Это то, что вы отправили; что коллега сохранил, кому передал или стёр, casebook знать не может.</translation>
    </message>
    <message>
        <source>Your new encryption key is in your card. Colleagues get it with your next bundle to each of them.</source>
        <translation>Новый ключ шифрования записан в вашу карточку. Коллеги получат его со следующим пакетом, который вы каждому из них отправите.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) forgotten.</source>
        <translation>
            <numerusform>Забыт %n старый ключ.</numerusform>
            <numerusform>Забыто %n старых ключа.</numerusform>
            <numerusform>Забыто %n старых ключей.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added and verified: the safety numbers matched.</source>
        <translation>%1: добавлен(а) и проверен(а) — коды безопасности совпали.</translation>
    </message>
    <message>
        <source>%1 was added, then revoked.</source>
        <translation>%1: добавлен(а), затем отозван(а).</translation>
    </message>
    <message>
        <source>%1 was added, not verified yet: compare safety numbers with them (Compare safety numbers…) before you rely on what they send.</source>
        <translation>%1: добавлен(а), но ещё не проверен(а). Сверьте коды безопасности («Сверить коды безопасности…»), прежде чем полагаться на присланное.</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>after no. %1</source>
        <translation>после № %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>no. %1, %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>Допуск</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Последний приём</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Последняя отправка</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Has conflicting edits</source>
        <translation>Есть противоречащие правки</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People in this case</source>
        <translation>Люди в этом деле</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>Ст&amp;ереть человека…</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Стереть человека</translation>
    </message>
    <message>
        <source>Deletes every value of this person for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет все сведения об этом человеке и просит коллег сделать то же.</translation>
    </message>
    <message>
        <source>No people in «%1» yet.

Add everyone the case is about: victims, witnesses, relatives, lawyers, officials and sources. Press Add person…, type the name and choose the role; aliases, sensitivity and notes go in the form beside the list. Names are the most sensitive data here: they are labelled restricted, and only colleagues you clear for them receive them.</source>
        <translation>В деле «%1» пока нет людей.

Добавьте всех, о ком это дело: пострадавших, свидетелей, родственников, адвокатов, должностных лиц и источники. Нажмите «Добавить человека…», введите имя и выберите роль; другие имена, чувствительность и заметки — в форме рядом со списком. Имена — самые чувствительные сведения здесь: они помечены как ограниченные, и получают их только коллеги с соответствующим допуском.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <source>Delete this person from the case? The history keeps what was recorded.</source>
        <translation>Удалить этого человека из дела? В истории сохранится всё записанное.</translation>
    </message>
</context>
<context>
    <name>PersonConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Where consent stands</source>
        <translation>Что разрешено сейчас</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Решения о согласии</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Записать &amp;согласие…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Отозвать согласие…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>Records the withdrawal and shows who already has the name.</source>
        <translation>Записывает отзыв и показывает, у кого уже есть имя.</translation>
    </message>
    <message>
        <source>Overri&amp;de…</source>
        <translation>Передать &amp;без согласия…</translation>
    </message>
    <message>
        <source>Override consent</source>
        <translation>Передача без согласия</translation>
    </message>
    <message>
        <source>Lets the name go without consent, for a reason from a list; recorded.</source>
        <translation>Разрешает передать имя без согласия по причине из списка; это записывается.</translation>
    </message>
    <message>
        <source>No consent recorded: nothing that names this person may leave this vault.</source>
        <translation>Согласие не записано: ничто, что называет этого человека, не может покинуть хранилище.</translation>
    </message>
    <message>
        <source>A withdrawal and an agreement were recorded in different places at the same time: it counts as withdrawn until you choose, in the History tab.</source>
        <translation>Отзыв и согласие записаны в разных местах одновременно: пока вы не выберете на вкладке «История», согласие считается отозванным.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>The report as it will be written. Nothing has left the vault.</source>
        <translation>Отчёт в том виде, в каком он будет записан. Пока ничего не покинуло хранилище.</translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation>Ход подготовки предпросмотра</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Остановить</translation>
    </message>
    <message>
        <source>Stop the preview</source>
        <translation>Остановить предпросмотр</translation>
    </message>
    <message>
        <source>The report&apos;s pages</source>
        <translation>Страницы отчёта</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who can open it</source>
        <translation>Кто сможет открыть</translation>
    </message>
    <message>
        <source>Only the people you tick can open the bundle. Anyone else who finds the drive sees random bytes.</source>
        <translation>Открыть пакет смогут только отмеченные вами люди. Любой другой, кто найдёт флешку, увидит случайные байты.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <source>You have no colleagues yet: add one in Exchange → Peers… first.</source>
        <translation>Коллег пока нет: сначала добавьте коллегу в Обмен → Коллеги….</translation>
    </message>
    <message>
        <source>Also seal it to &amp;me, so I can open it later</source>
        <translation>Запечатать и для &amp;меня, чтобы я мог(ла) открыть его позже</translation>
    </message>
    <message>
        <source>I understand, and want to seal to them anyway</source>
        <translation>Я понимаю и всё равно хочу запечатать для них</translation>
    </message>
    <message>
        <source>may see: %1</source>
        <translation>допуск: %1</translation>
    </message>
    <message numerus="yes">
        <source>These colleagues may see different things: %n bundles will be sealed, one for each group. The next pages show what each gets.</source>
        <translation>
            <numerusform>Этим коллегам можно видеть разное: будет запечатан %n пакет, по одному на группу. На следующих страницах видно, что получит каждый.</numerusform>
            <numerusform>Этим коллегам можно видеть разное: будут запечатаны %n пакета, по одному на группу. На следующих страницах видно, что получит каждый.</numerusform>
            <numerusform>Этим коллегам можно видеть разное: будут запечатаны %n пакетов, по одному на группу. На следующих страницах видно, что получит каждый.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified: %1. Until you compare safety numbers, a stranger&apos;s key could stand in for theirs, and the bundle would open for that stranger.</source>
        <translation>Не проверены: %1. Пока вы не сверили коды безопасности, вместо их ключа может оказаться чужой — и пакет откроется для чужого человека.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>separate with commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Missing a choice? Add it with Cases → Vocabularies…</source>
        <translation>Нет нужного варианта? Добавьте его: Дела → Словари…</translation>
    </message>
    <message>
        <source>%1 needs a date.</source>
        <translation>Поле «%1» требует дату.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>Поле «%1» не может быть пустым.</translation>
    </message>
    <message>
        <source>Conflicting edits in: %1. Compare and resolve them in the History tab.</source>
        <translation>Противоречащие правки в полях: %1. Сравните и разрешите их на вкладке «История».</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Sensiti&amp;vity…</source>
        <translation>&amp;Гриф…</translation>
    </message>
    <message>
        <source>Raise the sensitivity of this record or of its fields: what colleagues may receive of it.</source>
        <translation>Повысить гриф этой записи или её полей: что из неё могут получить коллеги.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <source>Write this code on paper now, or print it, and keep it apart from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and is not stored anywhere in readable form.</source>
        <translation>Запишите этот код на бумаге сейчас или распечатайте и храните отдельно от компьютера. Он открывает хранилище, если парольная фраза забыта. Код показывается только один раз и нигде не хранится в читаемом виде.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Копировать код восстановления</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a short while, and at lock.</source>
        <translation>Буфер обмена очищается вскоре и при блокировке.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Распечатать код восстановления</translation>
    </message>
    <message>
        <source>I have &amp;written it down (this hides the code)</source>
        <translation>Я &amp;записал(а) код (он будет скрыт)</translation>
    </message>
    <message>
        <source>The code, typed from your paper</source>
        <translation>Код, введённый с вашей записи</translation>
    </message>
    <message>
        <source>Type the code from the paper, to check it was written down right.</source>
        <translation>Введите код с бумаги, чтобы проверить, что он записан верно.</translation>
    </message>
    <message>
        <source>&amp;Type it from your paper:</source>
        <translation>&amp;Введите его с бумаги:</translation>
    </message>
    <message>
        <source>Write the code down first, then tick the box.</source>
        <translation>Сначала запишите код, затем отметьте флажок.</translation>
    </message>
    <message>
        <source>This is not the code shown: group %1 differs. Untick the box to see the code again and correct your paper.</source>
        <translation>Это не тот код, что показан: отличается группа %1. Снимите флажок, чтобы снова увидеть код, и исправьте запись.</translation>
    </message>
    <message>
        <source>This is not the code shown.</source>
        <translation>Это не тот код, что показан.</translation>
    </message>
    <message>
        <source>Copied. Paste it where it belongs now: the clipboard is cleared again soon.</source>
        <translation>Скопировано. Вставьте код куда нужно сейчас: буфер обмена скоро будет очищен.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Write the code down by hand, or set up a printer and press Print again.</source>
        <translation>На этом компьютере не настроен принтер. Запишите код от руки или настройте принтер и снова нажмите «Печать».</translation>
    </message>
    <message>
        <source>casebook prints the code only to a printer.</source>
        <translation>casebook печатает код только на принтер.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Application to the European Court of Human Rights</source>
        <translation>Жалоба в Европейский суд по правам человека</translation>
    </message>
    <message>
        <source>Communication to a UN treaty body</source>
        <translation>Сообщение в договорный орган ООН</translation>
    </message>
    <message>
        <source>Filing in a domestic court</source>
        <translation>Документ для национального суда</translation>
    </message>
    <message>
        <source>Asylum file</source>
        <translation>Материалы для ходатайства об убежище</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Progress of writing</source>
        <translation>Ход записи</translation>
    </message>
    <message>
        <source>&amp;Cancel writing</source>
        <translation>&amp;Отменить запись</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>Что записано</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Отчёт по делу</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Чтение дела…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Вёрстка страниц…</translation>
    </message>
    <message>
        <source>Report %1, %2 annexes.</source>
        <translation>Отчёт %1, приложений: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Data of %n person(s) withheld: see the cover page.</source>
        <translation>
            <numerusform>Скрыты данные %n лица: см. титульную страницу.</numerusform>
            <numerusform>Скрыты данные %n лиц: см. титульную страницу.</numerusform>
            <numerusform>Скрыты данные %n лиц: см. титульную страницу.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Go back and on again to retry.</source>
        <translation>Остановлено. Чтобы повторить, вернитесь назад и снова нажмите «Далее».</translation>
    </message>
    <message>
        <source>Writing the report, its annexes and their checksums…</source>
        <translation>Запись отчёта, приложений и их контрольных сумм…</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>The report folder was written whole.</source>
        <translation>Папка отчёта записана целиком.</translation>
    </message>
    <message>
        <source>Report %1: %2 files, %3 annexes.</source>
        <translation>Отчёт %1: файлов — %2, приложений — %3.</translation>
    </message>
    <message>
        <source>VERIFY.txt in the folder says how a court checks it without casebook. Remember: the folder is not encrypted.</source>
        <translation>В файле VERIFY.txt в папке сказано, как суд может проверить её без casebook. Помните: папка не зашифрована.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a colleague</source>
        <translation>Отозвать коллегу</translation>
    </message>
    <message>
        <source>Revoke %1 if their laptop was seized, or their keys may be used by someone else. Nothing more will be sealed to them, and bundles sealed with their keys after the cut-off are refused.</source>
        <translation>Отзовите %1, если ноутбук изъят или ключами может воспользоваться кто-то другой. Для этого коллеги больше ничего не будет запечатываться, а пакеты, запечатанные его ключами после границы, будут отклоняться.</translation>
    </message>
    <message>
        <source>&amp;Keep their bundles up to number:</source>
        <translation>&amp;Принимать пакеты до номера:</translation>
    </message>
    <message>
        <source>&amp;Trust nothing from them at all</source>
        <translation>&amp;Не доверять ничему от этого коллеги</translation>
    </message>
    <message>
        <source>Last bundle number to keep</source>
        <translation>Последний принимаемый номер пакета</translation>
    </message>
    <message>
        <source>You have received no bundle from them.</source>
        <translation>Вы не получали от этого коллеги ни одного пакета.</translation>
    </message>
    <message>
        <source>The last bundle you received from them is number %1.</source>
        <translation>Последний полученный от этого коллеги пакет — № %1.</translation>
    </message>
    <message>
        <source>This cannot be undone. If they are safe and get new keys, add their new card as a new colleague.</source>
        <translation>Это нельзя отменить. Если коллега в безопасности и получит новые ключи, добавьте его новую карточку как нового коллегу.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Отозвать: %1</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate my encryption key</source>
        <translation>Смена ключа шифрования</translation>
    </message>
    <message>
        <source>Colleagues seal bundles to your encryption key. Make a new one if the old key may have been copied: what they seal from then on is safe from whoever has it. Your identity, your safety number and your colleagues&apos; trust stay the same.</source>
        <translation>Коллеги запечатывают пакеты для вас вашим ключом шифрования. Создайте новый, если старый ключ мог быть скопирован: всё, что коллеги запечатают после этого, будет недоступно тому, у кого он оказался. Ваша личность, код безопасности и доверие коллег не меняются.</translation>
    </message>
    <message>
        <source>Colleagues learn the new key from your card inside your next bundle to each of them. Until they import it, they keep sealing to the old key.</source>
        <translation>Коллеги узнают новый ключ из вашей карточки в следующем пакете, который вы каждому из них отправите. Пока они его не импортируют, они запечатывают пакеты старым ключом.</translation>
    </message>
    <message>
        <source>&amp;Forget my old keys now</source>
        <translation>&amp;Забыть мои старые ключи сейчас</translation>
    </message>
    <message>
        <source>Once forgotten, bundles sealed to your old keys no longer open here: those lying on USB sticks or in mail, and those colleagues seal before they import a bundle with your new card. Nobody who copies this laptop later can open them either. Forget the old keys when a stick with old bundles may be in the wrong hands, or once every colleague has your new card.</source>
        <translation>Когда старые ключи забыты, пакеты, запечатанные ими, здесь больше не откроются: и те, что лежат на флешках или в почте, и те, что коллеги запечатают до того, как импортируют пакет с вашей новой карточкой. Тот, кто позже скопирует этот компьютер, тоже не сможет их открыть. Забывайте старые ключи, если флешка со старыми пакетами могла попасть в чужие руки, или когда новая карточка уже есть у всех коллег.</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>&amp;Создать новый ключ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Make a new key and forget the old ones</source>
        <translation>&amp;Создать новый ключ и забыть старые</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Sealing</source>
        <translation>Запечатывание</translation>
    </message>
    <message>
        <source>Progress of sealing</source>
        <translation>Ход запечатывания</translation>
    </message>
    <message>
        <source>&amp;Cancel sealing</source>
        <translation>&amp;Отменить запечатывание</translation>
    </message>
    <message>
        <source>What was sealed</source>
        <translation>Что запечатано</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all cases</source>
        <translation>Поиск по всем делам</translation>
    </message>
    <message>
        <source>Words to find in every case…</source>
        <translation>Слова для поиска во всех делах…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Type to search. Words of three or more letters also find longer forms: “задерж” finds “задержание”.</source>
        <translation>Начните вводить слова. Слова из трёх и более букв находят и более длинные формы: «задерж» найдёт «задержание».</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest matches are shown; add words to narrow.</source>
        <translation>
            <numerusform>Показано %n самое новое совпадение; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n самых новых совпадения; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n самых новых совпадений; добавьте слова, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n совпадение.</numerusform>
            <numerusform>%n совпадения.</numerusform>
            <numerusform>%n совпадений.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who sealed it</source>
        <translation>Кто запечатал</translation>
    </message>
    <message>
        <source>Opening the bundle</source>
        <translation>Открытие пакета</translation>
    </message>
    <message>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Сверить коды безопасности…</translation>
    </message>
    <message>
        <source>Compare safety numbers with the sender</source>
        <translation>Сверить коды безопасности с отправителем</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Public</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Ограниченный доступ</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>личность</translation>
    </message>
    <message>
        <source>contacts and whereabouts</source>
        <translation>контакты и местонахождение</translation>
    </message>
    <message>
        <source>health</source>
        <translation>здоровье</translation>
    </message>
    <message>
        <source>sexual orientation, gender identity</source>
        <translation>сексуальная ориентация, гендерная идентичность</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>несовершеннолетний</translation>
    </message>
    <message>
        <source>The word is not that person&apos;s name</source>
        <translation>Это слово — не имя этого человека</translation>
    </message>
    <message>
        <source>The person made it public themselves</source>
        <translation>Человек сам это обнародовал</translation>
    </message>
    <message>
        <source>The person agreed to this (recorded elsewhere)</source>
        <translation>Человек на это согласился (записано в другом месте)</translation>
    </message>
    <message>
        <source>The purpose needs it (a filing)</source>
        <translation>Этого требует цель (подача в суд или орган)</translation>
    </message>
    <message>
        <source>its label is above their clearance</source>
        <translation>её гриф выше их допуска</translation>
    </message>
    <message>
        <source>what it belongs to stays home</source>
        <translation>то, к чему она относится, остаётся дома</translation>
    </message>
    <message>
        <source>it names a record that stays home</source>
        <translation>она ссылается на запись, которая остаётся дома</translation>
    </message>
    <message>
        <source>no consent to share their identity</source>
        <translation>нет согласия на передачу личных данных</translation>
    </message>
    <message>
        <source>%1, every category</source>
        <translation>%1, все категории</translation>
    </message>
    <message>
        <source>%1; not: %2</source>
        <translation>%1; кроме: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes:</source>
        <translation>&amp;Блокировать после простоя, минут:</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after seconds:</source>
        <translation>&amp;Очищать скопированное через, секунд:</translation>
    </message>
    <message>
        <source>Also lock casebook when</source>
        <translation>Также блокировать casebook, когда</translation>
    </message>
    <message>
        <source>the &amp;screen locks</source>
        <translation>&amp;экран блокируется</translation>
    </message>
    <message>
        <source>the computer goes to slee&amp;p or hibernates</source>
        <translation>компьютер уходит в &amp;сон или гибернацию</translation>
    </message>
    <message>
        <source>another &amp;user takes over the screen</source>
        <translation>экран переходит к &amp;другому пользователю</translation>
    </message>
    <message>
        <source>the casebook window is &amp;minimised</source>
        <translation>окно casebook &amp;свёрнуто</translation>
    </message>
    <message>
        <source>screen lock</source>
        <translation>блокировке экрана</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>сне</translation>
    </message>
    <message>
        <source>user switch</source>
        <translation>смене пользователя</translation>
    </message>
    <message>
        <source>minimising</source>
        <translation>сворачивании</translation>
    </message>
    <message>
        <source>This computer does not tell casebook of: %1. Idle time and Ctrl+L still lock it.</source>
        <translation>Этот компьютер не сообщает casebook о: %1. Простой и Ctrl+L по-прежнему блокируют его.</translation>
    </message>
    <message>
        <source>These settings are kept on this computer in plain text. They never hold case data or the names of vaults.</source>
        <translation>Эти настройки хранятся на компьютере открытым текстом. В них никогда нет данных дел или названий хранилищ.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 ТБ</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Дела по статусу</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>События по типу</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days</source>
        <translation>Сроки в ближайшие 30 дней</translation>
    </message>
    <message>
        <source>Cases by &amp;status</source>
        <translation>&amp;Дела по статусу</translation>
    </message>
    <message>
        <source>&amp;Events by type</source>
        <translation>&amp;События по типу</translation>
    </message>
    <message>
        <source>&amp;Legal articles</source>
        <translation>С&amp;татьи закона</translation>
    </message>
    <message>
        <source>&amp;Deadlines (30 days)</source>
        <translation>С&amp;роки (30 дней)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Прочитать данные заново</translation>
    </message>
    <message>
        <source>Cases: %1. Events: %2. Deadlines in the next 30 days: %3.</source>
        <translation>Дел: %1. Событий: %2. Сроков в ближайшие 30 дней: %3.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>События по месяцам</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>What it holds</source>
        <translation>Что внутри</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Что содержит пакет</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Added in this vault</source>
        <translation>Добавлен в этом хранилище</translation>
    </message>
</context>
<context>
    <name>TextPanel</name>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>If the letters look wrong, the file is in another encoding: choose it here.</source>
        <translation>Если буквы выглядят неправильно, файл в другой кодировке: выберите её здесь.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Текст файла</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Записать передачу</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Кому передан</translation>
    </message>
    <message>
        <source>for example 12345/21</source>
        <translation>например, 12345/21</translation>
    </message>
    <message>
        <source>Their number for the filing</source>
        <translation>Номер, присвоенный органом</translation>
    </message>
    <message>
        <source>It happened on an earlier day</source>
        <translation>Это было в другой день</translation>
    </message>
    <message>
        <source>The day it happened</source>
        <translation>День передачи</translation>
    </message>
    <message>
        <source>Handed to:</source>
        <translation>Кому передан:</translation>
    </message>
    <message>
        <source>Their number:</source>
        <translation>Их номер:</translation>
    </message>
    <message>
        <source>Type only the number the court or body gave the filing. Never a name: the custody log holds no text, and it goes to colleagues and into court reports. A transfer on an earlier day is recorded as a late entry, which says so.</source>
        <translation>Введите только номер, который суд или орган присвоил обращению. Никогда не вводите имена: в цепочке хранения нет текста, и она уходит коллегам и в отчёты для суда. Передача в другой день записывается как запоздалая запись, которая об этом говорит.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Записать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Where did a copy of this file go?</source>
        <translation>Куда передана копия этого файла?</translation>
    </message>
</context>
<context>
    <name>TravelBackDialog</name>
    <message>
        <source>Travel back</source>
        <translation>Возвращение из поездки</translation>
    </message>
    <message>
        <source>Travel back: bring the cases home</source>
        <translation>Возвращение: вернуть дела домой</translation>
    </message>
    <message>
        <source>Choose the bundle you made with Travel out… (on the separate drive, or the copy your colleague kept). Its cases come back into this vault, and each is checked: every change it left with must be here again.</source>
        <translation>Выберите пакет, созданный командой «В поездку…» (на отдельном накопителе или копию, которую сохранил коллега). Его дела вернутся в это хранилище, и каждое будет проверено: все изменения, с которыми оно уехало, должны снова быть здесь.</translation>
    </message>
    <message>
        <source>&amp;Choose the bundle…</source>
        <translation>&amp;Выбрать пакет…</translation>
    </message>
    <message>
        <source>Progress of travel back</source>
        <translation>Ход возвращения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the travel bundle</source>
        <translation>Выбрать пакет поездки</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) came back whole: every change they left with is here again.</source>
        <translation>
            <numerusform>%n дело вернулось целиком: все изменения, с которыми оно уехало, снова здесь.</numerusform>
            <numerusform>%n дела вернулись целиком: все изменения, с которыми они уехали, снова здесь.</numerusform>
            <numerusform>%n дел вернулись целиком: все изменения, с которыми они уехали, снова здесь.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) did not come back whole; check the vault (Vault → Check vault integrity…) and keep the bundle.</source>
        <translation>
            <numerusform>%n дело вернулось не целиком; проверьте хранилище (Хранилище → Проверить целостность…) и сохраните пакет.</numerusform>
            <numerusform>%n дела вернулись не целиком; проверьте хранилище (Хранилище → Проверить целостность…) и сохраните пакет.</numerusform>
            <numerusform>%n дел вернулись не целиком; проверьте хранилище (Хранилище → Проверить целостность…) и сохраните пакет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They also hold %n newer change(s) from colleagues.</source>
        <translation>
            <numerusform>В них также есть %n более новое изменение от коллег.</numerusform>
            <numerusform>В них также есть %n более новых изменения от коллег.</numerusform>
            <numerusform>В них также есть %n более новых изменений от коллег.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop holds the cases again. The bundle still holds them too: erase the drive, or keep it somewhere safe.</source>
        <translation>Дела снова на этом ноутбуке. Пакет тоже их по-прежнему содержит: сотрите накопитель или храните его в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>TravelOutDialog</name>
    <message>
        <source>Travel out</source>
        <translation>В поездку</translation>
    </message>
    <message>
        <source>Travel out: take cases off this laptop</source>
        <translation>В поездку: убрать дела с этого ноутбука</translation>
    </message>
    <message>
        <source>The cases you tick are sealed into one bundle on a separate drive, read back and checked, and only then removed from this laptop. Nobody is asked to erase anything: colleagues keep what they hold. On your return, Travel back… brings them back from the bundle.</source>
        <translation>Отмеченные дела запечатываются в один пакет на отдельном накопителе, пакет перечитывается и проверяется, и только потом дела удаляются с этого ноутбука. Никого не просят ничего стирать: у коллег остаётся всё, что у них есть. По возвращении команда «Возвращение из поездки…» вернёт дела из пакета.</translation>
    </message>
    <message>
        <source>&amp;Cases to take off this laptop:</source>
        <translation>&amp;Дела, которые убрать с ноутбука:</translation>
    </message>
    <message>
        <source>Cases to take off this laptop</source>
        <translation>Дела, которые убрать с ноутбука</translation>
    </message>
    <message>
        <source>Also seal it to these &amp;colleagues (optional):</source>
        <translation>Запечатать также для этих &amp;коллег (необязательно):</translation>
    </message>
    <message>
        <source>Colleagues who can also open the bundle</source>
        <translation>Коллеги, которые тоже смогут открыть пакет</translation>
    </message>
    <message>
        <source>Choose the &amp;folder on a separate drive…</source>
        <translation>Выбрать &amp;папку на отдельном накопителе…</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>Папка не выбрана</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Папка для пакета</translation>
    </message>
    <message>
        <source>&amp;Leave a note in this vault of which bundle to import on return</source>
        <translation>&amp;Оставить в хранилище заметку, какой пакет импортировать по возвращении</translation>
    </message>
    <message>
        <source>Without a note nothing here says that cases went away; with one, whoever unlocks this vault sees that a bundle of cases exists (ids, never titles).</source>
        <translation>Без заметки здесь ничто не говорит, что дела куда-то уехали; с заметкой любой, кто откроет хранилище, увидит, что существует пакет с делами (идентификаторы, никогда не названия).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle</source>
        <translation>Выбрать папку для пакета</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>Отметьте хотя бы одно дело.</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle first.</source>
        <translation>Сначала выберите папку для пакета.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be sealed into a bundle in %1, checked, and then removed from this laptop: from the case list, search, history and the vault&apos;s file.</source>
        <translation>
            <numerusform>%n дело будет запечатано в пакет в %1, проверено и затем удалено с этого ноутбука: из списка дел, поиска, истории и файла хранилища.</numerusform>
            <numerusform>%n дела будут запечатаны в пакет в %1, проверены и затем удалены с этого ноутбука: из списка дел, поиска, истории и файла хранилища.</numerusform>
            <numerusform>%n дел будут запечатаны в пакет в %1, проверены и затем удалены с этого ноутбука: из списка дел, поиска, истории и файла хранилища.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens to this laptop</source>
        <translation>Что произойдёт с этим ноутбуком</translation>
    </message>
    <message>
        <source>This is not an erasure: colleagues are not asked to erase anything, and the cases keep their history. They come back whole from the bundle.</source>
        <translation>Это не стирание: коллег не просят ничего стирать, и дела сохраняют свою историю. Они вернутся из пакета целиком.</translation>
    </message>
    <message>
        <source>&amp;Deep erase afterwards (recommended)</source>
        <translation>&amp;Глубокое стирание после этого (рекомендуется)</translation>
    </message>
    <message>
        <source>A deep erase rewrites the vault under a new master key, so that old blocks of this drive can no longer be read. You get a NEW recovery code at the end: write it down. It needs your passphrase.</source>
        <translation>Глубокое стирание перезаписывает хранилище под новым главным ключом, чтобы старые блоки этого диска больше нельзя было прочитать. В конце вы получите НОВЫЙ код восстановления: запишите его. Для этого нужна парольная фраза.</translation>
    </message>
    <message>
        <source>What it cannot do: a disk image of this laptop taken before today, with your passphrase, still holds the cases. The bundle holds them too: keep the drive apart from the laptop.</source>
        <translation>Чего это не может: образ диска этого ноутбука, снятый до сегодняшнего дня, вместе с вашей парольной фразой по-прежнему содержит дела. Пакет тоже их содержит: храните накопитель отдельно от ноутбука.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (for the deep erase):</source>
        <translation>&amp;Парольная фраза (для глубокого стирания):</translation>
    </message>
    <message>
        <source>Passphrase for the deep erase</source>
        <translation>Парольная фраза для глубокого стирания</translation>
    </message>
    <message>
        <source>Progress of travel out</source>
        <translation>Ход подготовки к поездке</translation>
    </message>
    <message>
        <source>&amp;Travel out</source>
        <translation>&amp;В поездку</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Type the passphrase, or untick deep erase.</source>
        <translation>Введите парольную фразу или снимите отметку глубокого стирания.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>What is where now</source>
        <translation>Что где теперь</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>you and %1</source>
        <translation>вас и %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <source>On the drive: %1, sealed to %2, read back and checked.</source>
        <translation>На накопителе: %1, запечатан для %2, перечитан и проверен.</translation>
    </message>
    <message numerus="yes">
        <source>On this laptop: %n case(s) removed (from the list, search, history and the vault&apos;s file). Nobody was asked to erase anything.</source>
        <translation>
            <numerusform>На этом ноутбуке: удалено %n дело (из списка, поиска, истории и файла хранилища). Никого не просили ничего стирать.</numerusform>
            <numerusform>На этом ноутбуке: удалено %n дела (из списка, поиска, истории и файла хранилища). Никого не просили ничего стирать.</numerusform>
            <numerusform>На этом ноутбуке: удалено %n дел (из списка, поиска, истории и файла хранилища). Никого не просили ничего стирать.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note of which bundle to import on return is in this vault.</source>
        <translation>В хранилище есть заметка, какой пакет импортировать по возвращении.</translation>
    </message>
    <message>
        <source>No note was left here: remember which bundle to import on return.</source>
        <translation>Заметки здесь нет: запомните, какой пакет импортировать по возвращении.</translation>
    </message>
    <message>
        <source>The vault is under a new master key. Write down the new recovery code.</source>
        <translation>Хранилище теперь под новым главным ключом. Запишите новый код восстановления.</translation>
    </message>
    <message>
        <source>No deep erase was made: old blocks of this drive may still hold them.</source>
        <translation>Глубокое стирание не выполнено: старые блоки этого диска ещё могут их хранить.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Unlock casebook</source>
        <translation>Разблокировать casebook</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Парольная фраза или код восстановления</translation>
    </message>
    <message>
        <source>Type the passphrase, or the recovery code written down at creation.</source>
        <translation>Введите парольную фразу или код восстановления, записанный при создании.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>&amp;Парольная фраза или код восстановления:</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery code first.</source>
        <translation>Сначала введите парольную фразу или код восстановления.</translation>
    </message>
    <message>
        <source>Unlocking… this takes about a second.</source>
        <translation>Разблокировка… это займёт около секунды.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check vault integrity</source>
        <translation>Проверка целостности хранилища</translation>
    </message>
    <message>
        <source>Every page of the encrypted database, every recorded change (its signature and its place in its author&apos;s history) and every attachment is read and checked. Nothing is changed. A large vault takes a while.</source>
        <translation>Читается и проверяется каждая страница зашифрованной базы данных, каждое записанное изменение (его подпись и место в истории автора) и каждое вложение. Ничего не изменяется. Большое хранилище проверяется долго.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <source>Details of the check</source>
        <translation>Подробности проверки</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Подробности:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Checking the database and the history of changes…</source>
        <translation>Проверяются база данных и история изменений…</translation>
    </message>
    <message>
        <source>Checking attachments: %1 of %2…</source>
        <translation>Проверяются вложения: %1 из %2…</translation>
    </message>
    <message>
        <source>The vault is sound: every check passed.</source>
        <translation>Хранилище в порядке: все проверки пройдены.</translation>
    </message>
    <message>
        <source>The vault is damaged: some checks failed.</source>
        <translation>Хранилище повреждено: часть проверок не пройдена.</translation>
    </message>
    <message>
        <source>Database pages: all sound.</source>
        <translation>Страницы базы данных: все в порядке.</translation>
    </message>
    <message>
        <source>Database pages: %1 damaged.</source>
        <translation>Страницы базы данных: повреждено %1.</translation>
    </message>
    <message>
        <source>Recorded changes: %1 checked, %2 failed.</source>
        <translation>Записанные изменения: проверено %1, с ошибками %2.</translation>
    </message>
    <message>
        <source>Attachments: %1 checked, %2 failed.</source>
        <translation>Вложения: проверено %1, с ошибками %2.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not delete this vault: restore what is damaged from a bundle or a backup, and keep these details for whoever helps you.</source>
        <translation>Ничего не изменено. Не удаляйте это хранилище: восстановите повреждённое из пакета или резервной копии и сохраните эти подробности для того, кто будет вам помогать.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <source>Authors whose changes were checked: %1.</source>
        <translation>Авторов, чьи изменения проверены: %1.</translation>
    </message>
    <message>
        <source>Database page: %1</source>
        <translation>Страница базы данных: %1</translation>
    </message>
    <message>
        <source>Change %1: the history of author %2 is broken at change number %3.</source>
        <translation>Изменение %1: история автора %2 прервана на изменении номер %3.</translation>
    </message>
    <message>
        <source>Change %1: its signature or content does not check out.</source>
        <translation>Изменение %1: подпись или содержимое не проходят проверку.</translation>
    </message>
    <message>
        <source>“%1” in the case “%2”</source>
        <translation>«%1» в деле «%2»</translation>
    </message>
    <message>
        <source>attachment %1, not found in any case</source>
        <translation>вложение %1, не найденное ни в одном деле</translation>
    </message>
    <message>
        <source>Damaged content: %1.</source>
        <translation>Повреждено содержимое: %1.</translation>
    </message>
    <message>
        <source>Encrypted file damaged or missing: %1.</source>
        <translation>Зашифрованный файл повреждён или отсутствует: %1.</translation>
    </message>
</context>
<context>
    <name>VerifyPeerDialog</name>
    <message>
        <source>Compare safety numbers</source>
        <translation>Сверка кодов безопасности</translation>
    </message>
    <message>
        <source>Compare safety numbers with %1</source>
        <translation>Сверка кодов безопасности: %1</translation>
    </message>
    <message>
        <source>Meet %1 in person, or call them on a line you trust. Both of you open this window in casebook: the two numbers must be the same, group by group. If they are, this card really is theirs.</source>
        <translation>Встретьтесь с коллегой (%1) лично или созвонитесь по надёжной связи. Откройте это окно в casebook оба: коды должны совпасть группа за группой. Если совпали, карточка действительно принадлежит этому человеку.</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Сейчас: %1. %2</translation>
    </message>
    <message>
        <source>On your screen</source>
        <translation>На вашем экране</translation>
    </message>
    <message>
        <source>Your safety number</source>
        <translation>Ваш код безопасности</translation>
    </message>
    <message>
        <source>On %1&apos;s screen</source>
        <translation>На экране: %1</translation>
    </message>
    <message>
        <source>Type the digits they read out to you</source>
        <translation>Введите цифры, которые вам продиктуют</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>Их код безопасности</translation>
    </message>
    <message>
        <source>Spaces do not matter. Each group is checked as you type.</source>
        <translation>Пробелы не важны. Каждая группа проверяется по мере ввода.</translation>
    </message>
    <message>
        <source>&amp;Their number:</source>
        <translation>&amp;Их код:</translation>
    </message>
    <message>
        <source>We compared every group on both screens, and they are the same</source>
        <translation>Мы сверили каждую группу на обоих экранах, и они совпадают</translation>
    </message>
    <message>
        <source>Mark as &amp;verified</source>
        <translation>Отметить как &amp;проверенного</translation>
    </message>
    <message>
        <source>Mark as &amp;unverified</source>
        <translation>Снять &amp;проверку</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Your safety number: %1</source>
        <translation>Ваш код безопасности: %1</translation>
    </message>
    <message>
        <source>The numbers differ. Do not trust this card: it may have been swapped on its way to you. Ask %1 for their card again, in person.</source>
        <translation>Коды различаются. Не доверяйте этой карточке: её могли подменить по дороге. Попросите карточку заново при личной встрече: %1.</translation>
    </message>
    <message>
        <source>✔ All 12 groups match.</source>
        <translation>✔ Все 12 групп совпадают.</translation>
    </message>
    <message>
        <source>So far, so good: keep typing.</source>
        <translation>Пока всё совпадает: продолжайте ввод.</translation>
    </message>
    <message>
        <source>Or compare by eye, side by side, and tick the box below.</source>
        <translation>Или сравните на глаз, экраны рядом, и поставьте отметку ниже.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <source>This view was not recorded in the custody log: the vault is read-only, so nothing can be written to it.</source>
        <translation>Этот просмотр не записан в журнал хранения: хранилище доступно только для чтения, в него ничего нельзя записать.</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Журнал хранения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This file is too large to show here. Export it to open it elsewhere.</source>
        <translation>Файл слишком большой для просмотра здесь. Экспортируйте его, чтобы открыть в другой программе.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Audio playback is not available on this system.</source>
        <translation>Воспроизведение звука в этой системе недоступно.</translation>
    </message>
    <message>
        <source>casebook cannot show this kind of file. Export it to open it elsewhere.</source>
        <translation>casebook не умеет показывать файлы этого типа. Экспортируйте его, чтобы открыть в другой программе.</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabularies</source>
        <translation>Словари</translation>
    </message>
    <message>
        <source>These are the choices the drop-downs offer. Add your own term when none fits, for example an article of a law: it is kept in this vault and offered everywhere that vocabulary is used.</source>
        <translation>Это варианты, которые предлагают выпадающие списки. Если ни один не подходит, добавьте свой термин, например статью закона: он сохранится в этом хранилище и появится везде, где используется этот словарь.</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Словарь:</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Словарь</translation>
    </message>
    <message>
        <source>Terms of this vocabulary</source>
        <translation>Термины этого словаря</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Letters, digits and underscores.</source>
        <translation>Буквы, цифры и знаки подчёркивания.</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Название по-английски</translation>
    </message>
    <message>
        <source>Russian label</source>
        <translation>Название по-русски</translation>
    </message>
    <message>
        <source>The code is what records store and cannot be changed later: letters, digits and underscores, for example koap_20_2_8.</source>
        <translation>Код хранится в записях и позже не меняется: буквы, цифры и знаки подчёркивания, например koap_20_2_8.</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>&amp;Добавить термин</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>Новый термин</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>По-&amp;английски:</translation>
    </message>
    <message>
        <source>R&amp;ussian label:</source>
        <translation>По-&amp;русски:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>What happened (event types)</source>
        <translation>Что произошло (виды событий)</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <source>Detention types</source>
        <translation>Виды задержания</translation>
    </message>
    <message>
        <source>Roles of people</source>
        <translation>Роли людей</translation>
    </message>
    <message>
        <source>Case statuses</source>
        <translation>Статусы дел</translation>
    </message>
    <message>
        <source>Consent scopes</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <source>Languages of interviews</source>
        <translation>Языки интервью</translation>
    </message>
    <message>
        <source>Type a code for the term.</source>
        <translation>Введите код термина.</translation>
    </message>
    <message>
        <source>This vocabulary already has a term with this code.</source>
        <translation>В этом словаре уже есть термин с таким кодом.</translation>
    </message>
    <message>
        <source>Type the term in English or in Russian, or both.</source>
        <translation>Введите термин по-английски, по-русски или на обоих языках.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Добавлено: «%1».</translation>
    </message>
</context>
<context>
    <name>WipeKeysDialog</name>
    <message>
        <source>Wipe keys now</source>
        <translation>Стереть ключи сейчас</translation>
    </message>
    <message>
        <source>Wipe the keys of this vault</source>
        <translation>Стереть ключи этого хранилища</translation>
    </message>
    <message>
        <source>This overwrites the key file (keyslots) with random bytes, flushes it to the drive and removes it, with any staged copy of it and the vault&apos;s write-ahead log. After that neither your passphrase nor the recovery code opens this vault: the key they unlock is gone. Nobody can undo it, you included. It takes less than a second once the countdown ends.</source>
        <translation>Файл ключей (keyslots) перезаписывается случайными байтами, сбрасывается на диск и удаляется — вместе с его промежуточными копиями и журналом упреждающей записи хранилища. После этого ни ваша парольная фраза, ни код восстановления не откроют хранилище: ключа, который они отпирают, больше нет. Отменить это не сможет никто, и вы тоже. После окончания отсчёта это занимает меньше секунды.</translation>
    </message>
    <message>
        <source>What it cannot do: an SSD or a USB stick may keep old blocks of the key file that no program can reach but a forensic lab may. A disk image or backup taken before the wipe, together with the passphrase or the recovery code, still opens that copy. Colleagues keep every bundle you sealed to them.</source>
        <translation>Чего это не может: SSD или флешка могут хранить старые блоки файла ключей, недоступные программам, но доступные криминалистической лаборатории. Образ диска или резервная копия, сделанные до стирания, вместе с парольной фразой или кодом восстановления по-прежнему открывают эту копию. У коллег остаются все пакеты, которые вы для них запечатали.</translation>
    </message>
    <message>
        <source>Also remove the vault &amp;folder (vault.db, files)</source>
        <translation>Удалить и &amp;папку хранилища (vault.db, файлы)</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Слово подтверждения</translation>
    </message>
    <message>
        <source>&amp;Start the countdown</source>
        <translation>&amp;Начать отсчёт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type %1 to confirm (the countdown can still be cancelled):</source>
        <translation>Введите %1 для подтверждения (отсчёт ещё можно будет отменить):</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
        <source>Any key stops it: Enter, Space or Escape, or the button.</source>
        <translation>Любая клавиша останавливает отсчёт: Enter, пробел или Escape, а также кнопка.</translation>
    </message>
    <message>
        <source>&amp;Cancel the wipe</source>
        <translation>&amp;Отменить стирание</translation>
    </message>
    <message numerus="yes">
        <source>Wiping the keys in %n second(s)…</source>
        <translation>
            <numerusform>Ключи будут стёрты через %n секунду…</numerusform>
            <numerusform>Ключи будут стёрты через %n секунды…</numerusform>
            <numerusform>Ключи будут стёрты через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Стирание…</translation>
    </message>
    <message>
        <source>Still true: an SSD or a USB stick may keep old blocks of the key file; a disk image or backup taken before the wipe, with the passphrase or the recovery code, still opens that copy; colleagues keep the bundles you sealed to them.</source>
        <translation>По-прежнему верно: SSD или флешка могут хранить старые блоки файла ключей; образ диска или резервная копия, сделанные до стирания, вместе с парольной фразой или кодом восстановления открывают эту копию; у коллег остаются пакеты, которые вы для них запечатали.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The keys were not wiped: %1</source>
        <translation>Ключи не стёрты: %1</translation>
    </message>
    <message>
        <source>Done in %1 s. Overwritten and removed: %2.</source>
        <translation>Готово за %1 с. Перезаписано и удалено: %2.</translation>
    </message>
    <message>
        <source>Neither the passphrase nor the recovery code opens this vault any more.</source>
        <translation>Ни парольная фраза, ни код восстановления больше не открывают это хранилище.</translation>
    </message>
    <message>
        <source>The vault folder was removed as well.</source>
        <translation>Папка хранилища тоже удалена.</translation>
    </message>
    <message>
        <source>vault.db stays in its folder: random bytes to anyone, you included. casebook will say that its key file is missing.</source>
        <translation>vault.db остаётся в своей папке: для всех, включая вас, это случайные байты. casebook сообщит, что файла ключей нет.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Uses the person withdraws</source>
        <translation>Что человек отзывает</translation>
    </message>
    <message>
        <source>The person has agreed to nothing that could be withdrawn.</source>
        <translation>Человек не давал согласия, которое можно отозвать.</translation>
    </message>
    <message>
        <source>%1 withdraws consent. The decision is recorded and signed; earlier decisions stay in the history. From now on nothing that names them goes out for these uses.</source>
        <translation>%1 отзывает согласие. Решение записывается и подписывается; прежние решения остаются в истории. С этого момента ничто, что называет этого человека, не уходит для этих целей.</translation>
    </message>
    <message>
        <source>Who already has the name</source>
        <translation>У кого уже есть имя</translation>
    </message>
    <message>
        <source>Reports that carried the name</source>
        <translation>Отчёты, в которых было имя</translation>
    </message>
    <message>
        <source>Withdrawn: %1.</source>
        <translation>Отозвано: %1.</translation>
    </message>
    <message>
        <source>Erase “%1”…</source>
        <translation>Стереть «%1»…</translation>
    </message>
    <message>
        <source>Erase “%1”</source>
        <translation>Стереть «%1»</translation>
    </message>
    <message>
        <source>Forget it here and ask every colleague&apos;s casebook to forget it.</source>
        <translation>Забыть здесь и попросить casebook каждого коллеги забыть это.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>No colleague received the name from you in a bundle. Copies on USB sticks, in printouts and in reports stay with whoever has them.</source>
        <translation>Никто из коллег не получал это имя от вас в пакете. Копии на флешках, в распечатках и отчётах остаются у тех, у кого они есть.</translation>
    </message>
    <message>
        <source>These colleagues already received the name from you:</source>
        <translation>Эти коллеги уже получили имя от вас:</translation>
    </message>
    <message>
        <source>someone no longer among your colleagues (key %1)</source>
        <translation>человек, которого больше нет среди ваших коллег (ключ %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bundle(s) (no. %2), the last sealed on %3</source>
        <translation>
            <numerusform>%1: %n пакет (№ %2) от %3</numerusform>
            <numerusform>%1: %n пакета (№ %2), последний от %3</numerusform>
            <numerusform>%1: %n пакетов (№ %2), последний от %3</numerusform>
        </translation>
    </message>
    <message>
        <source>They keep their copies until their casebook honours an erasure request, which casebook cannot prove. To ask, erase the name here:</source>
        <translation>Их копии остаются, пока их программа не выполнит запрос на стирание, а доказать это casebook не может. Чтобы попросить, сотрите имя здесь:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a case on the left, or create one with “New case”.</source>
        <translation>Выберите дело слева или создайте новое кнопкой «Новое дело».</translation>
    </message>
    <message>
        <source>Welcome to casebook. This vault has no cases yet.

First steps: press New case… (Ctrl+N) and type the title. In the case, add the people, the events (what happened and when), interviews with notes typed live, and files such as scans and photos. Everything is saved, encrypted, as you type.

To look around first, make a vault of fictional cases: run “casebook demo --vault ~/casebook-demo” in a terminal, then open that folder with Vault → Open another vault… (after locking).

To work with a colleague: Exchange → Peers… → Save my card…, give them the file and add theirs with Add from card file…; compare the safety numbers in person or on a call; then send cases with Exchange → Export bundle… on a USB drive.</source>
        <translation>Добро пожаловать в casebook. В этом хранилище пока нет дел.

Первые шаги: нажмите «Новое дело…» (Ctrl+N) и введите название. В деле добавьте людей, события (что и когда произошло), интервью с заметками по ходу разговора и файлы — сканы, фотографии. Всё сохраняется в зашифрованном виде по мере ввода.

Чтобы сначала осмотреться, создайте хранилище с вымышленными делами: выполните в терминале «casebook demo --vault ~/casebook-demo», затем откройте эту папку через «Хранилище → Открыть другое хранилище…» (после блокировки).

Чтобы работать с коллегой: «Обмен → Коллеги… → Сохранить мою карточку…», передайте файл коллеге и добавьте его карточку кнопкой «Добавить из карточки…»; сверьте коды безопасности лично или по телефону; затем передавайте дела через «Обмен → Экспорт пакета…» на флешке.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>Укажите название дела.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Delete the case «%1»? It leaves the case list with its people, events, interviews and files; the history keeps everything recorded.</source>
        <translation>Удалить дело «%1»? Оно исчезнет из списка вместе с людьми, событиями, интервью и файлами; в истории сохранится всё записанное.</translation>
    </message>
</context>
</TS>
