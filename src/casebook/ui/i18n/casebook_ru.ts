<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddPeerDialog</name>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="74"/>
        <location filename="../peers/add_peer_dialog.py" line="114"/>
        <source>Add a colleague</source>
        <translation>Добавить коллегу</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="79"/>
        <source>Ask your colleague for their identity card: a small file from casebook (Exchange → Peers → Save my card…). It holds public keys only, no name.</source>
        <translation>Попросите у коллеги карточку: небольшой файл из casebook (Обмен → Коллеги → Сохранить мою карточку…). В ней только открытые ключи, без имени.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="87"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="88"/>
        <source>Card file</source>
        <translation>Файл карточки</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="89"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="90"/>
        <location filename="../peers/add_peer_dialog.py" line="130"/>
        <source>Choose the card file</source>
        <translation>Выбрать файл карточки</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="95"/>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="97"/>
        <source>Safety number</source>
        <translation>Код безопасности</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="100"/>
        <source>A name only you will see</source>
        <translation>Имя, которое увидите только вы</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="101"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="103"/>
        <source>&amp;Card file:</source>
        <translation>&amp;Файл карточки:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="104"/>
        <source>Key id:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="105"/>
        <source>Safety number:</source>
        <translation>Код безопасности:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="110"/>
        <source>&amp;Add colleague</source>
        <translation>&amp;Добавить коллегу</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="150"/>
        <source>This file is not a casebook identity card, or it is damaged. Ask your colleague to save their card again.</source>
        <translation>Этот файл — не карточка casebook, или он повреждён. Попросите коллегу сохранить карточку ещё раз.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="162"/>
        <source>This is your own card.</source>
        <translation>Это ваша собственная карточка.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="165"/>
        <source>This colleague is already a peer: %1.</source>
        <translation>Этот коллега уже добавлен: %1.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="179"/>
        <source>Another colleague already has this name.</source>
        <translation>Это имя уже носит другой коллега.</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../peers/alerts_dialog.py" line="119"/>
        <location filename="../peers/alerts_dialog.py" line="132"/>
        <location filename="../peers/alerts_dialog.py" line="149"/>
        <source>Compromise alerts</source>
        <translation>Тревоги компрометации</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="123"/>
        <source>An alert means a colleague&apos;s keys signed two different histories: someone else may hold their keys. The bundle that showed it was refused. Revoke that colleague with a cut-off before the number shown, and ask them in person what happened.</source>
        <translation>Тревога означает, что ключи коллеги подписали две разные истории: его ключи могут быть в чужих руках. Пакет, в котором это обнаружилось, отклонён. Отзовите этого коллегу с границей до указанного номера и лично спросите, что произошло.</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="133"/>
        <source>No compromise alerts.</source>
        <translation>Тревог компрометации нет.</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="135"/>
        <source>About the chosen alert</source>
        <translation>О выбранной тревоге</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="136"/>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Отметить как просмотренную</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="137"/>
        <source>&amp;Revoke this colleague…</source>
        <translation>Отоз&amp;вать этого коллегу…</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="194"/>
        <source>Whose keys: %1 (key %2).</source>
        <translation>Чьи ключи: %1 (ключ %2).</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="197"/>
        <source>Found in a bundle sealed by: %1.</source>
        <translation>Обнаружено в пакете, который запечатал(а): %1.</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="203"/>
        <source>Revoke them, keeping their bundles up to no. %1 at most.</source>
        <translation>Отзовите коллегу, сохранив его пакеты не дальше № %1.</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../peers/alerts_dialog.py" line="42"/>
        <source>two different bundles with one number</source>
        <translation>два разных пакета с одним номером</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="43"/>
        <source>two different histories of bundles</source>
        <translation>две разные истории пакетов</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="44"/>
        <source>one bundle id on two different bundles</source>
        <translation>один идентификатор у двух разных пакетов</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="45"/>
        <source>two different changes with one number</source>
        <translation>два разных изменения с одним номером</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="86"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (№ %2)</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="91"/>
        <source>seen</source>
        <translation>просмотрена</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="91"/>
        <source>NEW</source>
        <translation>НОВАЯ</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="97"/>
        <source>Found</source>
        <translation>Обнаружена</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="98"/>
        <source>Whose keys</source>
        <translation>Чьи ключи</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="99"/>
        <source>What they signed</source>
        <translation>Что подписано</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="100"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="167"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="163"/>
        <source>Progress of the import</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="164"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="165"/>
        <source>What was imported</source>
        <translation>Что импортировано</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../models/attachments.py" line="83"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="84"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="85"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="86"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="87"/>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 при приёме</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../workspace/attachments_tab.py" line="59"/>
        <source>Attachments of this case</source>
        <translation>Вложения этого дела</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="63"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="64"/>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="65"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="66"/>
        <source>E&amp;rase file…</source>
        <translation>Ст&amp;ереть файл…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="69"/>
        <source>Erase file</source>
        <translation>Стереть файл</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="70"/>
        <source>Deletes this file and its details for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет файл и сведения о нём и просит коллег сделать то же.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="73"/>
        <source>Or drop files here. They are encrypted into the vault; the originals stay.</source>
        <translation>Или перетащите файлы сюда. Они будут зашифрованы в хранилище; оригиналы останутся на месте.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="78"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="80"/>
        <location filename="../workspace/attachments_tab.py" line="257"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="152"/>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="190"/>
        <source>Adding %1</source>
        <translation>Добавляется %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/attachments_tab.py" line="192"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="249"/>
        <source>Export a decrypted copy</source>
        <translation>Экспорт расшифрованной копии</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="251"/>
        <source>The exported copy is not encrypted. Anyone who gets the disk or the USB drive it is written to can read it, and deleting it later may not erase it. Export only when you must hand the file to someone or to a court.</source>
        <translation>Экспортированная копия не зашифрована. Её сможет прочитать любой, кто получит диск или флешку, на которую она записана, а удаление может не стереть её полностью. Экспортируйте, только если файл нужно передать человеку или в суд.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="256"/>
        <source>Choose where to export…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="269"/>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="279"/>
        <source>Exporting %1</source>
        <translation>Экспортируется %1</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="292"/>
        <source>Exported. The copy is not encrypted.</source>
        <translation>Экспортировано. Копия не зашифрована.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="210"/>
        <source>%1 was not added: %2</source>
        <translation>«%1» не добавлен: %2</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../viewer/audio.py" line="47"/>
        <source>&amp;Play</source>
        <translation>&amp;Воспроизвести</translation>
    </message>
    <message>
        <location filename="../viewer/audio.py" line="48"/>
        <source>Pa&amp;use</source>
        <translation>Па&amp;уза</translation>
    </message>
    <message>
        <location filename="../viewer/audio.py" line="52"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
