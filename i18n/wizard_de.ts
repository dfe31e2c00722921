<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../wizard/ui/shell/prepare_demo_dialog.py" line="+263"/>
        <location line="+4"/>
        <source>Reset demo</source>
        <translation>Demo zurücksetzen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Bring the template demo account back? The prospect&apos;s company and everything bought in this demo are set aside.</source>
        <translation>Den Demo-Account der Vorlage wiederherstellen? Das Unternehmen des Interessenten und alles, was in dieser Demo gekauft wurde, werden beiseitegelegt.</translation>
    </message>
</context>
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
        <location filename="../wizard/ui/shell/window.py" line="+365"/>
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
        <source>Prepare demo…</source>
        <translation>Demo vorbereiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset demo…</source>
        <translation>Demo zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-27"/>
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
    <name>AttractScreen</name>
    <message>
        <location filename="../wizard/ui/kiosk/attract.py" line="+20"/>
        <source>Touch to start</source>
        <translation>Zum Starten berühren</translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/billing.py" line="+84"/>
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
        <location filename="../wizard/ui/shell/billing_section.py" line="+241"/>
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
    <name>CoachPanel</name>
    <message>
        <location filename="../wizard/ui/training/coach_panel.py" line="+81"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hint</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it is for: %1</source>
        <translation>Wozu es dient: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the real product: %1</source>
        <translation>Im echten Produkt: %1</translation>
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
        <location filename="../wizard/ui/upgrade/pages/confirmation.py" line="+95"/>
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
        <location line="+26"/>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1</source>
        <translation>Gesamtbetrag: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QR code with your order details</source>
        <translation>QR-Code mit Ihren Bestelldaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photograph this code to keep your order details.</source>
        <translation>Fotografieren Sie diesen Code, um Ihre Bestelldaten mitzunehmen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order number: %1</source>
        <translation>Bestellnummer: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <location line="+2"/>
        <source>%1 for %n user(s)</source>
        <translation>
            <numerusform>%1 für %n Benutzer</numerusform>
            <numerusform>%1 für %n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
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
    <name>DemoBadge</name>
    <message>
        <location filename="../wizard/ui/presenter/badge.py" line="+29"/>
        <source>Demo - no real payment</source>
        <translation>Demo – keine echte Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a demo: orders go to the demo ledger and no card is charged.</source>
        <translation>Dies ist eine Demo: Bestellungen werden in der Demo-Ledger-Datei gespeichert, keine Karte wird belastet.</translation>
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
    <name>FunnelChart</name>
    <message>
        <location filename="../wizard/ui/kit/funnel_chart.py" line="+20"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User licenses</source>
        <translation>Benutzerlizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact sales</source>
        <translation>Vertrieb kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request sent</source>
        <translation>Anfrage gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where visitors drop off</source>
        <translation>Wo Besucher abspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions: %1</source>
        <translation>Sitzungen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reached, %2 left</source>
        <translation>%1 erreicht, %2 abgesprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median %1 s</source>
        <translation>Median %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reached this step</source>
        <translation>Diesen Schritt erreicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left at this step</source>
        <translation>Bei diesem Schritt abgesprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sessions recorded.</source>
        <translation>Keine Sitzungen aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>HandoutPdf</name>
    <message>
        <location filename="../wizard/ui/kit/handout_pdf.py" line="+64"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Handout: %1</source>
        <translation>Schulungsunterlage: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What to do</source>
        <translation>So gehen Sie vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is for</source>
        <translation>Wozu es dient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the real product</source>
        <translation>Im echten Produkt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Upgrade Wizard handout with demo data, page %1 of %2</source>
        <translation>Schulungsunterlage des Upgrade-Assistenten mit Demodaten, Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../wizard/ui/shell/home_section.py" line="+63"/>
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
    <name>IdleOverlay</name>
    <message>
        <location filename="../wizard/ui/kiosk/idle.py" line="+126"/>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>The visit ends in %n second(s).</source>
        <translation>
            <numerusform>Ihr Besuch endet in %n Sekunde.</numerusform>
            <numerusform>Ihr Besuch endet in %n Sekunden.</numerusform>
        </translation>
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
        <location filename="../wizard/ui/upgrade/pages/licenses.py" line="+190"/>
        <source>User licenses</source>
        <translation>Benutzerlizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the users who get a paid license for this product.</source>
        <translation>Wählen Sie die Benutzer aus, denen Sie eine kostenpflichtige Lizenz für dieses Produkt zuweisen möchten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your details</source>
        <translation>Ihre Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You become the admin of your company&apos;s new account.</source>
        <translation>Sie werden Administrator des neuen Accounts Ihres Unternehmens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many people will use it? Name them now or later; you become the admin of your company&apos;s new account.</source>
        <translation>Wie viele Personen werden es nutzen? Sie können sie jetzt oder später benennen; Sie werden Administrator des neuen Accounts Ihres Unternehmens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of seats</source>
        <translation>Anzahl der Lizenzen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n Lizenz</numerusform>
            <numerusform>%n Lizenzen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Total: %1 per year excl. VAT</source>
        <translation>Gesamt: %1 pro Jahr zzgl. USt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1 per month excl. VAT</source>
        <translation>Gesamt: %1 pro Monat zzgl. USt.</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n Benutzer ausgewählt</numerusform>
            <numerusform>%n Benutzer ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
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
        <location filename="../wizard/ui/shell/order_details.py" line="+41"/>
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
        <location filename="../wizard/ui/components/order_panel.py" line="+85"/>
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
    <message>
        <location line="+6"/>
        <source>Credit for %1</source>
        <translation>Gutschrift für %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Calculated from your company&apos;s country</source>
        <translation>Wird nach dem Land Ihres Unternehmens berechnet</translation>
    </message>
