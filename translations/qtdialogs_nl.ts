<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for the texts of Qt Quick Dialogs' own dialogs (Qt 6.4 ships none), used where the
     platform has no native file dialog of its own: a kiosk, or a desktop without Qt's GTK or
     portal integration. Maintained by hand: lupdate must not run on it, it would add every
     CarePortal string. Contexts are the names of Qt's QML files. -->
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>FileDialog</name>
    <message>
        <source>File name</source>
        <translation>Bestandsnaam</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Bestandstype</translation>
    </message>
</context>
<context>
    <name>MessageDialog</name>
    <message>
        <source>Show Details...</source>
        <translation>Details tonen…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details verbergen…</translation>
    </message>
</context>
</TS>
