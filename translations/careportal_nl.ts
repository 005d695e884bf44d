<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl">
<context>
    <name>DossierCarePlan</name>
    <message numerus="yes">
        <location filename="../qml/Dossier/DossierCarePlan.qml" line="85"/>
        <source>%n acties</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message numerus="yes">
        <location filename="../qml/Dialogs/LogoutDialog.qml" line="36"/>
        <source>Let op: %n wijzigingen zijn nog niet verstuurd. Als u nu uitlogt, gaan ze verloren. Wacht tot er weer verbinding is om ze te versturen.</source>
        <translation>
            <numerusform>Let op: %n wijziging is nog niet verstuurd. Als u nu uitlogt, gaat die verloren. Wacht tot er weer verbinding is om die te versturen.</numerusform>
            <numerusform>Let op: %n wijzigingen zijn nog niet verstuurd. Als u nu uitlogt, gaan ze verloren. Wacht tot er weer verbinding is om ze te versturen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message numerus="yes">
        <location filename="../qml/Planning/PlanningPage.qml" line="433"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="439"/>
        <source>Nog %n bezoeken</source>
        <translation>
            <numerusform>Nog %n bezoek</numerusform>
            <numerusform>Nog %n bezoeken</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careportal::NotificationCentre</name>
    <message numerus="yes">
        <location filename="../app/core/notifications/notificationcentre.cpp" line="181"/>
        <source>Er zijn %n wijzigingen in uw planning.</source>
        <translation>
            <numerusform>Er is %n wijziging in uw planning.</numerusform>
            <numerusform>Er zijn %n wijzigingen in uw planning.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notifications/notificationcentre.cpp" line="200"/>
        <source>%n contactverzoeken zijn beantwoord.</source>
        <translation>
            <numerusform>%n contactverzoek is beantwoord.</numerusform>
            <numerusform>%n contactverzoeken zijn beantwoord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>careportal::PasswordRulesModel</name>
    <message numerus="yes">
        <location filename="../app/core/auth/passwordrulesmodel.cpp" line="77"/>
        <source>Minimaal %n tekens</source>
        <translation>
            <numerusform>Minimaal %n teken</numerusform>
            <numerusform>Minimaal %n tekens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorrespondenceList</name>
    <message numerus="yes">
        <source>U heeft %n nieuwe antwoorden op uw vragen.</source>
        <translation>
            <numerusform>U heeft %n nieuw antwoord op uw vragen.</numerusform>
            <numerusform>U heeft %n nieuwe antwoorden op uw vragen.</numerusform>
        </translation>
    </message>
</context>
</TS>