</context>
<context>
    <name>BundleRefusals</name>
    <message>
        <location filename="../bundles/refusals.py" line="20"/>
        <source>The file is damaged, or it is not a valid bundle.</source>
        <translation>Файл повреждён или не является пакетом.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="23"/>
        <source>This bundle was not sealed to you. Only the colleagues it was sealed to can open it.</source>
        <translation>Этот пакет запечатан не для вас. Открыть его могут только те, для кого он запечатан.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="27"/>
        <source>It was sealed by someone who is not among your peers. Add their card first (Exchange → Peers…), compare safety numbers, then import it again.</source>
        <translation>Пакет запечатал человек, которого нет среди ваших коллег. Сначала добавьте его карточку (Обмен → Коллеги…), сверьте коды безопасности и импортируйте пакет снова.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="32"/>
        <source>It was sealed by a colleague you revoked, after the cut-off you set. Their keys may be in someone else&apos;s hands.</source>
        <translation>Пакет запечатан отозванным коллегой после заданной вами границы. Его ключи могут быть в чужих руках.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="37"/>
        <source>It was re-sealed by someone other than the colleague who signed it: it was forwarded to you. Ask the colleague who made it to seal it to you themselves.</source>
        <translation>Пакет перезапечатал не тот коллега, который его подписал: его вам переслали. Попросите автора запечатать пакет для вас самостоятельно.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="42"/>
        <source>The file is incomplete (perhaps the drive was pulled out while copying). Copy it again and retry.</source>
        <translation>Файл неполный (возможно, накопитель вынули во время копирования). Скопируйте его заново и повторите.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="47"/>
        <source>The file was changed after it was sealed: damaged on the drive, or altered on purpose.</source>
        <translation>Файл изменён после запечатывания: повреждён на накопителе или подменён намеренно.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="51"/>
        <source>A part of this bundle is missing. Copy all of its parts (.001, .002, …) into one folder and retry.</source>
        <translation>Не хватает части пакета. Скопируйте все части (.001, .002, …) в одну папку и повторите.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="56"/>
        <source>A length inside the file is beyond what casebook accepts.</source>
        <translation>Длина внутри файла превышает допустимую для casebook.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="59"/>
        <source>This is not a casebook bundle. If it is an age file from elsewhere, open it with age.</source>
        <translation>Это не пакет casebook. Если это файл age из другого источника, откройте его программой age.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="63"/>
        <source>Its signature does not verify: it cannot be proved who sealed it.</source>
        <translation>Подпись не сходится: невозможно доказать, кто запечатал пакет.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="66"/>
        <source>It was made by a newer version of casebook. Update casebook to open it.</source>
        <translation>Пакет создан более новой версией casebook. Обновите casebook, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="90"/>
        <source>Nothing was changed.</source>
        <translation>Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="74"/>
        <source>This copy is damaged, but you already have its contents: this bundle was imported before from an intact copy.</source>
        <translation>Эта копия повреждена, но её содержимое у вас уже есть: этот пакет был импортирован раньше из неповреждённой копии.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../models/case_list.py" line="168"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="169"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="170"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="185"/>
        <source>This case has conflicting edits</source>
        <translation>В этом деле есть противоречащие правки</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../workspace/case_list.py" line="41"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="88"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="51"/>
        <source>Show cases with status</source>
        <translation>Показать дела со статусом</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="53"/>
        <source>Filter by title…</source>
        <translation>Фильтр по названию…</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="55"/>
        <source>Filter cases by title</source>
        <translation>Фильтр дел по названию</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="56"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/case_list.py" line="116"/>
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
        <location filename="../workspace/case_view.py" line="63"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="64"/>
        <source>&amp;Overview</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="65"/>
        <source>&amp;People</source>
        <translation>&amp;Люди</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="66"/>
        <source>E&amp;vents</source>
        <translation>&amp;События</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="67"/>
        <source>&amp;Interviews</source>
        <translation>&amp;Интервью</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="68"/>
        <source>A&amp;ttachments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="69"/>
        <source>Hi&amp;story</source>
        <translation>Ис&amp;тория</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../bundles/export_cases.py" line="41"/>
        <source>What to seal</source>
        <translation>Что запечатать</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="44"/>
        <source>A bundle normally carries every change your recipients do not have yet. Choose cases only to hand over part of your work.</source>
        <translation>Обычно пакет несёт все изменения, которых у получателей ещё нет. Выбирайте дела, только если передаёте часть работы.</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="48"/>
        <source>&amp;Everything the recipients do not have yet</source>
        <translation>&amp;Всё, чего у получателей ещё нет</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="49"/>
        <source>&amp;Only these cases (all of their history):</source>
        <translation>&amp;Только эти дела (со всей историей):</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="52"/>
        <source>Filter by title</source>
        <translation>Фильтр по названию</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="54"/>
        <source>Filter cases by title</source>
        <translation>Фильтр дел по названию</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="59"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="94"/>
        <source>%1 of %2 cases chosen</source>
        <translation>Выбрано дел: %1 из %2</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="51"/>
        <source>Change passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="55"/>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="58"/>
        <source>The new passphrase replaces the old one at once. The recovery code keeps working, and the cases themselves are not touched.</source>
        <translation>Новая парольная фраза сразу заменит старую. Код восстановления продолжит работать, а сами дела не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="65"/>
        <source>or the recovery code</source>
        <translation>или код восстановления</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="68"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="69"/>
        <source>Type the passphrase you unlock with now, or the recovery code.</source>
        <translation>Введите парольную фразу, которой вы сейчас разблокируете хранилище, или код восстановления.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="74"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="76"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="76"/>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторите её:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="76"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="81"/>
        <source>Changing the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="89"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="125"/>
        <source>Type the current passphrase or the recovery code.</source>
        <translation>Введите текущую парольную фразу или код восстановления.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="151"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="155"/>
        <source>The passphrase is changed: unlock with the new one from now on. Your recovery code still works as before.</source>
        <translation>Парольная фраза изменена: теперь разблокируйте хранилище новой. Код восстановления работает, как и прежде.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="165"/>
        <source>Changing the passphrase… this takes about a second.</source>
        <translation>Парольная фраза меняется… это займёт около секунды.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="50"/>
        <source>Resolve a conflict</source>
        <translation>Разрешить противоречие</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="57"/>
        <source>%1, field “%2”, was changed in different places at the same time. Choose the version to keep. The others stay in the history.</source>
        <translation>%1: поле «%2» изменили в разных местах одновременно. Выберите версию, которую нужно оставить. Остальные сохранятся в истории.</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="70"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="74"/>
        <source>Conflicting edits</source>
        <translation>Противоречащие правки</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="85"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="87"/>
        <source>By %1, %2</source>
        <translation>Автор: %1, %2</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="89"/>
        <source>(shown for now)</source>
        <translation>(показывается пока)</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="115"/>
        <source>&amp;Keep this version</source>
        <translation>&amp;Оставить эту версию</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../unlock/create_panel.py" line="98"/>
        <source>Create a vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="100"/>
        <source>There is no vault here yet: %1</source>
        <translation>Здесь ещё нет хранилища: %1</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="106"/>
        <source>Choose a passphrase of four or more random words. It protects every case in the vault; nobody can reset it. You will also get a recovery code.</source>
        <translation>Придумайте парольную фразу из четырёх или более случайных слов. Она защищает все дела в хранилище; сбросить её не может никто. Вы также получите код восстановления.</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="117"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="120"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="126"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="126"/>
        <source>&amp;Repeat it:</source>
        <translation>По&amp;вторите её:</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="126"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="172"/>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="175"/>
        <source>Measuring this computer&apos;s speed, so that guessing the passphrase is slow for an attacker but unlocking takes you about a second…</source>
        <translation>Измеряется скорость этого компьютера, чтобы подбор парольной фразы был медленным для злоумышленника, а разблокировка занимала у вас около секунды…</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="182"/>
        <source>Progress of vault creation</source>
        <translation>Ход создания хранилища</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="196"/>
        <source>Writing the encrypted vault…</source>
        <translation>Записывается зашифрованное хранилище…</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="212"/>
        <source>&amp;Continue to my cases</source>
        <translation>&amp;Перейти к делам</translation>
    </message>
</context>
<context>
    <name>DeadlinesEditor</name>
    <message>
        <location filename="../workspace/deadlines.py" line="33"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="33"/>
        <source>What is due</source>
        <translation>Что нужно сделать</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="41"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="42"/>
        <source>Add deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="43"/>
        <source>Remove deadline</source>
        <translation>Удалить срок</translation>
    </message>
