<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddPeerDialog</name>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="74"/>
        <location filename="../peers/add_peer_dialog.py" line="114"/>
        <source>Add a colleague</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="79"/>
        <source>Ask your colleague for their identity card: a small file from casebook (Exchange → Peers → Save my card…). It holds public keys only, no name.</source>
        <translation>Ask your colleague for their identity card: a small file from casebook (Exchange → Peers → Save my card…). It holds public keys only, no name.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="87"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="88"/>
        <source>Card file</source>
        <translation>Card file</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="89"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="90"/>
        <location filename="../peers/add_peer_dialog.py" line="130"/>
        <source>Choose the card file</source>
        <translation>Choose the card file</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="95"/>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="97"/>
        <source>Safety number</source>
        <translation>Safety number</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="100"/>
        <source>A name only you will see</source>
        <translation>A name only you will see</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="101"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="103"/>
        <source>&amp;Card file:</source>
        <translation>&amp;Card file:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="104"/>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="105"/>
        <source>Safety number:</source>
        <translation>Safety number:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="110"/>
        <source>&amp;Add colleague</source>
        <translation>&amp;Add colleague</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="150"/>
        <source>This file is not a casebook identity card, or it is damaged. Ask your colleague to save their card again.</source>
        <translation>This file is not a casebook identity card, or it is damaged. Ask your colleague to save their card again.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="162"/>
        <source>This is your own card.</source>
        <translation>This is your own card.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="165"/>
        <source>This colleague is already a peer: %1.</source>
        <translation>This colleague is already a peer: %1.</translation>
    </message>
    <message>
        <location filename="../peers/add_peer_dialog.py" line="179"/>
        <source>Another colleague already has this name.</source>
        <translation>Another colleague already has this name.</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../peers/alerts_dialog.py" line="119"/>
        <location filename="../peers/alerts_dialog.py" line="132"/>
        <location filename="../peers/alerts_dialog.py" line="149"/>
        <source>Compromise alerts</source>
        <translation>Compromise alerts</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="123"/>
        <source>An alert means a colleague&apos;s keys signed two different histories: someone else may hold their keys. The bundle that showed it was refused. Revoke that colleague with a cut-off before the number shown, and ask them in person what happened.</source>
        <translation>An alert means a colleague&apos;s keys signed two different histories: someone else may hold their keys. The bundle that showed it was refused. Revoke that colleague with a cut-off before the number shown, and ask them in person what happened.</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="133"/>
        <source>No compromise alerts.</source>
        <translation>No compromise alerts.</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="135"/>
        <source>About the chosen alert</source>
        <translation>About the chosen alert</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="136"/>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Mark as seen</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="137"/>
        <source>&amp;Revoke this colleague…</source>
        <translation>&amp;Revoke this colleague…</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="146"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="194"/>
        <source>Whose keys: %1 (key %2).</source>
        <translation>Whose keys: %1 (key %2).</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="197"/>
        <source>Found in a bundle sealed by: %1.</source>
        <translation>Found in a bundle sealed by: %1.</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="203"/>
        <source>Revoke them, keeping their bundles up to no. %1 at most.</source>
        <translation>Revoke them, keeping their bundles up to no. %1 at most.</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <location filename="../peers/alerts_dialog.py" line="42"/>
        <source>two different bundles with one number</source>
        <translation>two different bundles with one number</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="43"/>
        <source>two different histories of bundles</source>
        <translation>two different histories of bundles</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="44"/>
        <source>one bundle id on two different bundles</source>
        <translation>one bundle id on two different bundles</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="45"/>
        <source>two different changes with one number</source>
        <translation>two different changes with one number</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="86"/>
        <source>%1 (no. %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="91"/>
        <source>seen</source>
        <translation>seen</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="91"/>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="97"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="98"/>
        <source>Whose keys</source>
        <translation>Whose keys</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="99"/>
        <source>What they signed</source>
        <translation>What they signed</translation>
    </message>
    <message>
        <location filename="../peers/alerts_dialog.py" line="100"/>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="167"/>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="163"/>
        <source>Progress of the import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="164"/>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="165"/>
        <source>What was imported</source>
        <translation>What was imported</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../models/attachments.py" line="83"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="84"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="85"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="86"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../models/attachments.py" line="87"/>
        <source>SHA-256 at intake</source>
        <translation>SHA-256 at intake</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <location filename="../workspace/attachments_tab.py" line="59"/>
        <source>Attachments of this case</source>
        <translation>Attachments of this case</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="63"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="64"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="65"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="66"/>
        <source>E&amp;rase file…</source>
        <translation>E&amp;rase file…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="69"/>
        <source>Erase file</source>
        <translation>Erase file</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="70"/>
        <source>Deletes this file and its details for good, and asks colleagues to.</source>
        <translation>Deletes this file and its details for good, and asks colleagues to.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="73"/>
        <source>Or drop files here. They are encrypted into the vault; the originals stay.</source>
        <translation>Or drop files here. They are encrypted into the vault; the originals stay.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="78"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="80"/>
        <location filename="../workspace/attachments_tab.py" line="257"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="152"/>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="190"/>
        <source>Adding %1</source>
        <translation>Adding %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/attachments_tab.py" line="192"/>
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="249"/>
        <source>Export a decrypted copy</source>
        <translation>Export a decrypted copy</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="251"/>
        <source>The exported copy is not encrypted. Anyone who gets the disk or the USB drive it is written to can read it, and deleting it later may not erase it. Export only when you must hand the file to someone or to a court.</source>
        <translation>The exported copy is not encrypted. Anyone who gets the disk or the USB drive it is written to can read it, and deleting it later may not erase it. Export only when you must hand the file to someone or to a court.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="256"/>
        <source>Choose where to export…</source>
        <translation>Choose where to export…</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="269"/>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="279"/>
        <source>Exporting %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="292"/>
        <source>Exported. The copy is not encrypted.</source>
        <translation>Exported. The copy is not encrypted.</translation>
    </message>
    <message>
        <location filename="../workspace/attachments_tab.py" line="210"/>
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <location filename="../viewer/audio.py" line="47"/>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <location filename="../viewer/audio.py" line="48"/>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <location filename="../viewer/audio.py" line="52"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
</context>
<context>
    <name>BundleRefusals</name>
    <message>
        <location filename="../bundles/refusals.py" line="20"/>
        <source>The file is damaged, or it is not a valid bundle.</source>
        <translation>The file is damaged, or it is not a valid bundle.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="23"/>
        <source>This bundle was not sealed to you. Only the colleagues it was sealed to can open it.</source>
        <translation>This bundle was not sealed to you. Only the colleagues it was sealed to can open it.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="27"/>
        <source>It was sealed by someone who is not among your peers. Add their card first (Exchange → Peers…), compare safety numbers, then import it again.</source>
        <translation>It was sealed by someone who is not among your peers. Add their card first (Exchange → Peers…), compare safety numbers, then import it again.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="32"/>
        <source>It was sealed by a colleague you revoked, after the cut-off you set. Their keys may be in someone else&apos;s hands.</source>
        <translation>It was sealed by a colleague you revoked, after the cut-off you set. Their keys may be in someone else&apos;s hands.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="37"/>
        <source>It was re-sealed by someone other than the colleague who signed it: it was forwarded to you. Ask the colleague who made it to seal it to you themselves.</source>
        <translation>It was re-sealed by someone other than the colleague who signed it: it was forwarded to you. Ask the colleague who made it to seal it to you themselves.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="42"/>
        <source>The file is incomplete (perhaps the drive was pulled out while copying). Copy it again and retry.</source>
        <translation>The file is incomplete (perhaps the drive was pulled out while copying). Copy it again and retry.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="47"/>
        <source>The file was changed after it was sealed: damaged on the drive, or altered on purpose.</source>
        <translation>The file was changed after it was sealed: damaged on the drive, or altered on purpose.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="51"/>
        <source>A part of this bundle is missing. Copy all of its parts (.001, .002, …) into one folder and retry.</source>
        <translation>A part of this bundle is missing. Copy all of its parts (.001, .002, …) into one folder and retry.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="56"/>
        <source>A length inside the file is beyond what casebook accepts.</source>
        <translation>A length inside the file is beyond what casebook accepts.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="59"/>
        <source>This is not a casebook bundle. If it is an age file from elsewhere, open it with age.</source>
        <translation>This is not a casebook bundle. If it is an age file from elsewhere, open it with age.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="63"/>
        <source>Its signature does not verify: it cannot be proved who sealed it.</source>
        <translation>Its signature does not verify: it cannot be proved who sealed it.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="66"/>
        <source>It was made by a newer version of casebook. Update casebook to open it.</source>
        <translation>It was made by a newer version of casebook. Update casebook to open it.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="90"/>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../bundles/refusals.py" line="74"/>
        <source>This copy is damaged, but you already have its contents: this bundle was imported before from an intact copy.</source>
        <translation>This copy is damaged, but you already have its contents: this bundle was imported before from an intact copy.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../models/case_list.py" line="168"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="170"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../models/case_list.py" line="185"/>
        <source>This case has conflicting edits</source>
        <translation>This case has conflicting edits</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../workspace/case_list.py" line="41"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="88"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="51"/>
        <source>Show cases with status</source>
        <translation>Show cases with status</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="53"/>
        <source>Filter by title…</source>
        <translation>Filter by title…</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="55"/>
        <source>Filter cases by title</source>
        <translation>Filter cases by title</translation>
    </message>
    <message>
        <location filename="../workspace/case_list.py" line="56"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/case_list.py" line="116"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../workspace/case_view.py" line="63"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="64"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="65"/>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="66"/>
        <source>E&amp;vents</source>
        <translation>E&amp;vents</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="67"/>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="68"/>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <location filename="../workspace/case_view.py" line="69"/>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;story</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../bundles/export_cases.py" line="41"/>
        <source>What to seal</source>
        <translation>What to seal</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="44"/>
        <source>A bundle normally carries every change your recipients do not have yet. Choose cases only to hand over part of your work.</source>
        <translation>A bundle normally carries every change your recipients do not have yet. Choose cases only to hand over part of your work.</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="48"/>
        <source>&amp;Everything the recipients do not have yet</source>
        <translation>&amp;Everything the recipients do not have yet</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="49"/>
        <source>&amp;Only these cases (all of their history):</source>
        <translation>&amp;Only these cases (all of their history):</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="52"/>
        <source>Filter by title</source>
        <translation>Filter by title</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="54"/>
        <source>Filter cases by title</source>
        <translation>Filter cases by title</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="59"/>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../bundles/export_cases.py" line="94"/>
        <source>%1 of %2 cases chosen</source>
        <translation>%1 of %2 cases chosen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="51"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="55"/>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="58"/>
        <source>The new passphrase replaces the old one at once. The recovery code keeps working, and the cases themselves are not touched.</source>
        <translation>The new passphrase replaces the old one at once. The recovery code keeps working, and the cases themselves are not touched.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="65"/>
        <source>or the recovery code</source>
        <translation>or the recovery code</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="68"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="69"/>
        <source>Type the passphrase you unlock with now, or the recovery code.</source>
        <translation>Type the passphrase you unlock with now, or the recovery code.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="74"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="76"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="76"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="76"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="81"/>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="89"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="125"/>
        <source>Type the current passphrase or the recovery code.</source>
        <translation>Type the current passphrase or the recovery code.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="151"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="155"/>
        <source>The passphrase is changed: unlock with the new one from now on. Your recovery code still works as before.</source>
        <translation>The passphrase is changed: unlock with the new one from now on. Your recovery code still works as before.</translation>
    </message>
    <message>
        <location filename="../vault/change_passphrase_dialog.py" line="165"/>
        <source>Changing the passphrase… this takes about a second.</source>
        <translation>Changing the passphrase… this takes about a second.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="50"/>
        <source>Resolve a conflict</source>
        <translation>Resolve a conflict</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="57"/>
        <source>%1, field “%2”, was changed in different places at the same time. Choose the version to keep. The others stay in the history.</source>
        <translation>%1, field “%2”, was changed in different places at the same time. Choose the version to keep. The others stay in the history.</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="70"/>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="74"/>
        <source>Conflicting edits</source>
        <translation>Conflicting edits</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="85"/>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="87"/>
        <source>By %1, %2</source>
        <translation>By %1, %2</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="89"/>
        <source>(shown for now)</source>
        <translation>(shown for now)</translation>
    </message>
    <message>
        <location filename="../workspace/conflict_dialog.py" line="115"/>
        <source>&amp;Keep this version</source>
        <translation>&amp;Keep this version</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <location filename="../unlock/create_panel.py" line="98"/>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="100"/>
        <source>There is no vault here yet: %1</source>
        <translation>There is no vault here yet: %1</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="106"/>
        <source>Choose a passphrase of four or more random words. It protects every case in the vault; nobody can reset it. You will also get a recovery code.</source>
        <translation>Choose a passphrase of four or more random words. It protects every case in the vault; nobody can reset it. You will also get a recovery code.</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="117"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="120"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="126"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="126"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="126"/>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="172"/>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="175"/>
        <source>Measuring this computer&apos;s speed, so that guessing the passphrase is slow for an attacker but unlocking takes you about a second…</source>
        <translation>Measuring this computer&apos;s speed, so that guessing the passphrase is slow for an attacker but unlocking takes you about a second…</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="182"/>
        <source>Progress of vault creation</source>
        <translation>Progress of vault creation</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="196"/>
        <source>Writing the encrypted vault…</source>
        <translation>Writing the encrypted vault…</translation>
    </message>
    <message>
        <location filename="../unlock/create_panel.py" line="212"/>
        <source>&amp;Continue to my cases</source>
        <translation>&amp;Continue to my cases</translation>
    </message>
</context>
<context>
    <name>DeadlinesEditor</name>
    <message>
        <location filename="../workspace/deadlines.py" line="33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="33"/>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="41"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="42"/>
        <source>Add deadline</source>
        <translation>Add deadline</translation>
    </message>
    <message>
        <location filename="../workspace/deadlines.py" line="43"/>
        <source>Remove deadline</source>
        <translation>Remove deadline</translation>
    </message>
</context>
<context>
    <name>DeepEraseDialog</name>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="55"/>
        <location filename="../vault/deep_erase_dialog.py" line="60"/>
        <source>Deep erase</source>
        <translation>Deep erase</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="63"/>
        <source>Deep erase rewrites the whole vault under a new master key and destroys the old one. Erased values may still lie in old blocks of this drive (SSDs and flash drives keep them); those blocks then belong to a key that no longer exists anywhere, and cannot be read.</source>
        <translation>Deep erase rewrites the whole vault under a new master key and destroys the old one. Erased values may still lie in old blocks of this drive (SSDs and flash drives keep them); those blocks then belong to a key that no longer exists anywhere, and cannot be read.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="73"/>
        <source>You get a new recovery code at the end: the code you wrote down before stops working. Your passphrase stays the same.</source>
        <translation>You get a new recovery code at the end: the code you wrote down before stops working. Your passphrase stays the same.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="81"/>
        <source>What it cannot do: a copy of the vault taken before today (a disk image, a backup) still opens with your passphrase, so anyone who holds such a copy and forces you to tell the passphrase can read it, erased values included. Bundles already sent and colleagues&apos; copies are not touched.</source>
        <translation>What it cannot do: a copy of the vault taken before today (a disk image, a backup) still opens with your passphrase, so anyone who holds such a copy and forces you to tell the passphrase can read it, erased values included. Bundles already sent and colleagues&apos; copies are not touched.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="93"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="94"/>
        <source>Type the passphrase you unlock with; the recovery code is not accepted.</source>
        <translation>Type the passphrase you unlock with; the recovery code is not accepted.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="98"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="101"/>
        <source>Deep erase progress</source>
        <translation>Deep erase progress</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="108"/>
        <source>&amp;Deep erase</source>
        <translation>&amp;Deep erase</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="111"/>
        <location filename="../vault/deep_erase_dialog.py" line="219"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="125"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="129"/>
        <source>The vault is now under a new master key. The recovery code you wrote down before no longer works.</source>
        <translation>The vault is now under a new master key. The recovery code you wrote down before no longer works.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="161"/>
        <source>Type the current passphrase first.</source>
        <translation>Type the current passphrase first.</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="193"/>
        <location filename="../vault/deep_erase_dialog.py" line="216"/>
        <source>Checking the passphrase and making the new keys…</source>
        <translation>Checking the passphrase and making the new keys…</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="195"/>
        <source>Copying the vault under the new key…</source>
        <translation>Copying the vault under the new key…</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="219"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../vault/deep_erase_dialog.py" line="225"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <location filename="../bundles/export_destination.py" line="42"/>
        <source>Where to write it</source>
        <translation>Where to write it</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="45"/>
        <source>Choose a folder, usually on the USB drive. The file gets a neutral random name that says nothing about the cases or casebook.</source>
        <translation>Choose a folder, usually on the USB drive. The file gets a neutral random name that says nothing about the cases or casebook.</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="50"/>
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="51"/>
        <source>Destination folder</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="52"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="53"/>
        <location filename="../bundles/export_destination.py" line="84"/>
        <source>Choose the destination folder</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="58"/>
        <source>Automatically (4 GiB parts on FAT32 drives)</source>
        <translation>Automatically (4 GiB parts on FAT32 drives)</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="59"/>
        <source>650 MiB parts (CD)</source>
        <translation>650 MiB parts (CD)</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="60"/>
        <source>4 GiB parts</source>
        <translation>4 GiB parts</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="61"/>
        <source>Parts of my own size…</source>
        <translation>Parts of my own size…</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="62"/>
        <source>Split into parts</source>
        <translation>Split into parts</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="64"/>
        <source>for example 700M or 2G</source>
        <translation>for example 700M or 2G</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="65"/>
        <source>Size of each part</source>
        <translation>Size of each part</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="68"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="69"/>
        <source>&amp;Split:</source>
        <translation>&amp;Split:</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="70"/>
        <source>Part si&amp;ze:</source>
        <translation>Part si&amp;ze:</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="102"/>
        <source>This folder does not exist. Is the drive connected?</source>
        <translation>This folder does not exist. Is the drive connected?</translation>
    </message>
    <message>
        <location filename="../bundles/export_destination.py" line="107"/>
        <source>Write a size such as 700M or 2G (at least 1M).</source>
        <translation>Write a size such as 700M or 2G (at least 1M).</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../erasure/erase_dialog.py" line="91"/>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="95"/>
        <source>Erase this field</source>
        <translation>Erase this field</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="95"/>
        <source>Erase this record</source>
        <translation>Erase this record</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="98"/>
        <source>What is erased</source>
        <translation>What is erased</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="103"/>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="106"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="107"/>
        <source>Colleagues see this reason with the erasure request; it is never free text.</source>
        <translation>Colleagues see this reason with the erasure request; it is never free text.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="111"/>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="112"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="114"/>
        <location filename="../erasure/erase_dialog.py" line="116"/>
        <source>Who already has a copy</source>
        <translation>Who already has a copy</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="115"/>
        <source>Looking at what was sent…</source>
        <translation>Looking at what was sent…</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="119"/>
        <source>Copies on USB sticks, in printouts and in reports stay with whoever has them: casebook cannot reach them.</source>
        <translation>Copies on USB sticks, in printouts and in reports stay with whoever has them: casebook cannot reach them.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="133"/>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="136"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="173"/>
        <source>%1, field “%2”</source>
        <translation>%1, field “%2”</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="178"/>
        <source>%1, with every field and its %n note(s)</source>
        <translation>
            <numerusform>%1, with every field and its %n note</numerusform>
            <numerusform>%1, with every field and its %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="181"/>
        <source>%1, with everything in it (%n record(s))</source>
        <translation>
            <numerusform>%1, with everything in it (%n record)</numerusform>
            <numerusform>%1, with everything in it (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="184"/>
        <source>%1, with every field</source>
        <translation>%1, with every field</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="189"/>
        <source>This field holds nothing to erase.</source>
        <translation>This field holds nothing to erase.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="193"/>
        <source>Here, %n value(s) are deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that it was erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</source>
        <translation>
            <numerusform>Here, %n value is deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that it was erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</numerusform>
            <numerusform>Here, %n values are deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that they were erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="207"/>
        <source>No colleague received this from you in a bundle.</source>
        <translation>No colleague received this from you in a bundle.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="209"/>
        <source>These colleagues already received it from you:</source>
        <translation>These colleagues already received it from you:</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="212"/>
        <source>Their copies remain until their casebook honours the erasure request. Casebook cannot prove that it did.</source>
        <translation>Their copies remain until their casebook honours the erasure request. Casebook cannot prove that it did.</translation>
    </message>
    <message>
        <location filename="../erasure/erase_dialog.py" line="223"/>
        <source>someone no longer among your colleagues (key %1)</source>
        <translation>someone no longer among your colleagues (key %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/erase_dialog.py" line="228"/>
        <source>%1: %n bundle(s) (no. %2), the last sealed on %3</source>
        <translation>
            <numerusform>%1: %n bundle (no. %2), sealed on %3</numerusform>
            <numerusform>%1: %n bundles (no. %2), the last sealed on %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="../erasure/reasons.py" line="19"/>
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="20"/>
        <source>Someone&apos;s safety</source>
        <translation>Someone&apos;s safety</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="21"/>
        <source>Entered by mistake</source>
        <translation>Entered by mistake</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="22"/>
        <source>Court order</source>
        <translation>Court order</translation>
    </message>
    <message>
        <location filename="../erasure/reasons.py" line="23"/>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <location filename="../erasure/fields.py" line="31"/>
        <source>&amp;Erase this field…</source>
        <translation>&amp;Erase this field…</translation>
    </message>
    <message>
        <location filename="../erasure/fields.py" line="76"/>
        <source>The colleague who wrote this value did not share it with you, so it cannot be changed here.</source>
        <translation>The colleague who wrote this value did not share it with you, so it cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>ErasureRequestsDialog</name>
    <message>
        <location filename="../erasure/requests_dialog.py" line="44"/>
        <location filename="../erasure/requests_dialog.py" line="87"/>
        <source>Erasure requests</source>
        <translation>Erasure requests</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="48"/>
        <source>Values erased here, by you or at a colleague&apos;s request. When a colleague asks to erase a value that someone else wrote, casebook hides it at once and waits for you: confirm the erasure to delete it from this laptop for good.</source>
        <translation>Values erased here, by you or at a colleague&apos;s request. When a colleague asks to erase a value that someone else wrote, casebook hides it at once and waits for you: confirm the erasure to delete it from this laptop for good.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="56"/>
        <source>Erasures</source>
        <translation>Erasures</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="69"/>
        <source>Nothing has been erased in this vault.</source>
        <translation>Nothing has been erased in this vault.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="71"/>
        <source>About the chosen erasure</source>
        <translation>About the chosen erasure</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="72"/>
        <source>&amp;Confirm erasure</source>
        <translation>&amp;Confirm erasure</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="75"/>
        <source>Confirm erasure</source>
        <translation>Confirm erasure</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="76"/>
        <source>Deletes the hidden value from this laptop for good.</source>
        <translation>Deletes the hidden value from this laptop for good.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="84"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="138"/>
        <source>%1 asked to erase: %2.</source>
        <translation>%1 asked to erase: %2.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="141"/>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="144"/>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/requests_dialog.py" line="148"/>
        <source>%n value(s) are hidden here already: not shown, not searched, not sent to anyone. Confirming deletes them from this laptop for good; it cannot be undone. Until then they stay hidden, in case the request did not really come from your colleague.</source>
        <translation>
            <numerusform>%n value is hidden here already: not shown, not searched, not sent to anyone. Confirming deletes it from this laptop for good; it cannot be undone. Until then it stays hidden, in case the request did not really come from your colleague.</numerusform>
            <numerusform>%n values are hidden here already: not shown, not searched, not sent to anyone. Confirming deletes them from this laptop for good; it cannot be undone. Until then they stay hidden, in case the request did not really come from your colleague.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="163"/>
        <source>Received the erasure request: %1. Casebook cannot prove that their copies are gone.</source>
        <translation>Received the erasure request: %1. Casebook cannot prove that their copies are gone.</translation>
    </message>
    <message>
        <location filename="../erasure/requests_dialog.py" line="170"/>
        <source>No colleague has received the erasure request yet. It goes out with your next bundle to each of them.</source>
        <translation>No colleague has received the erasure request yet. It goes out with your next bundle to each of them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/requests_dialog.py" line="175"/>
        <source>Deleted from this vault: %n value(s).</source>
        <translation>
            <numerusform>Deleted from this vault: %n value.</numerusform>
            <numerusform>Deleted from this vault: %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../erasure/requests_dialog.py" line="179"/>
        <source>Not received here yet: %n value(s). If they arrive, they will not be kept.</source>
        <translation>
            <numerusform>Not received here yet: %n value. If it arrives, it will not be kept.</numerusform>
            <numerusform>Not received here yet: %n values. If they arrive, they will not be kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasuresModel</name>
    <message>
        <location filename="../models/erasures.py" line="114"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="123"/>
        <source>%1, the whole record</source>
        <translation>%1, the whole record</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="129"/>
        <source>hidden here, waiting for your confirmation</source>
        <translation>hidden here, waiting for your confirmation</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="132"/>
        <source>erased here; request not received yet</source>
        <translation>erased here; request not received yet</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="134"/>
        <source>erased here; request received by: %1</source>
        <translation>erased here; request received by: %1</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="136"/>
        <source>erased here</source>
        <translation>erased here</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="138"/>
        <source>not received here; it will never be kept</source>
        <translation>not received here; it will never be kept</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="139"/>
        <source>nothing of it is held here</source>
        <translation>nothing of it is held here</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="156"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="157"/>
        <source>Who asked</source>
        <translation>Who asked</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="158"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="159"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../models/erasures.py" line="160"/>
        <source>State</source>
        <translation>State</translation>
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
        <translation>Something unexpected went wrong. What you had saved is safe. If it happens again, lock casebook and start it again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="49"/>
        <source>The passphrase is wrong, or the vault&apos;s key file is damaged. Try again, or use the recovery code.</source>
        <translation>The passphrase is wrong, or the vault&apos;s key file is damaged. Try again, or use the recovery code.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="54"/>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>The vault is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="55"/>
        <source>There is no vault in this folder. Create one, or choose another folder.</source>
        <translation>There is no vault in this folder. Create one, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="58"/>
        <source>A vault already exists in this folder. Choose an empty folder.</source>
        <translation>A vault already exists in this folder. Choose an empty folder.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="61"/>
        <source>The vault is damaged. See what is damaged with Vault → Check vault integrity…, and restore from a bundle or a backup.</source>
        <translation>The vault is damaged. See what is damaged with Vault → Check vault integrity…, and restore from a bundle or a backup.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="66"/>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>The disk is full. Free some space and try again; nothing saved was lost.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="69"/>
        <source>The drive could not be read or written. Check that it is connected and try again.</source>
        <translation>The drive could not be read or written. Check that it is connected and try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="73"/>
        <source>The vault is busy: a casebook command or another casebook window is writing to it. Wait for it to finish and try again; nothing was changed.</source>
        <translation>The vault is busy: a casebook command or another casebook window is writing to it. Wait for it to finish and try again; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="78"/>
        <source>This vault is on a write-protected drive: it can be read, not changed. To change it, copy the vault folder to a writable drive.</source>
        <translation>This vault is on a write-protected drive: it can be read, not changed. To change it, copy the vault folder to a writable drive.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="83"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="84"/>
        <source>This data failed its integrity check: it is damaged, truncated or forged.</source>
        <translation>This data failed its integrity check: it is damaged, truncated or forged.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="87"/>
        <source>COMPROMISE ALERT: a colleague&apos;s key signed two different histories. Nothing from this bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them in person what happened.</source>
        <translation>COMPROMISE ALERT: a colleague&apos;s key signed two different histories. Nothing from this bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them in person what happened.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="93"/>
        <source>Some chosen colleagues are not verified yet. Compare safety numbers with them first, or confirm that you want to seal to them anyway.</source>
        <translation>Some chosen colleagues are not verified yet. Compare safety numbers with them first, or confirm that you want to seal to them anyway.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="98"/>
        <source>A colleague&apos;s key signed two different histories: treat that key as compromised. Nothing after the fork is trusted.</source>
        <translation>A colleague&apos;s key signed two different histories: treat that key as compromised. Nothing after the fork is trusted.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="103"/>
        <source>The bundle was refused and nothing was changed.</source>
        <translation>The bundle was refused and nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="104"/>
        <source>This key belongs to nobody you have added as a peer. Add their card first.</source>
        <translation>This key belongs to nobody you have added as a peer. Add their card first.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="107"/>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="112"/>
        <source>A number here is longer than any valid value: nothing was changed.</source>
        <translation>A number here is longer than any valid value: nothing was changed.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="115"/>
        <source>This value is not valid here. Correct it and try again.</source>
        <translation>This value is not valid here. Correct it and try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="118"/>
        <source>The operation failed and nothing was changed. Try again.</source>
        <translation>The operation failed and nothing was changed. Try again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="126"/>
        <source>There is no file at this place. Check the name, or choose the file again.</source>
        <translation>There is no file at this place. Check the name, or choose the file again.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="129"/>
        <source>This is a folder, not a file. Choose the file itself.</source>
        <translation>This is a folder, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="130"/>
        <source>This is a named pipe, not a file. Choose the file itself.</source>
        <translation>This is a named pipe, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="133"/>
        <source>This is a device, not a file. Choose the file itself.</source>
        <translation>This is a device, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="134"/>
        <source>This is a socket, not a file. Choose the file itself.</source>
        <translation>This is a socket, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <location filename="../errors.py" line="109"/>
        <location filename="../errors.py" line="135"/>
        <source>This is not an ordinary file. Choose the file itself.</source>
        <translation>This is not an ordinary file. Choose the file itself.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../models/events.py" line="86"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="87"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="88"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="89"/>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="97"/>
        <source>Has conflicting edits</source>
        <translation>Has conflicting edits</translation>
    </message>
    <message>
        <location filename="../models/events.py" line="99"/>
        <source>Approximate date</source>
        <translation>Approximate date</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../workspace/events_tab.py" line="48"/>
        <source>Events of this case</source>
        <translation>Events of this case</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="53"/>
        <source>&amp;Add event…</source>
        <translation>&amp;Add event…</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="54"/>
        <location filename="../workspace/events_tab.py" line="186"/>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="55"/>
        <source>E&amp;rase event…</source>
        <translation>E&amp;rase event…</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="58"/>
        <source>Erase event</source>
        <translation>Erase event</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="59"/>
        <source>Deletes every value of this event for good, and asks colleagues to.</source>
        <translation>Deletes every value of this event for good, and asks colleagues to.</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="63"/>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="64"/>
        <source>&amp;Who took part:</source>
        <translation>&amp;Who took part:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="162"/>
        <source>Add an event</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="163"/>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="163"/>
        <source>Wh&amp;en:</source>
        <translation>Wh&amp;en:</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="164"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="165"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../workspace/events_tab.py" line="187"/>
        <source>Delete this event from the case? The history keeps what was recorded.</source>
        <translation>Delete this event from the case? The history keeps what was recorded.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <location filename="../bundles/export_wizard.py" line="67"/>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="64"/>
        <source>&amp;Seal</source>
        <translation>&amp;Seal</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="111"/>
        <source>Sealing: reading, encrypting and checking what was written…</source>
        <translation>Sealing: reading, encrypting and checking what was written…</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="119"/>
        <source>Not sealed</source>
        <translation>Not sealed</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="122"/>
        <source>Cancelled. No bundle was written.</source>
        <translation>Cancelled. No bundle was written.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="127"/>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="128"/>
        <source>The bundle was written, read back and checked.</source>
        <translation>The bundle was written, read back and checked.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="136"/>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="138"/>
        <source>Bundle no. %1, for: %2.</source>
        <translation>Bundle no. %1, for: %2.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="141"/>
        <source>Changes: %1. Attachments: %2 (%3).</source>
        <translation>Changes: %1. Attachments: %2 (%3).</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="145"/>
        <source>Size on the drive: %1.</source>
        <translation>Size on the drive: %1.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="148"/>
        <source>In %1 parts: copy all of them.</source>
        <translation>In %1 parts: copy all of them.</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="151"/>
        <source>Your recipients already had everything: the bundle is empty.</source>
        <translation>Your recipients already had everything: the bundle is empty.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="63"/>
        <location filename="../bundles/import_wizard.py" line="88"/>
        <source>Choose the bundle</source>
        <translation>Choose the bundle</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="66"/>
        <source>A bundle is a file a colleague sealed for you, usually on a USB drive. If it came in parts (.001, .002, …), choose any of them.</source>
        <translation>A bundle is a file a colleague sealed for you, usually on a USB drive. If it came in parts (.001, .002, …), choose any of them.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="71"/>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="72"/>
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="73"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="74"/>
        <source>Choose the bundle file</source>
        <translation>Choose the bundle file</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="79"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../models/history.py" line="146"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="176"/>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="178"/>
        <source>file added</source>
        <translation>file added</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="181"/>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="181"/>
        <location filename="../models/history.py" line="189"/>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="183"/>
        <source>%1 (conflict resolved)</source>
        <translation>%1 (conflict resolved)</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="186"/>
        <source>erased (the whole record)</source>
        <translation>erased (the whole record)</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="187"/>
        <source>%1 erased</source>
        <translation>%1 erased</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="201"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="203"/>
        <source>replaced later</source>
        <translation>replaced later</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="205"/>
        <source>clock far in the future</source>
        <translation>clock far in the future</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="211"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="212"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="213"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="214"/>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="215"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../models/history.py" line="216"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../workspace/history_tab.py" line="41"/>
        <source>Changes to this case</source>
        <translation>Changes to this case</translation>
    </message>
    <message>
        <location filename="../workspace/history_tab.py" line="60"/>
        <source>Conflicting edits</source>
        <translation>Conflicting edits</translation>
    </message>
    <message>
        <location filename="../workspace/history_tab.py" line="61"/>
        <source>&amp;Compare and resolve…</source>
        <translation>&amp;Compare and resolve…</translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/history_tab.py" line="95"/>
        <source>%1 — %2: %n versions</source>
        <translation>
            <numerusform>%1 — %2: %n version</numerusform>
            <numerusform>%1 — %2: %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workspace/history_tab.py" line="103"/>
        <source>%n field(s) have conflicting edits from different devices or people.</source>
        <translation>
            <numerusform>%n field has conflicting edits from different devices or people.</numerusform>
            <numerusform>%n fields have conflicting edits from different devices or people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="181"/>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="177"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="214"/>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="238"/>
        <source>Sealed by you</source>
        <translation>Sealed by you</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="239"/>
        <source>You sealed this bundle yourself, with this vault&apos;s keys.</source>
        <translation>You sealed this bundle yourself, with this vault&apos;s keys.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="248"/>
        <source>Sealed by %1</source>
        <translation>Sealed by %1</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="283"/>
        <source>every change its sender&apos;s recipients did not have yet</source>
        <translation>every change its sender&apos;s recipients did not have yet</translation>
    </message>
    <message numerus="yes">
        <location filename="../bundles/import_wizard.py" line="285"/>
        <source>%n case(s), with all of their history</source>
        <translation>
            <numerusform>%n case, with all of its history</numerusform>
            <numerusform>%n cases, with all of their history</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="287"/>
        <source>Bundle no. %1, sealed on %2.</source>
        <translation>Bundle no. %1, sealed on %2.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="290"/>
        <source>It carries %1.</source>
        <translation>It carries %1.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="291"/>
        <source>Changes: %1.</source>
        <translation>Changes: %1.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="292"/>
        <source>Attachments: %1 (%2).</source>
        <translation>Attachments: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="295"/>
        <source>Recipients: %1.</source>
        <translation>Recipients: %1.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="296"/>
        <source>Size: %1 in %2 file(s).</source>
        <translation>Size: %1 in %2 file(s).</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="312"/>
        <source>Import checks every signature and every attachment again, then applies all of it at once, or nothing.</source>
        <translation>Import checks every signature and every attachment again, then applies all of it at once, or nothing.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="331"/>
        <source>Checking and applying the bundle…</source>
        <translation>Checking and applying the bundle…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="339"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="342"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="347"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="356"/>
        <source>This bundle was already imported: nothing changed.</source>
        <translation>This bundle was already imported: nothing changed.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="357"/>
        <source>Every signature and attachment checked out; all of it was applied.</source>
        <translation>Every signature and attachment checked out; all of it was applied.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="362"/>
        <source>Changes: %1, of which %2 new.</source>
        <translation>Changes: %1, of which %2 new.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="365"/>
        <source>Attachments: %1, of which %2 new.</source>
        <translation>Attachments: %1, of which %2 new.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="372"/>
        <source>Conflicts: %1. Colleagues edited the same thing differently; each case&apos;s History tab shows them side by side to resolve.</source>
        <translation>Conflicts: %1. Colleagues edited the same thing differently; each case&apos;s History tab shows them side by side to resolve.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="377"/>
        <source>Conflicts: none.</source>
        <translation>Conflicts: none.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="381"/>
        <source>%1 change(s) signed by colleagues you revoked, after their cut-off, were left out. Tell the sender whom you revoked.</source>
        <translation>%1 change(s) signed by colleagues you revoked, after their cut-off, were left out. Tell the sender whom you revoked.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="387"/>
        <source>The sender has a new encryption key; your next bundles to them use it.</source>
        <translation>The sender has a new encryption key; your next bundles to them use it.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="392"/>
        <source>%1 change(s) are dated in the future: the sender&apos;s clock may be wrong.</source>
        <translation>%1 change(s) are dated in the future: the sender&apos;s clock may be wrong.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="398"/>
        <source>The sender is not verified yet: compare safety numbers before you rely on what they sent.</source>
        <translation>The sender is not verified yet: compare safety numbers before you rely on what they sent.</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="305"/>
        <source>A bundle with this number was already imported. Import checks this copy in full and says whether it is intact; it changes nothing.</source>
        <translation>A bundle with this number was already imported. Import checks this copy in full and says whether it is intact; it changes nothing.</translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <location filename="../models/interviews.py" line="66"/>
        <source>(no interviewee yet)</source>
        <translation>(no interviewee yet)</translation>
    </message>
    <message>
        <location filename="../models/interviews.py" line="71"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../models/interviews.py" line="72"/>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <location filename="../workspace/interviews_tab.py" line="47"/>
        <source>Interviews of this case</source>
        <translation>Interviews of this case</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="48"/>
        <source>&amp;New interview</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="49"/>
        <source>E&amp;rase interview…</source>
        <translation>E&amp;rase interview…</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="52"/>
        <source>Erase interview</source>
        <translation>Erase interview</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="53"/>
        <source>Deletes every detail of this interview for good, and asks colleagues to.</source>
        <translation>Deletes every detail of this interview for good, and asks colleagues to.</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="56"/>
        <location filename="../workspace/interviews_tab.py" line="132"/>
        <source>Hide &amp;details</source>
        <translation>Hide &amp;details</translation>
    </message>
    <message>
        <location filename="../workspace/interviews_tab.py" line="132"/>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <location filename="../bundles/job_wizard.py" line="103"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="104"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="105"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="106"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../bundles/job_wizard.py" line="143"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../labels.py" line="23"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../labels.py" line="26"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../labels.py" line="27"/>
        <source>Note segment</source>
        <translation>Note segment</translation>
    </message>
    <message>
        <location filename="../labels.py" line="28"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../labels.py" line="29"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../labels.py" line="35"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../labels.py" line="36"/>
        <location filename="../labels.py" line="51"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38"/>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39"/>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40"/>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42"/>
        <source>Legal articles</source>
        <translation>Legal articles</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43"/>
        <location filename="../labels.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44"/>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45"/>
        <location filename="../labels.py" line="66"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50"/>
        <location filename="../labels.py" line="58"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../labels.py" line="52"/>
        <source>Detention type</source>
        <translation>Detention type</translation>
    </message>
    <message>
        <location filename="../labels.py" line="53"/>
        <source>Legal article</source>
        <translation>Legal article</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54"/>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55"/>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59"/>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60"/>
        <source>Consent note</source>
        <translation>Consent note</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62"/>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64"/>
        <location filename="../labels.py" line="65"/>
        <source>Linked record</source>
        <translation>Linked record</translation>
    </message>
    <message>
        <location filename="../labels.py" line="70"/>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <location filename="../labels.py" line="71"/>
        <source>hidden until you confirm the erasure</source>
        <translation>hidden until you confirm the erasure</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72"/>
        <source>not shared with you</source>
        <translation>not shared with you</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74"/>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <location filename="../labels.py" line="116"/>
        <source>(cleared)</source>
        <translation>(cleared)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../workspace/link_dialog.py" line="42"/>
        <source>Link note</source>
        <translation>Link note</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="47"/>
        <source>People and events</source>
        <translation>People and events</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="49"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="53"/>
        <source>What is this note about?</source>
        <translation>What is this note about?</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="56"/>
        <source>Each tick is saved at once.</source>
        <translation>Each tick is saved at once.</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="71"/>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <location filename="../workspace/link_dialog.py" line="73"/>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_actions.py" line="135"/>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="136"/>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Search all cases…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="137"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="138"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="140"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="143"/>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="146"/>
        <source>New &amp;recovery code…</source>
        <translation>New &amp;recovery code…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="149"/>
        <source>Check vault &amp;integrity…</source>
        <translation>Check vault &amp;integrity…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="151"/>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Vocabularies…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="152"/>
        <source>&amp;Deep erase…</source>
        <translation>&amp;Deep erase…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="153"/>
        <source>E&amp;rasure requests…</source>
        <translation>E&amp;rasure requests…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="154"/>
        <source>&amp;Peers…</source>
        <translation>&amp;Peers…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="155"/>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="157"/>
        <source>Seal changes for colleagues into a bundle (Ctrl+E)</source>
        <translation>Seal changes for colleagues into a bundle (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="161"/>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="163"/>
        <source>Open a bundle from a colleague (Ctrl+I)</source>
        <translation>Open a bundle from a colleague (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="165"/>
        <source>Compromise &amp;alerts…</source>
        <translation>Compromise &amp;alerts…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="166"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="167"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="168"/>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="171"/>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="184"/>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="189"/>
        <source>E&amp;xchange</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="176"/>
        <source>casebook locked before the new recovery code was written down. The old code no longer works: make another one (Vault → New recovery code…).</source>
        <translation>casebook locked before the new recovery code was written down. The old code no longer works: make another one (Vault → New recovery code…).</translation>
    </message>
    <message>
        <location filename="../main_actions.py" line="260"/>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="275"/>
        <source>%n compromise alert(s) not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</source>
        <translation>
            <numerusform>%n compromise alert not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</numerusform>
            <numerusform>%n compromise alerts not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="284"/>
        <source>%n erasure request(s) from colleagues wait for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</source>
        <translation>
            <numerusform>%n erasure request from a colleague waits for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</numerusform>
            <numerusform>%n erasure requests from colleagues wait for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="314"/>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="268"/>
        <source>Opened read-only: this drive is write-protected. You can read and search; changes cannot be saved here.</source>
        <translation>Opened read-only: this drive is write-protected. You can read and search; changes cannot be saved here.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="48"/>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="53"/>
        <source>Make a new recovery code</source>
        <translation>Make a new recovery code</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="56"/>
        <source>The new code replaces the old one: the code you wrote down before stops working at once. Make a new code if the old one was lost or someone else may have seen it. Your passphrase stays the same.</source>
        <translation>The new code replaces the old one: the code you wrote down before stops working at once. Make a new code if the old one was lost or someone else may have seen it. Your passphrase stays the same.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="66"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="67"/>
        <source>Type the passphrase you unlock with now.</source>
        <translation>Type the passphrase you unlock with now.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="71"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="75"/>
        <source>Making a new recovery code</source>
        <translation>Making a new recovery code</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="82"/>
        <source>&amp;Make a new code</source>
        <translation>&amp;Make a new code</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="99"/>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="101"/>
        <source>The code you wrote down before no longer works.</source>
        <translation>The code you wrote down before no longer works.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="130"/>
        <source>Type the current passphrase first.</source>
        <translation>Type the current passphrase first.</translation>
    </message>
    <message>
        <location filename="../vault/recovery_code_dialog.py" line="158"/>
        <source>Making the new code… this takes about a second.</source>
        <translation>Making the new code… this takes about a second.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <location filename="../workspace/note_panel.py" line="76"/>
        <source>Notes of this interview</source>
        <translation>Notes of this interview</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="88"/>
        <source>Type a note and press Enter…</source>
        <translation>Type a note and press Enter…</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="91"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="92"/>
        <source>Enter adds the note with the time; Shift+Enter starts a new line.</source>
        <translation>Enter adds the note with the time; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="94"/>
        <source>&amp;New note:</source>
        <translation>&amp;New note:</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="98"/>
        <source>Enter adds the note with the current time · Shift+Enter starts a new line · unsent text is kept in the vault as a draft</source>
        <translation>Enter adds the note with the current time · Shift+Enter starts a new line · unsent text is kept in the vault as a draft</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="105"/>
        <source>&amp;Link note to people and events…</source>
        <translation>&amp;Link note to people and events…</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="107"/>
        <source>&amp;Erase note…</source>
        <translation>&amp;Erase note…</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="110"/>
        <source>Erase note</source>
        <translation>Erase note</translation>
    </message>
    <message>
        <location filename="../workspace/note_panel.py" line="111"/>
        <source>Deletes the selected note&apos;s text for good, and asks colleagues to.</source>
        <translation>Deletes the selected note&apos;s text for good, and asks colleagues to.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../workspace/overview_tab.py" line="61"/>
        <source>Opened %1 · last change %2</source>
        <translation>Opened %1 · last change %2</translation>
    </message>
</context>
<context>
    <name>PassphraseChooser</name>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="35"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="37"/>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="42"/>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="73"/>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="74"/>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="75"/>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="76"/>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="77"/>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="80"/>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message numerus="yes">
        <location filename="../unlock/passphrase_chooser.py" line="82"/>
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="84"/>
        <source>%1: add more words.</source>
        <translation>%1: add more words.</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="86"/>
        <source>%1. Now repeat it in the second field.</source>
        <translation>%1. Now repeat it in the second field.</translation>
    </message>
    <message>
        <location filename="../unlock/passphrase_chooser.py" line="90"/>
        <source>%1. The passphrases match.</source>
        <translation>%1. The passphrases match.</translation>
    </message>
</context>
<context>
    <name>PeerMarks</name>
    <message>
        <location filename="../peer_book.py" line="45"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="47"/>
        <source>You compared safety numbers with this colleague: their key is theirs.</source>
        <translation>You compared safety numbers with this colleague: their key is theirs.</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="53"/>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="55"/>
        <source>Safety numbers not compared yet: a stranger&apos;s key could stand in for this colleague&apos;s. Compare them in person or on a call.</source>
        <translation>Safety numbers not compared yet: a stranger&apos;s key could stand in for this colleague&apos;s. Compare them in person or on a call.</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="63"/>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="65"/>
        <source>Revoked: nothing is sealed to this colleague, and nothing from them after the cut-off is accepted.</source>
        <translation>Revoked: nothing is sealed to this colleague, and nothing from them after the cut-off is accepted.</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="112"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../peer_book.py" line="115"/>
        <source>unknown key %1</source>
        <translation>unknown key %1</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <location filename="../peers/peers_dialog.py" line="64"/>
        <location filename="../peers/peers_dialog.py" line="155"/>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="68"/>
        <source>Colleagues you exchange sealed bundles with. Before you trust a colleague, compare safety numbers with them in person or on a call.</source>
        <translation>Colleagues you exchange sealed bundles with. Before you trust a colleague, compare safety numbers with them in person or on a call.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="75"/>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="79"/>
        <source>QR code of your identity card</source>
        <translation>QR code of your identity card</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="81"/>
        <source>Your key id</source>
        <translation>Your key id</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="86"/>
        <source>Your age recipient</source>
        <translation>Your age recipient</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="87"/>
        <source>The public key colleagues seal to; the age tool accepts it too.</source>
        <translation>The public key colleagues seal to; the age tool accepts it too.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="91"/>
        <source>Give colleagues this card as a file, or let them read the QR code. It holds public keys only, and no name.</source>
        <translation>Give colleagues this card as a file, or let them read the QR code. It holds public keys only, and no name.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="97"/>
        <source>&amp;Save my card…</source>
        <translation>&amp;Save my card…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="98"/>
        <source>Save my card to a file</source>
        <translation>Save my card to a file</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="99"/>
        <source>Rotate my encryption &amp;key…</source>
        <translation>Rotate my encryption &amp;key…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="102"/>
        <source>Rotate my encryption key</source>
        <translation>Rotate my encryption key</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="103"/>
        <source>A new key for what colleagues seal to you; the old ones can be forgotten.</source>
        <translation>A new key for what colleagues seal to you; the old ones can be forgotten.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="115"/>
        <location filename="../peers/peers_dialog.py" line="117"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="119"/>
        <source>No colleagues yet. Add one from the card file they gave you.</source>
        <translation>No colleagues yet. Add one from the card file they gave you.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="125"/>
        <source>About the chosen colleague</source>
        <translation>About the chosen colleague</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="127"/>
        <location filename="../peers/peers_dialog.py" line="129"/>
        <source>What they hold from me</source>
        <translation>What they hold from me</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="131"/>
        <source>&amp;Add from card file…</source>
        <translation>&amp;Add from card file…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="132"/>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Compare safety numbers…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="133"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="152"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="181"/>
        <location filename="../peers/peers_dialog.py" line="253"/>
        <source>Key id: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="190"/>
        <source>Save my card</source>
        <translation>Save my card</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="204"/>
        <source>Your card was saved to %1. It holds no secret.</source>
        <translation>Your card was saved to %1. It holds no secret.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="254"/>
        <source>Added on %1.</source>
        <translation>Added on %1.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="255"/>
        <source>Bundles received from them: %1. Bundles sealed to them: %2.</source>
        <translation>Bundles received from them: %1. Bundles sealed to them: %2.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="271"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="282"/>
        <source>You have sealed no bundle to them.</source>
        <translation>You have sealed no bundle to them.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="284"/>
        <source>Bundles you sealed to them, and the values each carried:</source>
        <translation>Bundles you sealed to them, and the values each carried:</translation>
    </message>
    <message numerus="yes">
        <location filename="../peers/peers_dialog.py" line="287"/>
        <source>no. %1, sealed on %2: %n value(s)</source>
        <translation>
            <numerusform>no. %1, sealed on %2: %n value</numerusform>
            <numerusform>no. %1, sealed on %2: %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../peers/peers_dialog.py" line="291"/>
        <source>… and %n earlier bundle(s)</source>
        <translation>
            <numerusform>… and %n earlier bundle</numerusform>
            <numerusform>… and %n earlier bundles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="294"/>
        <source>This is what you sent; casebook cannot know what they kept, passed on or erased.</source>
        <translation>This is what you sent; casebook cannot know what they kept, passed on or erased.</translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="308"/>
        <source>Your new encryption key is in your card. Colleagues get it with your next bundle to each of them.</source>
        <translation>Your new encryption key is in your card. Colleagues get it with your next bundle to each of them.</translation>
    </message>
    <message numerus="yes">
        <location filename="../peers/peers_dialog.py" line="312"/>
        <source>%n old key(s) forgotten.</source>
        <translation>
            <numerusform>%n old key forgotten.</numerusform>
            <numerusform>%n old keys forgotten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../peers/peers_dialog.py" line="324"/>
        <source>%1 was added, unverified. Compare safety numbers with them now.</source>
        <translation>%1 was added, unverified. Compare safety numbers with them now.</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <location filename="../models/peers.py" line="62"/>
        <source>after no. %1</source>
        <translation>after no. %1</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="70"/>
        <location filename="../models/peers.py" line="77"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="72"/>
        <source>no. %1, %2</source>
        <translation>no. %1, %2</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="83"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="84"/>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="85"/>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="86"/>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../models/peers.py" line="87"/>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../models/people.py" line="80"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="81"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="82"/>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="83"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../models/people.py" line="89"/>
        <source>Has conflicting edits</source>
        <translation>Has conflicting edits</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../workspace/people_tab.py" line="32"/>
        <source>People in this case</source>
        <translation>People in this case</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="33"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="34"/>
        <location filename="../workspace/people_tab.py" line="102"/>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="35"/>
        <source>E&amp;rase person…</source>
        <translation>E&amp;rase person…</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="38"/>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="39"/>
        <source>Deletes every value of this person for good, and asks colleagues to.</source>
        <translation>Deletes every value of this person for good, and asks colleagues to.</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="78"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="79"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="79"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="80"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="82"/>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <location filename="../workspace/people_tab.py" line="103"/>
        <source>Delete this person from the case? The history keeps what was recorded.</source>
        <translation>Delete this person from the case? The history keeps what was recorded.</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <location filename="../bundles/export_recipients.py" line="27"/>
        <source>Who can open it</source>
        <translation>Who can open it</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="30"/>
        <source>Only the people you tick can open the bundle. Anyone else who finds the drive sees random bytes.</source>
        <translation>Only the people you tick can open the bundle. Anyone else who finds the drive sees random bytes.</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="35"/>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="37"/>
        <source>You have no colleagues yet: add one in Exchange → Peers… first.</source>
        <translation>You have no colleagues yet: add one in Exchange → Peers… first.</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="41"/>
        <source>Also seal it to &amp;me, so I can open it later</source>
        <translation>Also seal it to &amp;me, so I can open it later</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="46"/>
        <source>I understand, and want to seal to them anyway</source>
        <translation>I understand, and want to seal to them anyway</translation>
    </message>
    <message>
        <location filename="../bundles/export_recipients.py" line="90"/>
        <source>Not verified: %1. Until you compare safety numbers, a stranger&apos;s key could stand in for theirs, and the bundle would open for that stranger.</source>
        <translation>Not verified: %1. Until you compare safety numbers, a stranger&apos;s key could stand in for theirs, and the bundle would open for that stranger.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../workspace/record_form.py" line="54"/>
        <source>Write dates as 2024-03-05, 2024-03 (some day that month), ~2024-03-05 (about) or 2024-03-01/2024-03-10 (between).</source>
        <translation>Write dates as 2024-03-05, 2024-03 (some day that month), ~2024-03-05 (about) or 2024-03-01/2024-03-10 (between).</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="133"/>
        <source>separate with commas</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="211"/>
        <source>Missing a choice? Add it with Cases → Vocabularies…</source>
        <translation>Missing a choice? Add it with Cases → Vocabularies…</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="247"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <location filename="../workspace/record_form.py" line="326"/>
        <source>Conflicting edits in: %1. Compare and resolve them in the History tab.</source>
        <translation>Conflicting edits in: %1. Compare and resolve them in the History tab.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../workspace/record_tab.py" line="209"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../workspace/record_tab.py" line="213"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../unlock/recovery_code.py" line="27"/>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../unlock/recovery_code.py" line="30"/>
        <source>Write this code on paper now and keep it apart from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and is not stored anywhere in readable form.</source>
        <translation>Write this code on paper now and keep it apart from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and is not stored anywhere in readable form.</translation>
    </message>
    <message>
        <location filename="../unlock/recovery_code.py" line="46"/>
        <source>I have &amp;written it down</source>
        <translation>I have &amp;written it down</translation>
    </message>
    <message>
        <location filename="../unlock/recovery_code.py" line="72"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../peers/revoke_dialog.py" line="39"/>
        <source>Revoke a colleague</source>
        <translation>Revoke a colleague</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="44"/>
        <source>Revoke %1 if their laptop was seized, or their keys may be used by someone else. Nothing more will be sealed to them, and bundles sealed with their keys after the cut-off are refused.</source>
        <translation>Revoke %1 if their laptop was seized, or their keys may be used by someone else. Nothing more will be sealed to them, and bundles sealed with their keys after the cut-off are refused.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="52"/>
        <source>&amp;Keep their bundles up to number:</source>
        <translation>&amp;Keep their bundles up to number:</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="53"/>
        <source>&amp;Trust nothing from them at all</source>
        <translation>&amp;Trust nothing from them at all</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="60"/>
        <source>Last bundle number to keep</source>
        <translation>Last bundle number to keep</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="66"/>
        <source>You have received no bundle from them.</source>
        <translation>You have received no bundle from them.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="68"/>
        <source>The last bundle you received from them is number %1.</source>
        <translation>The last bundle you received from them is number %1.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="74"/>
        <source>This cannot be undone. If they are safe and get new keys, add their new card as a new colleague.</source>
        <translation>This cannot be undone. If they are safe and get new keys, add their new card as a new colleague.</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="84"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../peers/revoke_dialog.py" line="89"/>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="41"/>
        <location filename="../peers/rotate_key_dialog.py" line="89"/>
        <source>Rotate my encryption key</source>
        <translation>Rotate my encryption key</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="46"/>
        <source>Colleagues seal bundles to your encryption key. Make a new one if the old key may have been copied: what they seal from then on is safe from whoever has it. Your identity, your safety number and your colleagues&apos; trust stay the same.</source>
        <translation>Colleagues seal bundles to your encryption key. Make a new one if the old key may have been copied: what they seal from then on is safe from whoever has it. Your identity, your safety number and your colleagues&apos; trust stay the same.</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="55"/>
        <source>Colleagues learn the new key from your card inside your next bundle to each of them. Until they import it, they keep sealing to the old key.</source>
        <translation>Colleagues learn the new key from your card inside your next bundle to each of them. Until they import it, they keep sealing to the old key.</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="61"/>
        <source>&amp;Forget my old keys now</source>
        <translation>&amp;Forget my old keys now</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="64"/>
        <source>Once forgotten, bundles sealed to your old keys no longer open here: those lying on USB sticks or in mail, and those colleagues seal before they import a bundle with your new card. Nobody who copies this laptop later can open them either. Forget the old keys when a stick with old bundles may be in the wrong hands, or once every colleague has your new card.</source>
        <translation>Once forgotten, bundles sealed to your old keys no longer open here: those lying on USB sticks or in mail, and those colleagues seal before they import a bundle with your new card. Nobody who copies this laptop later can open them either. Forget the old keys when a stick with old bundles may be in the wrong hands, or once every colleague has your new card.</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="78"/>
        <location filename="../peers/rotate_key_dialog.py" line="87"/>
        <location filename="../peers/rotate_key_dialog.py" line="106"/>
        <source>&amp;Make a new key</source>
        <translation>&amp;Make a new key</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../peers/rotate_key_dialog.py" line="85"/>
        <location filename="../peers/rotate_key_dialog.py" line="106"/>
        <source>&amp;Make a new key and forget the old ones</source>
        <translation>&amp;Make a new key and forget the old ones</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <location filename="../bundles/export_wizard.py" line="56"/>
        <source>Sealing</source>
        <translation>Sealing</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="52"/>
        <source>Progress of sealing</source>
        <translation>Progress of sealing</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="53"/>
        <source>&amp;Cancel sealing</source>
        <translation>&amp;Cancel sealing</translation>
    </message>
    <message>
        <location filename="../bundles/export_wizard.py" line="54"/>
        <source>What was sealed</source>
        <translation>What was sealed</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../search/search_dialog.py" line="119"/>
        <location filename="../search/search_dialog.py" line="124"/>
        <source>Search all cases</source>
        <translation>Search all cases</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="122"/>
        <source>Words to find in every case…</source>
        <translation>Words to find in every case…</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="126"/>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="137"/>
        <source>Type to search. Words of three or more letters also find longer forms: “задерж” finds “задержание”.</source>
        <translation>Type to search. Words of three or more letters also find longer forms: “задерж” finds “задержание”.</translation>
    </message>
    <message>
        <location filename="../search/search_dialog.py" line="174"/>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message numerus="yes">
        <location filename="../search/search_dialog.py" line="177"/>
        <source>The %n newest matches are shown; add words to narrow.</source>
        <translation>
            <numerusform>The %n newest matches are shown; add words to narrow.</numerusform>
            <numerusform>The %n newest matches are shown; add words to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../search/search_dialog.py" line="180"/>
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../models/search.py" line="46"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../models/search.py" line="47"/>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../models/search.py" line="48"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <location filename="../models/segments.py" line="83"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../models/segments.py" line="84"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../models/segments.py" line="85"/>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="106"/>
        <source>Who sealed it</source>
        <translation>Who sealed it</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="110"/>
        <source>Opening the bundle</source>
        <translation>Opening the bundle</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="115"/>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Compare safety numbers…</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="116"/>
        <source>Compare safety numbers with the sender</source>
        <translation>Compare safety numbers with the sender</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="70"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="73"/>
        <source>&amp;Lock after idle minutes:</source>
        <translation>&amp;Lock after idle minutes:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="75"/>
        <source>&amp;Clear copied text after seconds:</source>
        <translation>&amp;Clear copied text after seconds:</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="85"/>
        <source>These settings are kept on this computer in plain text. They never hold case data or the names of vaults.</source>
        <translation>These settings are kept on this computer in plain text. They never hold case data or the names of vaults.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="89"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../bundles/import_wizard.py" line="141"/>
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <location filename="../bundles/import_wizard.py" line="144"/>
        <source>What the bundle holds</source>
        <translation>What the bundle holds</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <location filename="../models/terms.py" line="60"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="60"/>
        <source>Built in</source>
        <translation>Built in</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="65"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="66"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="67"/>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="68"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../models/terms.py" line="78"/>
        <source>Added in this vault</source>
        <translation>Added in this vault</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <location filename="../unlock/unlock_panel.py" line="58"/>
        <source>Unlock casebook</source>
        <translation>Unlock casebook</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="59"/>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="64"/>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase or recovery code</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="65"/>
        <source>Type the passphrase, or the recovery code written down at creation.</source>
        <translation>Type the passphrase, or the recovery code written down at creation.</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="67"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="70"/>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="74"/>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="81"/>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>&amp;Passphrase or recovery code:</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="115"/>
        <source>Type the passphrase or the recovery code first.</source>
        <translation>Type the passphrase or the recovery code first.</translation>
    </message>
    <message>
        <location filename="../unlock/unlock_panel.py" line="140"/>
        <source>Unlocking… this takes about a second.</source>
        <translation>Unlocking… this takes about a second.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../vault/verify_dialog.py" line="86"/>
        <location filename="../vault/verify_dialog.py" line="89"/>
        <source>Check vault integrity</source>
        <translation>Check vault integrity</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="92"/>
        <source>Every page of the encrypted database, every recorded change (its signature and its place in its author&apos;s history) and every attachment is read and checked. Nothing is changed. A large vault takes a while.</source>
        <translation>Every page of the encrypted database, every recorded change (its signature and its place in its author&apos;s history) and every attachment is read and checked. Nothing is changed. A large vault takes a while.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="100"/>
        <source>Progress of the check</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="110"/>
        <source>Details of the check</source>
        <translation>Details of the check</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="111"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="116"/>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="151"/>
        <source>Checking the database and the history of changes…</source>
        <translation>Checking the database and the history of changes…</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="164"/>
        <source>Checking attachments: %1 of %2…</source>
        <translation>Checking attachments: %1 of %2…</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="180"/>
        <source>The vault is sound: every check passed.</source>
        <translation>The vault is sound: every check passed.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="183"/>
        <source>The vault is damaged: some checks failed.</source>
        <translation>The vault is damaged: some checks failed.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="197"/>
        <source>Database pages: all sound.</source>
        <translation>Database pages: all sound.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="199"/>
        <source>Database pages: %1 damaged.</source>
        <translation>Database pages: %1 damaged.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="203"/>
        <source>Recorded changes: %1 checked, %2 failed.</source>
        <translation>Recorded changes: %1 checked, %2 failed.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="206"/>
        <source>Attachments: %1 checked, %2 failed.</source>
        <translation>Attachments: %1 checked, %2 failed.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="214"/>
        <source>Nothing was changed. Do not delete this vault: restore what is damaged from a bundle or a backup, and keep these details for whoever helps you.</source>
        <translation>Nothing was changed. Do not delete this vault: restore what is damaged from a bundle or a backup, and keep these details for whoever helps you.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="224"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="225"/>
        <source>Authors whose changes were checked: %1.</source>
        <translation>Authors whose changes were checked: %1.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="229"/>
        <source>Database page: %1</source>
        <translation>Database page: %1</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="238"/>
        <source>Change %1: the history of author %2 is broken at change number %3.</source>
        <translation>Change %1: the history of author %2 is broken at change number %3.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="245"/>
        <source>Change %1: its signature or content does not check out.</source>
        <translation>Change %1: its signature or content does not check out.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="258"/>
        <source>“%1” in the case “%2”</source>
        <translation>“%1” in the case “%2”</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="261"/>
        <source>attachment %1, not found in any case</source>
        <translation>attachment %1, not found in any case</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="263"/>
        <source>Damaged content: %1.</source>
        <translation>Damaged content: %1.</translation>
    </message>
    <message>
        <location filename="../vault/verify_dialog.py" line="264"/>
        <source>Encrypted file damaged or missing: %1.</source>
        <translation>Encrypted file damaged or missing: %1.</translation>
    </message>
</context>
<context>
    <name>VerifyPeerDialog</name>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="76"/>
        <source>Compare safety numbers</source>
        <translation>Compare safety numbers</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="80"/>
        <source>Compare safety numbers with %1</source>
        <translation>Compare safety numbers with %1</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="84"/>
        <source>Meet %1 in person, or call them on a line you trust. Both of you open this window in casebook: the two numbers must be the same, group by group. If they are, this card really is theirs.</source>
        <translation>Meet %1 in person, or call them on a line you trust. Both of you open this window in casebook: the two numbers must be the same, group by group. If they are, this card really is theirs.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="93"/>
        <source>Now: %1. %2</source>
        <translation>Now: %1. %2</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="99"/>
        <source>On your screen</source>
        <translation>On your screen</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="109"/>
        <source>Your safety number</source>
        <translation>Your safety number</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="111"/>
        <source>On %1&apos;s screen</source>
        <translation>On %1&apos;s screen</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="114"/>
        <source>Type the digits they read out to you</source>
        <translation>Type the digits they read out to you</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="118"/>
        <source>Their safety number</source>
        <translation>Their safety number</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="119"/>
        <source>Spaces do not matter. Each group is checked as you type.</source>
        <translation>Spaces do not matter. Each group is checked as you type.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="121"/>
        <source>&amp;Their number:</source>
        <translation>&amp;Their number:</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="142"/>
        <source>We compared every group on both screens, and they are the same</source>
        <translation>We compared every group on both screens, and they are the same</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="148"/>
        <source>Mark as &amp;verified</source>
        <translation>Mark as &amp;verified</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="151"/>
        <source>Mark as &amp;unverified</source>
        <translation>Mark as &amp;unverified</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="154"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="179"/>
        <source>Your safety number: %1</source>
        <translation>Your safety number: %1</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="213"/>
        <source>The numbers differ. Do not trust this card: it may have been swapped on its way to you. Ask %1 for their card again, in person.</source>
        <translation>The numbers differ. Do not trust this card: it may have been swapped on its way to you. Ask %1 for their card again, in person.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="219"/>
        <source>✔ All 12 groups match.</source>
        <translation>✔ All 12 groups match.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="222"/>
        <source>So far, so good: keep typing.</source>
        <translation>So far, so good: keep typing.</translation>
    </message>
    <message>
        <location filename="../peers/verify_peer_dialog.py" line="226"/>
        <source>Or compare by eye, side by side, and tick the box below.</source>
        <translation>Or compare by eye, side by side, and tick the box below.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="53"/>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="61"/>
        <source>Decrypting…</source>
        <translation>Decrypting…</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="65"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="78"/>
        <source>This file is too large to show here. Export it to open it elsewhere.</source>
        <translation>This file is too large to show here. Export it to open it elsewhere.</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="120"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="146"/>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="163"/>
        <source>Text of the file</source>
        <translation>Text of the file</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="171"/>
        <source>Audio playback is not available on this system.</source>
        <translation>Audio playback is not available on this system.</translation>
    </message>
    <message>
        <location filename="../viewer/viewer_dialog.py" line="182"/>
        <source>casebook cannot show this kind of file. Export it to open it elsewhere.</source>
        <translation>casebook cannot show this kind of file. Export it to open it elsewhere.</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="47"/>
        <location filename="../vault/vocabulary_dialog.py" line="50"/>
        <source>Vocabularies</source>
        <translation>Vocabularies</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="53"/>
        <source>These are the choices the drop-downs offer. Add your own term when none fits, for example an article of a law: it is kept in this vault and offered everywhere that vocabulary is used.</source>
        <translation>These are the choices the drop-downs offer. Add your own term when none fits, for example an article of a law: it is kept in this vault and offered everywhere that vocabulary is used.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="65"/>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Vocabulary:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="67"/>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="70"/>
        <source>Terms of this vocabulary</source>
        <translation>Terms of this vocabulary</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="79"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="79"/>
        <source>Letters, digits and underscores.</source>
        <translation>Letters, digits and underscores.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="81"/>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="83"/>
        <source>Russian label</source>
        <translation>Russian label</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="86"/>
        <source>The code is what records store and cannot be changed later: letters, digits and underscores, for example koap_20_2_8.</source>
        <translation>The code is what records store and cannot be changed later: letters, digits and underscores, for example koap_20_2_8.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="92"/>
        <source>&amp;Add term</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="94"/>
        <source>Add a term</source>
        <translation>Add a term</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="100"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="103"/>
        <source>&amp;English label:</source>
        <translation>&amp;English label:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="104"/>
        <source>R&amp;ussian label:</source>
        <translation>R&amp;ussian label:</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="139"/>
        <source>What happened (event types)</source>
        <translation>What happened (event types)</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="140"/>
        <source>Legal articles</source>
        <translation>Legal articles</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="141"/>
        <source>Detention types</source>
        <translation>Detention types</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="142"/>
        <source>Roles of people</source>
        <translation>Roles of people</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="143"/>
        <source>Case statuses</source>
        <translation>Case statuses</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="144"/>
        <source>Consent scopes</source>
        <translation>Consent scopes</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="145"/>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="167"/>
        <source>Type a code for the term.</source>
        <translation>Type a code for the term.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="169"/>
        <source>This vocabulary already has a term with this code.</source>
        <translation>This vocabulary already has a term with this code.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="171"/>
        <source>Type the term in English or in Russian, or both.</source>
        <translation>Type the term in English or in Russian, or both.</translation>
    </message>
    <message>
        <location filename="../vault/vocabulary_dialog.py" line="210"/>
        <source>Added “%1”.</source>
        <translation>Added “%1”.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../workspace/workspace.py" line="45"/>
        <source>Choose a case on the left, or create one with “New case”.</source>
        <translation>Choose a case on the left, or create one with “New case”.</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="111"/>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="112"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="113"/>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="114"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../workspace/workspace.py" line="115"/>
        <source>A case needs a title.</source>
        <translation>A case needs a title.</translation>
    </message>
</context>
</TS>
