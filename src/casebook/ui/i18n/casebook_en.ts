<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AddPeerDialog</name>
    <message>
        <source>Add a colleague</source>
        <translation>Add a colleague</translation>
    </message>
    <message>
        <source>Ask your colleague for their identity card: a small file from casebook (Exchange → Peers → Save my card…). It holds public keys only, no name.</source>
        <translation>Ask your colleague for their identity card: a small file from casebook (Exchange → Peers → Save my card…). It holds public keys only, no name.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Card file</source>
        <translation>Card file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the card file</source>
        <translation>Choose the card file</translation>
    </message>
    <message>
        <source>Read a &amp;QR code from an image…</source>
        <translation>Read a &amp;QR code from an image…</translation>
    </message>
    <message>
        <source>Read a QR code from an image</source>
        <translation>Read a QR code from an image</translation>
    </message>
    <message>
        <source>A photo or a screenshot of your colleague&apos;s card (Peers window).</source>
        <translation>A photo or a screenshot of your colleague&apos;s card (Peers window).</translation>
    </message>
    <message>
        <source>{&quot;type&quot;:&quot;casebook-card&quot;, …}</source>
        <translation>{&quot;type&quot;:&quot;casebook-card&quot;, …}</translation>
    </message>
    <message>
        <source>The card&apos;s text</source>
        <translation>The card&apos;s text</translation>
    </message>
    <message>
        <source>What the QR code holds, or the card file&apos;s contents, pasted here.</source>
        <translation>What the QR code holds, or the card file&apos;s contents, pasted here.</translation>
    </message>
    <message>
        <source>Read the &amp;text</source>
        <translation>Read the &amp;text</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>Safety number</source>
        <translation>Safety number</translation>
    </message>
    <message>
        <source>A name only you will see</source>
        <translation>A name only you will see</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Card file:</source>
        <translation>&amp;Card file:</translation>
    </message>
    <message>
        <source>Or:</source>
        <translation>Or:</translation>
    </message>
    <message>
        <source>Or &amp;paste it:</source>
        <translation>Or &amp;paste it:</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Key id:</translation>
    </message>
    <message>
        <source>Safety number:</source>
        <translation>Safety number:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Add colleague</source>
        <translation>&amp;Add colleague</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the image of the QR code</source>
        <translation>Choose the image of the QR code</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>(pasted text)</source>
        <translation>(pasted text)</translation>
    </message>
    <message>
        <source>No casebook card could be read from this image. Take the picture closer and straight on, with the whole QR code sharp, or use the card file.</source>
        <translation>No casebook card could be read from this image. Take the picture closer and straight on, with the whole QR code sharp, or use the card file.</translation>
    </message>
    <message>
        <source>This file is not a casebook identity card, or it is damaged. Ask your colleague to save their card again.</source>
        <translation>This file is not a casebook identity card, or it is damaged. Ask your colleague to save their card again.</translation>
    </message>
    <message>
        <source>This is your own card.</source>
        <translation>This is your own card.</translation>
    </message>
    <message>
        <source>This colleague is already a peer: %1.</source>
        <translation>This colleague is already a peer: %1.</translation>
    </message>
    <message>
        <source>Another colleague already has this name.</source>
        <translation>Another colleague already has this name.</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <source>Compromise alerts</source>
        <translation>Compromise alerts</translation>
    </message>
    <message>
        <source>An alert means a colleague&apos;s keys signed two different histories: someone else may hold their keys. The bundle that showed it was refused. Revoke that colleague with a cut-off before the number shown, and ask them in person what happened.</source>
        <translation>An alert means a colleague&apos;s keys signed two different histories: someone else may hold their keys. The bundle that showed it was refused. Revoke that colleague with a cut-off before the number shown, and ask them in person what happened.</translation>
    </message>
    <message>
        <source>No compromise alerts.</source>
        <translation>No compromise alerts.</translation>
    </message>
    <message>
        <source>About the chosen alert</source>
        <translation>About the chosen alert</translation>
    </message>
    <message>
        <source>&amp;Mark as seen</source>
        <translation>&amp;Mark as seen</translation>
    </message>
    <message>
        <source>&amp;Revoke this colleague…</source>
        <translation>&amp;Revoke this colleague…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Whose keys: %1 (key %2).</source>
        <translation>Whose keys: %1 (key %2).</translation>
    </message>
    <message>
        <source>Found in a bundle sealed by: %1.</source>
        <translation>Found in a bundle sealed by: %1.</translation>
    </message>
    <message>
        <source>Revoke them, keeping their bundles up to no. %1 at most.</source>
        <translation>Revoke them, keeping their bundles up to no. %1 at most.</translation>
    </message>
</context>
<context>
    <name>AlertsModel</name>
    <message>
        <source>two different bundles with one number</source>
        <translation>two different bundles with one number</translation>
    </message>
    <message>
        <source>two different histories of bundles</source>
        <translation>two different histories of bundles</translation>
    </message>
    <message>
        <source>one bundle id on two different bundles</source>
        <translation>one bundle id on two different bundles</translation>
    </message>
    <message>
        <source>two different changes with one number</source>
        <translation>two different changes with one number</translation>
    </message>
    <message>
        <source>two different custody records with one number</source>
        <translation>two different custody records with one number</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (no. %2)</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>seen</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEW</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Whose keys</source>
        <translation>Whose keys</translation>
    </message>
    <message>
        <source>What they signed</source>
        <translation>What they signed</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>ApplyPage</name>
    <message>
        <source>Importing</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>What was imported</source>
        <translation>What was imported</translation>
    </message>
</context>
<context>
    <name>ArticlesModel</name>
    <message>
        <source>Legal article</source>
        <translation>Legal article</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>AttachmentsTab</name>
    <message>
        <source>Attachments of this case</source>
        <translation>Attachments of this case</translation>
    </message>
    <message>
        <source>The chosen file</source>
        <translation>The chosen file</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Add file…</translation>
    </message>
    <message>
        <source>Add re&amp;dacted copy…</source>
        <translation>Add re&amp;dacted copy…</translation>
    </message>
    <message>
        <source>Add redacted copy</source>
        <translation>Add redacted copy</translation>
    </message>
    <message>
        <source>Takes in a redacted copy of this file, its custody linked to the original.</source>
        <translation>Takes in a redacted copy of this file, its custody linked to the original.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Delete file</translation>
    </message>
    <message>
        <source>E&amp;rase file…</source>
        <translation>E&amp;rase file…</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity…</source>
        <translation>Sensiti&amp;vity…</translation>
    </message>
    <message>
        <source>Sensitivity of the file</source>
        <translation>Sensitivity of the file</translation>
    </message>
    <message>
        <source>A file above a colleague&apos;s clearance does not travel to them.</source>
        <translation>A file above a colleague&apos;s clearance does not travel to them.</translation>
    </message>
    <message>
        <source>Erase file</source>
        <translation>Erase file</translation>
    </message>
    <message>
        <source>Deletes this file and its details for good, and asks colleagues to.</source>
        <translation>Deletes this file and its details for good, and asks colleagues to.</translation>
    </message>
    <message>
        <source>Or drop files here. They are encrypted into the vault; the originals stay.</source>
        <translation>Or drop files here. They are encrypted into the vault; the originals stay.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>SHA-256 at intake: %1</source>
        <translation>SHA-256 at intake: %1</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <source>Redacted copy of %1</source>
        <translation>Redacted copy of %1</translation>
    </message>
    <message>
        <source>Adding %1</source>
        <translation>Adding %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n more waiting)</numerusform>
            <numerusform>(%n more waiting)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a decrypted copy</source>
        <translation>Export a decrypted copy</translation>
    </message>
    <message>
        <source>The exported copy is not encrypted. Anyone who gets the disk or the USB drive it is written to can read it, and deleting it later may not erase it. Export only when you must hand the file to someone or to a court.</source>
        <translation>The exported copy is not encrypted. Anyone who gets the disk or the USB drive it is written to can read it, and deleting it later may not erase it. Export only when you must hand the file to someone or to a court.</translation>
    </message>
    <message>
        <source>Choose where to export…</source>
        <translation>Choose where to export…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exporting %1</translation>
    </message>
    <message>
        <source>Exported. The copy is not encrypted. This export was not recorded in the custody log: the vault is read-only.</source>
        <translation>Exported. The copy is not encrypted. This export was not recorded in the custody log: the vault is read-only.</translation>
    </message>
    <message>
        <source>Exported. The copy is not encrypted.</source>
        <translation>Exported. The copy is not encrypted.</translation>
    </message>
    <message>
        <source>Delete this file from the case? Its encrypted copy and its history stay in the vault.</source>
        <translation>Delete this file from the case? Its encrypted copy and its history stay in the vault.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 was not added: %2</translation>
    </message>
</context>
<context>
    <name>AudiencePage</name>
    <message>
        <source>Who the report is for</source>
        <translation>Who the report is for</translation>
    </message>
    <message>
        <source>Its purpose, its language, and who else receives it.</source>
        <translation>Its purpose, its language, and who else receives it.</translation>
    </message>
    <message>
        <source>A person&apos;s name goes into the report only where their recorded consent covers its purpose and every recipient; otherwise a pseudonym stands in for it and other identifying details are left out. Sources are left out entirely. For a publication, the case&apos;s text stays out too.</source>
        <translation>A person&apos;s name goes into the report only where their recorded consent covers its purpose and every recipient; otherwise a pseudonym stands in for it and other identifying details are left out. Sources are left out entirely. For a publication, the case&apos;s text stays out too.</translation>
    </message>
    <message>
        <source>Purpose of the report</source>
        <translation>Purpose of the report</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Colleagues it also goes to</source>
        <translation>Colleagues it also goes to</translation>
    </message>
    <message>
        <source>only you</source>
        <translation>only you</translation>
    </message>
    <message>
        <source>Goes whole (%1)</source>
        <translation>Goes whole (%1)</translation>
    </message>
    <message>
        <source>Left out whole (%1)</source>
        <translation>Left out whole (%1)</translation>
    </message>
    <message>
        <source>Under pseudonyms (%1)</source>
        <translation>Under pseudonyms (%1)</translation>
    </message>
    <message>
        <source>Values kept home (%1)</source>
        <translation>Values kept home (%1)</translation>
    </message>
    <message>
        <source>Names found in texts that would travel (%1)</source>
        <translation>Names found in texts that would travel (%1)</translation>
    </message>
    <message>
        <source>«%1» (a form of %2) in %3 · %4: %5</source>
        <translation>«%1» (a form of %2) in %3 · %4: %5</translation>
    </message>
    <message>
        <source>What each colleague gets</source>
        <translation>What each colleague gets</translation>
    </message>
    <message>
        <source>A bundle carries only what every one of its recipients may see. What is above it stays home; people whose names stay home go under pseudonyms.</source>
        <translation>A bundle carries only what every one of its recipients may see. What is above it stays home; people whose names stay home go under pseudonyms.</translation>
    </message>
    <message>
        <source>Purpose of the sharing</source>
        <translation>Purpose of the sharing</translation>
    </message>
    <message>
        <source>What each bundle carries</source>
        <translation>What each bundle carries</translation>
    </message>
    <message>
        <source>Names that stay home are written in texts that would travel. Withhold those texts (their label goes up to restricted, identity), write mentions with @ instead of names, or seal anyway and say why: the reason is recorded.</source>
        <translation>Names that stay home are written in texts that would travel. Withhold those texts (their label goes up to restricted, identity), write mentions with @ instead of names, or seal anyway and say why: the reason is recorded.</translation>
    </message>
    <message>
        <source>&amp;Withhold the texts with names</source>
        <translation>&amp;Withhold the texts with names</translation>
    </message>
    <message>
        <source>Seal anyway because</source>
        <translation>Seal anyway because</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>Share this name without consent…</source>
        <translation>Share this name without consent…</translation>
    </message>
    <message>
        <source>Share this name without consent</source>
        <translation>Share this name without consent</translation>
    </message>
    <message>
        <source>Choose a person under a pseudonym for lack of consent first.</source>
        <translation>Choose a person under a pseudonym for lack of consent first.</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>Seal anyway &amp;because:</source>
        <translation>Seal anyway &amp;because:</translation>
    </message>
    <message>
        <source>Working out what each colleague may see…</source>
        <translation>Working out what each colleague may see…</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles: these colleagues may see different things, so each group gets its own bundle.</source>
        <translation>
            <numerusform>%n bundle: these colleagues may see different things, so each group gets its own bundle.</numerusform>
            <numerusform>%n bundles: these colleagues may see different things, so each group gets its own bundle.</numerusform>
        </translation>
    </message>
    <message>
        <source>One bundle for all of them.</source>
        <translation>One bundle for all of them.</translation>
    </message>
    <message>
        <source>Bundle %1 of %2: for %3</source>
        <translation>Bundle %1 of %2: for %3</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Also &amp;for colleagues:</source>
        <translation>Also &amp;for colleagues:</translation>
    </message>
    <message>
        <source>Colleagues are named in the report by their keys, never by name. Leave them all unticked for a report that goes only to the court or body.</source>
        <translation>Colleagues are named in the report by their keys, never by name. Leave them all unticked for a report that goes only to the court or body.</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
</context>
<context>
    <name>BundleRefusals</name>
    <message>
        <source>The file is damaged, or it is not a valid bundle.</source>
        <translation>The file is damaged, or it is not a valid bundle.</translation>
    </message>
    <message>
        <source>This bundle was not sealed to you. Only the colleagues it was sealed to can open it.</source>
        <translation>This bundle was not sealed to you. Only the colleagues it was sealed to can open it.</translation>
    </message>
    <message>
        <source>It was sealed by someone who is not among your peers. Add their card first (Exchange → Peers…), compare safety numbers, then import it again.</source>
        <translation>It was sealed by someone who is not among your peers. Add their card first (Exchange → Peers…), compare safety numbers, then import it again.</translation>
    </message>
    <message>
        <source>It was sealed by a colleague you revoked, after the cut-off you set. Their keys may be in someone else&apos;s hands.</source>
        <translation>It was sealed by a colleague you revoked, after the cut-off you set. Their keys may be in someone else&apos;s hands.</translation>
    </message>
    <message>
        <source>It was re-sealed by someone other than the colleague who signed it: it was forwarded to you. Ask the colleague who made it to seal it to you themselves.</source>
        <translation>It was re-sealed by someone other than the colleague who signed it: it was forwarded to you. Ask the colleague who made it to seal it to you themselves.</translation>
    </message>
    <message>
        <source>The file is incomplete (perhaps the drive was pulled out while copying). Copy it again and retry.</source>
        <translation>The file is incomplete (perhaps the drive was pulled out while copying). Copy it again and retry.</translation>
    </message>
    <message>
        <source>The file was changed after it was sealed: damaged on the drive, or altered on purpose.</source>
        <translation>The file was changed after it was sealed: damaged on the drive, or altered on purpose.</translation>
    </message>
    <message>
        <source>A part of this bundle is missing. Copy all of its parts (.001, .002, …) into one folder and retry.</source>
        <translation>A part of this bundle is missing. Copy all of its parts (.001, .002, …) into one folder and retry.</translation>
    </message>
    <message>
        <source>A length inside the file is beyond what casebook accepts.</source>
        <translation>A length inside the file is beyond what casebook accepts.</translation>
    </message>
    <message>
        <source>This is not a casebook bundle. If it is an age file from elsewhere, open it with age.</source>
        <translation>This is not a casebook bundle. If it is an age file from elsewhere, open it with age.</translation>
    </message>
    <message>
        <source>Its signature does not verify: it cannot be proved who sealed it.</source>
        <translation>Its signature does not verify: it cannot be proved who sealed it.</translation>
    </message>
    <message>
        <source>It was made by a newer version of casebook. Update casebook to open it.</source>
        <translation>It was made by a newer version of casebook. Update casebook to open it.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>This copy is damaged, but you already have its contents: this bundle was imported before from an intact copy.</source>
        <translation>This copy is damaged, but you already have its contents: this bundle was imported before from an intact copy.</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>This case has conflicting edits</source>
        <translation>This case has conflicting edits</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show cases with status</source>
        <translation>Show cases with status</translation>
    </message>
    <message>
        <source>Filter by title…</source>
        <translation>Filter by title…</translation>
    </message>
    <message>
        <source>Filter cases by title</source>
        <translation>Filter cases by title</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message numerus="yes">
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
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;vents</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <source>A&amp;ttachments</source>
        <translation>A&amp;ttachments</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Hi&amp;story</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>What to seal</source>
        <translation>What to seal</translation>
    </message>
    <message>
        <source>A bundle normally carries every change your recipients do not have yet. Choose cases only to hand over part of your work.</source>
        <translation>A bundle normally carries every change your recipients do not have yet. Choose cases only to hand over part of your work.</translation>
    </message>
    <message>
        <source>&amp;Everything the recipients do not have yet</source>
        <translation>&amp;Everything the recipients do not have yet</translation>
    </message>
    <message>
        <source>&amp;Only these cases (all of their history):</source>
        <translation>&amp;Only these cases (all of their history):</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>Filter by title</translation>
    </message>
    <message>
        <source>Filter cases by title</source>
        <translation>Filter cases by title</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>%1 of %2 cases chosen</source>
        <translation>%1 of %2 cases chosen</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The new passphrase replaces the old one at once. The recovery code keeps working, and the cases themselves are not touched.</source>
        <translation>The new passphrase replaces the old one at once. The recovery code keeps working, and the cases themselves are not touched.</translation>
    </message>
    <message>
        <source>or the recovery code</source>
        <translation>or the recovery code</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase you unlock with now, or the recovery code.</source>
        <translation>Type the passphrase you unlock with now, or the recovery code.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Changing the passphrase</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the current passphrase or the recovery code.</source>
        <translation>Type the current passphrase or the recovery code.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The passphrase is changed: unlock with the new one from now on. Your recovery code still works as before.</source>
        <translation>The passphrase is changed: unlock with the new one from now on. Your recovery code still works as before.</translation>
    </message>
    <message>
        <source>Changing the passphrase… this takes about a second.</source>
        <translation>Changing the passphrase… this takes about a second.</translation>
    </message>
