<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccessRequestsPanel</name>
    <message>
        <location filename="../wizard/ui/shell/access_requests.py" line="+62"/>
        <source>%1 asks for a seat in %2 (%3).</source>
        <translation>%1 bittet um eine Lizenz für %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access requests</source>
        <translation>Zugriffsanfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grant</source>
        <translation>Gewähren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant: %1</source>
        <translation>Gewähren: %1</translation>
    </message>
</context>
<context>
    <name>AccountShell</name>
    <message>
        <location filename="../wizard/ui/shell/window.py" line="+283"/>
        <source>Your account</source>
        <translation>Ihr Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up your account</source>
        <translation>Account einrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Wizard</source>
        <translation>Upgrade-Assistent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users &amp; Teams</source>
        <translation>Benutzer &amp; Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp; Billing</source>
        <translation>Konto &amp; Abrechnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Switch the language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (admin)</source>
        <translation>%1 (Administrator)</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+1"/>
        <source>Account menu</source>
        <translation>Account-Menü</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products &amp; Add-ons</source>
        <translation>Produkte &amp; Add-ons</translation>
    </message>
</context>
<context>
    <name>AddUserForm</name>
    <message>
        <location filename="../wizard/ui/shell/add_user_form.py" line="+132"/>
        <source>Add a user</source>
        <translation>Neuen Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/billing.py" line="+93"/>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose how often you want to be billed.</source>
        <translation>Wählen Sie Ihr bevorzugtes Abrechnungsintervall aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Monthly billing</source>
        <translation>&amp;Monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Annual invoice</source>
        <translation>&amp;Jährliche Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly billing</source>
        <translation>Monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual invoice</source>
        <translation>Jährliche Rechnung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buy annual plan</source>
        <translation>Jährlichen Plan kaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy monthly plan</source>
        <translation>Monatlichen Plan kaufen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, invoiced once a year: %2</source>
        <translation>%1, jährlich im Voraus abgerechnet: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save %1%</source>
        <translation>%1&#xa0;% sparen</translation>
    </message>
