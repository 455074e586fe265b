<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../models/attachments.py" line="77"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="78"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="79"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="80"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="81"/>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 при приёме</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../workspace/attachments_tab.py" line="55"/>
        <source>Attachments of this case</source>
        <translation>Вложения этого дела</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="59"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="60"/>
        <source>&amp;View</source>
        <translation>&amp;Просмотр</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="61"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="63"/>
        <source>Or drop files here. They are encrypted into the vault; the originals stay.</source>
        <translation>Или перетащите файлы сюда. Они будут зашифрованы в хранилище; оригиналы останутся на месте.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="68"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="70"/>
        <location filename="../workspace/attachments_tab.py" line="239"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="140"/>
        <source>Add files</source>
        <translation>Добавить файлы</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="177"/>
        <source>Adding %1</source>
        <translation>Добавляется %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/attachments_tab.py" line="179"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
            <numerusform>(ещё %n в очереди)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="231"/>
        <source>Export a decrypted copy</source>
        <translation>Экспорт расшифрованной копии</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="233"/>
        <source>The exported copy is not encrypted. Anyone who gets the disk or the USB drive it is written to can read it, and deleting it later may not erase it. Export only when you must hand the file to someone or to a court.</source>
        <translation>Экспортированная копия не зашифрована. Её сможет прочитать любой, кто получит диск или флешку, на которую она записана, а удаление может не стереть её полностью. Экспортируйте, только если файл нужно передать человеку или в суд.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="238"/>
        <source>Choose where to export…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="251"/>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="261"/>
        <source>Exporting %1</source>
        <translation>Экспортируется %1</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="272"/>
        <source>Exported. The copy is not encrypted.</source>
        <translation>Экспортировано. Копия не зашифрована.</translation>
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
    <name>CaseListModel</name>
    <message>
        <location filename="../models/case_list.py" line="164"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="165"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="166"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="181"/>
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
        <location filename="../workspace/case_list.py" line="114"/>
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
        <location filename="../workspace/conflict_dialog.py" line="45"/>
        <source>Resolve a conflict</source>
        <translation>Разрешить противоречие</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="52"/>
        <source>%1, field “%2”, was changed in different places at the same time. Choose the version to keep. The others stay in the history.</source>
        <translation>%1: поле «%2» изменили в разных местах одновременно. Выберите версию, которую нужно оставить. Остальные сохранятся в истории.</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="65"/>
        <source>Decide later</source>
        <translation>Решить позже</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="69"/>
        <source>Conflicting edits</source>
        <translation>Противоречащие правки</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="78"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="79"/>
        <source>By %1, %2</source>
        <translation>Автор: %1, %2</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="81"/>
        <source>(shown for now)</source>
        <translation>(показывается пока)</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="100"/>
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
    <name>Errors</name>
    <message>
        <location filename="../crash.py" line="77"/>
        <source>casebook</source>
        <translation>casebook</translation>
    </message>
    <message>
        <location filename="../errors.py" line="38"/>
        <source>Something unexpected went wrong. What you had saved is safe. If it happens again, lock casebook and start it again.</source>
        <translation>Произошла непредвиденная ошибка. Всё сохранённое в безопасности. Если это повторится, заблокируйте casebook и запустите его снова.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="45"/>
        <source>The passphrase is wrong, or the vault&apos;s key file is damaged. Try again, or use the recovery code.</source>
        <translation>Неверная парольная фраза, или файл ключей хранилища повреждён. Попробуйте ещё раз или введите код восстановления.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="50"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>Хранилище заблокировано. Разблокируйте его и повторите.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="51"/>
        <source>There is no vault in this folder. Create one, or choose another folder.</source>
        <translation>В этой папке нет хранилища. Создайте его или выберите другую папку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="54"/>
        <source>A vault already exists in this folder. Choose an empty folder.</source>
        <translation>В этой папке уже есть хранилище. Выберите пустую папку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="57"/>
        <source>The vault is damaged. See what is damaged with Vault → Check vault integrity…, and restore from a bundle or a backup.</source>
        <translation>Хранилище повреждено. Проверьте, что именно повреждено (Хранилище → Проверить целостность…), и восстановите данные из пакета или резервной копии.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="62"/>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>Диск заполнен. Освободите место и повторите; ничего сохранённого не потеряно.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="65"/>
        <source>The drive could not be read or written. Check that it is connected and try again.</source>
        <translation>Не удалось прочитать диск или записать на него. Проверьте, что он подключён, и повторите.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="69"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="70"/>
        <source>This data failed its integrity check: it is damaged, truncated or forged.</source>
        <translation>Данные не прошли проверку целостности: они повреждены, обрезаны или подделаны.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="73"/>
        <source>COMPROMISE ALERT: a colleague&apos;s key signed two different histories. Nothing from this bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them in person what happened.</source>
        <translation>ТРЕВОГА: КЛЮЧ СКОМПРОМЕТИРОВАН. Ключом коллеги подписаны две разные истории. Из этого пакета ничего не применено. Отзовите этого коллегу с границей до расхождения и лично спросите, что произошло.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="79"/>
        <source>Some chosen colleagues are not verified yet. Compare safety numbers with them first, or confirm that you want to seal to them anyway.</source>
        <translation>Некоторые выбранные коллеги ещё не проверены. Сначала сверьте с ними коды безопасности или подтвердите, что всё равно хотите запечатать пакет для них.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="84"/>
        <source>A colleague&apos;s key signed two different histories: treat that key as compromised. Nothing after the fork is trusted.</source>
        <translation>Ключ коллеги подписал две разные истории: считайте этот ключ скомпрометированным. Всему, что после развилки, доверять нельзя.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="89"/>
        <source>The bundle was refused and nothing was changed.</source>
        <translation>Пакет отклонён, ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="90"/>
        <source>This key belongs to nobody you have added as a peer. Add their card first.</source>
        <translation>Этот ключ не принадлежит никому из добавленных вами коллег. Сначала добавьте их карточку.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="93"/>
        <source>This record no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="94"/>
        <source>This value is not valid here. Correct it and try again.</source>
        <translation>Это значение здесь недопустимо. Исправьте его и повторите.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="97"/>
        <source>The operation failed and nothing was changed. Try again.</source>
        <translation>Операция не удалась, ничего не изменено. Повторите попытку.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../models/events.py" line="100"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="101"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="102"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="103"/>
        <source>Who took part</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="111"/>
        <source>Has conflicting edits</source>
        <translation>Есть противоречащие правки</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="113"/>
        <source>Approximate date</source>
        <translation>Приблизительная дата</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../workspace/events_tab.py" line="54"/>
        <source>Events of this case</source>
        <translation>События этого дела</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="59"/>
        <source>&amp;Add event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="60"/>
        <location filename="../workspace/events_tab.py" line="181"/>
        <source>Delete event</source>
        <translation>Удалить событие</translation>
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
        <location filename="../workspace/events_tab.py" line="159"/>
        <source>Add an event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="160"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Что произошло:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="160"/>
        <source>Wh&amp;en:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="161"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="162"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="182"/>
        <source>Delete this event from the case? The history keeps what was recorded.</source>
        <translation>Удалить это событие из дела? В истории сохранится всё записанное.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/history.py" line="125"/>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="152"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="154"/>
        <source>file added</source>
        <translation>файл добавлен</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="156"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="156"/>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="158"/>
        <source>%1 (conflict resolved)</source>
        <translation>%1 (противоречие разрешено)</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="164"/>
        <source>conflict</source>
        <translation>противоречие</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="166"/>
        <source>replaced later</source>
        <translation>заменено позже</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="168"/>
        <source>clock far in the future</source>
        <translation>время далеко в будущем</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="174"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="175"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="176"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="177"/>
        <source>What changed</source>
        <translation>Что изменено</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="178"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="179"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../workspace/history_tab.py" line="40"/>
        <source>Changes to this case</source>
        <translation>Изменения в этом деле</translation>
    </message>
    <message>
        <location filename="../workspace/history_tab.py" line="59"/>
        <source>Conflicting edits</source>
        <translation>Противоречащие правки</translation>
    </message>
    <message>
        <location filename="../workspace/history_tab.py" line="60"/>
        <source>&amp;Compare and resolve…</source>
        <translation>&amp;Сравнить и разрешить…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/history_tab.py" line="94"/>
        <source>%1 — %2: %n versions</source>
        <translation>
            <numerusform>%1 — %2: %n версия</numerusform>
            <numerusform>%1 — %2: %n версии</numerusform>
            <numerusform>%1 — %2: %n версий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/history_tab.py" line="102"/>
        <source>%n field(s) have conflicting edits from different devices or people.</source>
        <translation>
            <numerusform>В %n поле противоречащие правки с разных устройств или от разных людей.</numerusform>
            <numerusform>В %n полях противоречащие правки с разных устройств или от разных людей.</numerusform>
            <numerusform>В %n полях противоречащие правки с разных устройств или от разных людей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <location filename="../models/interviews.py" line="63"/>
        <source>(no interviewee yet)</source>
        <translation>(собеседник не указан)</translation>
    </message>
    <message>
        <location filename="../models/interviews.py" line="68"/>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <location filename="../models/interviews.py" line="69"/>
        <source>Interviewee</source>
        <translation>Собеседник</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../workspace/interviews_tab.py" line="52"/>
        <source>Interviews of this case</source>
        <translation>Интервью по этому делу</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="53"/>
        <source>&amp;New interview</source>
        <translation>&amp;Новое интервью</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="54"/>
        <location filename="../workspace/interviews_tab.py" line="123"/>
        <source>Hide &amp;details</source>
        <translation>Скрыть &amp;сведения</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="123"/>
        <source>Show &amp;details</source>
        <translation>Показать &amp;сведения</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="22"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Note segment</source>
        <translation>Фрагмент заметок</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Link</source>
        <translation>Связь</translation>
    </message>
    <message>
        <location filename="../labels.py" line="32"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../labels.py" line="33"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location filename="../labels.py" line="34"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Jurisdiction</source>
        <translation>Юрисдикция</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Legal articles</source>
        <translation>Статьи закона</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>Detention type</source>
        <translation>Вид задержания</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>Legal article</source>
        <translation>Статья закона</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <source>Interviewee</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <location filename="../labels.py" line="51"/>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Informed consent</source>
        <translation>Информированное согласие</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Consent note</source>
        <translation>Примечание о согласии</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Note</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Caption</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58"/>
        <location filename="../labels.py" line="59"/>
        <source>Linked record</source>
        <translation>Связанная запись</translation>
    </message>
    <message>
        <location filename="../labels.py" line="90"/>
        <source>(cleared)</source>
        <translation>(очищено)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../workspace/link_dialog.py" line="41"/>
        <source>Link note</source>
        <translation>Связать заметку</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="46"/>
        <source>People and events</source>
        <translation>Люди и события</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="48"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="52"/>
        <source>What is this note about?</source>
        <translation>О ком или о чём эта заметка?</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="55"/>
        <source>Each tick is saved at once.</source>
        <translation>Каждая отметка сохраняется сразу.</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="66"/>
        <source>Person: %1</source>
        <translation>Человек: %1</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="70"/>
        <source>Event: %1</source>
        <translation>Событие: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="151"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Поиск по всем делам…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="153"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="154"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Заблокировать сейчас (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="155"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Открыть другое хранилище…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>New &amp;recovery code…</source>
        <translation>Новый &amp;код восстановления…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158"/>
        <source>Check vault &amp;integrity…</source>
        <translation>&amp;Проверить целостность…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Словари…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>Main toolbar</source>
        <translation>Главная панель</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>&amp;Vault</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="255"/>
        <source>casebook locked before the new recovery code was written down. The old code no longer works: make another one (Vault → New recovery code…).</source>
        <translation>casebook заблокировался раньше, чем новый код восстановления был записан. Старый код больше не работает: создайте другой (Хранилище → Новый код восстановления…).</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="338"/>
        <source>Choose the vault folder</source>
        <translation>Выберите папку хранилища</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="388"/>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
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
        <location filename="../vault/recovery_code_dialog.py" line="132"/>
        <source>Type the current passphrase first.</source>
        <translation>Сначала введите текущую парольную фразу.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="160"/>
        <source>Making the new code… this takes about a second.</source>
        <translation>Создаётся новый код… это займёт около секунды.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../workspace/note_panel.py" line="70"/>
        <source>Notes of this interview</source>
        <translation>Заметки этого интервью</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="82"/>
        <source>Type a note and press Enter…</source>
        <translation>Напишите заметку и нажмите Enter…</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="85"/>
        <source>New note</source>
        <translation>Новая заметка</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="86"/>
        <source>Enter adds the note with the time; Shift+Enter starts a new line.</source>
        <translation>Enter добавляет заметку с отметкой времени; Shift+Enter начинает новую строку.</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="88"/>
        <source>&amp;New note:</source>
        <translation>&amp;Новая заметка:</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="92"/>
        <source>Enter adds the note with the current time · Shift+Enter starts a new line · unsent text is kept in the vault as a draft</source>
        <translation>Enter добавляет заметку с текущим временем · Shift+Enter — новая строка · неотправленный текст хранится в хранилище как черновик</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="99"/>
        <source>&amp;Link note to people and events…</source>
        <translation>&amp;Связать заметку с людьми и событиями…</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../workspace/overview_tab.py" line="69"/>
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
    <name>PeopleModel</name>
    <message>
        <location filename="../models/people.py" line="78"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="79"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="80"/>
        <source>Also known as</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="81"/>
        <source>Sensitivity</source>
        <translation>Чувствительность</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="87"/>
        <source>Has conflicting edits</source>
        <translation>Есть противоречащие правки</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../workspace/people_tab.py" line="37"/>
        <source>People in this case</source>
        <translation>Люди в этом деле</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="38"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Добавить человека…</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="39"/>
        <location filename="../workspace/people_tab.py" line="96"/>
        <source>Delete person</source>
        <translation>Удалить человека</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="74"/>
        <source>Add a person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="75"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="75"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="76"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="77"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="78"/>
        <source>A person needs a name.</source>
        <translation>Укажите имя.</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="97"/>
        <source>Delete this person from the case? The history keeps what was recorded.</source>
        <translation>Удалить этого человека из дела? В истории сохранится всё записанное.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../workspace/record_form.py" line="70"/>
        <source>Write dates as 2024-03-05, 2024-03 (some day that month), ~2024-03-05 (about) or 2024-03-01/2024-03-10 (between).</source>
        <translation>Пишите даты так: 2024-03-05, 2024-03 (какой-то день месяца), ~2024-03-05 (примерно) или 2024-03-01/2024-03-10 (между).</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="146"/>
        <source>separate with commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="205"/>
        <source>Missing a choice? Add it with Cases → Vocabularies…</source>
        <translation>Нет нужного варианта? Добавьте его: Дела → Словари…</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="240"/>
        <source>%1 cannot be empty.</source>
        <translation>Поле «%1» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="312"/>
        <source>Conflicting edits in: %1. Compare and resolve them in the History tab.</source>
        <translation>Противоречащие правки в полях: %1. Сравните и разрешите их на вкладке «История».</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../workspace/record_tab.py" line="186"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../workspace/record_tab.py" line="190"/>
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
        <location filename="../unlock/recovery_code.py" line="66"/>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
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
        <location filename="../search/search_dialog.py" line="172"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../search/search_dialog.py" line="175"/>
        <source>The %n newest matches are shown; add words to narrow.</source>
        <translation>
            <numerusform>Показано %n самое новое совпадение; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n самых новых совпадения; добавьте слова, чтобы сузить поиск.</numerusform>
            <numerusform>Показаны %n самых новых совпадений; добавьте слова, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../search/search_dialog.py" line="178"/>
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
        <location filename="../unlock/unlock_panel.py" line="138"/>
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