</context>
<context>
    <name>ClearanceDialog</name>
    <message>
        <source>Clearance</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>What %1 may see of your cases: values up to this level, and only the kinds of sensitive data ticked. What is above it stays home, and people whose names stay home go under pseudonyms. This judgement stays in your vault: it is never sent to anyone.</source>
        <translation>What %1 may see of your cases: values up to this level, and only the kinds of sensitive data ticked. What is above it stays home, and people whose names stay home go under pseudonyms. This judgement stays in your vault: it is never sent to anyone.</translation>
    </message>
    <message>
        <source>Back to a new colleague&apos;s &amp;default</source>
        <translation>Back to a new colleague&apos;s &amp;default</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Clearance of %1</source>
        <translation>Clearance of %1</translation>
    </message>
</context>
<context>
    <name>CodePrint</name>
    <message>
        <source>casebook recovery code</source>
        <translation>casebook recovery code</translation>
    </message>
    <message>
        <source>This code opens the vault if its passphrase is forgotten. Anyone who holds it and a copy of the vault can read every case in it.</source>
        <translation>This code opens the vault if its passphrase is forgotten. Anyone who holds it and a copy of the vault can read every case in it.</translation>
    </message>
    <message>
        <source>Keep this page apart from the computer and from the passphrase, somewhere only you can reach. When you make a new recovery code, this one stops working: destroy this page then.</source>
        <translation>Keep this page apart from the computer and from the passphrase, somewhere only you can reach. When you make a new recovery code, this one stops working: destroy this page then.</translation>
    </message>
    <message>
        <source>Made on %1.</source>
        <translation>Made on %1.</translation>
    </message>
</context>
<context>
    <name>CodeTypo</name>
    <message>
        <source>This looks like a recovery code, but group %1 holds “%2”, which recovery codes do not use (they have 0–9 and A–Z without I, L, O and U).</source>
        <translation>This looks like a recovery code, but group %1 holds “%2”, which recovery codes do not use (they have 0–9 and A–Z without I, L, O and U).</translation>
    </message>
    <message>
        <source>This looks like a recovery code, but group %1 has %2 characters; every group has 4.</source>
        <translation>This looks like a recovery code, but group %1 has %2 characters; every group has 4.</translation>
    </message>
    <message>
        <source>This looks like a recovery code, but it has %2 characters; a recovery code has 28, in 7 groups of 4.</source>
        <translation>This looks like a recovery code, but it has %2 characters; a recovery code has 28, in 7 groups of 4.</translation>
    </message>
    <message>
        <source>This recovery code has a typo in group %1: its check character does not match. Compare that group with your paper.</source>
        <translation>This recovery code has a typo in group %1: its check character does not match. Compare that group with your paper.</translation>
    </message>
    <message>
        <source>This recovery code has a typo: its check character does not match. Compare it with your paper, group by group.</source>
        <translation>This recovery code has a typo: its check character does not match. Compare it with your paper, group by group.</translation>
    </message>
    <message>
        <source>Nothing was tried yet. Show reveals what you typed. If this is your passphrase, press Unlock again.</source>
        <translation>Nothing was tried yet. Show reveals what you typed. If this is your passphrase, press Unlock again.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Resolve a conflict</source>
        <translation>Resolve a conflict</translation>
    </message>
    <message>
        <source>%1, field “%2”, was changed in different places at the same time. Choose the version to keep. The others stay in the history.</source>
        <translation>%1, field “%2”, was changed in different places at the same time. Choose the version to keep. The others stay in the history.</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>Conflicting edits</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>By %1, %2</source>
        <translation>By %1, %2</translation>
    </message>
    <message>
        <source>(shown for now)</source>
        <translation>(shown for now)</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translation>&amp;Keep this version</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>conflict: counts as withdrawn</source>
        <translation>conflict: counts as withdrawn</translation>
    </message>
    <message>
        <source>not fully known: counts as no</source>
        <translation>not fully known: counts as no</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>not asked</translation>
    </message>
    <message>
        <source>anyone you work with</source>
        <translation>anyone you work with</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>organisation %1</source>
        <translation>organisation %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Override (%1)</source>
        <translation>Override (%1)</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>ended %1</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>What the person agrees to</source>
        <translation>What the person agrees to</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>Refuses</source>
        <translation>Refuses</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>%1: agrees</source>
        <translation>%1: agrees</translation>
    </message>
    <message>
        <source>%1: refuses</source>
        <translation>%1: refuses</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation>Who may receive it</translation>
    </message>
    <message>
        <source>&amp;Anyone you work with</source>
        <translation>&amp;Anyone you work with</translation>
    </message>
    <message>
        <source>Only &amp;these colleagues:</source>
        <translation>Only &amp;these colleagues:</translation>
    </message>
    <message>
        <source>An &amp;organisation:</source>
        <translation>An &amp;organisation:</translation>
    </message>
    <message>
        <source>Colleagues who may receive it</source>
        <translation>Colleagues who may receive it</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>It includes the colleagues you recorded as its members (Peers, Organisation…).</source>
        <translation>It includes the colleagues you recorded as its members (Peers, Organisation…).</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>for example: not my address</source>
        <translation>for example: not my address</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>How it was given</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>It holds through this day.</source>
        <translation>It holds through this day.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>A signed form or a recording.</source>
        <translation>A signed form or a recording.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;How given:</source>
        <translation>&amp;How given:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>E&amp;vidence:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions:</translation>
    </message>
    <message>
        <source>Consent of %1, given at this interview.</source>
        <translation>Consent of %1, given at this interview.</translation>
    </message>
    <message>
        <source>Consent of %1.</source>
        <translation>Consent of %1.</translation>
    </message>
    <message>
        <source>Tick what the person agrees to and what they refuse; leave the rest blank. Each decision replaces the earlier one for that use.</source>
        <translation>Tick what the person agrees to and what they refuse; leave the rest blank. Each decision replaces the earlier one for that use.</translation>
    </message>
    <message>
        <source>Tick the colleagues who may receive it.</source>
        <translation>Tick the colleagues who may receive it.</translation>
    </message>
    <message>
        <source>Type the organisation&apos;s name.</source>
        <translation>Type the organisation&apos;s name.</translation>
    </message>
    <message>
        <source>Write the date as 2027-03-05 (or 2027-03, 2027).</source>
        <translation>Write the date as 2027-03-05 (or 2027-03, 2027).</translation>
    </message>
</context>
<context>
    <name>ConsentsModel</name>
    <message>
        <source>%1 (replaced)</source>
        <translation>%1 (replaced)</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>who may receive it: %1</source>
        <translation>who may receive it: %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>conditions: %1</translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>CreatePanel</name>
    <message>
        <source>Create a vault</source>
        <translation>Create a vault</translation>
    </message>
    <message>
        <source>There is no vault here yet: %1</source>
        <translation>There is no vault here yet: %1</translation>
    </message>
    <message>
        <source>Choose a passphrase of four or more random words. It protects every case in the vault; nobody can reset it. You will also get a recovery code.</source>
        <translation>Choose a passphrase of four or more random words. It protects every case in the vault; nobody can reset it. You will also get a recovery code.</translation>
    </message>
    <message>
        <source>Only looking around? A vault of fictional cases is one command away: “casebook demo --vault ~/casebook-demo” in a terminal (it asks for a passphrase for that vault), then Open another vault… and choose that folder.</source>
        <translation>Only looking around? A vault of fictional cases is one command away: “casebook demo --vault ~/casebook-demo” in a terminal (it asks for a passphrase for that vault), then Open another vault… and choose that folder.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Measuring this computer&apos;s speed, so that guessing the passphrase is slow for an attacker but unlocking takes you about a second…</source>
        <translation>Measuring this computer&apos;s speed, so that guessing the passphrase is slow for an attacker but unlocking takes you about a second…</translation>
    </message>
    <message>
        <source>Progress of vault creation</source>
        <translation>Progress of vault creation</translation>
    </message>
    <message>
        <source>Writing the encrypted vault…</source>
        <translation>Writing the encrypted vault…</translation>
    </message>
    <message>
        <source>&amp;Continue to my cases</source>
        <translation>&amp;Continue to my cases</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>European Court of Human Rights</source>
        <translation>European Court of Human Rights</translation>
    </message>
    <message>
        <source>UN treaty body</source>
        <translation>UN treaty body</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Prosecutor&apos;s office</source>
        <translation>Prosecutor&apos;s office</translation>
    </message>
    <message>
        <source>Asylum authority</source>
        <translation>Asylum authority</translation>
    </message>
    <message>
        <source>Ombudsman</source>
        <translation>Ombudsman</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Another body</source>
        <translation>Another body</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>signature does not verify</translation>
    </message>
    <message>
        <source>does not follow the entry before</source>
        <translation>does not follow the entry before</translation>
    </message>
    <message>
        <source>signed by a revoked key after its cut-off</source>
        <translation>signed by a revoked key after its cut-off</translation>
    </message>
    <message>
        <source>Taken into the vault (%1)</source>
        <translation>Taken into the vault (%1)</translation>
    </message>
    <message>
        <source>Opened in the viewer</source>
        <translation>Opened in the viewer</translation>
    </message>
    <message>
        <source>Decrypted copy written; read back, it matches</source>
        <translation>Decrypted copy written; read back, it matches</translation>
    </message>
    <message>
        <source>Decrypted copy written; read back, it DIFFERS</source>
        <translation>Decrypted copy written; read back, it DIFFERS</translation>
    </message>
    <message>
        <source>Sealed in bundle no. %1; recipients: %2</source>
        <translation>Sealed in bundle no. %1; recipients: %2</translation>
    </message>
    <message>
        <source>Received in a bundle from %1, after their entry %2</source>
        <translation>Received in a bundle from %1, after their entry %2</translation>
    </message>
    <message>
        <source>Received in a bundle from %1</source>
        <translation>Received in a bundle from %1</translation>
    </message>
    <message>
        <source>Taken in as a redacted copy of %1</source>
        <translation>Taken in as a redacted copy of %1</translation>
    </message>
    <message>
        <source>A redacted copy of it was taken in: %1</source>
        <translation>A redacted copy of it was taken in: %1</translation>
    </message>
    <message>
        <source>Hashed again: as at intake</source>
        <translation>Hashed again: as at intake</translation>
    </message>
    <message>
        <source>Hashed again: the bytes are missing</source>
        <translation>Hashed again: the bytes are missing</translation>
    </message>
    <message>
        <source>Hashed again: it DIFFERS from intake</source>
        <translation>Hashed again: it DIFFERS from intake</translation>
    </message>
    <message>
        <source>Put in report %1</source>
        <translation>Put in report %1</translation>
    </message>
    <message>
        <source>, annex %1</source>
        <translation>, annex %1</translation>
    </message>
    <message>
        <source>Handed to: %1, no. %2</source>
        <translation>Handed to: %1, no. %2</translation>
    </message>
    <message>
        <source>Erased at the request of %1 (%2)</source>
        <translation>Erased at the request of %1 (%2)</translation>
    </message>
    <message>
        <source>Erased (%1)</source>
        <translation>Erased (%1)</translation>
    </message>
    <message>
        <source>Sent without a matching consent (%1)</source>
        <translation>Sent without a matching consent (%1)</translation>
    </message>
    <message>
        <source>Recorded late: %1, on %2</source>
        <translation>Recorded late: %1, on %2</translation>
    </message>
</context>
<context>
    <name>CustodyModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When (their clock)</source>
        <translation>When (their clock)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
</context>
<context>
    <name>CustodyPanel</name>
    <message>
        <source>Chain of custody</source>
        <translation>Chain of custody</translation>
    </message>
    <message>
        <source>Custody status</source>
        <translation>Custody status</translation>
    </message>
    <message>
        <source>SHA-256 of this file</source>
        <translation>SHA-256 of this file</translation>
    </message>
    <message>
        <source>Chain of custody of this file</source>
        <translation>Chain of custody of this file</translation>
    </message>
    <message>
        <source>Times are each custodian&apos;s own clock: the chain proves the order, not the hour.</source>
        <translation>Times are each custodian&apos;s own clock: the chain proves the order, not the hour.</translation>
    </message>
    <message>
        <source>Record a &amp;transfer…</source>
        <translation>Record a &amp;transfer…</translation>
    </message>
    <message>
        <source>Record a transfer</source>
        <translation>Record a transfer</translation>
    </message>
    <message>
        <source>Notes that a copy went to a court or another body, with its number.</source>
        <translation>Notes that a copy went to a court or another body, with its number.</translation>
    </message>
    <message>
        <source>Choose a file to see who held it.</source>
        <translation>Choose a file to see who held it.</translation>
    </message>
    <message>
        <source>No custody entry is held for this file.</source>
        <translation>No custody entry is held for this file.</translation>
    </message>
    <message numerus="yes">
        <source>Verified: %n entries</source>
        <translation>
            <numerusform>Verified: %n entry</numerusform>
            <numerusform>Verified: %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n custodian(s)</source>
        <translation>
            <numerusform>%n custodian</numerusform>
            <numerusform>%n custodians</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not trusted: %n entries are signed by a revoked key after its cut-off. Do not rely on them before a court.</source>
        <translation>
            <numerusform>Not trusted: %n entry is signed by a revoked key after its cut-off. Do not rely on it before a court.</numerusform>
            <numerusform>Not trusted: %n entries are signed by a revoked key after its cut-off. Do not rely on them before a court.</numerusform>
        </translation>
    </message>
    <message>
        <source>This chain does NOT verify: an entry was changed or is missing. Do not rely on it before a court.</source>
        <translation>This chain does NOT verify: an entry was changed or is missing. Do not rely on it before a court.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Write a date as you would on paper: 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024, 1–10 March 2024.</source>
        <translation>Write a date as you would on paper: 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024, 1–10 March 2024.</translation>
    </message>
    <message>
        <source>5 March 2024 · March 2024 · about 5 March 2024 · 1–10 March 2024</source>
        <translation>5 March 2024 · March 2024 · about 5 March 2024 · 1–10 March 2024</translation>
    </message>
    <message>
        <source>A date is needed here.</source>
        <translation>A date is needed here.</translation>
    </message>
    <message>
        <source>There is no such day as “%1”: check the day and the month.</source>
        <translation>There is no such day as “%1”: check the day and the month.</translation>
    </message>
    <message>
        <source>“%1” ends before it starts: put the earlier date first.</source>
        <translation>“%1” ends before it starts: put the earlier date first.</translation>
    </message>
    <message>
        <source>“%1” can be read as two different days: write the month in words, as in 5 March 2024.</source>
        <translation>“%1” can be read as two different days: write the month in words, as in 5 March 2024.</translation>
    </message>
    <message>
        <source>casebook cannot read “%1” as a date. Write it as 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024 or 1–10 March 2024.</source>
        <translation>casebook cannot read “%1” as a date. Write it as 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024 or 1–10 March 2024.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>Read as %1</source>
        <translation>Read as %1</translation>
    </message>
</context>
<context>
    <name>DeadlinesEditor</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Add deadline</source>
        <translation>Add deadline</translation>
    </message>
    <message>
        <source>Remove deadline</source>
        <translation>Remove deadline</translation>
    </message>
    <message>
        <source>Remove the deadline %1?</source>
        <translation>Remove the deadline %1?</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>Deadline %1: %2</translation>
    </message>
