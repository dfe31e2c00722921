<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfirmationPage</name>
    <message numerus="yes">
        <location filename="../wizard/ui/upgrade/pages/confirmation.py" line="+167"/>
        <location line="+2"/>
        <source>%1 for %n user(s)</source>
        <translation>
            <numerusform>%1 for %n user</numerusform>
            <numerusform>%1 for %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <location filename="../wizard/ui/kiosk/idle.py" line="+153"/>
        <source>The visit ends in %n second(s).</source>
        <translation>
            <numerusform>The visit ends in %n second.</numerusform>
            <numerusform>The visit ends in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message numerus="yes">
        <location filename="../wizard/ui/upgrade/pages/licenses.py" line="+215"/>
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Choose at least %n user(s).</source>
        <translation>
            <numerusform>Choose at least %n user.</numerusform>
            <numerusform>Choose at least %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSummaryGrid</name>
    <message numerus="yes">
        <location filename="../wizard/ui/components/order_panel.py" line="+104"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+172"/>
        <source>Licensed users (%n)</source>
        <translation>
            <numerusform>Licensed users (%n)</numerusform>
            <numerusform>Licensed users (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+72"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/ui/components/order_summary.py" line="-190"/>
        <source>%n seat(s), not yet assigned</source>
        <translation>
            <numerusform>%n seat, not yet assigned</numerusform>
            <numerusform>%n seats, not yet assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1, and %n seat(s) not yet assigned</source>
        <translation>
            <numerusform>%1, and %n seat not yet assigned</numerusform>
            <numerusform>%1, and %n seats not yet assigned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+130"/>
        <source>Credit for %1 (%n unused day(s))</source>
        <translation>
            <numerusform>Credit for %1 (%n unused day)</numerusform>
            <numerusform>Credit for %1 (%n unused days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <location filename="../wizard/ui/kiosk/pin_dialog.py" line="+145"/>
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>Wrong PIN. %n attempt left.</numerusform>
            <numerusform>Wrong PIN. %n attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrepareDemoDialog</name>
    <message numerus="yes">
        <location filename="../wizard/ui/shell/prepare_demo_dialog.py" line="+225"/>
        <source>%n user(s) from %1</source>
        <translation>
            <numerusform>%n user from %1</numerusform>
            <numerusform>%n users from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message numerus="yes">
        <location filename="../wizard/ui/shell/products_section.py" line="+172"/>
        <source>%n paid seat(s)</source>
        <translation>
            <numerusform>%n paid seat</numerusform>
            <numerusform>%n paid seats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message numerus="yes">
        <location filename="../wizard/ui/shell/users_section.py" line="+295"/>
        <source>Continue to Sales Hub Professional with the %n ticked user(s)</source>
        <translation>
            <numerusform>Continue to Sales Hub Professional with the %n ticked user</numerusform>
            <numerusform>Continue to Sales Hub Professional with the %n ticked users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n user(s) ticked.</source>
        <translation>
            <numerusform>%n user ticked.</numerusform>
            <numerusform>%n users ticked.</numerusform>
        </translation>
    </message>
</context>
</TS>