</context>
<context>
    <name>BillingSection</name>
    <message>
        <location filename="../wizard/ui/shell/billing_section.py" line="+237"/>
        <source>Account &amp; Billing</source>
        <translation>Konto &amp; Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Order history</source>
        <translation>Bestellverlauf</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the chosen order&apos;s details (or double-click it, or press Enter)</source>
        <translation>Zeigt die Details der ausgewählten Bestellung (auch per Doppelklick oder mit der Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders yet. What is bought in the wizard is listed here.</source>
        <translation>Noch keine Bestellungen. Was im Upgrade-Assistenten gekauft wird, erscheint hier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The newest %1 orders are listed.</source>
        <translation>Die neuesten %1 Bestellungen werden angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add card</source>
        <translation>Karte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a credit card to the account</source>
        <translation>Fügt dem Account eine Kreditkarte hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace card…</source>
        <translation>Karte ersetzen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a new card instead of the chosen one; its subscriptions move to the new card</source>
        <translation>Eine neue Karte statt der ausgewählten eingeben; ihre Abonnements gehen auf die neue Karte über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove card</source>
        <translation>Karte entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the chosen card from the account</source>
        <translation>Entfernt die ausgewählte Karte aus dem Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an admin of the account can add, replace, share or remove a card.</source>
        <translation>Nur ein Administrator des Accounts kann Karten hinzufügen, ersetzen, teilen oder entfernen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stop sharing</source>
        <translation>Nicht mehr teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other admins can no longer use the chosen card</source>
        <translation>Die anderen Administratoren können die ausgewählte Karte dann nicht mehr verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share with other admins</source>
        <translation>Mit anderen Administratoren teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The other admins of the account can use the chosen card too</source>
        <translation>Die anderen Administratoren des Accounts können die ausgewählte Karte dann auch verwenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was saved; the subscriptions paid with the old card now use it.</source>
        <translation>%1 wurde gespeichert; die Abonnements, die mit der alten Karte bezahlt wurden, laufen jetzt über diese Karte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now shared with the other admins.</source>
        <translation>%1 ist jetzt mit den anderen Administratoren geteilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer shared with the other admins.</source>
        <translation>%1 ist nicht mehr mit den anderen Administratoren geteilt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../wizard/ui/shell/card_dialog.py" line="+67"/>
        <source>Add a credit card</source>
        <translation>Kreditkarte hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the card&apos;s details. The account keeps its brand, last four digits, expiry date and name; the full number and the security code are not stored.</source>
        <translation>Geben Sie die Kartendaten ein. Der Account speichert den Kartentyp, die letzten vier Ziffern, das Ablaufdatum und den Namen; die vollständige Nummer und der Sicherheitscode werden nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the new card. The subscriptions paid with %1 are paid with the new card from now on, and %1 is removed.</source>
        <translation>Geben Sie die neue Karte ein. Die Abonnements, die mit %1 bezahlt werden, werden ab jetzt mit der neuen Karte bezahlt, und %1 wird entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share this credit card with other admins</source>
        <translation>Diese Kreditkarte mit anderen Administratoren teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save card</source>
        <translation>Karte speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../wizard/ui/components/card_form.py" line="+83"/>
        <source>Name on card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security code</source>
        <translation>Sicherheitscode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MM/YY</source>
        <translation>MM/JJ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 3 digits on the back of the card; 4 digits on the front for American Express.</source>
        <translation>Die 3 Ziffern auf der Rückseite der Karte; bei American Express die 4 Ziffern auf der Vorderseite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card brand</source>
        <translation>Kartentyp</translation>
    </message>
</context>
<context>
    <name>CardsModel</name>
    <message>
        <location filename="../wizard/ui/shell/billing_models.py" line="+129"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name on card</source>
        <translation>Name auf der Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared with other admins</source>
        <translation>Mit anderen Administratoren geteilt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (expires soon)</source>
        <translation>%1 (läuft bald ab)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not shared</source>
        <translation>Nicht geteilt</translation>
    </message>
</context>
<context>
    <name>CompanyForm</name>
    <message>
        <location filename="../wizard/ui/components/company_form.py" line="+93"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT ID (optional)</source>
        <translation>USt-IdNr. (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. DE123456789</source>
        <translation>z.&#xa0;B. DE123456789</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/confirmation.py" line="+54"/>
        <source>Thank you for your purchase</source>
        <translation>Vielen Dank für Ihren Kauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your upgrade is complete.</source>
        <translation>Ihr Upgrade ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your credit card is charged at the start of each billing period, so a valid card must always be on file. You can change it at any time under Account &amp; Billing.</source>
        <translation>Ihre Kreditkarte wird zu Beginn jedes Abrechnungszeitraums belastet; dafür muss stets eine gültige Karte hinterlegt sein. Sie können sie jederzeit unter Konto&#xa0;&amp;&#xa0;Abrechnung ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Start another upgrade</source>
        <translation>Weiteres Upgrade starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your order has been placed.</source>
        <translation>Ihre Bestellung ist eingegangen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Order number: %1</source>
        <translation>Bestellnummer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 for %n user(s)</source>
        <translation>
            <numerusform>%1 für %n Benutzer</numerusform>
            <numerusform>%1 für %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly billing</source>
        <translation>monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>annual invoice</source>
        <translation>jährliche Rechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2. Charged today: %3. Next charge on %4.</source>
        <translation>%1, %2. Heute belastet: %3. Nächste Belastung am %4.</translation>
    </message>
</context>
<context>
    <name>ContactSalesPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/contact_sales.py" line="+134"/>
        <source>Contact sales</source>
        <translation>Vertrieb kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This edition is sold by our sales team. Leave your details and we will get in touch.</source>
        <translation>Diese Edition erhalten Sie über unser Vertriebsteam. Hinterlassen Sie Ihre Kontaktdaten, wir melden uns bei Ihnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone (optional):</source>
        <translation>&amp;Telefon (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message (optional):</source>
        <translation>&amp;Ihre Nachricht (optional):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This does not look like an email address, e.g. name@example.com.</source>
        <translation>Das sieht nicht nach einer E-Mail-Adresse aus, z.&#xa0;B. name@example.com.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What would you like to talk about?</source>
        <translation>Worüber möchten Sie mit uns sprechen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are asking about %1 %2.</source>
        <translation>Ihre Anfrage betrifft %1 %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please enter your email address.</source>
        <translation>Bitte geben Sie Ihre E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your request could not be saved, so it was not sent.</source>
        <translation>Ihre Anfrage konnte nicht gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>CurrencyPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/currency.py" line="+52"/>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose the currency you want to pay in. Each currency has its own price list.</source>
        <translation>Wählen Sie die Währung aus, in der Sie bezahlen möchten. Jede Währung hat ihre eigene Preisliste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Currency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The currency of your order</source>
        <translation>Die Währung Ihrer Bestellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <comment>currency code and name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 %2: %3 with monthly billing</source>
        <translation>%1 %2: %3 bei monatlicher Abrechnung</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../wizard/ui/shell/first_run.py" line="+123"/>
        <source>Choose the country from the list.</source>
        <translation>Wählen Sie das Land aus der Liste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the currency from the list.</source>
        <translation>Wählen Sie die Währung aus der Liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Set up your account</source>
        <translation>Account einrichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ledger file has no account yet. Tell us about your company and yourself: you become the account&apos;s first admin. Everything else can be added later.</source>
        <translation>Diese Ledger-Datei hat noch keinen Account. Geben Sie Ihr Unternehmen und sich selbst an: Sie werden der erste Administrator des Accounts. Alles Weitere können Sie später ergänzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your email</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create account</source>
        <translation>Account erstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account could not be created.</source>
        <translation>Der Account konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../wizard/ui/shell/home_section.py" line="+61"/>
        <source>Welcome to %1.</source>
        <translation>Willkommen bei %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your account</source>
        <translation>Ihrem Account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To upgrade, click your account name at the top right and go to Products &amp; Add-ons.</source>
        <translation>Für ein Upgrade klicken Sie oben rechts auf Ihren Account-Namen und gehen dann zu Produkte &amp; Add-ons.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are signed in as %1 (%2). Switch in the account menu.</source>
        <translation>Sie sind als %1 (%2) angemeldet. Wechseln können Sie im Account-Menü.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products &amp; Add-ons</source>
        <translation>Produkte &amp; Add-ons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your plans, their prices, and upgrades.</source>
        <translation>Ihre Pläne, deren Preise und Upgrades.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users &amp; Teams</source>
        <translation>Benutzer &amp; Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who uses the account and who holds a paid seat; Actions: Manage Sales Pro users.</source>
        <translation>Wer den Account nutzt und wer eine bezahlte Lizenz hat; Aktionen: Sales Pro-Nutzer verwalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account &amp; Billing</source>
        <translation>Konto &amp; Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions, order history and payment methods.</source>
        <translation>Abonnements, Bestellhistorie und Zahlungsmethoden.</translation>
    </message>
</context>
<context>
    <name>LanguageButton</name>
    <message>
        <location filename="../wizard/ui/kit/language_button.py" line="+33"/>
        <source>Switch the language</source>
        <translation>Sprache wechseln</translation>
    </message>
</context>
<context>
    <name>LeadSentPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/contact_sales.py" line="+28"/>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your request is on its way to our sales team.</source>
        <translation>Ihre Anfrage ist auf dem Weg zu unserem Vertriebsteam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start another upgrade</source>
        <translation>Weiteres Upgrade &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start another upgrade</source>
        <translation>Weiteres Upgrade starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thank you — our sales team will contact you within one business day.</source>
        <translation>Vielen Dank – unser Vertriebsteam meldet sich innerhalb eines Werktags bei Ihnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thank you — our sales team will contact you within one business day about %1 %2.</source>
        <translation>Vielen Dank – unser Vertriebsteam meldet sich innerhalb eines Werktags wegen %1 %2 bei Ihnen.</translation>
    </message>
</context>
<context>
    <name>LegalViewer</name>
    <message>
        <location filename="../wizard/ui/kit/legal_viewer.py" line="+44"/>
        <source>Terms of Service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy Policy</source>
        <translation>Datenschutzrichtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptable Use Policy</source>
        <translation>Acceptable Use Policy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/licenses.py" line="+101"/>
        <source>User licenses</source>
        <translation>Benutzerlizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the users who get a paid license for this product.</source>
        <translation>Wählen Sie die Benutzer aus, denen Sie eine kostenpflichtige Lizenz für dieses Produkt zuweisen möchten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Total: %1 per year</source>
        <translation>Gesamt: %1 pro Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1 per month</source>
        <translation>Gesamt: %1 pro Monat</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt</numerusform>
            <numerusform>%n Benutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Choose at least %n user(s).</source>
        <translation>
            <numerusform>Wählen Sie mindestens %n Benutzer aus.</numerusform>
            <numerusform>Wählen Sie mindestens %n Benutzer aus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <location filename="../wizard/ui/shell/order_details.py" line="+40"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card on record</source>
        <translation>Keine Karte hinterlegt</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../wizard/ui/components/order_panel.py" line="+79"/>
        <source>Your order</source>
        <translation>Ihre Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price shows here as soon as your choice is complete.</source>
        <translation>Der Preis erscheint hier, sobald Ihre Auswahl vollständig ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
</context>
<context>
    <name>OrderSummaryGrid</name>
    <message>
        <location filename="../wizard/ui/components/order_summary.py" line="+28"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed users</source>
        <translation>Lizenzierte Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per unit</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount charged</source>
        <translation>Belasteter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next charge on</source>
        <translation>Nächste Belastung am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/ui/components/order_panel.py" line="+2"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+88"/>
        <source>Licensed users (%n)</source>
        <translation>
            <numerusform>Lizenzierte Benutzer (%n)</numerusform>
            <numerusform>Lizenzierte Benutzer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+12"/>
        <source>Monthly billing</source>
        <translation>Monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+0"/>
        <source>Annual invoice</source>
        <translation>Jährliche Rechnung</translation>
    </message>
    <message>
        <location line="-3"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+1"/>
        <source>%1 — %2</source>
        <comment>currency code and name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+20"/>
        <source>%1, billed annually</source>
        <translation>%1, jährlich im Voraus abgerechnet</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+5"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+1"/>
        <source>The whole account (not licensed per user)</source>
        <translation>Der gesamte Account (keine Lizenz pro Benutzer)</translation>
    </message>
    <message>
        <location filename="../wizard/ui/components/order_summary.py" line="+8"/>
        <source>VAT ID %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../wizard/ui/shell/billing_models.py" line="-62"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>PaymentMethodModel</name>
    <message>
        <location filename="../wizard/ui/components/payment_methods.py" line="+54"/>
        <source>New credit card</source>
        <translation>Neue Kreditkarte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expired %1</source>
        <translation>abgelaufen seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/payment.py" line="+95"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your company and credit card information, or choose an existing payment method.</source>
        <translation>Geben Sie Ihr Unternehmen und Ihre Kartendaten ein, oder wählen Sie eine vorhandene Zahlungsmethode aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review order</source>
        <translation>Bestellung überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share this credit card with other admins</source>
        <translation>Diese Kreditkarte mit anderen Administratoren teilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>card declined</source>
        <translation>Karte abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insufficient funds</source>
        <translation>Kartenlimit nicht ausreichend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired card</source>
        <translation>Karte abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incorrect security code</source>
        <translation>Sicherheitscode falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test cards that are declined at “Complete purchase”:</source>
        <translation>Testkarten, die beim Abschließen des Kaufs abgelehnt werden:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any future expiry date and any security code will do.</source>
        <translation>Jedes künftige Ablaufdatum und jeder Sicherheitscode sind möglich.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a payment method.</source>
        <translation>Wählen Sie eine Zahlungsmethode aus.</translation>
    </message>
</context>
<context>
    <name>Prices</name>
    <message>
        <location filename="../wizard/ui/kit/prices.py" line="+18"/>
        <source>%1 per user per month</source>
        <translation>%1 pro Benutzer und Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location filename="../wizard/ui/upgrade/pages/billing.py" line="-113"/>
        <source>%1 per user per year</source>
        <translation>%1 pro Benutzer und Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/product.py" line="+193"/>
        <source>Products &amp; Add-ons</source>
        <translation>Produkte &amp; Add-ons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the product and the edition you want to upgrade to.</source>
        <translation>Wählen Sie das Produkt und die Edition aus, auf die Sie ein Upgrade durchführen möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo list prices for this training program, not real prices.</source>
        <translation>Demo-Listenpreise für dieses Schulungsprogramm, keine echten Preise.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Editions of %1</source>
        <translation>Editionen von %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Contact sales</source>
        <translation>Vertrieb kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to choose this edition</source>
        <translation>Drücken Sie die Leertaste, um diese Edition auszuwählen</translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message>
        <location filename="../wizard/ui/shell/products_section.py" line="+168"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n paid seat(s)</source>
        <translation>
            <numerusform>%n bezahlte Lizenz</numerusform>
            <numerusform>%n bezahlte Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next charge on %1</source>
        <translation>nächste Belastung am %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annual invoice</source>
        <translation>Jährliche Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly billing</source>
        <translation>Monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact sales</source>
        <translation>Vertrieb kontaktieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have a paid seat in %1.</source>
        <translation>Sie haben eine bezahlte Lizenz für %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only admins can buy. To use %1, an admin must add you to the existing paid team.</source>
        <translation>Nur Administratoren können kaufen. Damit Sie %1 nutzen können, muss ein Administrator Sie zum bestehenden bezahlten Team hinzufügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can buy. Ask an admin to upgrade %1 for you.</source>
        <translation>Nur Administratoren können kaufen. Bitten Sie einen Administrator um ein Upgrade von %1 für Sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Products &amp; Add-ons</source>
        <translation>Produkte &amp; Add-ons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your account&apos;s products and plans. Choose Upgrade to buy a plan or more seats.</source>
        <translation>Die Produkte und Pläne Ihres Accounts. Wählen Sie Upgrade, um einen Plan oder weitere Lizenzen zu kaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account&apos;s products, plans and prices. Only an admin of the account can buy.</source>
        <translation>Die Produkte, Pläne und Preise Ihres Accounts. Nur ein Administrator des Accounts kann kaufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Current plan: %1</source>
        <translation>Aktueller Plan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade %1</source>
        <translation>%1 upgraden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an admin</source>
        <translation>Administrator fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask an admin for %1</source>
        <translation>Einen Administrator nach %1 fragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your request was sent to your admins.</source>
        <translation>Ihre Anfrage wurde an Ihre Administratoren gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your request could not be saved, so it was not sent.</source>
        <translation>Ihre Anfrage konnte nicht gespeichert werden und wurde daher nicht gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices are net, per month, in %1. The wizard shows every currency and the annual prices.</source>
        <translation>Preise netto pro Monat in %1. Der Upgrade-Assistent zeigt alle Währungen und die Jahrespreise.</translation>
    </message>
</context>
<context>
    <name>ReceiptButtons</name>
    <message>
        <location filename="../wizard/ui/kit/receipt_pdf.py" line="+250"/>
        <source>Save receipt (PDF)</source>
        <translation>Quittung speichern (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <location line="-226"/>
        <source>Receipt</source>
        <translation>Quittung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo - no real payment</source>
        <translation>Demo – keine echte Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seller</source>
        <translation>Verkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A demo company for this training program, not a real seller.</source>
        <translation>Ein Demo-Unternehmen für dieses Schulungsprogramm, kein echter Verkäufer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT ID: %1</source>
        <translation>USt-IdNr.: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Bestelldatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No card on record</source>
        <translation>Keine Karte hinterlegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed users</source>
        <translation>Lizenzierte Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next charge on</source>
        <translation>Nächste Belastung am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price per seat and month</source>
        <translation>Preis pro Lizenz und Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal (net)</source>
        <translation>Zwischensumme (netto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for the current plan</source>
        <translation>Gutschrift für den bisherigen Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1</source>
        <translation>USt. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All prices are net (excl. VAT).</source>
        <translation>Alle Preise verstehen sich netto, zzgl. USt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms accepted</source>
        <translation>Akzeptierte Bedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This receipt was made by a training program: no payment was made and no subscription was created.</source>
        <translation>Diese Quittung wurde von einem Schulungsprogramm erstellt: Es wurde keine Zahlung geleistet und kein Abonnement abgeschlossen.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Save receipt</source>
        <translation>Quittung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The receipt could not be saved.</source>
        <translation>Die Quittung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/review.py" line="+97"/>
        <source>%1, new card, shared with other admins</source>
        <translation>%1, neue Karte, mit anderen Administratoren geteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, new card, not shared</source>
        <translation>%1, neue Karte, nicht geteilt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review order</source>
        <translation>Bestellung überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your order, read the terms, then complete the purchase.</source>
        <translation>Überprüfen Sie Ihre Bestellung, lesen Sie die Bedingungen und schließen Sie dann den Kauf ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete purchase</source>
        <translation>Kauf abschließen</translation>
    </message>
    <message>
        <location filename="../wizard/ui/kit/receipt_pdf.py" line="-163"/>
        <location filename="../wizard/ui/upgrade/pages/review.py" line="+2"/>
        <source>Terms of Service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../wizard/ui/upgrade/pages/review.py" line="+1"/>
        <source>Privacy Policy</source>
        <translation>Datenschutzrichtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../wizard/ui/upgrade/pages/review.py" line="+1"/>
        <source>Acceptable Use Policy</source>
        <translation>Acceptable Use Policy</translation>
    </message>
    <message>
        <location filename="../wizard/ui/upgrade/pages/review.py" line="+4"/>
        <source>Opens the document in a window of this program</source>
        <translation>Öffnet das Dokument in einem Fenster dieses Programms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please read the Terms of Service, the Privacy Policy and the Acceptable Use Policy.</source>
        <translation>Bitte lesen Sie die Nutzungsbedingungen, die Datenschutzrichtlinie und die Acceptable Use Policy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I agree to these terms</source>
        <translation>Ich stimme diesen Bedingungen zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card was declined, so nothing was bought.</source>
        <translation>Ihre Karte wurde abgelehnt. Es wurde nichts gekauft und Ihre Karte wurde nicht belastet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The purchase could not be saved, so nothing was bought or charged.</source>
        <translation>Der Kauf konnte nicht gespeichert werden. Es wurde nichts gekauft und Ihre Karte wurde nicht belastet.</translation>
    </message>
</context>
<context>
    <name>SubscriptionsBox</name>
    <message>
        <location filename="../wizard/ui/shell/subscriptions_box.py" line="+73"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next charge on</source>
        <translation>Nächste Belastung am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid with</source>
        <translation>Bezahlt mit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free</source>
        <translation>Kostenlos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Monthly billing</source>
        <translation>Monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual invoice</source>
        <translation>Jährliche Rechnung</translation>
    </message>
</context>
<context>
    <name>UpgradeWizard</name>
    <message>
        <location filename="../wizard/ui/upgrade/wizard.py" line="+208"/>
        <source>Products &amp; Add-ons</source>
        <translation>Produkte &amp; Add-ons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../wizard/ui/components/users_table.py" line="+83"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid seats</source>
        <translation>Bezahlte Lizenzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already licensed</source>
        <translation>Bereits lizenziert</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <location filename="../wizard/ui/shell/users_section.py" line="+174"/>
        <source>The user was not added. %1</source>
        <translation>Der Benutzer wurde nicht hinzugefügt. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was added to the account.</source>
        <translation>%1 wurde dem Account hinzugefügt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was not removed. %2</source>
        <translation>%1 wurde nicht entfernt. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed from the account.</source>
        <translation>%1 wurde aus dem Account entfernt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The request of %1 was not granted. %2</source>
        <translation>Die Anfrage von %1 wurde nicht gewährt. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access granted. Choose the plan for %1 and complete the purchase.</source>
        <translation>Zugriff gewährt. Wählen Sie den Plan für %1 und schließen Sie den Kauf ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Continue to Sales Hub Professional with the %n ticked user(s)</source>
        <translation>
            <numerusform>Weiter zu Sales Hub Professional mit %n ausgewähltem Benutzer</numerusform>
            <numerusform>Weiter zu Sales Hub Professional mit %n ausgewählten Benutzern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the users whose Sales Pro seats you want to manage first.</source>
        <translation>Wählen Sie zuerst die Benutzer aus, deren Sales Pro-Lizenzen Sie verwalten möchten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the ticked user from the account</source>
        <translation>Den ausgewählten Benutzer aus dem Account entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick only one user to remove.</source>
        <translation>Wählen Sie zum Entfernen nur einen Benutzer aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick the user you want to remove first.</source>
        <translation>Wählen Sie zuerst den Benutzer aus, den Sie entfernen möchten.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n user(s) ticked.</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt.</numerusform>
            <numerusform>%n Benutzer ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick users in the list, then choose what to do under Actions.</source>
        <translation>Wählen Sie Benutzer in der Liste aus und dann unter Aktionen, was geschehen soll.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users &amp; Teams</source>
        <translation>Benutzer &amp; Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ledger file has no account yet, so there are no users to show.</source>
        <translation>Diese Ledger-Datei hat noch keinen Account, daher gibt es keine Benutzer anzuzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account&apos;s users and the paid seats they hold. Add users, remove them, or choose who gets a Sales Pro seat.</source>
        <translation>Die Benutzer des Accounts und ihre bezahlten Lizenzen. Fügen Sie Benutzer hinzu, entfernen Sie sie oder wählen Sie aus, wer eine Sales Pro-Lizenz erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s users and the paid seats they hold. Only an admin of the account can add or remove users or change their seats.</source>
        <translation>Die Benutzer des Accounts und ihre bezahlten Lizenzen. Nur ein Administrator des Accounts kann Benutzer hinzufügen oder entfernen oder ihre Lizenzen ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a user to the account</source>
        <translation>Einen Benutzer zum Account hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manage Sales Pro users</source>
        <translation>Sales Pro-Nutzer verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove user</source>
        <translation>Benutzer entfernen</translation>
    </message>
</context>
<context>
    <name>UsersTable</name>
    <message>
        <location filename="../wizard/ui/components/users_table.py" line="+124"/>
        <source>Filter by name or email</source>
        <translation>Nach Name oder E-Mail filtern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick or untick every user the filter shows</source>
        <translation>Alle Benutzer, die der Filter zeigt, aus- oder abwählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Space to tick or untick the selected user</source>
        <translation>Drücken Sie die Leertaste, um den markierten Benutzer aus- oder abzuwählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;all shown</source>
        <translation>&amp;Alle angezeigten auswählen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Assign or remove a license for every user the filter shows</source>
        <translation>Allen angezeigten Benutzern eine Lizenz zuweisen oder entziehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Press Space to assign or remove the license of the selected user</source>
        <translation>Drücken Sie die Leertaste, um dem ausgewählten Benutzer eine Lizenz zuzuweisen oder zu entziehen</translation>
    </message>
</context>
<context>
    <name>ledger_write</name>
    <message>
        <location filename="../wizard/ui/kit/ledger_write.py" line="+42"/>
        <source>Please wait</source>
        <translation>Bitte warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another desk is writing to the ledger file. Waiting until it is done…</source>
        <translation>Ein anderer Verkaufsplatz schreibt gerade in die Ledger-Datei. Warten, bis er fertig ist …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../wizard/ui/kit/messages.py" line="+28"/>
        <location line="+11"/>
        <location line="+31"/>
        <location filename="../wizard/ui/kit/receipt_pdf.py" line="+160"/>
        <source>Upgrade Wizard</source>
        <translation>Upgrade-Assistent</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>The ledger cannot be opened, so no purchase could be recorded.</source>
        <translation>Die Ledger-Datei lässt sich nicht öffnen, daher kann kein Kauf erfasst werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The ledger file can only be read at the moment, so no purchase can be completed. Once it can be written again, a purchase will work without a restart.</source>
        <translation>Die Ledger-Datei kann gerade nur gelesen werden, daher kann kein Kauf abgeschlossen werden. Sobald wieder in sie geschrieben werden kann, funktioniert ein Kauf ohne Neustart.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The ledger file is damaged, so nothing will be written to it. It can be kept aside, untouched, and a new, empty ledger file started in its place.</source>
        <translation>Die Ledger-Datei ist beschädigt, daher wird nichts in sie geschrieben. Sie kann unverändert beiseitegelegt und an ihrer Stelle eine neue, leere Ledger-Datei angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The ledger file this program used before is missing. Restore it and start again, or start a new, empty ledger file.</source>
        <translation>Die Ledger-Datei, die dieses Programm bisher verwendet hat, fehlt. Stellen Sie sie wieder her und starten Sie erneut, oder legen Sie eine neue, leere Ledger-Datei an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Start a new ledger file</source>
        <translation>Neue Ledger-Datei anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../wizard/ui/kit/problems.py" line="+17"/>
        <source>Please fill in this field.</source>
        <translation>Bitte füllen Sie dieses Feld aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the card number with the digits 0 to 9 only.</source>
        <translation>Geben Sie die Kartennummer nur mit den Ziffern 0 bis 9 ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card type is not accepted: use Visa, Mastercard, American Express, Discover, JCB or Diners Club.</source>
        <translation>Dieser Kartentyp wird nicht akzeptiert: Verwenden Sie Visa, Mastercard, American Express, Discover, JCB oder Diners Club.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This card number has too few or too many digits.</source>
        <translation>Diese Kartennummer hat zu wenige oder zu viele Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This card number is not valid. Please check it for typos.</source>
        <translation>Diese Kartennummer ist ungültig. Bitte prüfen Sie sie auf Tippfehler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the expiry date as month and year, MM/YY, for example 08/29.</source>
        <translation>Geben Sie das Ablaufdatum als Monat und Jahr ein, MM/JJ, zum Beispiel 08/29.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This card has expired.</source>
        <translation>Diese Karte ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The security code is the 3 digits on the back of the card.</source>
        <translation>Der Sicherheitscode besteht aus den 3 Ziffern auf der Rückseite der Karte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the name as it is printed on the card.</source>
        <translation>Geben Sie den Namen so ein, wie er auf der Karte steht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name on the card can have at most 100 characters.</source>
        <translation>Der Name auf der Karte darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name on the card cannot contain line breaks or invisible control characters.</source>
        <translation>Der Name auf der Karte darf keine Zeilenumbrüche oder unsichtbaren Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The security code is the 4 digits on the front of the card.</source>
        <translation>Der Sicherheitscode besteht aus den 4 Ziffern auf der Vorderseite der Karte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This VAT ID does not have the format used in the chosen country.</source>
        <translation>Diese USt-IdNr. hat nicht das Format des gewählten Landes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This VAT ID is not valid: its check digits do not match.</source>
        <translation>Diese USt-IdNr. ist ungültig: Die Prüfziffer stimmt nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This entry is too long.</source>
        <translation>Diese Eingabe ist zu lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This entry cannot contain line breaks or invisible control characters.</source>
        <translation>Diese Eingabe darf keine Zeilenumbrüche oder unsichtbaren Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This postal code does not have the format used in the chosen country.</source>
        <translation>Diese Postleitzahl hat nicht das Format des gewählten Landes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Please check this entry.</source>
        <translation>Bitte prüfen Sie diese Eingabe.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The ledger file was moved, replaced or deleted while the program was running. Restart the program to go on.</source>
        <translation>Die Ledger-Datei wurde verschoben, ersetzt oder gelöscht, während das Programm lief. Starten Sie das Programm neu, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ledger file is missing. Restart the program to go on.</source>
        <translation>Die Ledger-Datei fehlt. Starten Sie das Programm neu, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ledger file is damaged; it was left untouched. Restart the program to go on.</source>
        <translation>Die Ledger-Datei ist beschädigt; sie wurde nicht verändert. Starten Sie das Programm neu, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ledger file cannot be written at the moment. Once it can, try again.</source>
        <translation>In die Ledger-Datei kann gerade nicht geschrieben werden. Sobald das wieder geht, versuchen Sie es bitte erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk holding the ledger file is full. Free some space, then try again.</source>
        <translation>Der Datenträger mit der Ledger-Datei ist voll. Geben Sie Speicherplatz frei und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A disk error stopped the write. Please try again.</source>
        <translation>Ein Fehler des Datenträgers hat das Schreiben verhindert. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another desk kept the ledger file busy for too long. Please try again.</source>
        <translation>Ein anderer Verkaufsplatz hat die Ledger-Datei zu lange belegt. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You stopped waiting for the other desk. Try again whenever you like.</source>
        <translation>Sie haben das Warten auf den anderen Verkaufsplatz abgebrochen. Versuchen Sie es erneut, wann immer Sie möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk&apos;s earlier orders in the ledger file were signed with another desk key. Start the program with another desk ID.</source>
        <translation>Die bisherigen Bestellungen dieses Verkaufsplatzes in der Ledger-Datei wurden mit einem anderen Schlüssel signiert. Starten Sie das Programm mit einer anderen Kennung für den Verkaufsplatz.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Please try again.</source>
        <translation>Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This card cannot be removed: a valid card must stay on file while the account pays for a subscription. Add another card first, or replace this one.</source>
        <translation>Diese Karte kann nicht entfernt werden: Solange der Account ein Abonnement bezahlt, muss dauerhaft eine gültige Karte vorliegen. Fügen Sie zuerst eine andere Karte hinzu, oder ersetzen Sie diese Karte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This card is no longer on file. The list now shows the cards the account has.</source>
        <translation>Diese Karte ist nicht mehr hinterlegt. Die Liste zeigt jetzt die Karten, die der Account hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an admin of the account can change its payment methods.</source>
        <translation>Nur ein Administrator des Accounts kann seine Zahlungsmethoden ändern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the user&apos;s name.</source>
        <translation>Geben Sie den Namen des Benutzers ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name can have at most 100 characters.</source>
        <translation>Der Name darf höchstens 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name cannot contain line breaks or invisible control characters.</source>
        <translation>Der Name darf keine Zeilenumbrüche oder unsichtbaren Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an email address such as name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user of this account already has this email address.</source>
        <translation>Ein Benutzer dieses Accounts hat diese E-Mail-Adresse bereits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user holds a paid seat. Remove the seat first: choose the product again in Products &amp; Add-ons and untick the user under User licenses.</source>
        <translation>Dieser Benutzer hat eine bezahlte Lizenz. Entfernen Sie zuerst die Lizenz: Wählen Sie das Produkt unter Produkte &amp; Add-ons erneut aus und wählen Sie den Benutzer unter Benutzerlizenzen ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You cannot remove yourself.</source>
        <translation>Sie können sich nicht selbst entfernen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account needs at least one admin.</source>
        <translation>Der Account braucht mindestens einen Administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an admin of the account can do this.</source>
        <translation>Nur ein Administrator des Accounts kann das tun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user is no longer in the account. The list now shows who is.</source>
        <translation>Dieser Benutzer gehört nicht mehr zum Account. Die Liste zeigt jetzt, wer dazugehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This request no longer exists.</source>
        <translation>Diese Anfrage gibt es nicht mehr.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The bank did not accept the payment. Go back and use another card.</source>
        <translation>Die Bank hat die Zahlung nicht angenommen. Gehen Sie zurück und verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The card has insufficient funds. Go back and use another card.</source>
        <translation>Das Kartenlimit reicht nicht aus. Gehen Sie zurück und verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bank reports this card as expired. Go back and use another card.</source>
        <translation>Laut der Bank ist diese Karte abgelaufen. Gehen Sie zurück und verwenden Sie eine andere Karte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The security code is incorrect. Go back, enter the security code again or use another card.</source>
        <translation>Der Sicherheitscode ist falsch. Gehen Sie zurück und geben Sie den Sicherheitscode erneut ein, oder verwenden Sie eine andere Karte.</translation>
    </message>
</context>
</TS>