</context>
<context>
    <name>DeadlinesModel</name>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>What is due</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>DeepEraseDialog</name>
    <message>
        <source>Deep erase</source>
        <translation>Deep erase</translation>
    </message>
    <message>
        <source>Deep erase rewrites the whole vault under a new master key and destroys the old one. Erased values may still lie in old blocks of this drive (SSDs and flash drives keep them); those blocks then belong to a key that no longer exists anywhere, and cannot be read.</source>
        <translation>Deep erase rewrites the whole vault under a new master key and destroys the old one. Erased values may still lie in old blocks of this drive (SSDs and flash drives keep them); those blocks then belong to a key that no longer exists anywhere, and cannot be read.</translation>
    </message>
    <message>
        <source>You get a new recovery code at the end: the code you wrote down before stops working. Your passphrase stays the same.</source>
        <translation>You get a new recovery code at the end: the code you wrote down before stops working. Your passphrase stays the same.</translation>
    </message>
    <message>
        <source>What it cannot do: a copy of the vault taken before today (a disk image, a backup) still opens with your passphrase, so anyone who holds such a copy and forces you to tell the passphrase can read it, erased values included. Bundles already sent and colleagues&apos; copies are not touched.</source>
        <translation>What it cannot do: a copy of the vault taken before today (a disk image, a backup) still opens with your passphrase, so anyone who holds such a copy and forces you to tell the passphrase can read it, erased values included. Bundles already sent and colleagues&apos; copies are not touched.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase you unlock with; the recovery code is not accepted.</source>
        <translation>Type the passphrase you unlock with; the recovery code is not accepted.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>Deep erase progress</source>
        <translation>Deep erase progress</translation>
    </message>
    <message>
        <source>&amp;Deep erase</source>
        <translation>&amp;Deep erase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>The vault is now under a new master key. The recovery code you wrote down before no longer works.</source>
        <translation>The vault is now under a new master key. The recovery code you wrote down before no longer works.</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Type the current passphrase first.</translation>
    </message>
    <message>
        <source>Checking the passphrase and making the new keys…</source>
        <translation>Checking the passphrase and making the new keys…</translation>
    </message>
    <message>
        <source>Copying the vault under the new key…</source>
        <translation>Copying the vault under the new key…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>DeletedDialog</name>
    <message>
        <source>Deleted items</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>Deleted items stay in the vault with their history until you erase them. Restore brings one back as it was. To remove a value for good, use Erase… instead: erased values cannot be restored.</source>
        <translation>Deleted items stay in the vault with their history until you erase them. Restore brings one back as it was. To remove a value for good, use Erase… instead: erased values cannot be restored.</translation>
    </message>
    <message>
        <source>Deleted in the case «%1», and deleted cases.</source>
        <translation>Deleted in the case «%1», and deleted cases.</translation>
    </message>
    <message>
        <source>Deleted cases. Open a case to see what was deleted in it.</source>
        <translation>Deleted cases. Open a case to see what was deleted in it.</translation>
    </message>
    <message>
        <source>Nothing is deleted.</source>
        <translation>Nothing is deleted.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore the chosen item</source>
        <translation>Restore the chosen item</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Restored: %1.</source>
        <translation>Restored: %1.</translation>
    </message>
</context>
<context>
    <name>DeletedModel</name>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>(name erased)</source>
        <translation>(name erased)</translation>
    </message>
    <message>
        <source>the case list</source>
        <translation>the case list</translation>
    </message>
    <message>
        <source>interview with %1</source>
        <translation>interview with %1</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>this case</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Where it was</source>
        <translation>Where it was</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>Deleting</name>
    <message>
        <source>Cases → Deleted items… brings it back.</source>
        <translation>Cases → Deleted items… brings it back.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Where to write it</source>
        <translation>Where to write it</translation>
    </message>
    <message>
        <source>Choose a folder, usually on the USB drive. The file gets a neutral random name that says nothing about the cases or casebook.</source>
        <translation>Choose a folder, usually on the USB drive. The file gets a neutral random name that says nothing about the cases or casebook.</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the destination folder</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <source>Automatically (4 GiB parts on FAT32 drives)</source>
        <translation>Automatically (4 GiB parts on FAT32 drives)</translation>
    </message>
    <message>
        <source>650 MiB parts (CD)</source>
        <translation>650 MiB parts (CD)</translation>
    </message>
    <message>
        <source>4 GiB parts</source>
        <translation>4 GiB parts</translation>
    </message>
    <message>
        <source>Parts of my own size…</source>
        <translation>Parts of my own size…</translation>
    </message>
    <message>
        <source>Split into parts</source>
        <translation>Split into parts</translation>
    </message>
    <message>
        <source>for example 700M or 2G</source>
        <translation>for example 700M or 2G</translation>
    </message>
    <message>
        <source>Size of each part</source>
        <translation>Size of each part</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Split:</source>
        <translation>&amp;Split:</translation>
    </message>
    <message>
        <source>Part si&amp;ze:</source>
        <translation>Part si&amp;ze:</translation>
    </message>
    <message>
        <source>This folder does not exist. Is the drive connected?</source>
        <translation>This folder does not exist. Is the drive connected?</translation>
    </message>
    <message>
        <source>Write a size such as 700M or 2G (at least 1M).</source>
        <translation>Write a size such as 700M or 2G (at least 1M).</translation>
    </message>
    <message>
        <source>The report is written as a plain folder a court can check without casebook: the PDF, its signed data, the annexes, their chain of custody and how to verify them.</source>
        <translation>The report is written as a plain folder a court can check without casebook: the PDF, its signed data, the annexes, their chain of custody and how to verify them.</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Folder to write into</translation>
    </message>
    <message>
        <source>Choose the folder to write into</source>
        <translation>Choose the folder to write into</translation>
    </message>
    <message>
        <source>Name of the report&apos;s folder</source>
        <translation>Name of the report&apos;s folder</translation>
    </message>
    <message>
        <source>The report folder is NOT encrypted. The report and every annex in it can be read by anyone with access to where you put it. Hand it over on a drive you control, and delete your copy securely when done.</source>
        <translation>The report folder is NOT encrypted. The report and every annex in it can be read by anyone with access to where you put it. Hand it over on a drive you control, and delete your copy securely when done.</translation>
    </message>
    <message>
        <source>I &amp;understand: write it unencrypted</source>
        <translation>I &amp;understand: write it unencrypted</translation>
    </message>
    <message>
        <source>I understand: write it unencrypted</source>
        <translation>I understand: write it unencrypted</translation>
    </message>
    <message>
        <source>Folder na&amp;me:</source>
        <translation>Folder na&amp;me:</translation>
    </message>
    <message>
        <source>Give the report&apos;s folder a plain name, without slashes.</source>
        <translation>Give the report&apos;s folder a plain name, without slashes.</translation>
    </message>
    <message>
        <source>There is already something called this here. Choose another name.</source>
        <translation>There is already something called this here. Choose another name.</translation>
    </message>
</context>
<context>
    <name>EditNoteDialog</name>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Written at %1. It keeps this time.</source>
        <translation>Written at %1. It keeps this time.</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>The History tab keeps the earlier text, and colleagues who received it keep theirs. To remove the earlier text for good, use Erase note… instead.</source>
        <translation>The History tab keeps the earlier text, and colleagues who received it keep theirs. To remove the earlier text for good, use Erase note… instead.</translation>
    </message>
    <message>
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>Erase this field</source>
        <translation>Erase this field</translation>
    </message>
    <message>
        <source>Erase this record</source>
        <translation>Erase this record</translation>
    </message>
    <message>
        <source>What is erased</source>
        <translation>What is erased</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Colleagues see this reason with the erasure request; it is never free text.</source>
        <translation>Colleagues see this reason with the erasure request; it is never free text.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Who already has a copy</source>
        <translation>Who already has a copy</translation>
    </message>
    <message>
        <source>Looking at what was sent…</source>
        <translation>Looking at what was sent…</translation>
    </message>
    <message>
        <source>Copies on USB sticks, in printouts and in reports stay with whoever has them: casebook cannot reach them.</source>
        <translation>Copies on USB sticks, in printouts and in reports stay with whoever has them: casebook cannot reach them.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1, field “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1, with every field and its %n note(s)</source>
        <translation>
            <numerusform>%1, with every field and its %n note</numerusform>
            <numerusform>%1, with every field and its %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, with everything in it (%n record(s))</source>
        <translation>
            <numerusform>%1, with everything in it (%n record)</numerusform>
            <numerusform>%1, with everything in it (%n records)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with every field</source>
        <translation>%1, with every field</translation>
    </message>
    <message>
        <source>This field holds nothing to erase.</source>
        <translation>This field holds nothing to erase.</translation>
    </message>
    <message numerus="yes">
        <source>Here, %n value(s) are deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that it was erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</source>
        <translation>
            <numerusform>Here, %n value is deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that it was erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</numerusform>
            <numerusform>Here, %n values are deleted for good: the current one and every earlier version, from the record, its history, search and unsent drafts. The history keeps a line saying that they were erased, when, by whom and why. Colleagues get the erasure request with your next bundle to them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No colleague received this from you in a bundle.</source>
        <translation>No colleague received this from you in a bundle.</translation>
    </message>
    <message>
        <source>These colleagues already received it from you:</source>
        <translation>These colleagues already received it from you:</translation>
    </message>
    <message>
        <source>Their copies remain until their casebook honours the erasure request. Casebook cannot prove that it did.</source>
        <translation>Their copies remain until their casebook honours the erasure request. Casebook cannot prove that it did.</translation>
    </message>
    <message>
        <source>someone no longer among your colleagues (key %1)</source>
        <translation>someone no longer among your colleagues (key %1)</translation>
    </message>
    <message numerus="yes">
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
        <source>Consent withdrawn</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Someone&apos;s safety</source>
        <translation>Someone&apos;s safety</translation>
    </message>
    <message>
        <source>Entered by mistake</source>
        <translation>Entered by mistake</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Court order</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Another reason</translation>
    </message>
    <message>
        <source>&amp;Erase this field…</source>
        <translation>&amp;Erase this field…</translation>
    </message>
    <message>
        <source>The colleague who wrote this value did not share it with you, so it cannot be changed here.</source>
        <translation>The colleague who wrote this value did not share it with you, so it cannot be changed here.</translation>
    </message>
</context>
<context>
    <name>ErasureRequestsDialog</name>
    <message>
        <source>Erasure requests</source>
        <translation>Erasure requests</translation>
    </message>
    <message>
        <source>Values erased here, by you or at a colleague&apos;s request. When a colleague asks to erase a value that someone else wrote, casebook hides it at once and waits for you: confirm the erasure to delete it from this laptop for good.</source>
        <translation>Values erased here, by you or at a colleague&apos;s request. When a colleague asks to erase a value that someone else wrote, casebook hides it at once and waits for you: confirm the erasure to delete it from this laptop for good.</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>Erasures</translation>
    </message>
    <message>
        <source>Nothing has been erased in this vault.</source>
        <translation>Nothing has been erased in this vault.</translation>
    </message>
    <message>
        <source>About the chosen erasure</source>
        <translation>About the chosen erasure</translation>
    </message>
    <message>
        <source>&amp;Confirm erasure</source>
        <translation>&amp;Confirm erasure</translation>
    </message>
    <message>
        <source>Confirm erasure</source>
        <translation>Confirm erasure</translation>
    </message>
    <message>
        <source>Deletes the hidden value from this laptop for good.</source>
        <translation>Deletes the hidden value from this laptop for good.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 asked to erase: %2.</source>
        <translation>%1 asked to erase: %2.</translation>
    </message>
    <message>
        <source>Reason: %1.</source>
        <translation>Reason: %1.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Case: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are hidden here already: not shown, not searched, not sent to anyone. Confirming deletes them from this laptop for good; it cannot be undone. Until then they stay hidden, in case the request did not really come from your colleague.</source>
        <translation>
            <numerusform>%n value is hidden here already: not shown, not searched, not sent to anyone. Confirming deletes it from this laptop for good; it cannot be undone. Until then it stays hidden, in case the request did not really come from your colleague.</numerusform>
            <numerusform>%n values are hidden here already: not shown, not searched, not sent to anyone. Confirming deletes them from this laptop for good; it cannot be undone. Until then they stay hidden, in case the request did not really come from your colleague.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received the erasure request: %1. Casebook cannot prove that their copies are gone.</source>
        <translation>Received the erasure request: %1. Casebook cannot prove that their copies are gone.</translation>
    </message>
    <message>
        <source>No colleague has received the erasure request yet. It goes out with your next bundle to each of them.</source>
        <translation>No colleague has received the erasure request yet. It goes out with your next bundle to each of them.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted from this vault: %n value(s).</source>
        <translation>
            <numerusform>Deleted from this vault: %n value.</numerusform>
            <numerusform>Deleted from this vault: %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>%1, the whole record</source>
        <translation>%1, the whole record</translation>
    </message>
    <message>
        <source>hidden here, waiting for your confirmation</source>
        <translation>hidden here, waiting for your confirmation</translation>
    </message>
    <message>
        <source>erased here; request not received yet</source>
        <translation>erased here; request not received yet</translation>
    </message>
    <message>
        <source>erased here; request received by: %1</source>
        <translation>erased here; request received by: %1</translation>
    </message>
    <message>
        <source>erased here</source>
        <translation>erased here</translation>
    </message>
    <message>
        <source>not received here; it will never be kept</source>
        <translation>not received here; it will never be kept</translation>
    </message>
    <message>
        <source>nothing of it is held here</source>
        <translation>nothing of it is held here</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who asked</source>
        <translation>Who asked</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
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
        <translation>Something unexpected went wrong. What you had saved is safe. If it happens again, lock casebook and start it again.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or the vault&apos;s key file is damaged. Try again, or use the recovery code.</source>
        <translation>The passphrase is wrong, or the vault&apos;s key file is damaged. Try again, or use the recovery code.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it and try again.</source>
        <translation>The vault is locked. Unlock it and try again.</translation>
    </message>
    <message>
        <source>There is no vault in this folder. Create one, or choose another folder.</source>
        <translation>There is no vault in this folder. Create one, or choose another folder.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder. Choose an empty folder.</source>
        <translation>A vault already exists in this folder. Choose an empty folder.</translation>
    </message>
    <message>
        <source>Part of this vault is missing, so it cannot be opened. Restore the vault folder from a backup. Do not create a new vault here: it would replace what is left.</source>
        <translation>Part of this vault is missing, so it cannot be opened. Restore the vault folder from a backup. Do not create a new vault here: it would replace what is left.</translation>
    </message>
    <message>
        <source>The vault is damaged. See what is damaged with Vault → Check vault integrity…, and restore from a bundle or a backup.</source>
        <translation>The vault is damaged. See what is damaged with Vault → Check vault integrity…, and restore from a bundle or a backup.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing saved was lost.</source>
        <translation>The disk is full. Free some space and try again; nothing saved was lost.</translation>
    </message>
    <message>
        <source>The drive could not be read or written. Check that it is connected and try again.</source>
        <translation>The drive could not be read or written. Check that it is connected and try again.</translation>
    </message>
    <message>
        <source>This place cannot be written: the drive is write-protected, or you may not write there. Choose another place; nothing was written there.</source>
        <translation>This place cannot be written: the drive is write-protected, or you may not write there. Choose another place; nothing was written there.</translation>
    </message>
    <message>
        <source>The vault is busy: a casebook command or another casebook window is writing to it. Wait for it to finish and try again; nothing was changed.</source>
        <translation>The vault is busy: a casebook command or another casebook window is writing to it. Wait for it to finish and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>This vault is on a write-protected drive: it can be read, not changed. To change it, copy the vault folder to a writable drive.</source>
        <translation>This vault is on a write-protected drive: it can be read, not changed. To change it, copy the vault folder to a writable drive.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>This data failed its integrity check: it is damaged, truncated or forged.</source>
        <translation>This data failed its integrity check: it is damaged, truncated or forged.</translation>
    </message>
    <message>
        <source>COMPROMISE ALERT: a colleague&apos;s key signed two different histories. Nothing from this bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them in person what happened.</source>
        <translation>COMPROMISE ALERT: a colleague&apos;s key signed two different histories. Nothing from this bundle was applied. Revoke that colleague with a cut-off before the fork, and ask them in person what happened.</translation>
    </message>
    <message>
        <source>Some chosen colleagues are not verified yet. Compare safety numbers with them first, or confirm that you want to seal to them anyway.</source>
        <translation>Some chosen colleagues are not verified yet. Compare safety numbers with them first, or confirm that you want to seal to them anyway.</translation>
    </message>
    <message>
        <source>A colleague&apos;s key signed two different histories: treat that key as compromised. Nothing after the fork is trusted.</source>
        <translation>A colleague&apos;s key signed two different histories: treat that key as compromised. Nothing after the fork is trusted.</translation>
    </message>
    <message>
        <source>The bundle was refused and nothing was changed.</source>
        <translation>The bundle was refused and nothing was changed.</translation>
    </message>
    <message>
        <source>This key belongs to nobody you have added as a peer. Add their card first.</source>
        <translation>This key belongs to nobody you have added as a peer. Add their card first.</translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation>This record no longer exists.</translation>
    </message>
    <message>
        <source>A number here is longer than any valid value: nothing was changed.</source>
        <translation>A number here is longer than any valid value: nothing was changed.</translation>
    </message>
    <message>
        <source>casebook cannot read this as a date. Write it as 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024 or 1–10 March 2024.</source>
        <translation>casebook cannot read this as a date. Write it as 5 March 2024 or 05.03.2024, March 2024, about 5 March 2024 or 1–10 March 2024.</translation>
    </message>
    <message>
        <source>Names that must stay home are written in texts this bundle would carry. Nothing was sealed: withhold those texts or write mentions instead, or seal anyway with a reason.</source>
        <translation>Names that must stay home are written in texts this bundle would carry. Nothing was sealed: withhold those texts or write mentions instead, or seal anyway with a reason.</translation>
    </message>
    <message>
        <source>These colleagues may see different things: seal one bundle for each group.</source>
        <translation>These colleagues may see different things: seal one bundle for each group.</translation>
    </message>
    <message>
        <source>This value is not valid here. Correct it and try again.</source>
        <translation>This value is not valid here. Correct it and try again.</translation>
    </message>
    <message>
        <source>The operation failed and nothing was changed. Try again.</source>
        <translation>The operation failed and nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>There is no file at this place. Check the name, or choose the file again.</source>
        <translation>There is no file at this place. Check the name, or choose the file again.</translation>
    </message>
    <message>
        <source>This is a folder, not a file. Choose the file itself.</source>
        <translation>This is a folder, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <source>This is a named pipe, not a file. Choose the file itself.</source>
        <translation>This is a named pipe, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <source>This is a device, not a file. Choose the file itself.</source>
        <translation>This is a device, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <source>This is a socket, not a file. Choose the file itself.</source>
        <translation>This is a socket, not a file. Choose the file itself.</translation>
    </message>
    <message>
        <source>This is not an ordinary file. Choose the file itself.</source>
        <translation>This is not an ordinary file. Choose the file itself.</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>Has conflicting edits</source>
        <translation>Has conflicting edits</translation>
    </message>
    <message>
        <source>Approximate date</source>
        <translation>Approximate date</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Events of this case</source>
        <translation>Events of this case</translation>
    </message>
    <message>
        <source>&amp;Add event…</source>
        <translation>&amp;Add event…</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Delete event</translation>
    </message>
    <message>
        <source>E&amp;rase event…</source>
        <translation>E&amp;rase event…</translation>
    </message>
    <message>
        <source>Erase event</source>
        <translation>Erase event</translation>
    </message>
    <message>
        <source>Deletes every value of this event for good, and asks colleagues to.</source>
        <translation>Deletes every value of this event for good, and asks colleagues to.</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <source>&amp;Who took part:</source>
        <translation>&amp;Who took part:</translation>
    </message>
    <message>
        <source>No events in «%1» yet.

