<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConfirmationPage</name>
    <message numerus="yes">
        <location filename="../wizard/ui/upgrade/pages/confirmation.py" line="+82"/>
        <source>%1 for %n user(s)</source>
        <translation>
            <numerusform>%1 for %n user</numerusform>
            <numerusform>%1 for %n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicensesPage</name>
    <message numerus="yes">
        <location filename="../wizard/ui/upgrade/pages/licenses.py" line="+108"/>
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
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
        <location filename="../wizard/ui/components/order_panel.py" line="+98"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+127"/>
        <source>Licensed users (%n)</source>
        <translation>
            <numerusform>Licensed users (%n)</numerusform>
            <numerusform>Licensed users (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <location filename="../wizard/ui/components/order_summary.py" line="+38"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProductsSection</name>
    <message numerus="yes">
        <location filename="../wizard/ui/shell/products_section.py" line="+177"/>
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