</context>
<context>
    <name>OrderSummaryGrid</name>
    <message>
        <location filename="../wizard/ui/components/order_summary.py" line="+29"/>
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
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT</source>
        <translation>USt.</translation>
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
        <location line="+10"/>
        <source>%n seat(s), not yet assigned</source>
        <translation>
            <numerusform>%n Lizenz, noch nicht zugewiesen</numerusform>
            <numerusform>%n Lizenzen, noch nicht zugewiesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, and %n seat(s) not yet assigned</source>
        <translation>
            <numerusform>%1 und %n noch nicht zugewiesene Lizenz</numerusform>
            <numerusform>%1 und %n noch nicht zugewiesene Lizenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>Credit for %1 (%n unused day(s))</source>
        <translation>
            <numerusform>Gutschrift für %1 (%n ungenutzter Tag)</numerusform>
            <numerusform>Gutschrift für %1 (%n ungenutzte Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>from the company&apos;s country</source>
        <translation>nach dem Land des Unternehmens</translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/ui/components/order_panel.py" line="-64"/>
        <location filename="../wizard/ui/components/order_summary.py" line="-32"/>
        <source>Licensed users (%n)</source>
        <translation>
            <numerusform>Lizenzierte Benutzer (%n)</numerusform>
            <numerusform>Lizenzierte Benutzer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+46"/>
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
        <location line="-3"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+20"/>
        <source>%1, billed annually</source>
        <translation>%1, jährlich im Voraus abgerechnet</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+5"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere Person</numerusform>
            <numerusform>%1 und %n weitere Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+2"/>
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
    <name>PinDialog</name>
    <message>
        <location filename="../wizard/ui/kiosk/pin_dialog.py" line="+103"/>
        <source>Leave kiosk mode</source>
        <translation>Kioskmodus beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Geben Sie die PIN ein, um den Kioskmodus zu beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many wrong PINs: the exit is locked until %1.</source>
        <translation>Zu viele falsche PINs: Das Beenden ist bis %1 Uhr gesperrt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The PIN cannot be checked: the program cannot write to its data folder.</source>
        <translation>Die PIN kann nicht geprüft werden: Das Programm kann nicht in seinen Datenordner schreiben.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Falsche PIN. Noch %n Versuch.</numerusform>
            <numerusform>Falsche PIN. Noch %n Versuche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepareDemoDialog</name>
    <message>
        <location filename="../wizard/ui/shell/prepare_demo_dialog.py" line="-120"/>
        <source>The users file cannot be used: %1.</source>
        <translation>Die Benutzerdatei kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Users of the prospect</source>
        <translation>Benutzer des Interessenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>Choose the current plan from the list.</source>
        <translation>Wählen Sie den aktuellen Plan aus der Liste.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Choose the country from the list.</source>
        <translation>Wählen Sie das Land aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the currency from the list.</source>
        <translation>Wählen Sie die Währung aus der Liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first user must be an admin: it is you.</source>
        <translation>Der erste Benutzer muss ein Administrator sein: Das sind Sie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first admin: %1</source>
        <translation>Der erste Administrator: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the language from the list.</source>
        <translation>Wählen Sie die Sprache aus der Liste.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <location line="+70"/>
        <source>Prepare demo</source>
        <translation>Demo vorbereiten</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The demo account becomes the prospect&apos;s company: its name, users and current plan, with the demo card. The template comes back with &quot;Reset demo&quot;.</source>
        <translation>Der Demo-Account wird zum Unternehmen des Interessenten: mit dessen Namen, Benutzern und aktuellem Plan sowie der Demo-Karte. Mit „Demo zurücksetzen“ kehrt die Vorlage zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate names</source>
        <translation>Namen erzeugen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read from CSV…</source>
        <translation>Aus CSV lesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) from %1</source>
        <translation>
            <numerusform>%n Benutzer aus %1</numerusform>
            <numerusform>%n Benutzer aus %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names in several languages</source>
        <translation>Namen in mehreren Sprachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a prospect…</source>
        <translation>Interessenten auswählen…</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../wizard/ui/presenter/jumps.py" line="+40"/>
        <source>Home</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products &amp; Add-ons</source>
        <translation>Produkte &amp; Add-ons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users &amp; Teams</source>
        <translation>Benutzer &amp; Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account &amp; Billing</source>
        <translation>Konto &amp; Abrechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User licenses</source>
        <translation>Benutzerlizenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review order</source>
        <translation>Bestellung überprüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact sales</source>
        <translation>Vertrieb kontaktieren</translation>
    </message>
    <message>
        <location filename="../wizard/ui/presenter/keys.py" line="+19"/>
        <source>show or hide this list</source>
        <translation>diese Liste ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>switch the language</source>
        <translation>Sprache wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show me: the exercise plays itself</source>
        <translation>Zeigen: die Übung läuft von selbst ab</translation>
    </message>