An event is what happened: a search, a detention, an interrogation, a court hearing, an assault. Press Add event…, choose what happened and type when, exactly (2024-03-05) or as it is remembered (~2024-03-05, 2024-03, 2024-03-01/2024-03-10); then add the place, a summary and who took part.</source>
        <translation>No events in «%1» yet.

An event is what happened: a search, a detention, an interrogation, a court hearing, an assault. Press Add event…, choose what happened and type when, exactly (2024-03-05) or as it is remembered (~2024-03-05, 2024-03, 2024-03-01/2024-03-10); then add the place, a summary and who took part.</translation>
    </message>
    <message>
        <source>Add an event</source>
        <translation>Add an event</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>Wh&amp;en:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Delete this event from the case? The history keeps what was recorded.</source>
        <translation>Delete this event from the case? The history keeps what was recorded.</translation>
    </message>
</context>
<context>
    <name>ExportWizard</name>
    <message>
        <source>Export bundle</source>
        <translation>Export bundle</translation>
    </message>
    <message>
        <source>&amp;Seal</source>
        <translation>&amp;Seal</translation>
    </message>
    <message>
        <source>Sealing: reading, encrypting and checking what was written…</source>
        <translation>Sealing: reading, encrypting and checking what was written…</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Not sealed</translation>
    </message>
    <message>
        <source>Cancelled. No bundle was written.</source>
        <translation>Cancelled. No bundle was written.</translation>
    </message>
    <message>
        <source>Sealed</source>
        <translation>Sealed</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) written, read back and checked.</source>
        <translation>
            <numerusform>%n bundle written, read back and checked.</numerusform>
            <numerusform>%n bundles written, read back and checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>Bundle no. %1, for: %2.</source>
        <translation>Bundle no. %1, for: %2.</translation>
    </message>
    <message>
        <source>Changes: %1. Attachments: %2 (%3).</source>
        <translation>Changes: %1. Attachments: %2 (%3).</translation>
    </message>
    <message>
        <source>Size on the drive: %1.</source>
        <translation>Size on the drive: %1.</translation>
    </message>
    <message>
        <source>Kept home: %1 record(s) whole and the values of %2 field(s); %3 under pseudonyms.</source>
        <translation>Kept home: %1 record(s) whole and the values of %2 field(s); %3 under pseudonyms.</translation>
    </message>
    <message>
        <source>Sealed past the leak scan; the reason is recorded.</source>
        <translation>Sealed past the leak scan; the reason is recorded.</translation>
    </message>
    <message>
        <source>In %1 parts: copy all of them.</source>
        <translation>In %1 parts: copy all of them.</translation>
    </message>
    <message>
        <source>Your recipients already had everything: the bundle is empty.</source>
        <translation>Your recipients already had everything: the bundle is empty.</translation>
    </message>
</context>
<context>
    <name>FileKinds</name>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Audio recording</source>
        <translation>Audio recording</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word document</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>E-mail message</source>
        <translation>E-mail message</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Table (CSV)</source>
        <translation>Table (CSV)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the bundle</source>
        <translation>Choose the bundle</translation>
    </message>
    <message>
        <source>A bundle is a file a colleague sealed for you, usually on a USB drive. If it came in parts (.001, .002, …), choose any of them.</source>
        <translation>A bundle is a file a colleague sealed for you, usually on a USB drive. If it came in parts (.001, .002, …), choose any of them.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Bundle file</source>
        <translation>Bundle file</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the bundle file</source>
        <translation>Choose the bundle file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
</context>
<context>
    <name>FiledReports</name>
    <message>
        <source>A withdrawal cannot recall what was already filed with a court or an international body. Ask the court to keep the person anonymous instead (at the European Court of Human Rights: Rule 47 § 4 of the Rules of Court).</source>
        <translation>A withdrawal cannot recall what was already filed with a court or an international body. Ask the court to keep the person anonymous instead (at the European Court of Human Rights: Rule 47 § 4 of the Rules of Court).</translation>
    </message>
    <message>
        <source>Reports you wrote that carried it (a filed report cannot be recalled):</source>
        <translation>Reports you wrote that carried it (a filed report cannot be recalled):</translation>
    </message>
    <message>
        <source>%1: report %2, written on %3</source>
        <translation>%1: report %2, written on %3</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>(also to %1)</source>
        <translation>(also to %1)</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>file added</source>
        <translation>file added</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>%1 (conflict resolved)</source>
        <translation>%1 (conflict resolved)</translation>
    </message>
    <message>
        <source>erased (the whole record)</source>
        <translation>erased (the whole record)</translation>
    </message>
    <message>
        <source>%1 erased</source>
        <translation>%1 erased</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>replaced later</source>
        <translation>replaced later</translation>
    </message>
    <message>
        <source>clock far in the future</source>
        <translation>clock far in the future</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Changes to this case</source>
        <translation>Changes to this case</translation>
    </message>
    <message>
        <source>Conflicting edits</source>
        <translation>Conflicting edits</translation>
    </message>
    <message>
        <source>&amp;Compare and resolve…</source>
        <translation>&amp;Compare and resolve…</translation>
    </message>
    <message>
        <source>&amp;Deleted items…</source>
        <translation>&amp;Deleted items…</translation>
    </message>
    <message>
        <source>Deleted items</source>
        <translation>Deleted items</translation>
    </message>
    <message>
        <source>What was deleted in this case, and deleted cases, to restore.</source>
        <translation>What was deleted in this case, and deleted cases, to restore.</translation>
    </message>
    <message>
        <source>Nothing has changed in «%1» since it was opened. Every change will be listed here, newest first: what changed, who made it (you or a colleague, by their key) and when. Nothing here can be edited; erasing a value shows here as “erased”, and edits that conflict between colleagues are listed above, to compare and resolve.</source>
        <translation>Nothing has changed in «%1» since it was opened. Every change will be listed here, newest first: what changed, who made it (you or a colleague, by their key) and when. Nothing here can be edited; erasing a value shows here as “erased”, and edits that conflict between colleagues are listed above, to compare and resolve.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n versions</source>
        <translation>
            <numerusform>%1 — %2: %n version</numerusform>
            <numerusform>%1 — %2: %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) have conflicting edits from different devices or people.</source>
        <translation>
            <numerusform>%n field has conflicting edits from different devices or people.</numerusform>
            <numerusform>%n fields have conflicting edits from different devices or people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImagePanel</name>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import bundle</source>
        <translation>Import bundle</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Sealed by you</source>
        <translation>Sealed by you</translation>
    </message>
    <message>
        <source>You sealed this bundle yourself, with this vault&apos;s keys.</source>
        <translation>You sealed this bundle yourself, with this vault&apos;s keys.</translation>
    </message>
    <message>
        <source>Sealed by %1</source>
        <translation>Sealed by %1</translation>
    </message>
    <message>
        <source>every change its sender&apos;s recipients did not have yet</source>
        <translation>every change its sender&apos;s recipients did not have yet</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), with all of their history</source>
        <translation>
            <numerusform>%n case, with all of its history</numerusform>
            <numerusform>%n cases, with all of their history</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle no. %1, sealed on %2.</source>
        <translation>Bundle no. %1, sealed on %2.</translation>
    </message>
    <message>
        <source>It carries %1.</source>
        <translation>It carries %1.</translation>
    </message>
    <message>
        <source>Changes: %1.</source>
        <translation>Changes: %1.</translation>
    </message>
    <message>
        <source>Attachments: %1 (%2).</source>
        <translation>Attachments: %1 (%2).</translation>
    </message>
    <message>
        <source>Recipients: %1.</source>
        <translation>Recipients: %1.</translation>
    </message>
    <message>
        <source>Size: %1 in %2 file(s).</source>
        <translation>Size: %1 in %2 file(s).</translation>
    </message>
    <message>
        <source>Import checks every signature and every attachment again, then applies all of it at once, or nothing.</source>
        <translation>Import checks every signature and every attachment again, then applies all of it at once, or nothing.</translation>
    </message>
    <message>
        <source>Checking and applying the bundle…</source>
        <translation>Checking and applying the bundle…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>This bundle was already imported: nothing changed.</source>
        <translation>This bundle was already imported: nothing changed.</translation>
    </message>
    <message>
        <source>Every signature and attachment checked out; all of it was applied.</source>
        <translation>Every signature and attachment checked out; all of it was applied.</translation>
    </message>
    <message>
        <source>Changes: %1, of which %2 new.</source>
        <translation>Changes: %1, of which %2 new.</translation>
    </message>
    <message>
        <source>Attachments: %1, of which %2 new.</source>
        <translation>Attachments: %1, of which %2 new.</translation>
    </message>
    <message>
        <source>Conflicts: %1. Colleagues edited the same thing differently; each case&apos;s History tab shows them side by side to resolve.</source>
        <translation>Conflicts: %1. Colleagues edited the same thing differently; each case&apos;s History tab shows them side by side to resolve.</translation>
    </message>
    <message>
        <source>Conflicts: none.</source>
        <translation>Conflicts: none.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have no consent records here: their identity will not be shared onward from this vault until a consent is recorded.</source>
        <translation>
            <numerusform>%n person has no consent records here: their identity will not be shared onward from this vault until a consent is recorded.</numerusform>
            <numerusform>%n people have no consent records here: their identity will not be shared onward from this vault until a consent is recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 change(s) signed by colleagues you revoked, after their cut-off, were left out. Tell the sender whom you revoked.</source>
        <translation>%1 change(s) signed by colleagues you revoked, after their cut-off, were left out. Tell the sender whom you revoked.</translation>
    </message>
    <message numerus="yes">
        <source>%n custody entries are signed by a revoked key after its cut-off: they are kept, and shown as not trusted.</source>
        <translation>
            <numerusform>%n custody entry is signed by a revoked key after its cut-off: it is kept, and shown as not trusted.</numerusform>
            <numerusform>%n custody entries are signed by a revoked key after its cut-off: they are kept, and shown as not trusted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sender has a new encryption key; your next bundles to them use it.</source>
        <translation>The sender has a new encryption key; your next bundles to them use it.</translation>
    </message>
    <message>
        <source>%1 change(s) are dated in the future: the sender&apos;s clock may be wrong.</source>
        <translation>%1 change(s) are dated in the future: the sender&apos;s clock may be wrong.</translation>
    </message>
    <message>
        <source>The sender is not verified yet: compare safety numbers before you rely on what they sent.</source>
        <translation>The sender is not verified yet: compare safety numbers before you rely on what they sent.</translation>
    </message>
    <message>
        <source>A bundle with this number was already imported. Import checks this copy in full and says whether it is intact; it changes nothing.</source>
        <translation>A bundle with this number was already imported. Import checks this copy in full and says whether it is intact; it changes nothing.</translation>
    </message>
</context>
<context>
    <name>IncompletePanel</name>
    <message>
        <source>This vault cannot be opened</source>
        <translation>This vault cannot be opened</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>The keys of this vault were wiped in this window: vault.db is random bytes now, and neither the passphrase nor the recovery code opens it.</source>
        <translation>The keys of this vault were wiped in this window: vault.db is random bytes now, and neither the passphrase nor the recovery code opens it.</translation>
    </message>
    <message>
        <source>There is nothing more to do here. To work again, open or create a vault in another folder. casebook keeps no note of the wipe: started again, it will only say that the key file is missing.</source>
        <translation>There is nothing more to do here. To work again, open or create a vault in another folder. casebook keeps no note of the wipe: started again, it will only say that the key file is missing.</translation>
    </message>
    <message>
        <source>The folder holds the encrypted cases (vault.db), but its key file (keyslots) is missing. Without the key file neither the passphrase nor the recovery code can open the cases.</source>
        <translation>The folder holds the encrypted cases (vault.db), but its key file (keyslots) is missing. Without the key file neither the passphrase nor the recovery code can open the cases.</translation>
    </message>
    <message>
        <source>Restore the file keyslots from a backup of this folder (a copy of the folder on another drive has it), put it beside vault.db, and start casebook again.</source>
        <translation>Restore the file keyslots from a backup of this folder (a copy of the folder on another drive has it), put it beside vault.db, and start casebook again.</translation>
    </message>
    <message>
        <source>The folder holds the key file (keyslots), but the encrypted cases (vault.db) are missing.</source>
        <translation>The folder holds the key file (keyslots), but the encrypted cases (vault.db) are missing.</translation>
    </message>
    <message>
        <source>Restore the file vault.db from a backup of this folder, put it beside keyslots, and start casebook again.</source>
        <translation>Restore the file vault.db from a backup of this folder, put it beside keyslots, and start casebook again.</translation>
    </message>
    <message>
        <source>Do not delete anything here, and do not create a new vault in this folder: that would destroy what is left. Colleagues who received your bundles also hold copies of what you sent them.</source>
        <translation>Do not delete anything here, and do not create a new vault in this folder: that would destroy what is left. Colleagues who received your bundles also hold copies of what you sent them.</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
</context>
<context>
    <name>InterviewConsentPanel</name>
    <message>
        <source>Consent given at this interview</source>
        <translation>Consent given at this interview</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Tick what the interviewee agrees to and refuses, in one go.</source>
        <translation>Tick what the interviewee agrees to and refuses, in one go.</translation>
    </message>
    <message>
        <source>Choose the interviewee first.</source>
        <translation>Choose the interviewee first.</translation>
    </message>
    <message>
        <source>No consent recorded at this interview yet.</source>
        <translation>No consent recorded at this interview yet.</translation>
    </message>
    <message>
        <source>Noted before the consent ledger, not used for sharing: %1</source>
        <translation>Noted before the consent ledger, not used for sharing: %1</translation>
    </message>
</context>
<context>
    <name>InterviewsModel</name>
    <message>
        <source>(no interviewee yet)</source>
        <translation>(no interviewee yet)</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message>
        <source>Interviews of this case</source>
        <translation>Interviews of this case</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;New interview</translation>
    </message>
    <message>
        <source>E&amp;rase interview…</source>
        <translation>E&amp;rase interview…</translation>
    </message>
    <message>
        <source>Erase interview</source>
        <translation>Erase interview</translation>
    </message>
    <message>
        <source>Deletes every detail of this interview for good, and asks colleagues to.</source>
        <translation>Deletes every detail of this interview for good, and asks colleagues to.</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Delete interview</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>Hide &amp;details</translation>
    </message>
    <message>
        <source>No interviews in «%1» yet.