</context>
<context>
    <name>DeepEraseDialog</name>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="55"/>
        <location filename="../vault/deep_erase_dialog.py" line="60"/>
        <source>Deep erase</source>
        <translation>Глубокое стирание</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="63"/>
        <source>Deep erase rewrites the whole vault under a new master key and destroys the old one. Erased values may still lie in old blocks of this drive (SSDs and flash drives keep them); those blocks then belong to a key that no longer exists anywhere, and cannot be read.</source>
        <translation>Глубокое стирание перезаписывает всё хранилище под новым мастер-ключом и уничтожает старый. Стёртые сведения ещё могут оставаться в старых блоках этого диска (SSD и флешки их хранят), но эти блоки будут зашифрованы ключом, которого больше нигде нет, и прочитать их станет невозможно.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="73"/>
        <source>You get a new recovery code at the end: the code you wrote down before stops working. Your passphrase stays the same.</source>
        <translation>В конце вы получите новый код восстановления: записанный ранее код перестанет действовать. Парольная фраза останется прежней.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="81"/>
        <source>What it cannot do: a copy of the vault taken before today (a disk image, a backup) still opens with your passphrase, so anyone who holds such a copy and forces you to tell the passphrase can read it, erased values included. Bundles already sent and colleagues&apos; copies are not touched.</source>
        <translation>Чего оно не может: копия хранилища, снятая раньше (образ диска, резервная копия), по-прежнему открывается вашей парольной фразой. Тот, у кого есть такая копия и кто вынудит вас назвать парольную фразу, прочитает её вместе со стёртыми сведениями. Уже отправленные пакеты и копии у коллег не затрагиваются.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="93"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="94"/>
        <source>Type the passphrase you unlock with; the recovery code is not accepted.</source>
        <translation>Введите парольную фразу, которой вы открываете хранилище; код восстановления здесь не принимается.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="98"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="101"/>
        <source>Deep erase progress</source>
        <translation>Ход глубокого стирания</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="108"/>
        <source>&amp;Deep erase</source>
        <translation>&amp;Глубокое стирание</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="111"/>
        <location filename="../vault/deep_erase_dialog.py" line="219"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="125"/>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="129"/>
        <source>The vault is now under a new master key. The recovery code you wrote down before no longer works.</source>
        <translation>Хранилище теперь зашифровано новым мастер-ключом. Записанный ранее код восстановления больше не действует.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="161"/>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="193"/>
        <location filename="../vault/deep_erase_dialog.py" line="216"/>
        <source>Checking the passphrase and making the new keys…</source>
        <translation>Проверка парольной фразы и создание новых ключей…</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="195"/>
        <source>Copying the vault under the new key…</source>
        <translation>Копирование хранилища под новым ключом…</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="219"/>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="225"/>
        <source>Stopping…</source>
        <translation>Остановка…</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../bundles/export_destination.py" line="42"/>
        <source>Where to write it</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="45"/>
        <source>Choose a folder, usually on the USB drive. The file gets a neutral random name that says nothing about the cases or casebook.</source>
        <translation>Выберите папку, обычно на флешке. Файл получит нейтральное случайное имя, которое ничего не говорит ни о делах, ни о casebook.</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="50"/>
        <source>No folder chosen</source>
        <translation>Папка не выбрана</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="51"/>
        <source>Destination folder</source>
        <translation>Папка назначения</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="52"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="53"/>
        <location filename="../bundles/export_destination.py" line="84"/>
        <source>Choose the destination folder</source>
        <translation>Выбрать папку назначения</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="58"/>
        <source>Automatically (4 GiB parts on FAT32 drives)</source>
        <translation>Автоматически (части по 4 ГиБ на накопителях FAT32)</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="59"/>
        <source>650 MiB parts (CD)</source>
        <translation>Части по 650 МиБ (CD)</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="60"/>
        <source>4 GiB parts</source>
        <translation>Части по 4 ГиБ</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="61"/>
        <source>Parts of my own size…</source>
        <translation>Части своего размера…</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="62"/>
        <source>Split into parts</source>
        <translation>Разбить на части</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="64"/>
        <source>for example 700M or 2G</source>
        <translation>например, 700M или 2G</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="65"/>
        <source>Size of each part</source>
        <translation>Размер каждой части</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="68"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="69"/>
        <source>&amp;Split:</source>
        <translation>&amp;Части:</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="70"/>
        <source>Part si&amp;ze:</source>
        <translation>&amp;Размер части:</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="102"/>
        <source>This folder does not exist. Is the drive connected?</source>
        <translation>Такой папки нет. Накопитель подключён?</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="107"/>
        <source>Write a size such as 700M or 2G (at least 1M).</source>
        <translation>Укажите размер, например 700M или 2G (не меньше 1M).</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../erasure/erase_dialog.py" line="91"/>
        <source>Erase</source>
        <translation>Стирание</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="95"/>
        <source>Erase this field</source>
        <translation>Стереть это поле</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="95"/>
        <source>Erase this record</source>
        <translation>Стереть эту запись</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="98"/>
        <source>What is erased</source>
        <translation>Что стирается</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="103"/>
        <source>Choose a reason</source>
        <translation>Выберите причину</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="106"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="107"/>
        <source>Colleagues see this reason with the erasure request; it is never free text.</source>
        <translation>Коллеги увидят эту причину вместе с запросом на стирание; произвольный текст не передаётся.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="111"/>
        <source>What:</source>
        <translation>Что:</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="112"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="114"/>
        <location filename="../erasure/erase_dialog.py" line="116"/>
        <source>Who already has a copy</source>
        <translation>У кого уже есть копия</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="115"/>
        <source>Looking at what was sent…</source>
        <translation>Проверяем, что уже было отправлено…</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="119"/>
        <source>Copies on USB sticks, in printouts and in reports stay with whoever has them: casebook cannot reach them.</source>
        <translation>Копии на флешках, в распечатках и в отчётах остаются у тех, у кого они есть: до них casebook не дотянуться.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="133"/>
        <source>&amp;Erase</source>
        <translation>&amp;Стереть</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="173"/>
        <source>%1, field “%2”</source>
        <translation>%1, поле «%2»</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="178"/>
        <source>%1, with every field and its %n note(s)</source>
        <translation>
            <numerusform>%1, все поля и %n заметка</numerusform>
            <numerusform>%1, все поля и %n заметки</numerusform>
            <numerusform>%1, все поля и %n заметок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="181"/>
        <source>%1, with everything in it (%n record(s))</source>
        <translation>
            <numerusform>%1 со всем, что в нём (%n запись)</numerusform>
            <numerusform>%1 со всем, что в нём (%n записи)</numerusform>
            <numerusform>%1 со всем, что в нём (%n записей)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="184"/>
        <source>%1, with every field</source>
        <translation>%1, все поля</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="189"/>
        <source>This field holds nothing to erase.</source>
        <translation>В этом поле нечего стирать.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="193"/>
        <source>Here, %n value(s) are deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that it was erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</source>
        <translation>
            <numerusform>Здесь безвозвратно удаляется %n значение — текущее и все прежние версии — из записи, её истории, поиска и неотправленных черновиков. В истории останется строка о том, что оно стёрто, когда, кем и почему. Коллеги получат запрос на стирание со следующим пакетом, который вы им отправите.</numerusform>
            <numerusform>Здесь безвозвратно удаляются %n значения — текущее и все прежние версии — из записи, её истории, поиска и неотправленных черновиков. В истории останется строка о том, что они стёрты, когда, кем и почему. Коллеги получат запрос на стирание со следующим пакетом, который вы им отправите.</numerusform>
            <numerusform>Здесь безвозвратно удаляются %n значений — текущее и все прежние версии — из записи, её истории, поиска и неотправленных черновиков. В истории останется строка о том, что они стёрты, когда, кем и почему. Коллеги получат запрос на стирание со следующим пакетом, который вы им отправите.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="207"/>
        <source>No colleague received this from you in a bundle.</source>
        <translation>Никто из коллег не получал это от вас в пакете.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="209"/>
        <source>These colleagues already received it from you:</source>
        <translation>Эти коллеги уже получили это от вас:</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="212"/>
        <source>Their copies remain until their casebook honours the erasure request. Casebook cannot prove that it did.</source>
        <translation>Их копии сохранятся, пока их casebook не выполнит запрос на стирание. Доказать, что он его выполнил, casebook не может.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="223"/>
        <source>someone no longer among your colleagues (key %1)</source>
        <translation>человек, которого больше нет среди ваших коллег (ключ %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="228"/>
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
        <location filename="../erasure/reasons.py" line="19"/>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="20"/>
        <source>Someone&apos;s safety</source>
        <translation>Угроза безопасности человека</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="21"/>
        <source>Entered by mistake</source>
        <translation>Внесено по ошибке</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="22"/>
        <source>Court order</source>
        <translation>Решение суда</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="23"/>
        <source>Another reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <location filename="../erasure/fields.py" line="31"/>
        <source>&amp;Erase this field…</source>
        <translation>&amp;Стереть это поле…</translation>
    </message>
    <message>
        <location filename="../erasure/fields.py" line="76"/>
        <source>The colleague who wrote this value did not share it with you, so it cannot be changed here.</source>
        <translation>Коллега, внёсший это значение, не передал его вам, поэтому изменить его здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>ErasureRequestsDialog</name>
    <message>
        <location filename="../erasure/requests_dialog.py" line="44"/>
        <location filename="../erasure/requests_dialog.py" line="87"/>
        <source>Erasure requests</source>
        <translation>Запросы на стирание</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="48"/>
        <source>Values erased here, by you or at a colleague&apos;s request. When a colleague asks to erase a value that someone else wrote, casebook hides it at once and waits for you: confirm the erasure to delete it from this laptop for good.</source>
        <translation>Сведения, стёртые здесь вами или по запросу коллеги. Если коллега просит стереть значение, внесённое кем-то другим, casebook сразу его скрывает и ждёт вашего решения: подтвердите стирание, чтобы безвозвратно удалить его с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="56"/>
        <source>Erasures</source>
        <translation>Стирания</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="69"/>
        <source>Nothing has been erased in this vault.</source>
        <translation>В этом хранилище ничего не стиралось.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="71"/>
        <source>About the chosen erasure</source>
        <translation>О выбранном стирании</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="72"/>
        <source>&amp;Confirm erasure</source>
        <translation>&amp;Подтвердить стирание</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="75"/>
        <source>Confirm erasure</source>
        <translation>Подтвердить стирание</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="76"/>
        <source>Deletes the hidden value from this laptop for good.</source>
        <translation>Безвозвратно удаляет скрытое значение с этого компьютера.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="84"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="138"/>
        <source>%1 asked to erase: %2.</source>
        <translation>%1 — запрос на стирание: %2.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="141"/>
        <source>Reason: %1.</source>
        <translation>Причина: %1.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="144"/>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/requests_dialog.py" line="148"/>
        <source>%n value(s) are hidden here already: not shown, not searched, not sent to anyone. Confirming deletes them from this laptop for good; it cannot be undone. Until then they stay hidden, in case the request did not really come from your colleague.</source>
        <translation>
            <numerusform>%n значение здесь уже скрыто: не показывается, не ищется и никому не отправляется. Подтверждение безвозвратно удалит его с этого компьютера, отменить это нельзя. До тех пор оно остаётся скрытым — на случай, если запрос на самом деле исходит не от вашего коллеги.</numerusform>
            <numerusform>%n значения здесь уже скрыты: не показываются, не ищутся и никому не отправляются. Подтверждение безвозвратно удалит их с этого компьютера, отменить это нельзя. До тех пор они остаются скрытыми — на случай, если запрос на самом деле исходит не от вашего коллеги.</numerusform>
            <numerusform>%n значений здесь уже скрыты: не показываются, не ищутся и никому не отправляются. Подтверждение безвозвратно удалит их с этого компьютера, отменить это нельзя. До тех пор они остаются скрытыми — на случай, если запрос на самом деле исходит не от вашего коллеги.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="163"/>
        <source>Received the erasure request: %1. Casebook cannot prove that their copies are gone.</source>
        <translation>Запрос на стирание получили: %1. Доказать, что их копии уничтожены, casebook не может.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="170"/>
        <source>No colleague has received the erasure request yet. It goes out with your next bundle to each of them.</source>
        <translation>Запрос на стирание пока не получил никто из коллег. Он уйдёт каждому со следующим пакетом, который вы ему отправите.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/requests_dialog.py" line="175"/>
        <source>Deleted from this vault: %n value(s).</source>
        <translation>
            <numerusform>Удалено из этого хранилища: %n значение.</numerusform>
            <numerusform>Удалено из этого хранилища: %n значения.</numerusform>
            <numerusform>Удалено из этого хранилища: %n значений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/requests_dialog.py" line="179"/>
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
        <location filename="../models/erasures.py" line="114"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="123"/>
        <source>%1, the whole record</source>
        <translation>%1, запись целиком</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="129"/>
        <source>hidden here, waiting for your confirmation</source>
        <translation>скрыто здесь, ждёт вашего подтверждения</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="132"/>
        <source>erased here; request not received yet</source>
        <translation>стёрто здесь; запрос ещё никто не получил</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="134"/>
        <source>erased here; request received by: %1</source>
        <translation>стёрто здесь; запрос получили: %1</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="136"/>
        <source>erased here</source>
        <translation>стёрто здесь</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="138"/>
        <source>not received here; it will never be kept</source>
        <translation>сюда не поступало и сохранено не будет</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="139"/>
        <source>nothing of it is held here</source>
        <translation>здесь ничего из этого нет</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="156"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="157"/>
        <source>Who asked</source>
        <translation>Кто просит</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="158"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="159"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="160"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../crash.py" line="77"/>
        <source>casebook</source>
        <translation>casebook</translation>
    </message>
    <message>
        <location filename="../errors.py" line="42"/>
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, lock casebook and start it again.</source>
        <translation>Произошла непредвиденная ошибка. Всё сохранённое в безопасности. Если это повторится, заблокируйте casebook и запустите его снова.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="49"/>
        <source>The passphrase is wrong, or the vault&apos;s key file is damaged. Try again, or use the recovery code.</source>
        <translation>Неверная парольная фраза, или файл ключей хранилища повреждён. Попробуйте ещё раз или введите код восстановления.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="54"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Хранилище заблокировано. Разблокируйте его и повторите.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="55"/>
        <source>There is no vault in this folder. Create one, or choose another folder.</source>
        <translation>В этой папке нет хранилища. Создайте его или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="58"/>
        <source>A vault already exists in this folder. Choose an empty folder.</source>
        <translation>В этой папке уже есть хранилище. Выберите пустую папку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="61"/>
        <source>The vault is damaged. See what is damaged with Vault → Check vault integrity…, and restore from a bundle or a backup.</source>
        <translation>Хранилище повреждено. Проверьте, что именно повреждено (Хранилище → Проверить целостность…), и восстановите данные из пакета или резервной копии.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="66"/>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>Диск заполнен. Освободите место и повторите; ничего сохранённого не потеряно.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="69"/>
        <source>The drive could not be read or written. Check that it is connected and try again.</source>
        <translation>Не удалось прочитать диск или записать на него. Проверьте, что он подключён, и повторите.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="73"/>
        <source>The vault is busy: a casebook command or another casebook window is writing to it. Wait for it to finish and try again; nothing was changed.</source>
        <translation>Хранилище занято: в него сейчас записывает команда casebook или другое окно casebook. Дождитесь окончания и повторите; ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="78"/>
        <source>This vault is on a write-protected drive: it can be read, not changed. To change it, copy the vault folder to a writable drive.</source>
        <translation>Это хранилище находится на защищённом от записи диске: его можно читать, но не изменять. Чтобы изменять его, скопируйте папку хранилища на диск, доступный для записи.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="83"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="84"/>
        <source>This data failed its integrity check: it is damaged, truncated or forged.</source>
        <translation>Данные не прошли проверку целостности: они повреждены, обрезаны или подделаны.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="87"/>
        <source>COMPROMISE ALERT: a colleague&apos;s key signed two different histories. Nothing from this bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them in person what happened.</source>
        <translation>ТРЕВОГА: КЛЮЧ СКОМПРОМЕТИРОВАН. Ключом коллеги подписаны две разные истории. Из этого пакета ничего не применено. Отзовите этого коллегу с границей до расхождения и лично спросите, что произошло.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="93"/>
        <source>Some chosen colleagues are not verified yet. Compare safety numbers with them first, or confirm that you want to seal to them anyway.</source>
        <translation>Некоторые выбранные коллеги ещё не проверены. Сначала сверьте с ними коды безопасности или подтвердите, что всё равно хотите запечатать пакет для них.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="98"/>
        <source>A colleague&apos;s key signed two different histories: treat that key as compromised. Nothing after the fork is trusted.</source>
        <translation>Ключ коллеги подписал две разные истории: считайте этот ключ скомпрометированным. Всему, что после развилки, доверять нельзя.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="103"/>
        <source>The bundle was refused and nothing was changed.</source>
        <translation>Пакет отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>This key belongs to nobody you have added as a peer. Add their card first.</source>
        <translation>Этот ключ не принадлежит никому из добавленных вами коллег. Сначала добавьте их карточку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="107"/>
        <source>This record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112"/>
        <source>A number here is longer than any valid value: nothing was changed.</source>
        <translation>Здесь число длиннее любого допустимого значения: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="115"/>
        <source>This value is not valid here. Correct it and try again.</source>
        <translation>Это значение здесь недопустимо. Исправьте его и повторите.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="118"/>
        <source>The operation failed and nothing was changed. Try again.</source>
        <translation>Операция не удалась, ничего не изменено. Повторите попытку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="126"/>
        <source>There is no file at this place. Check the name, or choose the file again.</source>
        <translation>Здесь нет файла. Проверьте имя или выберите файл заново.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="129"/>
        <source>This is a folder, not a file. Choose the file itself.</source>
        <translation>Это папка, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="130"/>
        <source>This is a named pipe, not a file. Choose the file itself.</source>
        <translation>Это именованный канал, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="133"/>
        <source>This is a device, not a file. Choose the file itself.</source>
        <translation>Это устройство, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="134"/>
        <source>This is a socket, not a file. Choose the file itself.</source>
        <translation>Это сокет, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="109"/>
        <location filename="../errors.py" line="135"/>
        <source>This is not an ordinary file. Choose the file itself.</source>
        <translation>Это не обычный файл. Выберите сам файл.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../models/events.py" line="86"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="87"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="88"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="89"/>
        <source>Who took part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="97"/>
        <source>Has conflicting edits</source>
        <translation>Есть противоречащие правки</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="99"/>
        <source>Approximate date</source>
        <translation>Приблизительная дата</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../workspace/events_tab.py" line="48"/>
        <source>Events of this case</source>
        <translation>События этого дела</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="53"/>
        <source>&amp;Add event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="54"/>
        <location filename="../workspace/events_tab.py" line="186"/>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="55"/>
        <source>E&amp;rase event…</source>
        <translation>Ст&amp;ереть событие…</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="58"/>
        <source>Erase event</source>
        <translation>Стереть событие</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="59"/>
        <source>Deletes every value of this event for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет все сведения об этом событии и просит коллег сделать то же.</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="63"/>
        <source>Who took part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="64"/>
        <source>&amp;Who took part:</source>
        <translation>&amp;Участники:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="162"/>
        <source>Add an event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="163"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="163"/>
        <source>Wh&amp;en:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="164"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="165"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="187"/>
        <source>Delete this event from the case? The history keeps what was recorded.</source>
        <translation>Удалить это событие из дела? В истории сохранится всё записанное.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../bundles/export_wizard.py" line="67"/>
        <source>Export bundle</source>
        <translation>Экспорт пакета</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="64"/>
        <source>&amp;Seal</source>
        <translation>&amp;Запечатать</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="111"/>
        <source>Sealing: reading, encrypting and checking what was written…</source>
        <translation>Запечатывание: чтение, шифрование и проверка записанного…</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="119"/>
        <source>Not sealed</source>
        <translation>Не запечатано</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="122"/>
        <source>Cancelled. No bundle was written.</source>
        <translation>Отменено. Пакет не записан.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="127"/>
        <source>Sealed</source>
        <translation>Запечатано</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="128"/>
        <source>The bundle was written, read back and checked.</source>
        <translation>Пакет записан, прочитан обратно и проверен.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="136"/>
        <source>you</source>
        <translation>вас</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="138"/>
        <source>Bundle no. %1, for: %2.</source>
        <translation>Пакет № %1 для: %2.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="141"/>
        <source>Changes: %1. Attachments: %2 (%3).</source>
        <translation>Изменений: %1. Вложений: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="145"/>
        <source>Size on the drive: %1.</source>
        <translation>Размер на накопителе: %1.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="148"/>
        <source>In %1 parts: copy all of them.</source>
        <translation>В %1 частях: копируйте их все.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="151"/>
        <source>Your recipients already had everything: the bundle is empty.</source>
        <translation>У получателей уже всё было: пакет пуст.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="63"/>
        <location filename="../bundles/import_wizard.py" line="88"/>
        <source>Choose the bundle</source>
        <translation>Выберите пакет</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="66"/>
        <source>A bundle is a file a colleague sealed for you, usually on a USB drive. If it came in parts (.001, .002, …), choose any of them.</source>
        <translation>Пакет — это файл, который коллега запечатал для вас, обычно на флешке. Если он пришёл частями (.001, .002, …), выберите любую из них.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="71"/>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="72"/>
        <source>Bundle file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="73"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="74"/>
        <source>Choose the bundle file</source>
        <translation>Выбрать файл пакета</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="79"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/history.py" line="146"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="176"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="178"/>
        <source>file added</source>
        <translation>файл добавлен</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="181"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="181"/>
        <location filename="../models/history.py" line="189"/>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="183"/>
        <source>%1 (conflict resolved)</source>
        <translation>%1 (противоречие разрешено)</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="186"/>
        <source>erased (the whole record)</source>
        <translation>стёрто (вся запись)</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="187"/>
        <source>%1 erased</source>
        <translation>%1: стёрто</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="201"/>
        <source>conflict</source>
        <translation>противоречие</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="203"/>
        <source>replaced later</source>
        <translation>заменено позже</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="205"/>
        <source>clock far in the future</source>
        <translation>время далеко в будущем</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="211"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="212"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="213"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="214"/>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="215"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="216"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../workspace/history_tab.py" line="41"/>
        <source>Changes to this case</source>
        <translation>Изменения в этом деле</translation>
    </message>
    <message>
        <location filename="../workspace/history_tab.py" line="60"/>
        <source>Conflicting edits</source>
        <translation>Противоречащие правки</translation>
    </message>
    <message>
        <location filename="../workspace/history_tab.py" line="61"/>
        <source>&amp;Compare and resolve…</source>
        <translation>&amp;Сравнить и разрешить…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/history_tab.py" line="95"/>
        <source>%1 — %2: %n versions</source>
        <translation>
            <numerusform>%1 — %2: %n версия</numerusform>
            <numerusform>%1 — %2: %n версии</numerusform>
            <numerusform>%1 — %2: %n версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/history_tab.py" line="103"/>
        <source>%n field(s) have conflicting edits from different devices or people.</source>
        <translation>
            <numerusform>В %n поле противоречащие правки с разных устройств или от разных людей.</numerusform>
            <numerusform>В %n полях противоречащие правки с разных устройств или от разных людей.</numerusform>
            <numerusform>В %n полях противоречащие правки с разных устройств или от разных людей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="181"/>
        <source>Import bundle</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="177"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="214"/>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="238"/>
        <source>Sealed by you</source>
        <translation>Запечатан вами</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="239"/>
        <source>You sealed this bundle yourself, with this vault&apos;s keys.</source>
        <translation>Вы сами запечатали этот пакет ключами этого хранилища.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="248"/>
        <source>Sealed by %1</source>
        <translation>Запечатал(а): %1</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="283"/>
        <source>every change its sender&apos;s recipients did not have yet</source>
        <translation>все изменения, которых у получателей ещё не было</translation>
    </message>
    <message numerus="yes">
        <location filename="../bundles/import_wizard.py" line="285"/>
        <source>%n case(s), with all of their history</source>
        <translation>
            <numerusform>%n дело со всей историей</numerusform>
            <numerusform>%n дела со всей историей</numerusform>
            <numerusform>%n дел со всей историей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="287"/>
        <source>Bundle no. %1, sealed on %2.</source>
        <translation>Пакет № %1, запечатан %2.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="290"/>
        <source>It carries %1.</source>
        <translation>Содержимое: %1.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="291"/>
        <source>Changes: %1.</source>
        <translation>Изменений: %1.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="292"/>
        <source>Attachments: %1 (%2).</source>
        <translation>Вложений: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="295"/>
        <source>Recipients: %1.</source>
        <translation>Получателей: %1.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="296"/>
        <source>Size: %1 in %2 file(s).</source>
        <translation>Размер: %1, файлов: %2.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="312"/>
        <source>Import checks every signature and every attachment again, then applies all of it at once, or nothing.</source>
        <translation>Импорт ещё раз проверит каждую подпись и каждое вложение, а затем применит всё сразу — или ничего.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="331"/>
        <source>Checking and applying the bundle…</source>
        <translation>Проверка и применение пакета…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="339"/>
        <source>Not imported</source>
        <translation>Не импортировано</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="342"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="347"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="356"/>
        <source>This bundle was already imported: nothing changed.</source>
        <translation>Этот пакет уже импортирован: ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="357"/>
        <source>Every signature and attachment checked out; all of it was applied.</source>
        <translation>Все подписи и вложения проверены; всё применено.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="362"/>
        <source>Changes: %1, of which %2 new.</source>
        <translation>Изменений: %1, из них новых: %2.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="365"/>
        <source>Attachments: %1, of which %2 new.</source>
        <translation>Вложений: %1, из них новых: %2.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="372"/>
        <source>Conflicts: %1. Colleagues edited the same thing differently; each case&apos;s History tab shows them side by side to resolve.</source>
        <translation>Конфликтов: %1. Коллеги по-разному изменили одно и то же; вкладка «История» каждого дела показывает варианты рядом, чтобы выбрать.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="377"/>
        <source>Conflicts: none.</source>
        <translation>Конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="381"/>
        <source>%1 change(s) signed by colleagues you revoked, after their cut-off, were left out. Tell the sender whom you revoked.</source>
        <translation>Изменений, подписанных отозванными коллегами после границы, пропущено: %1. Сообщите отправителю, кого вы отозвали.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="387"/>
        <source>The sender has a new encryption key; your next bundles to them use it.</source>
        <translation>У отправителя новый ключ шифрования; следующие пакеты для него будут запечатаны на него.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="392"/>
        <source>%1 change(s) are dated in the future: the sender&apos;s clock may be wrong.</source>
        <translation>Изменений с датой в будущем: %1. Возможно, часы отправителя спешат.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="398"/>
        <source>The sender is not verified yet: compare safety numbers before you rely on what they sent.</source>
        <translation>Отправитель ещё не проверен: сверьте коды безопасности, прежде чем полагаться на присланное.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="305"/>
        <source>A bundle with this number was already imported. Import checks this copy in full and says whether it is intact; it changes nothing.</source>
        <translation>Пакет с этим номером уже импортирован. Импорт полностью проверит эту копию и скажет, цела ли она; ничего не изменится.</translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <location filename="../models/interviews.py" line="66"/>
        <source>(no interviewee yet)</source>
        <translation>(собеседник не указан)</translation>
    </message>
    <message>
        <location filename="../models/interviews.py" line="71"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../models/interviews.py" line="72"/>
        <source>Interviewee</source>
        <translation>Собеседник</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../workspace/interviews_tab.py" line="47"/>
        <source>Interviews of this case</source>
        <translation>Интервью по этому делу</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="48"/>
        <source>&amp;New interview</source>
        <translation>&amp;Новое интервью</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="49"/>
        <source>E&amp;rase interview…</source>
        <translation>Ст&amp;ереть интервью…</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="52"/>
        <source>Erase interview</source>
        <translation>Стереть интервью</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="53"/>
        <source>Deletes every detail of this interview for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет все сведения об этом интервью и просит коллег сделать то же.</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="56"/>
        <location filename="../workspace/interviews_tab.py" line="132"/>
        <source>Hide &amp;details</source>
        <translation>Скрыть &amp;сведения</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="132"/>
        <source>Show &amp;details</source>
        <translation>Показать &amp;сведения</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <location filename="../bundles/job_wizard.py" line="103"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="104"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="105"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="106"/>
        <source>&amp;Finish</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="143"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Note segment</source>
        <translation>Фрагмент заметок</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <location filename="../labels.py" line="51"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <location filename="../labels.py" line="63"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <location filename="../labels.py" line="66"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <location filename="../labels.py" line="58"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Detention type</source>
        <translation>Вид задержания</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Legal article</source>
        <translation>Статья закона</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Interviewee</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Consent note</source>
        <translation>Примечание о согласии</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Note</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <location filename="../labels.py" line="65"/>
        <source>Linked record</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>erased</source>
        <translation>стёрто</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>hidden until you confirm the erasure</source>
        <translation>скрыто до подтверждения стирания</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>not shared with you</source>
        <translation>вам не передано</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>not shown</source>
        <translation>не показывается</translation>
    </message>
    <message>
        <location filename="../labels.py" line="116"/>
        <source>(cleared)</source>
        <translation>(очищено)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../workspace/link_dialog.py" line="42"/>
        <source>Link note</source>
        <translation>Связать заметку</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="47"/>
        <source>People and events</source>
        <translation>Люди и события</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="49"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="53"/>
        <source>What is this note about?</source>
        <translation>О ком или о чём эта заметка?</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="56"/>
        <source>Each tick is saved at once.</source>
        <translation>Каждая отметка сохраняется сразу.</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="71"/>
        <source>Person: %1</source>
        <translation>Человек: %1</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="73"/>
        <source>Event: %1</source>
        <translation>Событие: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_actions.py" line="135"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="136"/>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Поиск по всем делам…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="137"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="138"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="140"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="143"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="146"/>
        <source>New &amp;recovery code…</source>
        <translation>Новый &amp;код восстановления…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="149"/>
        <source>Check vault &amp;integrity…</source>
        <translation>&amp;Проверить целостность…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="151"/>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Словари…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="152"/>
        <source>&amp;Deep erase…</source>
        <translation>&amp;Глубокое стирание…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="153"/>
        <source>E&amp;rasure requests…</source>
        <translation>&amp;Запросы на стирание…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="154"/>
        <source>&amp;Peers…</source>
        <translation>&amp;Коллеги…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="155"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Экспорт пакета…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="157"/>
        <source>Seal changes for colleagues into a bundle (Ctrl+E)</source>
        <translation>Запечатать изменения для коллег в пакет (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="161"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Импорт пакета…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="163"/>
        <source>Open a bundle from a colleague (Ctrl+I)</source>
        <translation>Открыть пакет от коллеги (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="165"/>
        <source>Compromise &amp;alerts…</source>
        <translation>&amp;Тревоги компрометации…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="166"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="168"/>
        <source>Main toolbar</source>
        <translation>Главная панель</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="171"/>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="184"/>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="189"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176"/>
        <source>casebook locked before the new recovery code was written down. The old code no longer works: make another one (Vault → New recovery code…).</source>
        <translation>casebook заблокировался раньше, чем новый код восстановления был записан. Старый код больше не работает: создайте другой (Хранилище → Новый код восстановления…).</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="260"/>
        <source>Choose the vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="275"/>
        <source>%n compromise alert(s) not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</source>
        <translation>
            <numerusform>%n непросмотренная тревога компрометации: ключи коллеги могут быть в чужих руках. См. Обмен → Тревоги компрометации….</numerusform>
            <numerusform>%n непросмотренные тревоги компрометации: ключи коллеги могут быть в чужих руках. См. Обмен → Тревоги компрометации….</numerusform>
            <numerusform>%n непросмотренных тревог компрометации: ключи коллеги могут быть в чужих руках. См. Обмен → Тревоги компрометации….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="284"/>
        <source>%n erasure request(s) from colleagues wait for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</source>
        <translation>
            <numerusform>%n запрос коллег на стирание ждёт вашего подтверждения; до тех пор сведения скрыты. См. Обмен → Запросы на стирание….</numerusform>
            <numerusform>%n запроса коллег на стирание ждут вашего подтверждения; до тех пор сведения скрыты. См. Обмен → Запросы на стирание….</numerusform>
            <numerusform>%n запросов коллег на стирание ждут вашего подтверждения; до тех пор сведения скрыты. См. Обмен → Запросы на стирание….</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>Opened read-only: this drive is write-protected. You can read and search; changes cannot be saved here.</source>
        <translation>Открыто только для чтения: этот диск защищён от записи. Можно читать и искать; сохранить изменения здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="48"/>
        <source>New recovery code</source>
        <translation>Новый код восстановления</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="53"/>
        <source>Make a new recovery code</source>
        <translation>Создать новый код восстановления</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="56"/>
        <source>The new code replaces the old one: the code you wrote down before stops working at once. Make a new code if the old one was lost or someone else may have seen it. Your passphrase stays the same.</source>
        <translation>Новый код заменит старый: записанный ранее код сразу перестанет работать. Создайте новый код, если старый потерян или его мог видеть кто-то другой. Парольная фраза останется прежней.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="66"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="67"/>
        <source>Type the passphrase you unlock with now.</source>
        <translation>Введите парольную фразу, которой вы сейчас разблокируете хранилище.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="71"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="75"/>
        <source>Making a new recovery code</source>
        <translation>Создание нового кода восстановления</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="82"/>
        <source>&amp;Make a new code</source>
        <translation>&amp;Создать новый код</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="99"/>
        <source>&amp;Done</source>
        <translation>&amp;Готово</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="101"/>
        <source>The code you wrote down before no longer works.</source>
        <translation>Записанный ранее код больше не работает.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="130"/>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="158"/>
        <source>Making the new code… this takes about a second.</source>
        <translation>Создаётся новый код… это займёт около секунды.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../workspace/note_panel.py" line="76"/>
        <source>Notes of this interview</source>
        <translation>Заметки этого интервью</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="88"/>
        <source>Type a note and press Enter…</source>
        <translation>Напишите заметку и нажмите Enter…</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="91"/>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="92"/>
        <source>Enter adds the note with the time; Shift+Enter starts a new line.</source>
        <translation>Enter добавляет заметку с отметкой времени; Shift+Enter начинает новую строку.</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="94"/>
        <source>&amp;New note:</source>
        <translation>&amp;Новая заметка:</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="98"/>
        <source>Enter adds the note with the current time · Shift+Enter starts a new line · unsent text is kept in the vault as a draft</source>
        <translation>Enter добавляет заметку с текущим временем · Shift+Enter — новая строка · неотправленный текст хранится в хранилище как черновик</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="105"/>
        <source>&amp;Link note to people and events…</source>
        <translation>&amp;Связать заметку с людьми и событиями…</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="107"/>
        <source>&amp;Erase note…</source>
        <translation>Стереть &amp;заметку…</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="110"/>
        <source>Erase note</source>
        <translation>Стереть заметку</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="111"/>
        <source>Deletes the selected note&apos;s text for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет текст выбранной заметки и просит коллег сделать то же.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../workspace/overview_tab.py" line="61"/>
        <source>Opened %1 · last change %2</source>
        <translation>Открыто %1 · последнее изменение %2</translation>
    </message>
</context>
<context>
    <name>PassphraseChooser</name>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="35"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="37"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="42"/>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="73"/>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="74"/>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="75"/>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="76"/>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="77"/>
        <source>Very strong</source>
        <translation>Очень надёжная</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="80"/>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock/passphrase_chooser.py" line="82"/>
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком коротко: нужен хотя бы %n символ.</numerusform>
            <numerusform>Слишком коротко: нужно хотя бы %n символа.</numerusform>
            <numerusform>Слишком коротко: нужно хотя бы %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="84"/>
        <source>%1: add more words.</source>
        <translation>%1: добавьте ещё слов.</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="86"/>
        <source>%1. Now repeat it in the second field.</source>
        <translation>%1. Теперь повторите её во втором поле.</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="90"/>
        <source>%1. The passphrases match.</source>
        <translation>%1. Фразы совпадают.</translation>
    </message>
</context>
<context>
    <name>PeerMarks</name>
    <message>
        <location filename="../peer_book.py" line="45"/>
        <source>verified</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="47"/>
        <source>You compared safety numbers with this colleague: their key is theirs.</source>
        <translation>Вы сверили коды безопасности с этим коллегой: его ключ принадлежит ему.</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="53"/>
        <source>unverified</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="55"/>
        <source>Safety numbers not compared yet: a stranger&apos;s key could stand in for this colleague&apos;s. Compare them in person or on a call.</source>
        <translation>Коды безопасности ещё не сверены: вместо ключа коллеги может оказаться чужой. Сверьте их при встрече или по телефону.</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="63"/>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="65"/>
        <source>Revoked: nothing is sealed to this colleague, and nothing from them after the cut-off is accepted.</source>
        <translation>Отозван: для этого коллеги ничего не запечатывается, и ничего от него после границы не принимается.</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="112"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="115"/>
        <source>unknown key %1</source>
        <translation>неизвестный ключ %1</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <location filename="../peers/peers_dialog.py" line="64"/>
        <location filename="../peers/peers_dialog.py" line="155"/>
        <source>Peers</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="68"/>
        <source>Colleagues you exchange sealed bundles with. Before you trust a colleague, compare safety numbers with them in person or on a call.</source>
        <translation>Коллеги, с которыми вы обмениваетесь запечатанными пакетами. Прежде чем доверять коллеге, сверьте с ним коды безопасности при встрече или по телефону.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="75"/>
        <source>Your card</source>
        <translation>Ваша карточка</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="79"/>
        <source>QR code of your identity card</source>
        <translation>QR-код вашей карточки</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="81"/>
        <source>Your key id</source>
        <translation>Ваш ключ</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="86"/>
        <source>Your age recipient</source>
        <translation>Ваш получатель age</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="87"/>
        <source>The public key colleagues seal to; the age tool accepts it too.</source>
        <translation>Открытый ключ, для которого коллеги запечатывают пакеты; его понимает и программа age.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="91"/>
        <source>Give colleagues this card as a file, or let them read the QR code. It holds public keys only, and no name.</source>
        <translation>Передайте коллегам эту карточку файлом или дайте считать QR-код. В ней только открытые ключи, без имени.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="97"/>
        <source>&amp;Save my card…</source>
        <translation>&amp;Сохранить мою карточку…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="98"/>
        <source>Save my card to a file</source>
        <translation>Сохранить мою карточку в файл</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="99"/>
        <source>Rotate my encryption &amp;key…</source>
        <translation>Сменить мой &amp;ключ шифрования…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="102"/>
        <source>Rotate my encryption key</source>
        <translation>Сменить мой ключ шифрования</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="103"/>
        <source>A new key for what colleagues seal to you; the old ones can be forgotten.</source>
        <translation>Новый ключ для пакетов, которые коллеги запечатывают для вас; старые ключи можно забыть.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="115"/>
        <location filename="../peers/peers_dialog.py" line="117"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="119"/>
        <source>No colleagues yet. Add one from the card file they gave you.</source>
        <translation>Коллег пока нет. Добавьте коллегу из файла карточки, который он вам дал.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="125"/>
        <source>About the chosen colleague</source>
        <translation>О выбранном коллеге</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="127"/>
        <location filename="../peers/peers_dialog.py" line="129"/>
        <source>What they hold from me</source>
        <translation>Что у него есть от меня</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="131"/>
        <source>&amp;Add from card file…</source>
        <translation>&amp;Добавить из карточки…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="132"/>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Сверить коды безопасности…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="133"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="152"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="181"/>
        <location filename="../peers/peers_dialog.py" line="253"/>
        <source>Key id: %1</source>
        <translation>Ключ: %1</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="190"/>
        <source>Save my card</source>
        <translation>Сохранить мою карточку</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="204"/>
        <source>Your card was saved to %1. It holds no secret.</source>
        <translation>Ваша карточка сохранена в %1. Секретов в ней нет.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="254"/>
        <source>Added on %1.</source>
        <translation>Добавлен %1.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="255"/>
        <source>Bundles received from them: %1. Bundles sealed to them: %2.</source>
        <translation>Получено пакетов от него: %1. Запечатано для него: %2.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="271"/>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="282"/>
        <source>You have sealed no bundle to them.</source>
        <translation>Вы не запечатывали для этого коллеги ни одного пакета.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="284"/>
        <source>Bundles you sealed to them, and the values each carried:</source>
        <translation>Пакеты, которые вы для него запечатали, и сколько значений было в каждом:</translation>
    </message>
    <message numerus="yes">
        <location filename="../peers/peers_dialog.py" line="287"/>
        <source>no. %1, sealed on %2: %n value(s)</source>
        <translation>
            <numerusform>№ %1, запечатан %2: %n значение</numerusform>
            <numerusform>№ %1, запечатан %2: %n значения</numerusform>
            <numerusform>№ %1, запечатан %2: %n значений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../peers/peers_dialog.py" line="291"/>
        <source>… and %n earlier bundle(s)</source>
        <translation>
            <numerusform>… и ещё %n более ранний пакет</numerusform>
            <numerusform>… и ещё %n более ранних пакета</numerusform>
            <numerusform>… и ещё %n более ранних пакетов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="294"/>
        <source>This is what you sent; casebook cannot know what they kept, passed on or erased.</source>
        <translation>Это то, что вы отправили; что коллега сохранил, кому передал или стёр, casebook знать не может.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="308"/>
        <source>Your new encryption key is in your card. Colleagues get it with your next bundle to each of them.</source>
        <translation>Новый ключ шифрования записан в вашу карточку. Коллеги получат его со следующим пакетом, который вы каждому из них отправите.</translation>
    </message>
    <message numerus="yes">
        <location filename="../peers/peers_dialog.py" line="312"/>
        <source>%n old key(s) forgotten.</source>
        <translation>
            <numerusform>Забыт %n старый ключ.</numerusform>
            <numerusform>Забыто %n старых ключа.</numerusform>
            <numerusform>Забыто %n старых ключей.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="324"/>
        <source>%1 was added, unverified. Compare safety numbers with them now.</source>
        <translation>%1: добавлен(а), не проверен(а). Сверьте коды безопасности сейчас.</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../models/peers.py" line="62"/>
        <source>after no. %1</source>
        <translation>после № %1</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="70"/>
        <location filename="../models/peers.py" line="77"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="72"/>
        <source>no. %1, %2</source>
        <translation>№ %1, %2</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="83"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="84"/>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="85"/>
        <source>Key id</source>
        <translation>Идентификатор ключа</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="86"/>
        <source>Last received</source>
        <translation>Последний приём</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="87"/>
        <source>Last sent</source>
        <translation>Последняя отправка</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../models/people.py" line="80"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="81"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="82"/>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="83"/>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="89"/>
        <source>Has conflicting edits</source>
        <translation>Есть противоречащие правки</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../workspace/people_tab.py" line="32"/>
        <source>People in this case</source>
        <translation>Люди в этом деле</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="33"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="34"/>
        <location filename="../workspace/people_tab.py" line="102"/>
        <source>Delete person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="35"/>
        <source>E&amp;rase person…</source>
        <translation>Ст&amp;ереть человека…</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="38"/>
        <source>Erase person</source>
        <translation>Стереть человека</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="39"/>
        <source>Deletes every value of this person for good, and asks colleagues to.</source>
        <translation>Безвозвратно удаляет все сведения об этом человеке и просит коллег сделать то же.</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="78"/>
        <source>Add a person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="79"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="79"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="80"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="81"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="82"/>
        <source>A person needs a name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="103"/>
        <source>Delete this person from the case? The history keeps what was recorded.</source>
        <translation>Удалить этого человека из дела? В истории сохранится всё записанное.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../bundles/export_recipients.py" line="27"/>
        <source>Who can open it</source>
        <translation>Кто сможет открыть</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="30"/>
        <source>Only the people you tick can open the bundle. Anyone else who finds the drive sees random bytes.</source>
        <translation>Открыть пакет смогут только отмеченные вами люди. Любой другой, кто найдёт флешку, увидит случайные байты.</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="35"/>
        <source>Colleagues</source>
        <translation>Коллеги</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="37"/>
        <source>You have no colleagues yet: add one in Exchange → Peers… first.</source>
        <translation>Коллег пока нет: сначала добавьте коллегу в Обмен → Коллеги….</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="41"/>
        <source>Also seal it to &amp;me, so I can open it later</source>
        <translation>Запечатать и для &amp;меня, чтобы я мог(ла) открыть его позже</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="46"/>
        <source>I understand, and want to seal to them anyway</source>
        <translation>Я понимаю и всё равно хочу запечатать для них</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="90"/>
        <source>Not verified: %1. Until you compare safety numbers, a stranger&apos;s key could stand in for theirs, and the bundle would open for that stranger.</source>
        <translation>Не проверены: %1. Пока вы не сверили коды безопасности, вместо их ключа может оказаться чужой — и пакет откроется для чужого человека.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../workspace/record_form.py" line="54"/>
        <source>Write dates as 2024-03-05, 2024-03 (some day that month), ~2024-03-05 (about) or 2024-03-01/2024-03-10 (between).</source>
        <translation>Пишите даты так: 2024-03-05, 2024-03 (какой-то день месяца), ~2024-03-05 (примерно) или 2024-03-01/2024-03-10 (между).</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="133"/>
        <source>separate with commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="211"/>
        <source>Missing a choice? Add it with Cases → Vocabularies…</source>
        <translation>Нет нужного варианта? Добавьте его: Дела → Словари…</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="247"/>
        <source>%1 cannot be empty.</source>
        <translation>Поле «%1» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="326"/>
        <source>Conflicting edits in: %1. Compare and resolve them in the History tab.</source>
        <translation>Противоречащие правки в полях: %1. Сравните и разрешите их на вкладке «История».</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../workspace/record_tab.py" line="209"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../workspace/record_tab.py" line="213"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../unlock/recovery_code.py" line="27"/>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <location filename="../unlock/recovery_code.py" line="30"/>
        <source>Write this code on paper now and keep it apart from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and is not stored anywhere in readable form.</source>
        <translation>Запишите этот код на бумаге прямо сейчас и храните отдельно от компьютера. Он откроет хранилище, если парольная фраза забыта. Код показывается только один раз и нигде не хранится в читаемом виде.</translation>
    </message>
    <message>
        <location filename="../unlock/recovery_code.py" line="46"/>
        <source>I have &amp;written it down</source>
        <translation>Я &amp;записал(а) код</translation>
    </message>
    <message>
        <location filename="../unlock/recovery_code.py" line="72"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../peers/revoke_dialog.py" line="39"/>
        <source>Revoke a colleague</source>
        <translation>Отозвать коллегу</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="44"/>
        <source>Revoke %1 if their laptop was seized, or their keys may be used by someone else. Nothing more will be sealed to them, and bundles sealed with their keys after the cut-off are refused.</source>
        <translation>Отзовите %1, если ноутбук изъят или ключами может воспользоваться кто-то другой. Для этого коллеги больше ничего не будет запечатываться, а пакеты, запечатанные его ключами после границы, будут отклоняться.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="52"/>
        <source>&amp;Keep their bundles up to number:</source>
        <translation>&amp;Принимать пакеты до номера:</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="53"/>
        <source>&amp;Trust nothing from them at all</source>
        <translation>&amp;Не доверять ничему от этого коллеги</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="60"/>
        <source>Last bundle number to keep</source>
        <translation>Последний принимаемый номер пакета</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="66"/>
        <source>You have received no bundle from them.</source>
        <translation>Вы не получали от этого коллеги ни одного пакета.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="68"/>
        <source>The last bundle you received from them is number %1.</source>
        <translation>Последний полученный от этого коллеги пакет — № %1.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="74"/>
        <source>This cannot be undone. If they are safe and get new keys, add their new card as a new colleague.</source>
        <translation>Это нельзя отменить. Если коллега в безопасности и получит новые ключи, добавьте его новую карточку как нового коллегу.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="84"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Отозвать</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="89"/>
        <source>Revoke %1</source>
        <translation>Отозвать: %1</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="41"/>
        <location filename="../peers/rotate_key_dialog.py" line="89"/>
        <source>Rotate my encryption key</source>
        <translation>Смена ключа шифрования</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="46"/>
        <source>Colleagues seal bundles to your encryption key. Make a new one if the old key may have been copied: what they seal from then on is safe from whoever has it. Your identity, your safety number and your colleagues&apos; trust stay the same.</source>
        <translation>Коллеги запечатывают пакеты для вас вашим ключом шифрования. Создайте новый, если старый ключ мог быть скопирован: всё, что коллеги запечатают после этого, будет недоступно тому, у кого он оказался. Ваша личность, код безопасности и доверие коллег не меняются.</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="55"/>
        <source>Colleagues learn the new key from your card inside your next bundle to each of them. Until they import it, they keep sealing to the old key.</source>
        <translation>Коллеги узнают новый ключ из вашей карточки в следующем пакете, который вы каждому из них отправите. Пока они его не импортируют, они запечатывают пакеты старым ключом.</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="61"/>
        <source>&amp;Forget my old keys now</source>
        <translation>&amp;Забыть мои старые ключи сейчас</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="64"/>
        <source>Once forgotten, bundles sealed to your old keys no longer open here: those lying on USB sticks or in mail, and those colleagues seal before they import a bundle with your new card. Nobody who copies this laptop later can open them either. Forget the old keys when a stick with old bundles may be in the wrong hands, or once every colleague has your new card.</source>
        <translation>Когда старые ключи забыты, пакеты, запечатанные ими, здесь больше не откроются: и те, что лежат на флешках или в почте, и те, что коллеги запечатают до того, как импортируют пакет с вашей новой карточкой. Тот, кто позже скопирует этот компьютер, тоже не сможет их открыть. Забывайте старые ключи, если флешка со старыми пакетами могла попасть в чужие руки, или когда новая карточка уже есть у всех коллег.</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="78"/>
        <location filename="../peers/rotate_key_dialog.py" line="87"/>
        <location filename="../peers/rotate_key_dialog.py" line="106"/>
        <source>&amp;Make a new key</source>
        <translation>&amp;Создать новый ключ</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="85"/>
        <location filename="../peers/rotate_key_dialog.py" line="106"/>
        <source>&amp;Make a new key and forget the old ones</source>
        <translation>&amp;Создать новый ключ и забыть старые</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../bundles/export_wizard.py" line="56"/>
        <source>Sealing</source>
        <translation>Запечатывание</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="52"/>
        <source>Progress of sealing</source>
        <translation>Ход запечатывания</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="53"/>
        <source>&amp;Cancel sealing</source>
        <translation>&amp;Отменить запечатывание</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="54"/>
        <source>What was sealed</source>
        <translation>Что запечатано</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../search/search_dialog.py" line="119"/>
        <location filename="../search/search_dialog.py" line="124"/>
        <source>Search all cases</source>
        <translation>Поиск по всем делам</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="122"/>
        <source>Words to find in every case…</source>
        <translation>Слова для поиска во всех делах…</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="126"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="137"/>
        <source>Type to search. Words of three or more letters also find longer forms: “задерж” finds “задержание”.</source>
        <translation>Начните вводить слова. Слова из трёх и более букв находят и более длинные формы: «задерж» найдёт «задержание».</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="174"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../search/search_dialog.py" line="177"/>
        <source>The %n newest matches are shown; add words to narrow.</source>
        <translation>
            <numerusform>Показано %n самое новое совпадение; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n самых новых совпадения; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n самых новых совпадений; добавьте слова, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../search/search_dialog.py" line="180"/>
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
        <location filename="../models/search.py" line="46"/>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <location filename="../models/search.py" line="47"/>
        <source>In</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../models/search.py" line="48"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../models/segments.py" line="83"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../models/segments.py" line="84"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../models/segments.py" line="85"/>
        <source>Linked to</source>
        <translation>Связано с</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="106"/>
        <source>Who sealed it</source>
        <translation>Кто запечатал</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="110"/>
        <source>Opening the bundle</source>
        <translation>Открытие пакета</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="115"/>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Сверить коды безопасности…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="116"/>
        <source>Compare safety numbers with the sender</source>
        <translation>Сверить коды безопасности с отправителем</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>&amp;Lock after idle minutes:</source>
        <translation>&amp;Блокировать после простоя, минут:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="75"/>
        <source>&amp;Clear copied text after seconds:</source>
        <translation>&amp;Очищать скопированное через, секунд:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <source>These settings are kept on this computer in plain text. They never hold case data or the names of vaults.</source>
        <translation>Эти настройки хранятся на компьютере открытым текстом. В них никогда нет данных дел или названий хранилищ.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="141"/>
        <source>What it holds</source>
        <translation>Что внутри</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="144"/>
        <source>What the bundle holds</source>
        <translation>Что содержит пакет</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../models/terms.py" line="60"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="60"/>
        <source>Built in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="65"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="66"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="67"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="68"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="78"/>
        <source>Added in this vault</source>
        <translation>Добавлен в этом хранилище</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../unlock/unlock_panel.py" line="58"/>
        <source>Unlock casebook</source>
        <translation>Разблокировать casebook</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="59"/>
        <source>Vault: %1</source>
        <translation>Хранилище: %1</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="64"/>
        <source>Passphrase or recovery code</source>
        <translation>Парольная фраза или код восстановления</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="65"/>
        <source>Type the passphrase, or the recovery code written down at creation.</source>
        <translation>Введите парольную фразу или код восстановления, записанный при создании.</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="67"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="70"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="74"/>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="81"/>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>&amp;Парольная фраза или код восстановления:</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="115"/>
        <source>Type the passphrase or the recovery code first.</source>
        <translation>Сначала введите парольную фразу или код восстановления.</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="140"/>
        <source>Unlocking… this takes about a second.</source>
        <translation>Разблокировка… это займёт около секунды.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../vault/verify_dialog.py" line="86"/>
        <location filename="../vault/verify_dialog.py" line="89"/>
        <source>Check vault integrity</source>
        <translation>Проверка целостности хранилища</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="92"/>
        <source>Every page of the encrypted database, every recorded change (its signature and its place in its author&apos;s history) and every attachment is read and checked. Nothing is changed. A large vault takes a while.</source>
        <translation>Читается и проверяется каждая страница зашифрованной базы данных, каждое записанное изменение (его подпись и место в истории автора) и каждое вложение. Ничего не изменяется. Большое хранилище проверяется долго.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="100"/>
        <source>Progress of the check</source>
        <translation>Ход проверки</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="110"/>
        <source>Details of the check</source>
        <translation>Подробности проверки</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="111"/>
        <source>&amp;Details:</source>
        <translation>&amp;Подробности:</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="116"/>
        <source>Check &amp;again</source>
        <translation>Проверить &amp;ещё раз</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="151"/>
        <source>Checking the database and the history of changes…</source>
        <translation>Проверяются база данных и история изменений…</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="164"/>
        <source>Checking attachments: %1 of %2…</source>
        <translation>Проверяются вложения: %1 из %2…</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="180"/>
        <source>The vault is sound: every check passed.</source>
        <translation>Хранилище в порядке: все проверки пройдены.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="183"/>
        <source>The vault is damaged: some checks failed.</source>
        <translation>Хранилище повреждено: часть проверок не пройдена.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="197"/>
        <source>Database pages: all sound.</source>
        <translation>Страницы базы данных: все в порядке.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="199"/>
        <source>Database pages: %1 damaged.</source>
        <translation>Страницы базы данных: повреждено %1.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="203"/>
        <source>Recorded changes: %1 checked, %2 failed.</source>
        <translation>Записанные изменения: проверено %1, с ошибками %2.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="206"/>
        <source>Attachments: %1 checked, %2 failed.</source>
        <translation>Вложения: проверено %1, с ошибками %2.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="214"/>
        <source>Nothing was changed. Do not delete this vault: restore what is damaged from a bundle or a backup, and keep these details for whoever helps you.</source>
        <translation>Ничего не изменено. Не удаляйте это хранилище: восстановите повреждённое из пакета или резервной копии и сохраните эти подробности для того, кто будет вам помогать.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="224"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="225"/>
        <source>Authors whose changes were checked: %1.</source>
        <translation>Авторов, чьи изменения проверены: %1.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="229"/>
        <source>Database page: %1</source>
        <translation>Страница базы данных: %1</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="238"/>
        <source>Change %1: the history of author %2 is broken at change number %3.</source>
        <translation>Изменение %1: история автора %2 прервана на изменении номер %3.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="245"/>
        <source>Change %1: its signature or content does not check out.</source>
        <translation>Изменение %1: подпись или содержимое не проходят проверку.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="258"/>
        <source>“%1” in the case “%2”</source>
        <translation>«%1» в деле «%2»</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="261"/>
        <source>attachment %1, not found in any case</source>
        <translation>вложение %1, не найденное ни в одном деле</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="263"/>
        <source>Damaged content: %1.</source>
        <translation>Повреждено содержимое: %1.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="264"/>
        <source>Encrypted file damaged or missing: %1.</source>
        <translation>Зашифрованный файл повреждён или отсутствует: %1.</translation>
    </message>
</context>
<context>
    <name>VerifyPeerDialog</name>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="76"/>
        <source>Compare safety numbers</source>
        <translation>Сверка кодов безопасности</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="80"/>
        <source>Compare safety numbers with %1</source>
        <translation>Сверка кодов безопасности: %1</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="84"/>
        <source>Meet %1 in person, or call them on a line you trust. Both of you open this window in casebook: the two numbers must be the same, group by group. If they are, this card really is theirs.</source>
        <translation>Встретьтесь с коллегой (%1) лично или созвонитесь по надёжной связи. Откройте это окно в casebook оба: коды должны совпасть группа за группой. Если совпали, карточка действительно принадлежит этому человеку.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="93"/>
        <source>Now: %1. %2</source>
        <translation>Сейчас: %1. %2</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="99"/>
        <source>On your screen</source>
        <translation>На вашем экране</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="109"/>
        <source>Your safety number</source>
        <translation>Ваш код безопасности</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="111"/>
        <source>On %1&apos;s screen</source>
        <translation>На экране: %1</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="114"/>
        <source>Type the digits they read out to you</source>
        <translation>Введите цифры, которые вам продиктуют</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="118"/>
        <source>Their safety number</source>
        <translation>Их код безопасности</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="119"/>
        <source>Spaces do not matter. Each group is checked as you type.</source>
        <translation>Пробелы не важны. Каждая группа проверяется по мере ввода.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="121"/>
        <source>&amp;Their number:</source>
        <translation>&amp;Их код:</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="142"/>
        <source>We compared every group on both screens, and they are the same</source>
        <translation>Мы сверили каждую группу на обоих экранах, и они совпадают</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="148"/>
        <source>Mark as &amp;verified</source>
        <translation>Отметить как &amp;проверенного</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="151"/>
        <source>Mark as &amp;unverified</source>
        <translation>Снять &amp;проверку</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="154"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="179"/>
        <source>Your safety number: %1</source>
        <translation>Ваш код безопасности: %1</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="213"/>
        <source>The numbers differ. Do not trust this card: it may have been swapped on its way to you. Ask %1 for their card again, in person.</source>
        <translation>Коды различаются. Не доверяйте этой карточке: её могли подменить по дороге. Попросите карточку заново при личной встрече: %1.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="219"/>
        <source>✔ All 12 groups match.</source>
        <translation>✔ Все 12 групп совпадают.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="222"/>
        <source>So far, so good: keep typing.</source>
        <translation>Пока всё совпадает: продолжайте ввод.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="226"/>
        <source>Or compare by eye, side by side, and tick the box below.</source>
        <translation>Или сравните на глаз, экраны рядом, и поставьте отметку ниже.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="53"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="61"/>
        <source>Decrypting…</source>
        <translation>Расшифровка…</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="65"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="78"/>
        <source>This file is too large to show here. Export it to open it elsewhere.</source>
        <translation>Файл слишком большой для просмотра здесь. Экспортируйте его, чтобы открыть в другой программе.</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="120"/>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="146"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="163"/>
        <source>Text of the file</source>
        <translation>Текст файла</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="171"/>
        <source>Audio playback is not available on this system.</source>
        <translation>Воспроизведение звука в этой системе недоступно.</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="182"/>
        <source>casebook cannot show this kind of file. Export it to open it elsewhere.</source>
        <translation>casebook не умеет показывать файлы этого типа. Экспортируйте его, чтобы открыть в другой программе.</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="47"/>
        <location filename="../vault/vocabulary_dialog.py" line="50"/>
        <source>Vocabularies</source>
        <translation>Словари</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="53"/>
        <source>These are the choices the drop-downs offer. Add your own term when none fits, for example an article of a law: it is kept in this vault and offered everywhere that vocabulary is used.</source>
        <translation>Это варианты, которые предлагают выпадающие списки. Если ни один не подходит, добавьте свой термин, например статью закона: он сохранится в этом хранилище и появится везде, где используется этот словарь.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="65"/>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Словарь:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="67"/>
        <source>Vocabulary</source>
        <translation>Словарь</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="70"/>
        <source>Terms of this vocabulary</source>
        <translation>Термины этого словаря</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="79"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="79"/>
        <source>Letters, digits and underscores.</source>
        <translation>Буквы, цифры и знаки подчёркивания.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="81"/>
        <source>English label</source>
        <translation>Название по-английски</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="83"/>
        <source>Russian label</source>
        <translation>Название по-русски</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="86"/>
        <source>The code is what records store and cannot be changed later: letters, digits and underscores, for example koap_20_2_8.</source>
        <translation>Код хранится в записях и позже не меняется: буквы, цифры и знаки подчёркивания, например koap_20_2_8.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="92"/>
        <source>&amp;Add term</source>
        <translation>&amp;Добавить термин</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="94"/>
        <source>Add a term</source>
        <translation>Новый термин</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="100"/>
        <source>&amp;Code:</source>
        <translation>&amp;Код:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="103"/>
        <source>&amp;English label:</source>
        <translation>По-&amp;английски:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="104"/>
        <source>R&amp;ussian label:</source>
        <translation>По-&amp;русски:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="139"/>
        <source>What happened (event types)</source>
        <translation>Что произошло (виды событий)</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="140"/>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="141"/>
        <source>Detention types</source>
        <translation>Виды задержания</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="142"/>
        <source>Roles of people</source>
        <translation>Роли людей</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="143"/>
        <source>Case statuses</source>
        <translation>Статусы дел</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="144"/>
        <source>Consent scopes</source>
        <translation>Объём согласия</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="145"/>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="167"/>
        <source>Type a code for the term.</source>
        <translation>Введите код термина.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="169"/>
        <source>This vocabulary already has a term with this code.</source>
        <translation>В этом словаре уже есть термин с таким кодом.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="171"/>
        <source>Type the term in English or in Russian, or both.</source>
        <translation>Введите термин по-английски, по-русски или на обоих языках.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="210"/>
        <source>Added “%1”.</source>
        <translation>Добавлено: «%1».</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../workspace/workspace.py" line="45"/>
        <source>Choose a case on the left, or create one with “New case”.</source>
        <translation>Выберите дело слева или создайте новое кнопкой «Новое дело».</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="111"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="112"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="113"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="114"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="115"/>
        <source>A case needs a title.</source>
        <translation>Укажите название дела.</translation>
    </message>
</context>
</TS>