</context>
<context>
    <name>Prices</name>
    <message>
        <location filename="../wizard/ui/kit/prices.py" line="+14"/>
        <source>%1 excl. VAT</source>
        <translation>%1 zzgl. USt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 plus VAT</source>
        <translation>%1 zzgl. USt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per user per month</source>
        <translation>%1 pro Benutzer und Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 per user per year</source>
        <translation>%1 pro Benutzer und Jahr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1%</source>
        <translation>USt. %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/product.py" line="+198"/>
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
        <location line="+20"/>
        <source>%1 is your current plan.</source>
        <translation>%1 ist Ihr aktueller Plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is below your current plan, %2: our sales team makes that change.</source>
        <translation>%1 liegt unter Ihrem aktuellen Plan %2: Diesen Wechsel nimmt unser Vertrieb vor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Upgrade: %1 → %2. The unused part of your current plan is credited.</source>
        <translation>Upgrade: %1 → %2. Der ungenutzte Teil Ihres aktuellen Plans wird gutgeschrieben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Editions of %1</source>
        <translation>Editionen von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Below your current plan: through our sales team</source>
        <translation>Unter Ihrem aktuellen Plan: über unseren Vertrieb</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact sales</source>
        <translation>Vertrieb kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your current plan</source>
        <translation>Ihr aktueller Plan</translation>
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
        <location filename="../wizard/ui/shell/products_section.py" line="+163"/>
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
        <location filename="../wizard/ui/kit/receipt_pdf.py" line="+244"/>
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
        <location line="-220"/>
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
        <source>Credit for the unused part of the previous plan</source>
        <translation>Gutschrift für den nicht genutzten Teil des bisherigen Plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %1%</source>
        <translation>USt. %1&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse charge: VAT is owed by the recipient.</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers (Reverse-Charge-Verfahren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not taxable in %1: the recipient is outside the EU.</source>
        <translation>In %1 nicht steuerbar: Der Leistungsempfänger hat seinen Sitz außerhalb der EU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded separately: %1</source>
        <translation>Wird gesondert erstattet: %1</translation>
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
        <location line="+136"/>
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
    <name>ResultView</name>
    <message>
        <location filename="../wizard/ui/training/result_view.py" line="+55"/>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Score: %1 of 100 (%2 of %3 criteria met)</source>
        <translation>Punktzahl: %1 von 100 (%2 von %3 Kriterien erfüllt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Getan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time and errors per step</source>
        <translation>Zeit und Fehler je Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hints</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Errors per field: %1</source>
        <translation>Fehler je Feld: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No wrong choices.</source>
        <translation>Keine falsche Auswahl.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../wizard/ui/upgrade/pages/review.py" line="+113"/>
        <source>%1, new card, shared with other admins</source>
        <translation>%1, neue Karte, mit anderen Administratoren geteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, new card, not shared</source>
        <translation>%1, neue Karte, nicht geteilt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing is due today: the credit for your current plan covers the new charge, so there is nothing to buy here.</source>
        <translation>Heute ist nichts fällig: Die Gutschrift für Ihren aktuellen Plan deckt den neuen Betrag, daher gibt es hier nichts zu kaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reverse charge: the recipient owes the VAT.</source>
        <translation>Steuerschuldnerschaft des Leistungsempfängers (Reverse-Charge-Verfahren).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No German VAT: the company is outside the EU.</source>
        <translation>Keine deutsche Umsatzsteuer: Das Unternehmen hat seinen Sitz außerhalb der EU.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a valid VAT ID, German VAT is charged.</source>
        <translation>Ohne gültige USt-IdNr. wird deutsche Umsatzsteuer berechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unused part of your current plan, %1, is refunded separately in %2.</source>
        <translation>Der ungenutzte Teil Ihres aktuellen Plans, %1, wird Ihnen separat in %2 erstattet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This offer is for businesses only.</source>
        <translation>Angebot ausschließlich für Unternehmer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a demo: no real payment is made.</source>
        <translation>Dies ist eine Demo: Es findet keine echte Zahlung statt.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location filename="../wizard/ui/kit/receipt_pdf.py" line="-154"/>
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
    <name>SeatRows</name>
    <message>
        <location filename="../wizard/ui/components/seat_rows.py" line="+63"/>
        <source>One seat less</source>
        <translation>Eine Lizenz weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One seat more</source>
        <translation>Eine Lizenz mehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seats</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You (admin)</source>
        <translation>Sie (Administrator)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your email address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Seat %1</source>
        <translation>Lizenz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (optional)</source>
        <translation>Name (optional)</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../wizard/ui/training/start_dialog.py" line="+81"/>
        <source>The program does the steps itself, one after the other; you watch.</source>
        <translation>Das Programm führt die Schritte selbst nacheinander aus; Sie sehen zu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You do the steps; the coach beside the window guides you and Next waits until a step is right.</source>
        <translation>Sie führen die Schritte selbst aus; der Coach neben dem Fenster leitet Sie an, und Weiter wird erst aktiv, wenn ein Schritt richtig ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do the task alone, without coach or hints; the result is scored.</source>
        <translation>Sie erledigen die Aufgabe allein, ohne Coach und Tipps; das Ergebnis wird bewertet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start a training</source>
        <translation>Schulung starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your name, choose an exercise and how you want to go through it.</source>
        <translation>Geben Sie Ihren Namen ein und wählen Sie eine Übung und die Art, wie Sie sie durchlaufen möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exercise:</source>
        <translation>Ü&amp;bung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Way:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show me</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Let me try</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test me</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StepDock</name>
    <message>
        <location filename="../wizard/ui/presenter/step_dock.py" line="+124"/>
        <source>This step cannot be reached with the demo order.</source>
        <translation>Dieser Schritt ist mit der Demo-Bestellung nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presenter</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account window</source>
        <translation>Kontofenster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade wizard</source>
        <translation>Upgrade-Assistent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jump to</source>
        <translation>Springen zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xercise for Show me</source>
        <translation>Ü&amp;bung für „Zeigen“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show me (%1)</source>
        <translation>Zeigen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plays the exercise step by step in a window of its own</source>
        <translation>Spielt die Übung Schritt für Schritt in einem eigenen Fenster ab</translation>
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
    <name>TrainingReport</name>
    <message>
        <location filename="../wizard/ui/kit/training_report.py" line="+24"/>
        <source>Show me</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let me try</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test me</source>
        <translation>Testen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Time per step (latest attempt)</source>
        <translation>Zeit pro Schritt (letzter Versuch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time (seconds)</source>
        <translation>Zeit (Sekunden)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Score over attempts</source>
        <translation>Punktzahl je Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score (0-100)</source>
        <translation>Punktzahl (0–100)</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+28"/>
        <source>Training report</source>
        <translation>Schulungsbericht</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Upgrade Wizard training report, made %1, page %2 of %3</source>
        <translation>Schulungsbericht des Upgrade-Assistenten, erstellt am %1, Seite %2 von %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Trainee: %1</source>
        <translation>Teilnehmer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts: %1, best score: %2, latest score: %3</source>
        <translation>Versuche: %1, beste Punktzahl: %2, letzte Punktzahl: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latest attempt: %1, %2, %3 in all, hints: %4, errors: %5</source>
        <translation>Letzter Versuch: %1, %2, insgesamt %3, Hinweise: %4, Fehler: %5</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No step was timed in this attempt.</source>
        <translation>In diesem Versuch wurde kein Schritt gemessen.</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <location filename="../wizard/ui/training/window.py" line="+342"/>
        <source>You chose %1; this exercise asks for %2.</source>
        <translation>Sie haben %1 gewählt; diese Übung verlangt %2.</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>In a real purchase you would now click Complete purchase.</source>
        <translation>Bei einem echten Kauf würden Sie jetzt auf Kauf abschließen klicken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a real request you would now click Send.</source>
        <translation>Bei einer echten Anfrage würden Sie jetzt auf Senden klicken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To finish the task you would now click the outlined control.</source>
        <translation>Um die Aufgabe abzuschließen, würden Sie jetzt auf das umrandete Element klicken.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Training: %1</source>
        <translation>Schulung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish test</source>
        <translation>Test beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
</context>
<context>
    <name>UpgradeWizard</name>
    <message>
        <location filename="../wizard/ui/upgrade/wizard.py" line="+259"/>
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
        <location filename="../wizard/ui/components/users_table.py" line="+133"/>
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
        <location line="-36"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <location line="+38"/>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+10"/>
        <location line="+38"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-59"/>
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
        <location filename="../wizard/ui/components/users_table.py" line="+247"/>
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
    <name>Words</name>
    <message>
        <location filename="../wizard/ui/training/words.py" line="+23"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edition</source>
        <translation>Edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing interval</source>
        <translation>Abrechnungsintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licensed users</source>
        <translation>Lizenzierte Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card shared</source>
        <translation>Karte geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined card first</source>
        <translation>Zuerst abgelehnte Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit for the current plan</source>
        <translation>Gutschrift für den bisherigen Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms accepted</source>
        <translation>Akzeptierte Bedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card details</source>
        <translation>Kartendaten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Monthly billing</source>
        <translation>Monatliche Abrechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annual invoice</source>
        <translation>Jährliche Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved card</source>
        <translation>gespeicherte Karte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new card</source>
        <translation>neue Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complete card details</source>
        <translation>vollständige Kartendaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a card detail the form refuses</source>
        <translation>eine vom Formular abgelehnte Kartenangabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an order</source>
        <translation>eine Bestellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a request to sales</source>
        <translation>eine Anfrage an den Vertrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an access request</source>
        <translation>eine Zugriffsanfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access granted</source>
        <translation>Zugriff gewährt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the card replaced</source>
        <translation>Karte ersetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users changed</source>
        <translation>Benutzer geändert</translation>
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
        <location filename="../wizard/ui/kit/receipt_pdf.py" line="+151"/>
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