Press New interview when a conversation starts: type notes as you listen and press Enter after each, and every note keeps the time it was written. Who was interviewed, by whom, in which language and with what consent go in the details above the notes.</source>
        <translation>No interviews in «%1» yet.

Press New interview when a conversation starts: type notes as you listen and press Enter after each, and every note keeps the time it was written. Who was interviewed, by whom, in which language and with what consent go in the details above the notes.</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>Show &amp;details</translation>
    </message>
    <message>
        <source>Delete this interview and its notes from the case? The history keeps what was recorded.</source>
        <translation>Delete this interview and its notes from the case? The history keeps what was recorded.</translation>
    </message>
</context>
<context>
    <name>JobWizard</name>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>The whole record</translation>
    </message>
    <message>
        <source>Label of the whole record</source>
        <translation>Label of the whole record</translation>
    </message>
    <message>
        <source>A record above a colleague&apos;s clearance stays home whole: their casebook never learns it exists.</source>
        <translation>A record above a colleague&apos;s clearance stays home whole: their casebook never learns it exists.</translation>
    </message>
    <message>
        <source>Floor of the case</source>
        <translation>Floor of the case</translation>
    </message>
    <message>
        <source>Every record of the case is at least this sensitive. A case about sexual orientation: at least confidential, sexual orientation.</source>
        <translation>Every record of the case is at least this sensitive. A case about sexual orientation: at least confidential, sexual orientation.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Fields and their labels</source>
        <translation>Fields and their labels</translation>
    </message>
    <message>
        <source>Label of the chosen field</source>
        <translation>Label of the chosen field</translation>
    </message>
    <message>
        <source>A value above a colleague&apos;s clearance goes without its value, and a person whose name stays home goes under a pseudonym (Witness B).</source>
        <translation>A value above a colleague&apos;s clearance goes without its value, and a person whose name stays home goes under a pseudonym (Witness B).</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sensitivity: %1</source>
        <translation>Sensitivity: %1</translation>
    </message>
    <message>
        <source>This record now: %1.</source>
        <translation>This record now: %1.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
</context>
<context>
    <name>LabelEditor</name>
    <message>
        <source>No own label (the default holds)</source>
        <translation>No own label (the default holds)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Note segment</source>
        <translation>Note segment</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Consent override</source>
        <translation>Consent override</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdiction</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Court</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Legal articles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Detention type</source>
        <translation>Detention type</translation>
    </message>
    <message>
        <source>Legal article</source>
        <translation>Legal article</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewee</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Informed consent</source>
        <translation>Informed consent</translation>
    </message>
    <message>
        <source>Consent note</source>
        <translation>Consent note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Linked record</source>
        <translation>Linked record</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation>Who may receive it</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>How it was given</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Replaces</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>erased</translation>
    </message>
    <message>
        <source>hidden until you confirm the erasure</source>
        <translation>hidden until you confirm the erasure</translation>
    </message>
    <message>
        <source>not shared with you</source>
        <translation>not shared with you</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>%1 (pseudonym)</source>
        <translation>%1 (pseudonym)</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(cleared)</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link note</source>
        <translation>Link note</translation>
    </message>
    <message>
        <source>People and events</source>
        <translation>People and events</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What is this note about?</source>
        <translation>What is this note about?</translation>
    </message>
    <message>
        <source>Each tick is saved at once.</source>
        <translation>Each tick is saved at once.</translation>
    </message>
    <message>
        <source>Person: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Search all cases…</source>
        <translation>&amp;Search all cases…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation>Lock now (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>&amp;Change passphrase…</translation>
    </message>
    <message>
        <source>New &amp;recovery code…</source>
        <translation>New &amp;recovery code…</translation>
    </message>
    <message>
        <source>Check vault &amp;integrity…</source>
        <translation>Check vault &amp;integrity…</translation>
    </message>
    <message>
        <source>&amp;Vocabularies…</source>
        <translation>&amp;Vocabularies…</translation>
    </message>
    <message>
        <source>De&amp;lete this case…</source>
        <translation>De&amp;lete this case…</translation>
    </message>
    <message>
        <source>&amp;Deleted items…</source>
        <translation>&amp;Deleted items…</translation>
    </message>
    <message>
        <source>Case &amp;report…</source>
        <translation>Case &amp;report…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>S&amp;tatistics…</translation>
    </message>
    <message>
        <source>&amp;Deep erase…</source>
        <translation>&amp;Deep erase…</translation>
    </message>
    <message>
        <source>&amp;Wipe keys now…</source>
        <translation>&amp;Wipe keys now…</translation>
    </message>
    <message>
        <source>E&amp;rasure requests…</source>
        <translation>E&amp;rasure requests…</translation>
    </message>
    <message>
        <source>&amp;Peers…</source>
        <translation>&amp;Peers…</translation>
    </message>
    <message>
        <source>&amp;Export bundle…</source>
        <translation>&amp;Export bundle…</translation>
    </message>
    <message>
        <source>Seal changes for colleagues into a bundle (Ctrl+E)</source>
        <translation>Seal changes for colleagues into a bundle (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Import bundle…</source>
        <translation>&amp;Import bundle…</translation>
    </message>
    <message>
        <source>Open a bundle from a colleague (Ctrl+I)</source>
        <translation>Open a bundle from a colleague (Ctrl+I)</translation>
    </message>
    <message>
        <source>Compromise &amp;alerts…</source>
        <translation>Compromise &amp;alerts…</translation>
    </message>
    <message>
        <source>&amp;Travel out…</source>
        <translation>&amp;Travel out…</translation>
    </message>
    <message>
        <source>Take cases off this laptop into a bundle on another drive</source>
        <translation>Take cases off this laptop into a bundle on another drive</translation>
    </message>
    <message>
        <source>Travel &amp;back…</source>
        <translation>Travel &amp;back…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>E&amp;xchange</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <source>Open a case first, then write its report.</source>
        <translation>Open a case first, then write its report.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>casebook locked before the new recovery code was written down. The old code no longer works: make another one (Vault → New recovery code…).</source>
        <translation>casebook locked before the new recovery code was written down. The old code no longer works: make another one (Vault → New recovery code…).</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Choose the vault folder</translation>
    </message>
    <message numerus="yes">
        <source>Some of what you typed could not be saved (%n field(s) with a date casebook cannot read). It is kept inside the vault and comes back, with what to correct, when you unlock.</source>
        <translation>
            <numerusform>Some of what you typed could not be saved (%n field with a date casebook cannot read). It is kept inside the vault and comes back, with what to correct, when you unlock.</numerusform>
            <numerusform>Some of what you typed could not be saved (%n fields with a date casebook cannot read). It is kept inside the vault and comes back, with what to correct, when you unlock.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” of %2: %3</source>
        <translation>“%1” of %2: %3</translation>
    </message>
    <message>
        <source>Not saved before the vault locked, because casebook could not read it as a date. It is back in its field, marked: correct it there.</source>
        <translation>Not saved before the vault locked, because casebook could not read it as a date. It is back in its field, marked: correct it there.</translation>
    </message>
    <message numerus="yes">
        <source>%n compromise alert(s) not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</source>
        <translation>
            <numerusform>%n compromise alert not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</numerusform>
            <numerusform>%n compromise alerts not yet seen: a colleague&apos;s keys may be in someone else&apos;s hands. See Exchange → Compromise alerts….</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n erasure request(s) from colleagues wait for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</source>
        <translation>
            <numerusform>%n erasure request from a colleague waits for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</numerusform>
            <numerusform>%n erasure requests from colleagues wait for your confirmation; until then the values are hidden. See Exchange → Erasure requests….</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Opened read-only: this drive is write-protected. You can read and search; changes cannot be saved here.</source>
        <translation>Opened read-only: this drive is write-protected. You can read and search; changes cannot be saved here.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Make a new recovery code</translation>
    </message>
    <message>
        <source>The new code replaces the old one: the code you wrote down before stops working at once. Make a new code if the old one was lost or someone else may have seen it. Your passphrase stays the same.</source>
        <translation>The new code replaces the old one: the code you wrote down before stops working at once. Make a new code if the old one was lost or someone else may have seen it. Your passphrase stays the same.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>Type the passphrase you unlock with now.</source>
        <translation>Type the passphrase you unlock with now.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>Making a new recovery code</source>
        <translation>Making a new recovery code</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Make a new code</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>The code you wrote down before no longer works.</source>
        <translation>The code you wrote down before no longer works.</translation>
    </message>
    <message>
        <source>Type the current passphrase first.</source>
        <translation>Type the current passphrase first.</translation>
    </message>
    <message>
        <source>Making the new code… this takes about a second.</source>
        <translation>Making the new code… this takes about a second.</translation>
    </message>
</context>
<context>
    <name>NotePanel</name>
    <message>
        <source>Notes of this interview</source>
        <translation>Notes of this interview</translation>
    </message>
    <message>
        <source>Type a note and press Enter… (@ names a person of the case)</source>
        <translation>Type a note and press Enter… (@ names a person of the case)</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Enter adds the note with the time; Shift+Enter starts a new line.</source>
        <translation>Enter adds the note with the time; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>&amp;New note:</source>
        <translation>&amp;New note:</translation>
    </message>
    <message>
        <source>Enter adds the note with the current time · Shift+Enter starts a new line · unsent text is kept in the vault as a draft</source>
        <translation>Enter adds the note with the current time · Shift+Enter starts a new line · unsent text is kept in the vault as a draft</translation>
    </message>
    <message>
        <source>&amp;Link note to people and events…</source>
        <translation>&amp;Link note to people and events…</translation>
    </message>
    <message>
        <source>&amp;Erase note…</source>
        <translation>&amp;Erase note…</translation>
    </message>
    <message>
        <source>Erase note</source>
        <translation>Erase note</translation>
    </message>
    <message>
        <source>Deletes the selected note&apos;s text for good, and asks colleagues to.</source>
        <translation>Deletes the selected note&apos;s text for good, and asks colleagues to.</translation>
    </message>
    <message>
        <source>Ed&amp;it note…</source>
        <translation>Ed&amp;it note…</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Corrects the selected note; the history keeps the earlier text.</source>
        <translation>Corrects the selected note; the history keeps the earlier text.</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <source>Sensitivity…</source>
        <translation>Sensitivity…</translation>
    </message>
    <message>
        <source>Sensitivity of the note</source>
        <translation>Sensitivity of the note</translation>
    </message>
    <message>
        <source>Raise the selected note&apos;s sensitivity: what colleagues may receive of it.</source>
        <translation>Raise the selected note&apos;s sensitivity: what colleagues may receive of it.</translation>
    </message>
    <message>
        <source>Delete this note from the interview? The history keeps what was written.</source>
        <translation>Delete this note from the interview? The history keeps what was written.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organisation %1 works for: a consent given for an organisation lets a person&apos;s name go to its members as you record them here, and to no one else. This stays in your vault: it is never sent to anyone.</source>
        <translation>The organisation %1 works for: a consent given for an organisation lets a person&apos;s name go to its members as you record them here, and to no one else. This stays in your vault: it is never sent to anyone.</translation>
    </message>
    <message>
        <source>for example: Memorial</source>
        <translation>for example: Memorial</translation>
    </message>
    <message>
        <source>Choose one you have recorded, or type a new name.</source>
        <translation>Choose one you have recorded, or type a new name.</translation>
    </message>
    <message>
        <source>&amp;No organisation</source>
        <translation>&amp;No organisation</translation>
    </message>
    <message>
        <source>No organisation</source>
        <translation>No organisation</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Organisation of %1</source>
        <translation>Organisation of %1</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override consent</source>
        <translation>Override consent</translation>
    </message>
    <message>
        <source>Share a name without consent</source>
        <translation>Share a name without consent</translation>
    </message>
    <message>
        <source>An override lets this person&apos;s name and aliases go, for the purpose below and to the recipients below, although they have not agreed to it, or have refused or withdrawn their consent. It holds until the end of the day you give. It is signed with your key and travels with the case; the custody log records it with its reason, and colleagues see it. Record one only when the reason truly applies: once a name has gone, it cannot be recalled.</source>
        <translation>An override lets this person&apos;s name and aliases go, for the purpose below and to the recipients below, although they have not agreed to it, or have refused or withdrawn their consent. It holds until the end of the day you give. It is signed with your key and travels with the case; the custody log records it with its reason, and colleagues see it. Record one only when the reason truly applies: once a name has gone, it cannot be recalled.</translation>
    </message>
    <message>
        <source>What an override does</source>
        <translation>What an override does</translation>
    </message>
    <message>
        <source>Where consent stands</source>
        <translation>Where consent stands</translation>
    </message>
    <message>
        <source>Choose a reason</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>A code from the list, never free text: it travels with the case.</source>
        <translation>A code from the list, never free text: it travels with the case.</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>What the name may go out for.</source>
        <translation>What the name may go out for.</translation>
    </message>
    <message>
        <source>today only</source>
        <translation>today only</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>It holds through this day; empty: today only.</source>
        <translation>It holds through this day; empty: today only.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>Record &amp;override</source>
        <translation>Record &amp;override</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Who may receive it</source>
        <translation>Who may receive it</translation>
    </message>
    <message>
        <source>&amp;Anyone you work with</source>
        <translation>&amp;Anyone you work with</translation>
    </message>
    <message>
        <source>Only &amp;these colleagues:</source>
        <translation>Only &amp;these colleagues:</translation>
    </message>
    <message>
        <source>Colleagues who may receive it</source>
        <translation>Colleagues who may receive it</translation>
    </message>
    <message>
        <source>An override for %1, recorded instead of their consent.</source>
        <translation>An override for %1, recorded instead of their consent.</translation>
    </message>
    <message>
        <source>Consent now:</source>
        <translation>Consent now:</translation>
    </message>
    <message>
        <source>Consent now: none recorded.</source>
        <translation>Consent now: none recorded.</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choose a reason.</translation>
    </message>
    <message>
        <source>Tick the colleagues who may receive it.</source>
        <translation>Tick the colleagues who may receive it.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <source>Takes the case off the list; Cases → Deleted items… brings it back.</source>
        <translation>Takes the case off the list; Cases → Deleted items… brings it back.</translation>
    </message>
    <message>
        <source>Sensitivity and &amp;floor…</source>
        <translation>Sensitivity and &amp;floor…</translation>
    </message>
    <message>
        <source>Sensitivity and floor of the case</source>
        <translation>Sensitivity and floor of the case</translation>
    </message>
    <message>
        <source>The case&apos;s own sensitivity, its fields&apos;, and the floor of every record in it: what colleagues may receive.</source>
        <translation>The case&apos;s own sensitivity, its fields&apos;, and the floor of every record in it: what colleagues may receive.</translation>
    </message>
    <message>
        <source>Opened %1 · last change %2</source>
        <translation>Opened %1 · last change %2</translation>
    </message>
</context>
<context>
    <name>PassphraseChooser</name>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Su&amp;ggest a passphrase</source>
        <translation>Su&amp;ggest a passphrase</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Suggest a passphrase</translation>
    </message>
    <message>
        <source>Random common words; write them down or learn them, then repeat them.</source>
        <translation>Random common words; write them down or learn them, then repeat them.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Type a passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n characters.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: add more words.</source>
        <translation>%1: add more words.</translation>
    </message>
    <message>
        <source>%1. Write it down or learn it, then type it again in the second field.</source>
        <translation>%1. Write it down or learn it, then type it again in the second field.</translation>
    </message>
    <message>
        <source>%1. Now repeat it in the second field.</source>
        <translation>%1. Now repeat it in the second field.</translation>
    </message>
    <message>
        <source>%1. The passphrases match.</source>
        <translation>%1. The passphrases match.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Show the passphrase</translation>
    </message>
    <message>
        <source>Shows what is typed, for anyone who can see the screen.</source>
        <translation>Shows what is typed, for anyone who can see the screen.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock is on.</translation>
    </message>
    <message>
        <source>The keyboard types Cyrillic letters. If the passphrase is in Latin letters, switch the layout (a recovery code is read in either).</source>
        <translation>The keyboard types Cyrillic letters. If the passphrase is in Latin letters, switch the layout (a recovery code is read in either).</translation>
    </message>
    <message>
        <source>The keyboard does not type Latin letters. If the passphrase is in Latin letters, switch the layout.</source>
        <translation>The keyboard does not type Latin letters. If the passphrase is in Latin letters, switch the layout.</translation>
    </message>
</context>
<context>
    <name>PeerMarks</name>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>You compared safety numbers with this colleague: their key is theirs.</source>
        <translation>You compared safety numbers with this colleague: their key is theirs.</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <source>Safety numbers not compared yet: a stranger&apos;s key could stand in for this colleague&apos;s. Compare them in person or on a call.</source>
        <translation>Safety numbers not compared yet: a stranger&apos;s key could stand in for this colleague&apos;s. Compare them in person or on a call.</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Revoked: nothing is sealed to this colleague, and nothing from them after the cut-off is accepted.</source>
        <translation>Revoked: nothing is sealed to this colleague, and nothing from them after the cut-off is accepted.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unknown key %1</translation>
    </message>
</context>
<context>
    <name>PeersDialog</name>
    <message>
        <source>Peers</source>
        <translation>Peers</translation>
    </message>
    <message>
        <source>Colleagues you exchange sealed bundles with. Before you trust a colleague, compare safety numbers with them in person or on a call.</source>
        <translation>Colleagues you exchange sealed bundles with. Before you trust a colleague, compare safety numbers with them in person or on a call.</translation>
    </message>
    <message>
        <source>Your card</source>
        <translation>Your card</translation>
    </message>
    <message>
        <source>QR code of your identity card</source>
        <translation>QR code of your identity card</translation>
    </message>
    <message>
        <source>Your key id</source>
        <translation>Your key id</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Your age recipient</translation>
    </message>
    <message>
        <source>The public key colleagues seal to; the age tool accepts it too.</source>
        <translation>The public key colleagues seal to; the age tool accepts it too.</translation>
    </message>
    <message>
        <source>Give colleagues this card as a file, as text, or let them photograph the QR code. It holds public keys only, and no name.</source>
        <translation>Give colleagues this card as a file, as text, or let them photograph the QR code. It holds public keys only, and no name.</translation>
    </message>
    <message>
        <source>&amp;Save my card…</source>
        <translation>&amp;Save my card…</translation>
    </message>
    <message>
        <source>Save my card to a file</source>
        <translation>Save my card to a file</translation>
    </message>
    <message>
        <source>Copy my card as te&amp;xt</source>
        <translation>Copy my card as te&amp;xt</translation>
    </message>
    <message>
        <source>Copy my card as text</source>
        <translation>Copy my card as text</translation>
    </message>
    <message>
        <source>For a colleague to paste into Add from card file…; it holds no secret.</source>
        <translation>For a colleague to paste into Add from card file…; it holds no secret.</translation>
    </message>
    <message>
        <source>Rotate my encryption &amp;key…</source>
        <translation>Rotate my encryption &amp;key…</translation>
    </message>
    <message>
        <source>Rotate my encryption key</source>
        <translation>Rotate my encryption key</translation>
    </message>
    <message>
        <source>A new key for what colleagues seal to you; the old ones can be forgotten.</source>
        <translation>A new key for what colleagues seal to you; the old ones can be forgotten.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <source>No colleagues yet. Add one from the card file they gave you.</source>
        <translation>No colleagues yet. Add one from the card file they gave you.</translation>
    </message>
    <message>
        <source>About the chosen colleague</source>
        <translation>About the chosen colleague</translation>
    </message>
    <message>
        <source>What they hold from me</source>
        <translation>What they hold from me</translation>
    </message>
    <message>
        <source>&amp;Add from card file…</source>
        <translation>&amp;Add from card file…</translation>
    </message>
    <message>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Compare safety numbers…</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>C&amp;learance…</source>
        <translation>C&amp;learance…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Key id: %1</source>
        <translation>Key id: %1</translation>
    </message>
    <message>
        <source>Your card was copied as text. It holds public keys only, no secret.</source>
        <translation>Your card was copied as text. It holds public keys only, no secret.</translation>
    </message>
    <message>
        <source>Save my card</source>
        <translation>Save my card</translation>
    </message>
    <message>
        <source>Your card was saved to %1. It holds no secret.</source>
        <translation>Your card was saved to %1. It holds no secret.</translation>
    </message>
    <message>
        <source>May see: %1.</source>
        <translation>May see: %1.</translation>
    </message>
    <message>
        <source>Organisation: %1.</source>
        <translation>Organisation: %1.</translation>
    </message>
    <message>
        <source>Organisation: none recorded.</source>
        <translation>Organisation: none recorded.</translation>
    </message>
    <message>
        <source>Added on %1.</source>
        <translation>Added on %1.</translation>
    </message>
    <message>
        <source>Bundles received from them: %1. Bundles sealed to them: %2.</source>
        <translation>Bundles received from them: %1. Bundles sealed to them: %2.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>You have sealed no bundle to them.</source>
        <translation>You have sealed no bundle to them.</translation>
    </message>
    <message>
        <source>Bundles you sealed to them, and the values each carried:</source>
        <translation>Bundles you sealed to them, and the values each carried:</translation>
    </message>
    <message numerus="yes">
        <source>no. %1, sealed on %2: %n value(s)</source>
        <translation>
            <numerusform>no. %1, sealed on %2: %n value</numerusform>
            <numerusform>no. %1, sealed on %2: %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier bundle(s)</source>
        <translation>
            <numerusform>… and %n earlier bundle</numerusform>
            <numerusform>… and %n earlier bundles</numerusform>
        </translation>
    </message>
    <message>
        <source>This is what you sent; casebook cannot know what they kept, passed on or erased.</source>
        <translation>This is what you sent; casebook cannot know what they kept, passed on or erased.</translation>
    </message>
    <message>
        <source>Your new encryption key is in your card. Colleagues get it with your next bundle to each of them.</source>
        <translation>Your new encryption key is in your card. Colleagues get it with your next bundle to each of them.</translation>
    </message>
    <message numerus="yes">
        <source>%n old key(s) forgotten.</source>
        <translation>
            <numerusform>%n old key forgotten.</numerusform>
            <numerusform>%n old keys forgotten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added and verified: the safety numbers matched.</source>
        <translation>%1 was added and verified: the safety numbers matched.</translation>
    </message>
    <message>
        <source>%1 was added, then revoked.</source>
        <translation>%1 was added, then revoked.</translation>
    </message>
    <message>
        <source>%1 was added, not verified yet: compare safety numbers with them (Compare safety numbers…) before you rely on what they send.</source>
        <translation>%1 was added, not verified yet: compare safety numbers with them (Compare safety numbers…) before you rely on what they send.</translation>
    </message>
</context>
<context>
    <name>PeersModel</name>
    <message>
        <source>after no. %1</source>
        <translation>after no. %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>no. %1, %2</source>
        <translation>no. %1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Trust</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Key id</translation>
    </message>
    <message>
        <source>May see</source>
        <translation>May see</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Last received</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Last sent</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Also known as</source>
        <translation>Also known as</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Has conflicting edits</source>
        <translation>Has conflicting edits</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>People in this case</source>
        <translation>People in this case</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>E&amp;rase person…</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
    <message>
        <source>Deletes every value of this person for good, and asks colleagues to.</source>
        <translation>Deletes every value of this person for good, and asks colleagues to.</translation>
    </message>
    <message>
        <source>No people in «%1» yet.

Add everyone the case is about: victims, witnesses, relatives, lawyers, officials and sources. Press Add person…, type the name and choose the role; aliases, sensitivity and notes go in the form beside the list. Names are the most sensitive data here: they are labelled restricted, and only colleagues you clear for them receive them.</source>
        <translation>No people in «%1» yet.

Add everyone the case is about: victims, witnesses, relatives, lawyers, officials and sources. Press Add person…, type the name and choose the role; aliases, sensitivity and notes go in the form beside the list. Names are the most sensitive data here: they are labelled restricted, and only colleagues you clear for them receive them.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>A person needs a name.</translation>
    </message>
    <message>
        <source>Delete this person from the case? The history keeps what was recorded.</source>
        <translation>Delete this person from the case? The history keeps what was recorded.</translation>
    </message>
</context>
<context>
    <name>PersonConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Where consent stands</source>
        <translation>Where consent stands</translation>
    </message>
    <message>
        <source>Consent decisions</source>
        <translation>Consent decisions</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>&amp;Withdraw consent…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Records the withdrawal and shows who already has the name.</source>
        <translation>Records the withdrawal and shows who already has the name.</translation>
    </message>
    <message>
        <source>Overri&amp;de…</source>
        <translation>Overri&amp;de…</translation>
    </message>
    <message>
        <source>Override consent</source>
        <translation>Override consent</translation>
    </message>
    <message>
        <source>Lets the name go without consent, for a reason from a list; recorded.</source>
        <translation>Lets the name go without consent, for a reason from a list; recorded.</translation>
    </message>
    <message>
        <source>No consent recorded: nothing that names this person may leave this vault.</source>
        <translation>No consent recorded: nothing that names this person may leave this vault.</translation>
    </message>
    <message>
        <source>A withdrawal and an agreement were recorded in different places at the same time: it counts as withdrawn until you choose, in the History tab.</source>
        <translation>A withdrawal and an agreement were recorded in different places at the same time: it counts as withdrawn until you choose, in the History tab.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>The report as it will be written. Nothing has left the vault.</source>
        <translation>The report as it will be written. Nothing has left the vault.</translation>
    </message>
    <message>
        <source>Progress of the preview</source>
        <translation>Progress of the preview</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Stop the preview</source>
        <translation>Stop the preview</translation>
    </message>
    <message>
        <source>The report&apos;s pages</source>
        <translation>The report&apos;s pages</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Who can open it</source>
        <translation>Who can open it</translation>
    </message>
    <message>
        <source>Only the people you tick can open the bundle. Anyone else who finds the drive sees random bytes.</source>
        <translation>Only the people you tick can open the bundle. Anyone else who finds the drive sees random bytes.</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Colleagues</translation>
    </message>
    <message>
        <source>You have no colleagues yet: add one in Exchange → Peers… first.</source>
        <translation>You have no colleagues yet: add one in Exchange → Peers… first.</translation>
    </message>
    <message>
        <source>Also seal it to &amp;me, so I can open it later</source>
        <translation>Also seal it to &amp;me, so I can open it later</translation>
    </message>
    <message>
        <source>I understand, and want to seal to them anyway</source>
        <translation>I understand, and want to seal to them anyway</translation>
    </message>
    <message>
        <source>may see: %1</source>
        <translation>may see: %1</translation>
    </message>
    <message numerus="yes">
        <source>These colleagues may see different things: %n bundles will be sealed, one for each group. The next pages show what each gets.</source>
        <translation>
            <numerusform>These colleagues may see different things: %n bundle will be sealed, one for each group. The next pages show what each gets.</numerusform>
            <numerusform>These colleagues may see different things: %n bundles will be sealed, one for each group. The next pages show what each gets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not verified: %1. Until you compare safety numbers, a stranger&apos;s key could stand in for theirs, and the bundle would open for that stranger.</source>
        <translation>Not verified: %1. Until you compare safety numbers, a stranger&apos;s key could stand in for theirs, and the bundle would open for that stranger.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>separate with commas</source>
        <translation>separate with commas</translation>
    </message>
    <message>
        <source>Missing a choice? Add it with Cases → Vocabularies…</source>
        <translation>Missing a choice? Add it with Cases → Vocabularies…</translation>
    </message>
    <message>
        <source>%1 needs a date.</source>
        <translation>%1 needs a date.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <source>Conflicting edits in: %1. Compare and resolve them in the History tab.</source>
        <translation>Conflicting edits in: %1. Compare and resolve them in the History tab.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Sensiti&amp;vity…</source>
        <translation>Sensiti&amp;vity…</translation>
    </message>
    <message>
        <source>Raise the sensitivity of this record or of its fields: what colleagues may receive of it.</source>
        <translation>Raise the sensitivity of this record or of its fields: what colleagues may receive of it.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Write this code on paper now, or print it, and keep it apart from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and is not stored anywhere in readable form.</source>
        <translation>Write this code on paper now, or print it, and keep it apart from this computer. It opens the vault if the passphrase is forgotten. It is shown only this once and is not stored anywhere in readable form.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copy the recovery code</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a short while, and at lock.</source>
        <translation>The clipboard is cleared again after a short while, and at lock.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Print the recovery code</translation>
    </message>
    <message>
        <source>I have &amp;written it down (this hides the code)</source>
        <translation>I have &amp;written it down (this hides the code)</translation>
    </message>
    <message>
        <source>The code, typed from your paper</source>
        <translation>The code, typed from your paper</translation>
    </message>
    <message>
        <source>Type the code from the paper, to check it was written down right.</source>
        <translation>Type the code from the paper, to check it was written down right.</translation>
    </message>
    <message>
        <source>&amp;Type it from your paper:</source>
        <translation>&amp;Type it from your paper:</translation>
    </message>
    <message>
        <source>Write the code down first, then tick the box.</source>
        <translation>Write the code down first, then tick the box.</translation>
    </message>
    <message>
        <source>This is not the code shown: group %1 differs. Untick the box to see the code again and correct your paper.</source>
        <translation>This is not the code shown: group %1 differs. Untick the box to see the code again and correct your paper.</translation>
    </message>
    <message>
        <source>This is not the code shown.</source>
        <translation>This is not the code shown.</translation>
    </message>
    <message>
        <source>Copied. Paste it where it belongs now: the clipboard is cleared again soon.</source>
        <translation>Copied. Paste it where it belongs now: the clipboard is cleared again soon.</translation>
    </message>
    <message>
        <source>No printer is set up on this computer. Write the code down by hand, or set up a printer and press Print again.</source>
        <translation>No printer is set up on this computer. Write the code down by hand, or set up a printer and press Print again.</translation>
    </message>
    <message>
        <source>casebook prints the code only to a printer.</source>
        <translation>casebook prints the code only to a printer.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Application to the European Court of Human Rights</source>
        <translation>Application to the European Court of Human Rights</translation>
    </message>
    <message>
        <source>Communication to a UN treaty body</source>
        <translation>Communication to a UN treaty body</translation>
    </message>
    <message>
        <source>Filing in a domestic court</source>
        <translation>Filing in a domestic court</translation>
    </message>
    <message>
        <source>Asylum file</source>
        <translation>Asylum file</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Progress of writing</source>
        <translation>Progress of writing</translation>
    </message>
    <message>
        <source>&amp;Cancel writing</source>
        <translation>&amp;Cancel writing</translation>
    </message>
    <message>
        <source>What was written</source>
        <translation>What was written</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>Case report</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Reading the case…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Laying out the pages…</translation>
    </message>
    <message>
        <source>Report %1, %2 annexes.</source>
        <translation>Report %1, %2 annexes.</translation>
    </message>
    <message numerus="yes">
        <source>Data of %n person(s) withheld: see the cover page.</source>
        <translation>
            <numerusform>Data of %n person withheld: see the cover page.</numerusform>
            <numerusform>Data of %n persons withheld: see the cover page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Go back and on again to retry.</source>
        <translation>Stopped. Go back and on again to retry.</translation>
    </message>
    <message>
        <source>Writing the report, its annexes and their checksums…</source>
        <translation>Writing the report, its annexes and their checksums…</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Not written</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelled. Nothing was written.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>The report folder was written whole.</source>
        <translation>The report folder was written whole.</translation>
    </message>
    <message>
        <source>Report %1: %2 files, %3 annexes.</source>
        <translation>Report %1: %2 files, %3 annexes.</translation>
    </message>
    <message>
        <source>VERIFY.txt in the folder says how a court checks it without casebook. Remember: the folder is not encrypted.</source>
        <translation>VERIFY.txt in the folder says how a court checks it without casebook. Remember: the folder is not encrypted.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a colleague</source>
        <translation>Revoke a colleague</translation>
    </message>
    <message>
        <source>Revoke %1 if their laptop was seized, or their keys may be used by someone else. Nothing more will be sealed to them, and bundles sealed with their keys after the cut-off are refused.</source>
        <translation>Revoke %1 if their laptop was seized, or their keys may be used by someone else. Nothing more will be sealed to them, and bundles sealed with their keys after the cut-off are refused.</translation>
    </message>
    <message>
        <source>&amp;Keep their bundles up to number:</source>
        <translation>&amp;Keep their bundles up to number:</translation>
    </message>
    <message>
        <source>&amp;Trust nothing from them at all</source>
        <translation>&amp;Trust nothing from them at all</translation>
    </message>
    <message>
        <source>Last bundle number to keep</source>
        <translation>Last bundle number to keep</translation>
    </message>
    <message>
        <source>You have received no bundle from them.</source>
        <translation>You have received no bundle from them.</translation>
    </message>
    <message>
        <source>The last bundle you received from them is number %1.</source>
        <translation>The last bundle you received from them is number %1.</translation>
    </message>
    <message>
        <source>This cannot be undone. If they are safe and get new keys, add their new card as a new colleague.</source>
        <translation>This cannot be undone. If they are safe and get new keys, add their new card as a new colleague.</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revoke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Revoke %1</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate my encryption key</source>
        <translation>Rotate my encryption key</translation>
    </message>
    <message>
        <source>Colleagues seal bundles to your encryption key. Make a new one if the old key may have been copied: what they seal from then on is safe from whoever has it. Your identity, your safety number and your colleagues&apos; trust stay the same.</source>
        <translation>Colleagues seal bundles to your encryption key. Make a new one if the old key may have been copied: what they seal from then on is safe from whoever has it. Your identity, your safety number and your colleagues&apos; trust stay the same.</translation>
    </message>
    <message>
        <source>Colleagues learn the new key from your card inside your next bundle to each of them. Until they import it, they keep sealing to the old key.</source>
        <translation>Colleagues learn the new key from your card inside your next bundle to each of them. Until they import it, they keep sealing to the old key.</translation>
    </message>
    <message>
        <source>&amp;Forget my old keys now</source>
        <translation>&amp;Forget my old keys now</translation>
    </message>
    <message>
        <source>Once forgotten, bundles sealed to your old keys no longer open here: those lying on USB sticks or in mail, and those colleagues seal before they import a bundle with your new card. Nobody who copies this laptop later can open them either. Forget the old keys when a stick with old bundles may be in the wrong hands, or once every colleague has your new card.</source>
        <translation>Once forgotten, bundles sealed to your old keys no longer open here: those lying on USB sticks or in mail, and those colleagues seal before they import a bundle with your new card. Nobody who copies this laptop later can open them either. Forget the old keys when a stick with old bundles may be in the wrong hands, or once every colleague has your new card.</translation>
    </message>
    <message>
        <source>&amp;Make a new key</source>
        <translation>&amp;Make a new key</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Make a new key and forget the old ones</source>
        <translation>&amp;Make a new key and forget the old ones</translation>
    </message>
</context>
<context>
    <name>SealPage</name>
    <message>
        <source>Sealing</source>
        <translation>Sealing</translation>
    </message>
    <message>
        <source>Progress of sealing</source>
        <translation>Progress of sealing</translation>
    </message>
    <message>
        <source>&amp;Cancel sealing</source>
        <translation>&amp;Cancel sealing</translation>
    </message>
    <message>
        <source>What was sealed</source>
        <translation>What was sealed</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search all cases</source>
        <translation>Search all cases</translation>
    </message>
    <message>
        <source>Words to find in every case…</source>
        <translation>Words to find in every case…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Type to search. Words of three or more letters also find longer forms: “задерж” finds “задержание”.</source>
        <translation>Type to search. Words of three or more letters also find longer forms: “задерж” finds “задержание”.</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest matches are shown; add words to narrow.</source>
        <translation>
            <numerusform>The %n newest matches are shown; add words to narrow.</numerusform>
            <numerusform>The %n newest matches are shown; add words to narrow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
</context>
<context>
    <name>SegmentsModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Linked to</source>
        <translation>Linked to</translation>
    </message>
</context>
<context>
    <name>SenderPage</name>
    <message>
        <source>Who sealed it</source>
        <translation>Who sealed it</translation>
    </message>
    <message>
        <source>Opening the bundle</source>
        <translation>Opening the bundle</translation>
    </message>
    <message>
        <source>&amp;Compare safety numbers…</source>
        <translation>&amp;Compare safety numbers…</translation>
    </message>
    <message>
        <source>Compare safety numbers with the sender</source>
        <translation>Compare safety numbers with the sender</translation>
    </message>
</context>
<context>
    <name>Sensitivity</name>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidential</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>contacts and whereabouts</source>
        <translation>contacts and whereabouts</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>sexual orientation, gender identity</source>
        <translation>sexual orientation, gender identity</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <source>The word is not that person&apos;s name</source>
        <translation>The word is not that person&apos;s name</translation>
    </message>
    <message>
        <source>The person made it public themselves</source>
        <translation>The person made it public themselves</translation>
    </message>
    <message>
        <source>The person agreed to this (recorded elsewhere)</source>
        <translation>The person agreed to this (recorded elsewhere)</translation>
    </message>
    <message>
        <source>The purpose needs it (a filing)</source>
        <translation>The purpose needs it (a filing)</translation>
    </message>
    <message>
        <source>its label is above their clearance</source>
        <translation>its label is above their clearance</translation>
    </message>
    <message>
        <source>what it belongs to stays home</source>
        <translation>what it belongs to stays home</translation>
    </message>
    <message>
        <source>it names a record that stays home</source>
        <translation>it names a record that stays home</translation>
    </message>
    <message>
        <source>no consent to share their identity</source>
        <translation>no consent to share their identity</translation>
    </message>
    <message>
        <source>%1, every category</source>
        <translation>%1, every category</translation>
    </message>
    <message>
        <source>%1; not: %2</source>
        <translation>%1; not: %2</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes:</source>
        <translation>&amp;Lock after idle minutes:</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after seconds:</source>
        <translation>&amp;Clear copied text after seconds:</translation>
    </message>
    <message>
        <source>Also lock casebook when</source>
        <translation>Also lock casebook when</translation>
    </message>
    <message>
        <source>the &amp;screen locks</source>
        <translation>the &amp;screen locks</translation>
    </message>
    <message>
        <source>the computer goes to slee&amp;p or hibernates</source>
        <translation>the computer goes to slee&amp;p or hibernates</translation>
    </message>
    <message>
        <source>another &amp;user takes over the screen</source>
        <translation>another &amp;user takes over the screen</translation>
    </message>
    <message>
        <source>the casebook window is &amp;minimised</source>
        <translation>the casebook window is &amp;minimised</translation>
    </message>
    <message>
        <source>screen lock</source>
        <translation>screen lock</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sleep</translation>
    </message>
    <message>
        <source>user switch</source>
        <translation>user switch</translation>
    </message>
    <message>
        <source>minimising</source>
        <translation>minimising</translation>
    </message>
    <message>
        <source>This computer does not tell casebook of: %1. Idle time and Ctrl+L still lock it.</source>
        <translation>This computer does not tell casebook of: %1. Idle time and Ctrl+L still lock it.</translation>
    </message>
    <message>
        <source>These settings are kept on this computer in plain text. They never hold case data or the names of vaults.</source>
        <translation>These settings are kept on this computer in plain text. They never hold case data or the names of vaults.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Sizes</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Statistics</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Event type</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Cases by status</translation>
    </message>
    <message>
        <source>Events by type</source>
        <translation>Events by type</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Legal articles</translation>
    </message>
    <message>
        <source>Deadlines in the next 30 days</source>
        <translation>Deadlines in the next 30 days</translation>
    </message>
    <message>
        <source>Cases by &amp;status</source>
        <translation>Cases by &amp;status</translation>
    </message>
    <message>
        <source>&amp;Events by type</source>
        <translation>&amp;Events by type</translation>
    </message>
    <message>
        <source>&amp;Legal articles</source>
        <translation>&amp;Legal articles</translation>
    </message>
    <message>
        <source>&amp;Deadlines (30 days)</source>
        <translation>&amp;Deadlines (30 days)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Read the figures again</translation>
    </message>
    <message>
        <source>Cases: %1. Events: %2. Deadlines in the next 30 days: %3.</source>
        <translation>Cases: %1. Events: %2. Deadlines in the next 30 days: %3.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Events by month</source>
        <translation>Events by month</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>What it holds</source>
        <translation>What it holds</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>What the bundle holds</translation>
    </message>
</context>
<context>
    <name>TermsModel</name>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>Built in</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russian</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Added in this vault</source>
        <translation>Added in this vault</translation>
    </message>
</context>
<context>
    <name>TextPanel</name>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>If the letters look wrong, the file is in another encoding: choose it here.</source>
        <translation>If the letters look wrong, the file is in another encoding: choose it here.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Text of the file</source>
        <translation>Text of the file</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Record a transfer</translation>
    </message>
    <message>
        <source>Handed to</source>
        <translation>Handed to</translation>
    </message>
    <message>
        <source>for example 12345/21</source>
        <translation>for example 12345/21</translation>
    </message>
    <message>
        <source>Their number for the filing</source>
        <translation>Their number for the filing</translation>
    </message>
    <message>
        <source>It happened on an earlier day</source>
        <translation>It happened on an earlier day</translation>
    </message>
    <message>
        <source>The day it happened</source>
        <translation>The day it happened</translation>
    </message>
    <message>
        <source>Handed to:</source>
        <translation>Handed to:</translation>
    </message>
    <message>
        <source>Their number:</source>
        <translation>Their number:</translation>
    </message>
    <message>
        <source>Type only the number the court or body gave the filing. Never a name: the custody log holds no text, and it goes to colleagues and into court reports. A transfer on an earlier day is recorded as a late entry, which says so.</source>
        <translation>Type only the number the court or body gave the filing. Never a name: the custody log holds no text, and it goes to colleagues and into court reports. A transfer on an earlier day is recorded as a late entry, which says so.</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Where did a copy of this file go?</source>
        <translation>Where did a copy of this file go?</translation>
    </message>
</context>
<context>
    <name>TravelBackDialog</name>
    <message>
        <source>Travel back</source>
        <translation>Travel back</translation>
    </message>
    <message>
        <source>Travel back: bring the cases home</source>
        <translation>Travel back: bring the cases home</translation>
    </message>
    <message>
        <source>Choose the bundle you made with Travel out… (on the separate drive, or the copy your colleague kept). Its cases come back into this vault, and each is checked: every change it left with must be here again.</source>
        <translation>Choose the bundle you made with Travel out… (on the separate drive, or the copy your colleague kept). Its cases come back into this vault, and each is checked: every change it left with must be here again.</translation>
    </message>
    <message>
        <source>&amp;Choose the bundle…</source>
        <translation>&amp;Choose the bundle…</translation>
    </message>
    <message>
        <source>Progress of travel back</source>
        <translation>Progress of travel back</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Choose the travel bundle</source>
        <translation>Choose the travel bundle</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) came back whole: every change they left with is here again.</source>
        <translation>
            <numerusform>%n case came back whole: every change it left with is here again.</numerusform>
            <numerusform>%n cases came back whole: every change they left with is here again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) did not come back whole; check the vault (Vault → Check vault integrity…) and keep the bundle.</source>
        <translation>
            <numerusform>%n case did not come back whole; check the vault (Vault → Check vault integrity…) and keep the bundle.</numerusform>
            <numerusform>%n cases did not come back whole; check the vault (Vault → Check vault integrity…) and keep the bundle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They also hold %n newer change(s) from colleagues.</source>
        <translation>
            <numerusform>They also hold %n newer change from colleagues.</numerusform>
            <numerusform>They also hold %n newer changes from colleagues.</numerusform>
        </translation>
    </message>
    <message>
        <source>This laptop holds the cases again. The bundle still holds them too: erase the drive, or keep it somewhere safe.</source>
        <translation>This laptop holds the cases again. The bundle still holds them too: erase the drive, or keep it somewhere safe.</translation>
    </message>
</context>
<context>
    <name>TravelOutDialog</name>
    <message>
        <source>Travel out</source>
        <translation>Travel out</translation>
    </message>
    <message>
        <source>Travel out: take cases off this laptop</source>
        <translation>Travel out: take cases off this laptop</translation>
    </message>
    <message>
        <source>The cases you tick are sealed into one bundle on a separate drive, read back and checked, and only then removed from this laptop. Nobody is asked to erase anything: colleagues keep what they hold. On your return, Travel back… brings them back from the bundle.</source>
        <translation>The cases you tick are sealed into one bundle on a separate drive, read back and checked, and only then removed from this laptop. Nobody is asked to erase anything: colleagues keep what they hold. On your return, Travel back… brings them back from the bundle.</translation>
    </message>
    <message>
        <source>&amp;Cases to take off this laptop:</source>
        <translation>&amp;Cases to take off this laptop:</translation>
    </message>
    <message>
        <source>Cases to take off this laptop</source>
        <translation>Cases to take off this laptop</translation>
    </message>
    <message>
        <source>Also seal it to these &amp;colleagues (optional):</source>
        <translation>Also seal it to these &amp;colleagues (optional):</translation>
    </message>
    <message>
        <source>Colleagues who can also open the bundle</source>
        <translation>Colleagues who can also open the bundle</translation>
    </message>
    <message>
        <source>Choose the &amp;folder on a separate drive…</source>
        <translation>Choose the &amp;folder on a separate drive…</translation>
    </message>
    <message>
        <source>No folder chosen</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder for the bundle</translation>
    </message>
    <message>
        <source>&amp;Leave a note in this vault of which bundle to import on return</source>
        <translation>&amp;Leave a note in this vault of which bundle to import on return</translation>
    </message>
    <message>
        <source>Without a note nothing here says that cases went away; with one, whoever unlocks this vault sees that a bundle of cases exists (ids, never titles).</source>
        <translation>Without a note nothing here says that cases went away; with one, whoever unlocks this vault sees that a bundle of cases exists (ids, never titles).</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle</source>
        <translation>Choose the folder for the bundle</translation>
    </message>
    <message>
        <source>Tick at least one case.</source>
        <translation>Tick at least one case.</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle first.</source>
        <translation>Choose the folder for the bundle first.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be sealed into a bundle in %1, checked, and then removed from this laptop: from the case list, search, history and the vault&apos;s file.</source>
        <translation>
            <numerusform>%n case will be sealed into a bundle in %1, checked, and then removed from this laptop: from the case list, search, history and the vault&apos;s file.</numerusform>
            <numerusform>%n cases will be sealed into a bundle in %1, checked, and then removed from this laptop: from the case list, search, history and the vault&apos;s file.</numerusform>
        </translation>
    </message>
    <message>
        <source>What happens to this laptop</source>
        <translation>What happens to this laptop</translation>
    </message>
    <message>
        <source>This is not an erasure: colleagues are not asked to erase anything, and the cases keep their history. They come back whole from the bundle.</source>
        <translation>This is not an erasure: colleagues are not asked to erase anything, and the cases keep their history. They come back whole from the bundle.</translation>
    </message>
    <message>
        <source>&amp;Deep erase afterwards (recommended)</source>
        <translation>&amp;Deep erase afterwards (recommended)</translation>
    </message>
    <message>
        <source>A deep erase rewrites the vault under a new master key, so that old blocks of this drive can no longer be read. You get a NEW recovery code at the end: write it down. It needs your passphrase.</source>
        <translation>A deep erase rewrites the vault under a new master key, so that old blocks of this drive can no longer be read. You get a NEW recovery code at the end: write it down. It needs your passphrase.</translation>
    </message>
    <message>
        <source>What it cannot do: a disk image of this laptop taken before today, with your passphrase, still holds the cases. The bundle holds them too: keep the drive apart from the laptop.</source>
        <translation>What it cannot do: a disk image of this laptop taken before today, with your passphrase, still holds the cases. The bundle holds them too: keep the drive apart from the laptop.</translation>
    </message>
    <message>
        <source>&amp;Passphrase (for the deep erase):</source>
        <translation>&amp;Passphrase (for the deep erase):</translation>
    </message>
    <message>
        <source>Passphrase for the deep erase</source>
        <translation>Passphrase for the deep erase</translation>
    </message>
    <message>
        <source>Progress of travel out</source>
        <translation>Progress of travel out</translation>
    </message>
    <message>
        <source>&amp;Travel out</source>
        <translation>&amp;Travel out</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Type the passphrase, or untick deep erase.</source>
        <translation>Type the passphrase, or untick deep erase.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>What is where now</source>
        <translation>What is where now</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>you and %1</source>
        <translation>you and %1</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>On the drive: %1, sealed to %2, read back and checked.</source>
        <translation>On the drive: %1, sealed to %2, read back and checked.</translation>
    </message>
    <message numerus="yes">
        <source>On this laptop: %n case(s) removed (from the list, search, history and the vault&apos;s file). Nobody was asked to erase anything.</source>
        <translation>
            <numerusform>On this laptop: %n case removed (from the list, search, history and the vault&apos;s file). Nobody was asked to erase anything.</numerusform>
            <numerusform>On this laptop: %n cases removed (from the list, search, history and the vault&apos;s file). Nobody was asked to erase anything.</numerusform>
        </translation>
    </message>
    <message>
        <source>A note of which bundle to import on return is in this vault.</source>
        <translation>A note of which bundle to import on return is in this vault.</translation>
    </message>
    <message>
        <source>No note was left here: remember which bundle to import on return.</source>
        <translation>No note was left here: remember which bundle to import on return.</translation>
    </message>
    <message>
        <source>The vault is under a new master key. Write down the new recovery code.</source>
        <translation>The vault is under a new master key. Write down the new recovery code.</translation>
    </message>
    <message>
        <source>No deep erase was made: old blocks of this drive may still hold them.</source>
        <translation>No deep erase was made: old blocks of this drive may still hold them.</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Unlock casebook</source>
        <translation>Unlock casebook</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase or recovery code</translation>
    </message>
    <message>
        <source>Type the passphrase, or the recovery code written down at creation.</source>
        <translation>Type the passphrase, or the recovery code written down at creation.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Open another vault…</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Unlocking</translation>
    </message>
    <message>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>&amp;Passphrase or recovery code:</translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery code first.</source>
        <translation>Type the passphrase or the recovery code first.</translation>
    </message>
    <message>
        <source>Unlocking… this takes about a second.</source>
        <translation>Unlocking… this takes about a second.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check vault integrity</source>
        <translation>Check vault integrity</translation>
    </message>
    <message>
        <source>Every page of the encrypted database, every recorded change (its signature and its place in its author&apos;s history) and every attachment is read and checked. Nothing is changed. A large vault takes a while.</source>
        <translation>Every page of the encrypted database, every recorded change (its signature and its place in its author&apos;s history) and every attachment is read and checked. Nothing is changed. A large vault takes a while.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <source>Details of the check</source>
        <translation>Details of the check</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Checking the database and the history of changes…</source>
        <translation>Checking the database and the history of changes…</translation>
    </message>
    <message>
        <source>Checking attachments: %1 of %2…</source>
        <translation>Checking attachments: %1 of %2…</translation>
    </message>
    <message>
        <source>The vault is sound: every check passed.</source>
        <translation>The vault is sound: every check passed.</translation>
    </message>
    <message>
        <source>The vault is damaged: some checks failed.</source>
        <translation>The vault is damaged: some checks failed.</translation>
    </message>
    <message>
        <source>Database pages: all sound.</source>
        <translation>Database pages: all sound.</translation>
    </message>
    <message>
        <source>Database pages: %1 damaged.</source>
        <translation>Database pages: %1 damaged.</translation>
    </message>
    <message>
        <source>Recorded changes: %1 checked, %2 failed.</source>
        <translation>Recorded changes: %1 checked, %2 failed.</translation>
    </message>
    <message>
        <source>Attachments: %1 checked, %2 failed.</source>
        <translation>Attachments: %1 checked, %2 failed.</translation>
    </message>
    <message>
        <source>Nothing was changed. Do not delete this vault: restore what is damaged from a bundle or a backup, and keep these details for whoever helps you.</source>
        <translation>Nothing was changed. Do not delete this vault: restore what is damaged from a bundle or a backup, and keep these details for whoever helps you.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Authors whose changes were checked: %1.</source>
        <translation>Authors whose changes were checked: %1.</translation>
    </message>
    <message>
        <source>Database page: %1</source>
        <translation>Database page: %1</translation>
    </message>
    <message>
        <source>Change %1: the history of author %2 is broken at change number %3.</source>
        <translation>Change %1: the history of author %2 is broken at change number %3.</translation>
    </message>
    <message>
        <source>Change %1: its signature or content does not check out.</source>
        <translation>Change %1: its signature or content does not check out.</translation>
    </message>
    <message>
        <source>“%1” in the case “%2”</source>
        <translation>“%1” in the case “%2”</translation>
    </message>
    <message>
        <source>attachment %1, not found in any case</source>
        <translation>attachment %1, not found in any case</translation>
    </message>
    <message>
        <source>Damaged content: %1.</source>
        <translation>Damaged content: %1.</translation>
    </message>
    <message>
        <source>Encrypted file damaged or missing: %1.</source>
        <translation>Encrypted file damaged or missing: %1.</translation>
    </message>
</context>
<context>
    <name>VerifyPeerDialog</name>
    <message>
        <source>Compare safety numbers</source>
        <translation>Compare safety numbers</translation>
    </message>
    <message>
        <source>Compare safety numbers with %1</source>
        <translation>Compare safety numbers with %1</translation>
    </message>
    <message>
        <source>Meet %1 in person, or call them on a line you trust. Both of you open this window in casebook: the two numbers must be the same, group by group. If they are, this card really is theirs.</source>
        <translation>Meet %1 in person, or call them on a line you trust. Both of you open this window in casebook: the two numbers must be the same, group by group. If they are, this card really is theirs.</translation>
    </message>
    <message>
        <source>Now: %1. %2</source>
        <translation>Now: %1. %2</translation>
    </message>
    <message>
        <source>On your screen</source>
        <translation>On your screen</translation>
    </message>
    <message>
        <source>Your safety number</source>
        <translation>Your safety number</translation>
    </message>
    <message>
        <source>On %1&apos;s screen</source>
        <translation>On %1&apos;s screen</translation>
    </message>
    <message>
        <source>Type the digits they read out to you</source>
        <translation>Type the digits they read out to you</translation>
    </message>
    <message>
        <source>Their safety number</source>
        <translation>Their safety number</translation>
    </message>
    <message>
        <source>Spaces do not matter. Each group is checked as you type.</source>
        <translation>Spaces do not matter. Each group is checked as you type.</translation>
    </message>
    <message>
        <source>&amp;Their number:</source>
        <translation>&amp;Their number:</translation>
    </message>
    <message>
        <source>We compared every group on both screens, and they are the same</source>
        <translation>We compared every group on both screens, and they are the same</translation>
    </message>
    <message>
        <source>Mark as &amp;verified</source>
        <translation>Mark as &amp;verified</translation>
    </message>
    <message>
        <source>Mark as &amp;unverified</source>
        <translation>Mark as &amp;unverified</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Your safety number: %1</source>
        <translation>Your safety number: %1</translation>
    </message>
    <message>
        <source>The numbers differ. Do not trust this card: it may have been swapped on its way to you. Ask %1 for their card again, in person.</source>
        <translation>The numbers differ. Do not trust this card: it may have been swapped on its way to you. Ask %1 for their card again, in person.</translation>
    </message>
    <message>
        <source>✔ All 12 groups match.</source>
        <translation>✔ All 12 groups match.</translation>
    </message>
    <message>
        <source>So far, so good: keep typing.</source>
        <translation>So far, so good: keep typing.</translation>
    </message>
    <message>
        <source>Or compare by eye, side by side, and tick the box below.</source>
        <translation>Or compare by eye, side by side, and tick the box below.</translation>
    </message>
</context>
<context>
    <name>ViewerDialog</name>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Decrypting…</translation>
    </message>
    <message>
        <source>This view was not recorded in the custody log: the vault is read-only, so nothing can be written to it.</source>
        <translation>This view was not recorded in the custody log: the vault is read-only, so nothing can be written to it.</translation>
    </message>
    <message>
        <source>Custody log</source>
        <translation>Custody log</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>This file is too large to show here. Export it to open it elsewhere.</source>
        <translation>This file is too large to show here. Export it to open it elsewhere.</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Audio playback is not available on this system.</source>
        <translation>Audio playback is not available on this system.</translation>
    </message>
    <message>
        <source>casebook cannot show this kind of file. Export it to open it elsewhere.</source>
        <translation>casebook cannot show this kind of file. Export it to open it elsewhere.</translation>
    </message>
</context>
<context>
    <name>VocabularyDialog</name>
    <message>
        <source>Vocabularies</source>
        <translation>Vocabularies</translation>
    </message>
    <message>
        <source>These are the choices the drop-downs offer. Add your own term when none fits, for example an article of a law: it is kept in this vault and offered everywhere that vocabulary is used.</source>
        <translation>These are the choices the drop-downs offer. Add your own term when none fits, for example an article of a law: it is kept in this vault and offered everywhere that vocabulary is used.</translation>
    </message>
    <message>
        <source>&amp;Vocabulary:</source>
        <translation>&amp;Vocabulary:</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Terms of this vocabulary</source>
        <translation>Terms of this vocabulary</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Letters, digits and underscores.</source>
        <translation>Letters, digits and underscores.</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Russian label</source>
        <translation>Russian label</translation>
    </message>
    <message>
        <source>The code is what records store and cannot be changed later: letters, digits and underscores, for example koap_20_2_8.</source>
        <translation>The code is what records store and cannot be changed later: letters, digits and underscores, for example koap_20_2_8.</translation>
    </message>
    <message>
        <source>&amp;Add term</source>
        <translation>&amp;Add term</translation>
    </message>
    <message>
        <source>Add a term</source>
        <translation>Add a term</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;English label:</source>
        <translation>&amp;English label:</translation>
    </message>
    <message>
        <source>R&amp;ussian label:</source>
        <translation>R&amp;ussian label:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>What happened (event types)</source>
        <translation>What happened (event types)</translation>
    </message>
    <message>
        <source>Legal articles</source>
        <translation>Legal articles</translation>
    </message>
    <message>
        <source>Detention types</source>
        <translation>Detention types</translation>
    </message>
    <message>
        <source>Roles of people</source>
        <translation>Roles of people</translation>
    </message>
    <message>
        <source>Case statuses</source>
        <translation>Case statuses</translation>
    </message>
    <message>
        <source>Consent scopes</source>
        <translation>Consent scopes</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Languages of interviews</source>
        <translation>Languages of interviews</translation>
    </message>
    <message>
        <source>Type a code for the term.</source>
        <translation>Type a code for the term.</translation>
    </message>
    <message>
        <source>This vocabulary already has a term with this code.</source>
        <translation>This vocabulary already has a term with this code.</translation>
    </message>
    <message>
        <source>Type the term in English or in Russian, or both.</source>
        <translation>Type the term in English or in Russian, or both.</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>Added “%1”.</translation>
    </message>
</context>
<context>
    <name>WipeKeysDialog</name>
    <message>
        <source>Wipe keys now</source>
        <translation>Wipe keys now</translation>
    </message>
    <message>
        <source>Wipe the keys of this vault</source>
        <translation>Wipe the keys of this vault</translation>
    </message>
    <message>
        <source>This overwrites the key file (keyslots) with random bytes, flushes it to the drive and removes it, with any staged copy of it and the vault&apos;s write-ahead log. After that neither your passphrase nor the recovery code opens this vault: the key they unlock is gone. Nobody can undo it, you included. It takes less than a second once the countdown ends.</source>
        <translation>This overwrites the key file (keyslots) with random bytes, flushes it to the drive and removes it, with any staged copy of it and the vault&apos;s write-ahead log. After that neither your passphrase nor the recovery code opens this vault: the key they unlock is gone. Nobody can undo it, you included. It takes less than a second once the countdown ends.</translation>
    </message>
    <message>
        <source>What it cannot do: an SSD or a USB stick may keep old blocks of the key file that no program can reach but a forensic lab may. A disk image or backup taken before the wipe, together with the passphrase or the recovery code, still opens that copy. Colleagues keep every bundle you sealed to them.</source>
        <translation>What it cannot do: an SSD or a USB stick may keep old blocks of the key file that no program can reach but a forensic lab may. A disk image or backup taken before the wipe, together with the passphrase or the recovery code, still opens that copy. Colleagues keep every bundle you sealed to them.</translation>
    </message>
    <message>
        <source>Also remove the vault &amp;folder (vault.db, files)</source>
        <translation>Also remove the vault &amp;folder (vault.db, files)</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Confirmation word</translation>
    </message>
    <message>
        <source>&amp;Start the countdown</source>
        <translation>&amp;Start the countdown</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type %1 to confirm (the countdown can still be cancelled):</source>
        <translation>Type %1 to confirm (the countdown can still be cancelled):</translation>
    </message>
    <message>
        <source>WIPE</source>
        <translation>WIPE</translation>
    </message>
    <message>
        <source>Any key stops it: Enter, Space or Escape, or the button.</source>
        <translation>Any key stops it: Enter, Space or Escape, or the button.</translation>
    </message>
    <message>
        <source>&amp;Cancel the wipe</source>
        <translation>&amp;Cancel the wipe</translation>
    </message>
    <message numerus="yes">
        <source>Wiping the keys in %n second(s)…</source>
        <translation>
            <numerusform>Wiping the keys in %n second…</numerusform>
            <numerusform>Wiping the keys in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Wiping…</source>
        <translation>Wiping…</translation>
    </message>
    <message>
        <source>Still true: an SSD or a USB stick may keep old blocks of the key file; a disk image or backup taken before the wipe, with the passphrase or the recovery code, still opens that copy; colleagues keep the bundles you sealed to them.</source>
        <translation>Still true: an SSD or a USB stick may keep old blocks of the key file; a disk image or backup taken before the wipe, with the passphrase or the recovery code, still opens that copy; colleagues keep the bundles you sealed to them.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The keys were not wiped: %1</source>
        <translation>The keys were not wiped: %1</translation>
    </message>
    <message>
        <source>Done in %1 s. Overwritten and removed: %2.</source>
        <translation>Done in %1 s. Overwritten and removed: %2.</translation>
    </message>
    <message>
        <source>Neither the passphrase nor the recovery code opens this vault any more.</source>
        <translation>Neither the passphrase nor the recovery code opens this vault any more.</translation>
    </message>
    <message>
        <source>The vault folder was removed as well.</source>
        <translation>The vault folder was removed as well.</translation>
    </message>
    <message>
        <source>vault.db stays in its folder: random bytes to anyone, you included. casebook will say that its key file is missing.</source>
        <translation>vault.db stays in its folder: random bytes to anyone, you included. casebook will say that its key file is missing.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Uses the person withdraws</source>
        <translation>Uses the person withdraws</translation>
    </message>
    <message>
        <source>The person has agreed to nothing that could be withdrawn.</source>
        <translation>The person has agreed to nothing that could be withdrawn.</translation>
    </message>
    <message>
        <source>%1 withdraws consent. The decision is recorded and signed; earlier decisions stay in the history. From now on nothing that names them goes out for these uses.</source>
        <translation>%1 withdraws consent. The decision is recorded and signed; earlier decisions stay in the history. From now on nothing that names them goes out for these uses.</translation>
    </message>
    <message>
        <source>Who already has the name</source>
        <translation>Who already has the name</translation>
    </message>
    <message>
        <source>Reports that carried the name</source>
        <translation>Reports that carried the name</translation>
    </message>
    <message>
        <source>Withdrawn: %1.</source>
        <translation>Withdrawn: %1.</translation>
    </message>
    <message>
        <source>Erase “%1”…</source>
        <translation>Erase “%1”…</translation>
    </message>
    <message>
        <source>Erase “%1”</source>
        <translation>Erase “%1”</translation>
    </message>
    <message>
        <source>Forget it here and ask every colleague&apos;s casebook to forget it.</source>
        <translation>Forget it here and ask every colleague&apos;s casebook to forget it.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No colleague received the name from you in a bundle. Copies on USB sticks, in printouts and in reports stay with whoever has them.</source>
        <translation>No colleague received the name from you in a bundle. Copies on USB sticks, in printouts and in reports stay with whoever has them.</translation>
    </message>
    <message>
        <source>These colleagues already received the name from you:</source>
        <translation>These colleagues already received the name from you:</translation>
    </message>
    <message>
        <source>someone no longer among your colleagues (key %1)</source>
        <translation>someone no longer among your colleagues (key %1)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bundle(s) (no. %2), the last sealed on %3</source>
        <translation>
            <numerusform>%1: %n bundle (no. %2), sealed on %3</numerusform>
            <numerusform>%1: %n bundles (no. %2), the last sealed on %3</numerusform>
        </translation>
    </message>
    <message>
        <source>They keep their copies until their casebook honours an erasure request, which casebook cannot prove. To ask, erase the name here:</source>
        <translation>They keep their copies until their casebook honours an erasure request, which casebook cannot prove. To ask, erase the name here:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Choose a case on the left, or create one with “New case”.</source>
        <translation>Choose a case on the left, or create one with “New case”.</translation>
    </message>
    <message>
        <source>Welcome to casebook. This vault has no cases yet.

First steps: press New case… (Ctrl+N) and type the title. In the case, add the people, the events (what happened and when), interviews with notes typed live, and files such as scans and photos. Everything is saved, encrypted, as you type.

To look around first, make a vault of fictional cases: run “casebook demo --vault ~/casebook-demo” in a terminal, then open that folder with Vault → Open another vault… (after locking).

To work with a colleague: Exchange → Peers… → Save my card…, give them the file and add theirs with Add from card file…; compare the safety numbers in person or on a call; then send cases with Exchange → Export bundle… on a USB drive.</source>
        <translation>Welcome to casebook. This vault has no cases yet.

First steps: press New case… (Ctrl+N) and type the title. In the case, add the people, the events (what happened and when), interviews with notes typed live, and files such as scans and photos. Everything is saved, encrypted, as you type.

To look around first, make a vault of fictional cases: run “casebook demo --vault ~/casebook-demo” in a terminal, then open that folder with Vault → Open another vault… (after locking).

To work with a colleague: Exchange → Peers… → Save my card…, give them the file and add theirs with Add from card file…; compare the safety numbers in person or on a call; then send cases with Exchange → Export bundle… on a USB drive.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A case needs a title.</source>
        <translation>A case needs a title.</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <source>Delete the case «%1»? It leaves the case list with its people, events, interviews and files; the history keeps everything recorded.</source>
        <translation>Delete the case «%1»? It leaves the case list with its people, events, interviews and files; the history keeps everything recorded.</translation>
    </message>
</context>
</TS>
