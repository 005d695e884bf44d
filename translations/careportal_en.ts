<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>AboutPage</name>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="31"/>
        <source>vensters, schermen, netwerk en opslag</source>
        <translation>windows, screens, network and storage</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="32"/>
        <source>het schermtoetsenbord op tablets en kiosken</source>
        <translation>the on-screen keyboard on tablets and kiosks</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="33"/>
        <source>voorlezen van de planning</source>
        <translation>reading the planning aloud</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="34"/>
        <source>het veilig bewaren van de inlog in de sleutelbos</source>
        <translation>keeping the login safe in the keyring</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="35"/>
        <source>publiek domein</source>
        <translation>public domain</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="35"/>
        <source>de planning om offline te lezen</source>
        <translation>the planning for reading offline</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="36"/>
        <source>versleuteling van wat op deze computer blijft</source>
        <translation>encryption of what stays on this computer</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="37"/>
        <source>de QR-code voor de tweestapsverificatie</source>
        <translation>the QR code for two-step verification</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="38"/>
        <source>de planning als agendabestand (.ics)</source>
        <translation>the planning as a calendar file (.ics)</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="39"/>
        <source>vrije lettertypelicentie (Bitstream Vera)</source>
        <translation>free font licence (Bitstream Vera)</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="39"/>
        <source>de letters</source>
        <translation>the letters</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="59"/>
        <source>Terug naar inloggen</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="68"/>
        <source>Over CarePortal</source>
        <translation>About CarePortal</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="76"/>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="83"/>
        <source>Cliëntportaal van %1. Vragen over uw zorg of uw account stelt u aan uw zorgorganisatie.</source>
        <translation>Client portal of %1. Please ask your care organisation about your care or your account.</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="84"/>
        <source>Cliëntportaal voor thuiszorg. Vragen over uw zorg of uw account stelt u aan uw zorgorganisatie.</source>
        <translation>Client portal for home care. Please ask your care organisation about your care or your account.</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="89"/>
        <source>Licentie</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="97"/>
        <source>CarePortal is vrije software: u mag het gebruiken, verder verspreiden en aanpassen onder de voorwaarden van de GNU General Public License, versie 3 of (naar uw keuze) een latere versie (GPL-3.0-or-later). CarePortal komt zonder enige garantie.</source>
        <translation>CarePortal is free software: you may use, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). CarePortal comes with no warranty.</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="103"/>
        <source>Licentietekst verbergen</source>
        <translation>Hide the licence text</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="104"/>
        <source>Licentietekst lezen (Engels)</source>
        <translation>Read the licence text</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="119"/>
        <source>Licenties</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="126"/>
        <source>CarePortal is gebouwd met deze vrije software:</source>
        <translation>CarePortal is built with this free software:</translation>
    </message>
    <message>
        <location filename="../qml/About/AboutPage.qml" line="143"/>
        <source>De volledige licentieteksten staan in /usr/share/doc bij elk pakket.</source>
        <translation>The full licence texts are in /usr/share/doc with each package.</translation>
    </message>
</context>
<context>
    <name>AbsenceForm</name>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="125"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="125"/>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="140"/>
        <source>Er is nu geen verbinding met %1. Uw melding is bewaard op dit apparaat en wordt vanzelf verstuurd zodra er weer verbinding is. Tot dan staat hij in de lijst als &quot;Wacht op verzending&quot;.</source>
        <translation>There is no connection with %1 right now. Your report is saved on this device and will be sent by itself as soon as there is a connection again. Until then it is listed as &quot;Waiting to be sent&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="142"/>
        <source>Uw afwezigheidsmelding is verstuurd. Omdat de melding niet op tijd is, vragen wij u ook te bellen met %1 op %2.</source>
        <translation>Your absence report has been sent. Because it is not in time, please also call %1 on %2.</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="144"/>
        <source>Uw afwezigheidsmelding is verstuurd. Een medewerker verwerkt de melding; daarna ziet u de wijziging in uw planning.</source>
        <translation>Your absence report has been sent. A staff member will process it; you will then see the change in your planning.</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="152"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="175"/>
        <source>Afwezigheidsmelding</source>
        <translation>Absence report</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="181"/>
        <source>Periodeselectie</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="182"/>
        <location filename="../qml/Absence/AbsenceForm.qml" line="191"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="197"/>
        <source>Eén dag</source>
        <translation>One day</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="198"/>
        <source>Meerdere dagen</source>
        <translation>Several days</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="201"/>
        <source>Periode start</source>
        <translation>Start of the period</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="203"/>
        <source>Let op! Afwezigheid moet op tijd gemeld worden!</source>
        <translation>Please note: absence must be reported in time!</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="206"/>
        <location filename="../qml/Absence/AbsenceForm.qml" line="213"/>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="210"/>
        <location filename="../qml/Absence/AbsenceForm.qml" line="275"/>
        <source>Kies een datum</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="216"/>
        <source>Hele dag</source>
        <translation>Whole day</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="222"/>
        <location filename="../qml/Absence/AbsenceForm.qml" line="267"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="223"/>
        <location filename="../qml/Absence/AbsenceForm.qml" line="268"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="241"/>
        <source>Starttijd</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="251"/>
        <source>Eindtijd</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="260"/>
        <source>Periode einde</source>
        <translation>End of the period</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="261"/>
        <source>Einddatum bekend</source>
        <translation>End date known</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="270"/>
        <location filename="../qml/Absence/AbsenceForm.qml" line="278"/>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="308"/>
        <source>Meld uw afwezigheid uiterlijk op %1.</source>
        <translation>Report your absence by %1 at the latest.</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="315"/>
        <source>Deze melding is te laat. U kunt hem wel versturen, maar bel ook %1 op %2.</source>
        <translation>This report is late. You can still send it, but please also call %1 on %2.</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="324"/>
        <source>Deze geplande bezoeken vallen in uw afwezigheid:</source>
        <translation>These planned visits fall in your absence:</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="325"/>
        <source>Er zijn in deze periode geen bezoeken gepland.</source>
        <translation>No visits are planned in this period.</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="356"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="363"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceForm.qml" line="363"/>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
</context>
<context>
    <name>AbsenceList</name>
    <message>
        <location filename="../qml/Absence/AbsenceList.qml" line="18"/>
        <source>Geef uw afwezigheid door, tenminste %1 werkdagen voordat de hulp komt.</source>
        <translation>Report your absence at least %1 working days before the help comes.</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceList.qml" line="19"/>
        <source>Melden</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceList.qml" line="20"/>
        <source>Afwezigheid melden</source>
        <translation>Report an absence</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceList.qml" line="41"/>
        <location filename="../qml/Absence/AbsenceList.qml" line="51"/>
        <source>te laat gemeld</source>
        <translation>reported late</translation>
    </message>
    <message>
        <location filename="../qml/Absence/AbsenceList.qml" line="23"/>
        <source>U heeft nog geen afwezigheid gemeld.</source>
        <translation>You have not reported any absence yet.</translation>
    </message>
</context>
<context>
    <name>AccessLogPage</name>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="28"/>
        <source>Hier ziet u wie uw gegevens heeft ingezien of gewijzigd, wanneer en vanaf welk apparaat.</source>
        <translation>Here you see who viewed or changed your data, when and from which device.</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="35"/>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="44"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="46"/>
        <source>Afgelopen 7 dagen</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="47"/>
        <source>Afgelopen 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="48"/>
        <source>Afgelopen 3 maanden</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="49"/>
        <source>Afgelopen jaar</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="78"/>
        <source>%1: %2 door %3 (%4), %5</source>
        <translation>%1: %2 by %3 (%4), %5</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="84"/>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="91"/>
        <source>Door %1 (%2)</source>
        <translation>By %1 (%2)</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="98"/>
        <source>Vanaf %1, adres %2</source>
        <translation>From %1, address %2</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="98"/>
        <source>onbekend apparaat</source>
        <translation>unknown device</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="113"/>
        <source>In deze periode heeft niemand uw gegevens ingezien.</source>
        <translation>Nobody viewed your data in this period.</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="121"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/AccessLog/AccessLogPage.qml" line="121"/>
        <source>Laad meer</source>
        <translation>Load more</translation>
    </message>
</context>
<context>
    <name>AccountSecurityPage</name>
    <message>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="26"/>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="28"/>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="60"/>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="88"/>
        <source>Overal uitloggen</source>
        <translation>Log out everywhere</translation>
    </message>
    <message>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="27"/>
        <source>Weet u zeker dat u op al uw apparaten wilt uitloggen? Daarna logt u overal opnieuw in, ook hier.</source>
        <translation>Are you sure you want to log out on all your devices? Afterwards you log in again everywhere, here too.</translation>
    </message>
    <message>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="44"/>
        <source>Accountbeveiliging</source>
        <translation>Account security</translation>
    </message>
    <message>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="66"/>
        <source>Bent u uw telefoon of tablet kwijt, of bent u misschien nog ingelogd op de computer van iemand anders? Log dan overal uit. Iedereen die nog ingelogd is met uw gegevens, wordt dan direct uitgelogd.</source>
        <translation>Have you lost your phone or tablet, or might you still be logged in on someone else&apos;s computer? Then log out everywhere. Anyone still logged in with your details is logged out at once.</translation>
    </message>
    <message>
        <location filename="../qml/Account/AccountSecurityPage.qml" line="71"/>
        <source>Vermoedt u dat iemand anders uw wachtwoord kent? Wijzig dan ook uw wachtwoord.</source>
        <translation>Do you suspect someone else knows your password? Then change your password as well.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qml/Frame/AppShell.qml" line="96"/>
        <source>Kies een cliënt</source>
        <translation>Choose a client</translation>
    </message>
    <message>
        <location filename="../qml/Frame/AppShell.qml" line="121"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Selecteer organisatie</source>
        <translation>Select organisation</translation>
    </message>
</context>
<context>
    <name>AppointmentDelegate</name>
    <message>
        <location filename="../qml/Planning/AppointmentDelegate.qml" line="35"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../qml/Planning/AppointmentDelegate.qml" line="46"/>
        <source>Opent de details van dit bezoek</source>
        <translation>Opens the details of this visit</translation>
    </message>
    <message>
        <location filename="../qml/Planning/AppointmentDelegate.qml" line="129"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/Planning/AppointmentDelegate.qml" line="136"/>
        <source>%1 uur, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChangePasswordPage</name>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="45"/>
        <source>Kies uw wachtwoord</source>
        <translation>Choose your password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="45"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="52"/>
        <source>U logt voor het eerst in. Kies een eigen wachtwoord. Vul tweemaal hetzelfde wachtwoord in.</source>
        <translation>You are logging in for the first time. Choose your own password. Enter the same password twice.</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="53"/>
        <source>Vul tweemaal hetzelfde wachtwoord in.</source>
        <translation>Enter the same password twice.</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="61"/>
        <source>Oud wachtwoord</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="68"/>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="75"/>
        <source>Herhaal wachtwoord</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="105"/>
        <source>Wijzig wachtwoord</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ChangePasswordPage.qml" line="113"/>
        <source>Annuleren en uitloggen</source>
        <translation>Cancel and log out</translation>
    </message>
</context>
<context>
    <name>ChooseClientPage</name>
    <message>
        <location filename="../qml/Client/ChooseClientPage.qml" line="29"/>
        <source>Welkom %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../qml/Client/ChooseClientPage.qml" line="38"/>
        <source>Van wie wilt u de gegevens bekijken?</source>
        <translation>Whose data would you like to see?</translation>
    </message>
</context>
<context>
    <name>ChooseOrganisationPage</name>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="70"/>
        <source>Selecteer organisatie</source>
        <translation>Select organisation</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="81"/>
        <source>Deze computer is nog niet ingesteld voor een zorgorganisatie. Vraag de beheerder van deze computer om CarePortal in te stellen.</source>
        <translation>This computer has not been set up for a care organisation yet. Ask the administrator of this computer to set up CarePortal.</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="101"/>
        <source>Kies de zorgorganisatie waar u cliënt bent. Daarna logt u in met de gegevens die u van hen hebt gekregen.</source>
        <translation>Choose the care organisation you are a client of. Then log in with the details they gave you.</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="109"/>
        <source>Typ om te filteren op naam of plaats</source>
        <translation>Type to filter by name or place</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="122"/>
        <source>1 organisatie</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="123"/>
        <source>%1 organisaties</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="141"/>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="200"/>
        <source>Geen organisatie gevonden</source>
        <translation>No organisation found</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="217"/>
        <source>Is dit uw organisatie?</source>
        <translation>Is this your organisation?</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="237"/>
        <source>CarePortal onthoudt uw keuze. Hierna logt u in bij deze organisatie.</source>
        <translation>CarePortal remembers your choice. Next, you log in with this organisation.</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="244"/>
        <source>Ja, dit is mijn organisatie</source>
        <translation>Yes, this is my organisation</translation>
    </message>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationPage.qml" line="255"/>
        <source>Nee, een andere organisatie kiezen</source>
        <translation>No, choose another organisation</translation>
    </message>
</context>
<context>
    <name>ChooseOrganisationWindow</name>
    <message>
        <location filename="../qml/Organisation/ChooseOrganisationWindow.qml" line="24"/>
        <source>CarePortal — Selecteer organisatie</source>
        <translation>CarePortal — Select organisation</translation>
    </message>
</context>
<context>
    <name>ClientBanner</name>
    <message>
        <location filename="../qml/Frame/ClientBanner.qml" line="30"/>
        <source>U bekijkt de gegevens van %1</source>
        <translation>You are viewing the data of %1</translation>
    </message>
    <message>
        <location filename="../qml/Frame/ClientBanner.qml" line="38"/>
        <source>Wisselen</source>
        <translation>Switch</translation>
    </message>
    <message>
        <location filename="../qml/Frame/ClientBanner.qml" line="40"/>
        <source>Wissel van cliënt</source>
        <translation>Switch client</translation>
    </message>
    <message>
        <source>U werkt voor %1</source>
        <translation>You are working for %1</translation>
    </message>
    <message>
        <source>Wissel van organisatie</source>
        <translation>Switch organisation</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../qml/Dialogs/ConfirmDialog.qml" line="15"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConfirmDialog.qml" line="40"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="21"/>
        <source>Twee versies</source>
        <translation>Two versions</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="34"/>
        <source>%1 heeft dit gewijzigd nadat u uw wijziging maakte. Welke versie wilt u houden?</source>
        <translation>%1 changed this after you made your change. Which version do you want to keep?</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="50"/>
        <source>Uw versie: %1</source>
        <translation>Your version: %1</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="50"/>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="55"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="55"/>
        <source>Versie van %1: %2</source>
        <translation>%1&apos;s version: %2</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="69"/>
        <source>Mijn versie versturen</source>
        <translation>Send my version</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="80"/>
        <source>Versie van %1 houden</source>
        <translation>Keep %1&apos;s version</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/ConflictDialog.qml" line="91"/>
        <source>Later kiezen</source>
        <translation>Choose later</translation>
    </message>
</context>
<context>
    <name>ContactDetailDelegate</name>
    <message>
        <location filename="../qml/Contacts/ContactDetailDelegate.qml" line="76"/>
        <source>%1 wijzigen</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDelegate.qml" line="78"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDelegate.qml" line="85"/>
        <source>%1 verwijderen</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDelegate.qml" line="87"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ContactDetailDialog</name>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="32"/>
        <source>Contactdetail bewerken</source>
        <translation>Edit contact detail</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="32"/>
        <source>Contactdetail toevoegen</source>
        <translation>Add contact detail</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="58"/>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="66"/>
        <source>Soort contactdetail</source>
        <translation>Kind of contact detail</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="71"/>
        <source>Contactdetail</source>
        <translation>Contact detail</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="79"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="104"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="111"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailDialog.qml" line="111"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ContactDetailsPage</name>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="33"/>
        <source>Contactdetail verwijderen</source>
        <translation>Remove contact detail</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="34"/>
        <source>Weet u zeker dat u dit contactdetail wilt verwijderen?</source>
        <translation>Are you sure you want to remove this contact detail?</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="35"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="47"/>
        <source>Wijzig een contactdetail met het potlood, of voeg er een toe met de plus.</source>
        <translation>Change a contact detail with the pencil, or add one with the plus.</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="48"/>
        <source>Uw telefoonnummers en e-mailadressen bij %1.</source>
        <translation>Your phone numbers and e-mail addresses at %1.</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="57"/>
        <source>Contactdetail toevoegen</source>
        <translation>Add contact detail</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="64"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="64"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="67"/>
        <source>Klaar met wijzigen</source>
        <translation>Done changing</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="67"/>
        <source>Contactdetails wijzigen</source>
        <translation>Change contact details</translation>
    </message>
    <message>
        <location filename="../qml/Contacts/ContactDetailsPage.qml" line="101"/>
        <source>Er zijn nog geen contactdetails. Kies Wijzigen en dan + om er een toe te voegen.</source>
        <translation>There are no contact details yet. Choose Change and then + to add one.</translation>
    </message>
</context>
<context>
    <name>ContactPersonDetail</name>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="48"/>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="126"/>
        <source>Contactpersoon verwijderen</source>
        <translation>Remove contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="49"/>
        <source>Weet u zeker dat u %1 wilt verwijderen als contactpersoon?</source>
        <translation>Are you sure you want to remove %1 as a contact person?</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="50"/>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="122"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="68"/>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="70"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="77"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="79"/>
        <source>Contactpersoon wijzigen</source>
        <translation>Change contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="93"/>
        <source>Primair contactpersoon</source>
        <translation>Primary contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="99"/>
        <source>Telefoonnummer 1</source>
        <translation>Phone number 1</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="100"/>
        <source>Telefoonnummer 2</source>
        <translation>Phone number 2</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="101"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="102"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonDetail.qml" line="103"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>ContactPersonForm</name>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="77"/>
        <source>Contactpersoon toevoegen</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="77"/>
        <source>Contactpersoon bewerken</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="85"/>
        <source>Velden met * zijn verplicht.</source>
        <translation>Fields with * are required.</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="93"/>
        <source>Naam *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="100"/>
        <source>Telefoonnummer 1 *</source>
        <translation>Phone number 1 *</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="108"/>
        <source>Telefoonnummer 2</source>
        <translation>Phone number 2</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="116"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="121"/>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="129"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="141"/>
        <source>Primair contactpersoon</source>
        <translation>Primary contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="148"/>
        <source>Er is maar één primair contactpersoon: een eerdere keuze vervalt.</source>
        <translation>There is only one primary contact person: an earlier choice is replaced.</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="157"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="175"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="182"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonForm.qml" line="182"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ContactPersonList</name>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonList.qml" line="16"/>
        <source>Kies een contactpersoon om de gegevens te zien of te wijzigen.</source>
        <translation>Choose a contact person to see or change their details.</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonList.qml" line="18"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonList.qml" line="19"/>
        <source>Contactpersoon toevoegen</source>
        <translation>Add contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonList.qml" line="34"/>
        <source>primair contactpersoon</source>
        <translation>primary contact person</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonList.qml" line="63"/>
        <source>Primair</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../qml/ContactPersons/ContactPersonList.qml" line="22"/>
        <source>Er zijn nog geen contactpersonen. Voeg er een toe met de knop rechtsboven.</source>
        <translation>There are no contact persons yet. Add one with the button at the top right.</translation>
    </message>
</context>
<context>
    <name>ContactRequestDetail</name>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="53"/>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="139"/>
        <source>Contactverzoek verwijderen</source>
        <translation>Delete contact request</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="54"/>
        <source>Weet u zeker dat u dit contactverzoek wilt verwijderen?</source>
        <translation>Are you sure you want to delete this contact request?</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="55"/>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="135"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="73"/>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="75"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="83"/>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="85"/>
        <source>Contactverzoek wijzigen</source>
        <translation>Change contact request</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="100"/>
        <source>Ingediend op</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="101"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="102"/>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="103"/>
        <source>Afgehandeld op</source>
        <translation>Handled on</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="104"/>
        <source>Reactie</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="105"/>
        <source>Beantwoord door</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="126"/>
        <source>Uw wijziging wacht op verzending. Daarna kunt u de vraag weer wijzigen of verwijderen.</source>
        <translation>Your change is waiting to be sent. After that you can change or delete the question again.</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestDetail.qml" line="127"/>
        <source>Uw vraag is nog niet beantwoord. U kunt hem nog wijzigen of verwijderen.</source>
        <translation>Your question has not been answered yet. You can still change or delete it.</translation>
    </message>
</context>
<context>
    <name>ContactRequestForm</name>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="51"/>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="59"/>
        <source>Het contactverzoek is verstuurd.</source>
        <translation>The contact request has been sent.</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="67"/>
        <source>Ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="89"/>
        <source>Nieuw contactverzoek</source>
        <translation>New contact request</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="89"/>
        <source>Contactverzoek wijzigen</source>
        <translation>Change contact request</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="97"/>
        <source>Ik wil het volgende melden</source>
        <translation>I would like to report the following</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="101"/>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="110"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="108"/>
        <source>Kies een onderwerp</source>
        <translation>Choose a subject</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="123"/>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="141"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="148"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="149"/>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestForm.qml" line="149"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ContactRequestList</name>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestList.qml" line="19"/>
        <source>Stel een vraag aan %1. U ziet hier ook het antwoord.</source>
        <translation>Ask %1 a question. You will also see the answer here.</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestList.qml" line="20"/>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestList.qml" line="21"/>
        <source>Nieuw contactverzoek</source>
        <translation>New contact request</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestList.qml" line="24"/>
        <source>U heeft nog geen contactverzoeken. Stel een vraag met de knop Nieuw.</source>
        <translation>You have no contact requests yet. Ask a question with the New button.</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestList.qml" line="79"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/ContactRequests/ContactRequestList.qml" line="79"/>
        <source>Laad meer contactverzoeken</source>
        <translation>Load more contact requests</translation>
    </message>
</context>
<context>
    <name>DatePickerDialog</name>
    <message>
        <location filename="../qml/Dialogs/DatePickerDialog.qml" line="43"/>
        <source>Kies een datum</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DatePickerDialog.qml" line="75"/>
        <source>Vorige maand</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DatePickerDialog.qml" line="94"/>
        <source>Volgende maand</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DatePickerDialog.qml" line="139"/>
        <source>%1, vandaag</source>
        <translation>%1, today</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DatePickerDialog.qml" line="166"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DisplaySettingsDialog</name>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="27"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="58"/>
        <source>Tekstgrootte</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="71"/>
        <source>Tekst kleiner</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="76"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="80"/>
        <source>Tekstgrootte %1 procent</source>
        <translation>Text size %1 percent</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="88"/>
        <source>Tekst groter</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="95"/>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="98"/>
        <source>Hoog contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="113"/>
        <source>Zo ziet tekst in CarePortal eruit. Grotere tekst maakt ook knoppen groter.</source>
        <translation>This is how text looks in CarePortal. Larger text also makes buttons larger.</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="136"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/DisplaySettingsDialog.qml" line="144"/>
        <source>Standaard</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>DossierCarePlan</name>
    <message>
        <location filename="../qml/Dossier/DossierCarePlan.qml" line="42"/>
        <source>Doelen</source>
        <translation>Goals</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Dossier/DossierCarePlan.qml" line="85"/>
        <source>%n acties</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierCarePlan.qml" line="96"/>
        <source>Er staan nog geen doelen in uw zorgplan.</source>
        <translation>Your care plan has no goals yet.</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierCarePlan.qml" line="123"/>
        <source>Zorgvraag</source>
        <translation>Care question</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierCarePlan.qml" line="134"/>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>DossierGeneral</name>
    <message>
        <location filename="../qml/Dossier/DossierGeneral.qml" line="26"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierGeneral.qml" line="27"/>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierGeneral.qml" line="28"/>
        <source>Huisarts</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierGeneral.qml" line="29"/>
        <source>Apotheek</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierGeneral.qml" line="38"/>
        <source>Niet bekend</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierGeneral.qml" line="51"/>
        <source>Staan er andere of verkeerde gegevens? Geef dit dan door aan één van de zorgmedewerkers.</source>
        <translation>Are these details different or wrong? Please tell one of the care workers.</translation>
    </message>
</context>
<context>
    <name>DossierPage</name>
    <message>
        <location filename="../qml/Dossier/DossierPage.qml" line="35"/>
        <source>Het Cliëntdossier bevat op dit moment nog geen informatie. Hier zal in een latere fase mogelijk wel gebruik van gemaakt worden. U zal hier te zijner tijd over geïnformeerd worden.</source>
        <translation>The client record holds no information at the moment. It may be used at a later stage; you will be informed about this in due course.</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierPage.qml" line="55"/>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierPage.qml" line="55"/>
        <source>Lezen</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierPage.qml" line="55"/>
        <source>Plannen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierPage.qml" line="55"/>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>DossierReading</name>
    <message>
        <location filename="../qml/Dossier/DossierReading.qml" line="82"/>
        <location filename="../qml/Dossier/DossierReading.qml" line="152"/>
        <source>Afkortingen</source>
        <translation>Abbreviations</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierReading.qml" line="85"/>
        <source>Afkortingen van de disciplines</source>
        <translation>Abbreviations of the disciplines</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierReading.qml" line="133"/>
        <source>Er zijn geen rapportages van deze soort.</source>
        <translation>There are no reports of this kind.</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierReading.qml" line="140"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierReading.qml" line="140"/>
        <source>Laad meer rapportages</source>
        <translation>Load more reports</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierReading.qml" line="166"/>
        <source>De rapportages beginnen met een afkorting van de discipline die ze schreef. Met een vraag over een rapportage kunt u bij die discipline terecht.</source>
        <translation>Each report starts with the abbreviation of the discipline that wrote it. With a question about a report, ask that discipline.</translation>
    </message>
</context>
<context>
    <name>DossierTimeline</name>
    <message>
        <location filename="../qml/Dossier/DossierTimeline.qml" line="59"/>
        <source>Tijdlijn — scroll naar links voor oudere rapportages</source>
        <translation>Timeline — scroll to the left for older reports</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierTimeline.qml" line="80"/>
        <source>Tijdlijn van rapportages</source>
        <translation>Timeline of reports</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierTimeline.qml" line="137"/>
        <source>Er staan nog geen rapportages in uw dossier.</source>
        <translation>There are no reports in your record yet.</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierTimeline.qml" line="144"/>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <location filename="../qml/Dossier/DossierTimeline.qml" line="144"/>
        <source>Oudere rapportages laden</source>
        <translation>Load older reports</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../app/core/export/exportfile.cpp" line="21"/>
        <source>Het bestand kon niet worden opgeslagen: in deze map mag CarePortal niet schrijven, of de map bestaat niet. Kies een andere map, bijvoorbeeld Documenten.</source>
        <translation>The file could not be saved: CarePortal may not write in this folder, or the folder does not exist. Choose another folder, for example Documents.</translation>
    </message>
    <message>
        <location filename="../app/core/export/exportfile.cpp" line="25"/>
        <source>Het bestand kon niet worden opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere plek, bijvoorbeeld een USB-stick.</source>
        <translation>The file could not be saved: the disk is full. Free some space or choose another place, for example a USB stick.</translation>
    </message>
    <message>
        <location filename="../app/core/export/exportfile.cpp" line="28"/>
        <source>Het bestand kon niet worden opgeslagen. Probeer het nog eens of kies een andere plek.</source>
        <translation>The file could not be saved. Try again or choose another place.</translation>
    </message>
</context>
<context>
    <name>ForgotPasswordPage</name>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="36"/>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="48"/>
        <source>Vul uw gebruikersnaam en uw e-mailadres in. Als ze bij elkaar horen, sturen wij u een code om een nieuw wachtwoord in te stellen.</source>
        <translation>Enter your username and your e-mail address. If they belong together, we send you a code to set a new password.</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="52"/>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="59"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="63"/>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="70"/>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="75"/>
        <source>Stuur mij een code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="89"/>
        <source>Als de gegevens kloppen, ontvangt u binnen enkele minuten een e-mail met een code. De code is 15 minuten geldig.</source>
        <translation>If the details are right, you will receive an e-mail with a code within a few minutes. The code is valid for 15 minutes.</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="93"/>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="102"/>
        <source>Code uit de e-mail</source>
        <translation>Code from the e-mail</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="108"/>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="115"/>
        <source>Herhaal wachtwoord</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="126"/>
        <source>Stel nieuw wachtwoord in</source>
        <translation>Set new password</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="137"/>
        <source>Uw nieuwe wachtwoord is ingesteld. U kunt nu inloggen.</source>
        <translation>Your new password has been set. You can log in now.</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="157"/>
        <source>Naar inloggen</source>
        <translation>To login</translation>
    </message>
    <message>
        <location filename="../qml/Login/ForgotPasswordPage.qml" line="157"/>
        <source>Terug naar inloggen</source>
        <translation>Back to login</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="59"/>
        <source>Welkom %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="69"/>
        <source>Het is nu %1</source>
        <translation>It is now %1</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="78"/>
        <source>Wissel van cliënt</source>
        <translation>Switch client</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="85"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="104"/>
        <source>Uw volgende bezoek</source>
        <translation>Your next visit</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="112"/>
        <source>%1 %2 om %3 uur</source>
        <translation>%1 %2 at %3</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="120"/>
        <source>%1 met %2, tot %3 uur</source>
        <translation>%1 with %2, until %3</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="134"/>
        <source>De planning wordt opgehaald…</source>
        <translation>Fetching the planning…</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="135"/>
        <source>Er is geen bezoek gepland.</source>
        <translation>No visit is planned.</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="143"/>
        <source>Bekijk de planning</source>
        <translation>View the planning</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="166"/>
        <source>Nieuw in uw dossier</source>
        <translation>New in your record</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="180"/>
        <source>%1 — %2 (%3): %4</source>
        <translation>%1 — %2 (%3): %4</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="190"/>
        <source>Bekijk uw dossier</source>
        <translation>View your record</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="212"/>
        <source>Nieuwe reacties op uw contactverzoeken</source>
        <translation>New replies to your contact requests</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="222"/>
        <source>%1 — beantwoord op %2 door %3</source>
        <translation>%1 — answered on %2 by %3</translation>
    </message>
    <message>
        <location filename="../qml/Home/HomePage.qml" line="230"/>
        <source>Bekijk de reacties</source>
        <translation>View the replies</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../qml/Frame/IdleWarning.qml" line="35"/>
        <source>Bent u er nog?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <location filename="../qml/Frame/IdleWarning.qml" line="44"/>
        <source>U wordt over 1 seconde uitgelogd.</source>
        <translation>You will be logged out in 1 second.</translation>
    </message>
    <message>
        <location filename="../qml/Frame/IdleWarning.qml" line="45"/>
        <source>U wordt over %1 seconden uitgelogd.</source>
        <translation>You will be logged out in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../qml/Frame/IdleWarning.qml" line="53"/>
        <source>Raak het scherm aan om verder te gaan.</source>
        <translation>Touch the screen to continue.</translation>
    </message>
    <message>
        <location filename="../qml/Frame/IdleWarning.qml" line="59"/>
        <source>Ik ben er nog</source>
        <translation>I am still here</translation>
    </message>
</context>
<context>
    <name>ListFreshness</name>
    <message>
        <location filename="../qml/Controls/ListFreshness.qml" line="19"/>
        <source>Geen verbinding: u ziet de bewaarde gegevens.</source>
        <translation>No connection: you are seeing the saved copy.</translation>
    </message>
</context>
<context>
    <name>ListState</name>
    <message>
        <location filename="../qml/Controls/ListState.qml" line="23"/>
        <source>Bezig met laden</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location filename="../qml/Controls/ListState.qml" line="32"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Wachtwoord vergeten, nog geen account of vragen over privacy? Neem contact op met uw zorgorganisatie.</source>
        <translation>Forgotten your password, no account yet, or questions about privacy? Please contact your care organisation.</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="49"/>
        <source>Inloggen voor cliënten</source>
        <translation>Log in for clients</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="65"/>
        <location filename="../qml/Login/LoginPage.qml" line="73"/>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="71"/>
        <source>uw e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="81"/>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="86"/>
        <location filename="../qml/Login/LoginPage.qml" line="96"/>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="117"/>
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="134"/>
        <source>Wachtwoord vergeten?</source>
        <translation>Forgot your password?</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="148"/>
        <source>Aanmelden cliëntportaal</source>
        <translation>Register for the client portal</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="158"/>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="189"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../qml/Login/LoginPage.qml" line="196"/>
        <source>Over CarePortal</source>
        <translation>About CarePortal</translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message>
        <location filename="../qml/Dialogs/LogoutDialog.qml" line="16"/>
        <source>Uitloggen</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/LogoutDialog.qml" line="27"/>
        <source>Weet u zeker dat u wilt uitloggen?</source>
        <translation>Are you sure you want to log out?</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Dialogs/LogoutDialog.qml" line="35"/>
        <source>Let op: %n wijzigingen zijn nog niet verstuurd. Als u nu uitlogt, gaan ze verloren. Wacht tot er weer verbinding is om ze te versturen.</source>
        <translation>
            <numerusform>Please note: %n change has not been sent yet. If you log out now, it will be lost. Wait until there is a connection again to send it.</numerusform>
            <numerusform>Please note: %n changes have not been sent yet. If you log out now, they will be lost. Wait until there is a connection again to send them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/LogoutDialog.qml" line="54"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/LogoutDialog.qml" line="61"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>MenuContent</name>
    <message>
        <source>Uw wachtwoord en inlogbeveiliging regelt u bij uw zorgorganisatie, niet in deze app.</source>
        <translation>You manage your password and login security with your care organisation, not in this app.</translation>
    </message>
    <message>
        <location filename="../qml/Frame/MenuContent.qml" line="79"/>
        <source>Wissel van cliënt</source>
        <translation>Switch client</translation>
    </message>
    <message>
        <location filename="../qml/Frame/MenuContent.qml" line="93"/>
        <source>Uitloggen</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../qml/Frame/MenuContent.qml" line="119"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../qml/Frame/MenuContent.qml" line="146"/>
        <source>Versie %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Organisatie kiezen</source>
        <translation>Choose organisation</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <location filename="../qml/Frame/PageHeader.qml" line="38"/>
        <source>Menu openen</source>
        <translation>Open menu</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageHeader.qml" line="86"/>
        <source>Weergave: tekstgrootte en contrast</source>
        <translation>Display: text size and contrast</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageHeader.qml" line="94"/>
        <source>Weergave</source>
        <translation>Display</translation>
    </message>
</context>
<context>
    <name>PageTable</name>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="17"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="18"/>
        <source>Mijn contactdetails</source>
        <translation>My contact details</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="19"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="20"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="21"/>
        <source>Cliëntdossier</source>
        <translation>Client record</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="22"/>
        <source>Contact zorgorganisatie</source>
        <translation>Contact the care organisation</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="23"/>
        <source>Afwezigheid</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="24"/>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="25"/>
        <source>Accountbeveiliging</source>
        <translation>Account security</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="26"/>
        <source>Wie heeft mijn gegevens ingezien</source>
        <translation>Who viewed my data</translation>
    </message>
    <message>
        <location filename="../qml/Frame/PageTable.qml" line="27"/>
        <source>Over CarePortal</source>
        <translation>About CarePortal</translation>
    </message>
    <message>
        <source>Mijn gegevens</source>
        <translation>My details</translation>
    </message>
    <message>
        <source>Facturen</source>
        <translation>Invoices</translation>
    </message>
    <message>
        <source>Projecten</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>PasswordChecklist</name>
    <message>
        <location filename="../qml/Login/PasswordChecklist.qml" line="28"/>
        <source>Het wachtwoord moet bestaan uit:</source>
        <translation>The password must contain:</translation>
    </message>
    <message>
        <location filename="../qml/Login/PasswordChecklist.qml" line="42"/>
        <source>: in orde</source>
        <translation>: done</translation>
    </message>
    <message>
        <location filename="../qml/Login/PasswordChecklist.qml" line="42"/>
        <source>: nog niet</source>
        <translation>: not yet</translation>
    </message>
    <message>
        <location filename="../qml/Login/PasswordChecklist.qml" line="48"/>
        <source>Beide nieuwe wachtwoorden zijn gelijk</source>
        <translation>Both new passwords are the same</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../qml/Login/PasswordField.qml" line="51"/>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../qml/Login/PasswordField.qml" line="51"/>
        <source>Toon</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../qml/Login/PasswordField.qml" line="52"/>
        <source>Wachtwoord verbergen</source>
        <translation>Hide password</translation>
    </message>
    <message>
        <location filename="../qml/Login/PasswordField.qml" line="52"/>
        <source>Wachtwoord tonen</source>
        <translation>Show password</translation>
    </message>
</context>
<context>
    <name>PendingChange</name>
    <message>
        <location filename="../qml/Controls/PendingChange.qml" line="50"/>
        <source>Aanpassen</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../qml/Controls/PendingChange.qml" line="52"/>
        <source>Wijziging aanpassen die niet is verstuurd</source>
        <translation>Edit the change that was not sent</translation>
    </message>
    <message>
        <location filename="../qml/Controls/PendingChange.qml" line="58"/>
        <source>Beide versies bekijken</source>
        <translation>View both versions</translation>
    </message>
    <message>
        <location filename="../qml/Controls/PendingChange.qml" line="64"/>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../qml/Controls/PendingChange.qml" line="66"/>
        <source>Wijziging weggooien die niet is verstuurd</source>
        <translation>Discard the change that was not sent</translation>
    </message>
</context>
<context>
    <name>PlanningCalendar</name>
    <message>
        <location filename="../app/core/export/planningcalendar.cpp" line="40"/>
        <source>Zorgbezoek %1 – %2</source>
        <extracomment>The title of a visit in the user&apos;s calendar app: kind of help, then the carer.</extracomment>
        <translation>Care visit %1 – %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningcalendar.cpp" line="42"/>
        <source>Zorgbezoek %1</source>
        <translation>Care visit %1</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningcalendar.cpp" line="43"/>
        <source>Zorgbezoek</source>
        <translation>Care visit</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="142"/>
        <source>Vorige maand</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="165"/>
        <source>Volgende maand</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="171"/>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="178"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="246"/>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="192"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="252"/>
        <source>Exporteren naar agenda (.ics)</source>
        <translation>Export to calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="194"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="253"/>
        <source>Planning van deze maand exporteren naar uw agenda (.ics)</source>
        <translation>Export this month&apos;s planning to your calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="200"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="258"/>
        <source>Afdrukken (PDF)</source>
        <translation>Print (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="202"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="259"/>
        <source>Planning van deze maand afdrukken in grote letters (PDF)</source>
        <translation>Print this month&apos;s planning in large print (PDF)</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="209"/>
        <source>Voorlezen</source>
        <translation>Read aloud</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="211"/>
        <source>De planning voorlezen</source>
        <translation>Read the planning aloud</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="218"/>
        <source>Stop voorlezen</source>
        <translation>Stop reading</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="226"/>
        <source>Meer</source>
        <translation>More</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="228"/>
        <source>Meer: vernieuwen, exporteren, afdrukken</source>
        <translation>More: refresh, export, print</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="266"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="287"/>
        <source>Vandaag voorlezen</source>
        <translation>Read today aloud</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="272"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="292"/>
        <source>Deze maand voorlezen</source>
        <translation>Read this month aloud</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="301"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="309"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="323"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="336"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="337"/>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="339"/>
        <source>Soort hulp</source>
        <translation>Type of help</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="345"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="416"/>
        <source>Er zijn in deze maand geen bezoeken gepland.</source>
        <translation>No visits are planned this month.</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="417"/>
        <source>Deze maand is nog niet opgehaald.</source>
        <translation>This month has not been fetched yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Planning/PlanningPage.qml" line="438"/>
        <location filename="../qml/Planning/PlanningPage.qml" line="444"/>
        <source>Nog %n bezoeken</source>
        <translation>
            <numerusform>%n more visit</numerusform>
            <numerusform>%n more visits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningPage.qml" line="459"/>
        <source>Einde van de maand</source>
        <translation>End of the month</translation>
    </message>
</context>
<context>
    <name>PlanningSaveDialog</name>
    <message>
        <location filename="../qml/Planning/PlanningSaveDialog.qml" line="29"/>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningSaveDialog.qml" line="30"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningSaveDialog.qml" line="31"/>
        <source>Planning opslaan om af te drukken</source>
        <translation>Save the planning for printing</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningSaveDialog.qml" line="32"/>
        <source>Bezoek opslaan voor uw agenda</source>
        <translation>Save the visit for your calendar</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningSaveDialog.qml" line="33"/>
        <source>Planning opslaan voor uw agenda</source>
        <translation>Save the planning for your calendar</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningSaveDialog.qml" line="34"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../qml/Planning/PlanningSaveDialog.qml" line="35"/>
        <source>Agendabestanden (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
</context>
<context>
    <name>PlanningPrintout</name>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="97"/>
        <source>Planning %1 %2</source>
        <extracomment>The heading of the printed month: &quot;Planning december 2026&quot;.</extracomment>
        <translation>Planning %1 %2</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="127"/>
        <source>%1 (vervolg)</source>
        <extracomment>A day&apos;s heading repeated at the top of the next page.</extracomment>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="153"/>
        <source>Er zijn in deze maand geen bezoeken gepland.</source>
        <translation>No visits are planned this month.</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="197"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="199"/>
        <source>Soort hulp</source>
        <translation>Type of help</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="202"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="256"/>
        <source>Gedrukt op %1</source>
        <translation>Printed on %1</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningprintout.cpp" line="258"/>
        <source>Pagina %1 van %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PrivacyStatementPage</name>
    <message>
        <location filename="../qml/Login/PrivacyStatementPage.qml" line="47"/>
        <source>Privacyverklaring</source>
        <translation>Privacy statement</translation>
    </message>
    <message>
        <location filename="../qml/Login/PrivacyStatementPage.qml" line="54"/>
        <source>Bijgewerkt op %1</source>
        <translation>Updated on %1</translation>
    </message>
    <message>
        <location filename="../qml/Login/PrivacyStatementPage.qml" line="74"/>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../qml/Login/PrivacyStatementPage.qml" line="37"/>
        <location filename="../qml/Login/PrivacyStatementPage.qml" line="118"/>
        <source>Terug naar inloggen</source>
        <translation>Back to login</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <location filename="../app/core/app/applauncher.cpp" line="65"/>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <location filename="../app/core/app/applauncher.cpp" line="67"/>
        <source>Unknown options: %1.</source>
        <translation>Unknown options: %1.</translation>
    </message>
</context>
<context>
    <name>QueuedDialog</name>
    <message>
        <location filename="../qml/Dialogs/QueuedDialog.qml" line="15"/>
        <source>Bewaard</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/QueuedDialog.qml" line="25"/>
        <source>Er is nu geen verbinding met %1. Uw wijziging is bewaard en wordt verstuurd zodra dat weer kan. In de lijst staat &quot;Wacht op verzending&quot; tot dan.</source>
        <translation>There is no connection with %1 right now. Your change has been saved and will be sent as soon as possible. Until then the list shows &quot;Waiting to be sent&quot;.</translation>
    </message>
    <message>
        <location filename="../qml/Dialogs/QueuedDialog.qml" line="35"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="89"/>
        <source>Aanmelden cliëntportaal</source>
        <translation>Register for the client portal</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="104"/>
        <source>Bedankt voor uw aanmelding. Wij doen ons best om uw account binnen 5 werkdagen aan te maken. U ontvangt dan twee e-mails: een met uw gebruikersnaam en een met uw wachtwoord. Kunnen wij geen account aanmaken, dan krijgt u daarover ook bericht.</source>
        <translation>Thank you for registering. We do our best to create your account within 5 working days. You will then receive two e-mails: one with your username and one with your password. If we cannot create an account, we will let you know as well.</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="110"/>
        <location filename="../qml/Login/RegistrationPage.qml" line="242"/>
        <source>Terug naar inloggen</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="122"/>
        <source>Om u toegang te geven tot het cliëntportaal hebben wij de volgende gegevens nodig. Wij gebruiken ze alleen om het juiste dossier aan de juiste persoon te koppelen. Naar uw mobiele nummer sturen wij bij het inloggen een code per sms.</source>
        <translation>To give you access to the client portal we need the following details. We only use them to link the right record to the right person. When you log in, we send a code by text message to your mobile number.</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="129"/>
        <source>Gegevens aanvrager</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="137"/>
        <location filename="../qml/Login/RegistrationPage.qml" line="194"/>
        <source>Voornaam *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="144"/>
        <location filename="../qml/Login/RegistrationPage.qml" line="201"/>
        <source>Achternaam *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="151"/>
        <source>Mobiel telefoonnummer *</source>
        <translation>Mobile phone number *</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="159"/>
        <source>E-mailadres *</source>
        <translation>E-mail address *</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="165"/>
        <location filename="../qml/Login/RegistrationPage.qml" line="177"/>
        <source>Voor wie vraagt u toegang?</source>
        <translation>Who are you asking access for?</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="172"/>
        <source>Voor mijzelf (ik ben de cliënt)</source>
        <translation>For myself (I am the client)</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="173"/>
        <source>Ik ben wettelijk vertegenwoordiger van de cliënt</source>
        <translation>I am the client&apos;s legal representative</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="174"/>
        <source>Ik ben gemachtigd contactpersoon van de cliënt</source>
        <translation>I am the client&apos;s authorised contact person</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="186"/>
        <source>Gegevens cliënt</source>
        <translation>The client&apos;s details</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="208"/>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="216"/>
        <source>E-mailadres</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../qml/Login/RegistrationPage.qml" line="234"/>
        <source>Aanmelding versturen</source>
        <translation>Send registration</translation>
    </message>
</context>
<context>
    <name>RememberedDevicesSection</name>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="29"/>
        <source>Apparaat vergeten</source>
        <translation>Forget device</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="30"/>
        <source>Weet u zeker dat u &quot;%1&quot; wilt vergeten? Op dat apparaat wordt dan weer om een inlogcode gevraagd, en wie daar nu is ingelogd wordt uitgelogd.</source>
        <translation>Are you sure you want to forget &quot;%1&quot;? That device will ask for a login code again, and whoever is logged in there now will be logged out.</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="31"/>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="94"/>
        <source>Vergeten</source>
        <translation>Forget</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="37"/>
        <source>Onthouden apparaten</source>
        <translation>Remembered devices</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="44"/>
        <source>Op deze apparaten hoeft u 90 dagen lang geen inlogcode in te vullen. Kent u een apparaat niet? Vergeet het dan en wijzig uw wachtwoord.</source>
        <translation>On these devices you need no login code for 90 days. Do you not recognise a device? Forget it and change your password.</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="45"/>
        <source>Er zijn geen onthouden apparaten.</source>
        <translation>There are no remembered devices.</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="76"/>
        <source>%1 (dit apparaat)</source>
        <translation>%1 (this device)</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="82"/>
        <source>Voor het eerst: %1</source>
        <translation>First used: %1</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="87"/>
        <source>Laatst gebruikt: %1</source>
        <translation>Last used: %1</translation>
    </message>
    <message>
        <location filename="../qml/Account/RememberedDevicesSection.qml" line="96"/>
        <source>%1 vergeten</source>
        <translation>Forget %1</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../qml/Dossier/ReportCard.qml" line="57"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>SecondFactorPage</name>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="44"/>
        <source>Inlogcode</source>
        <translation>Login code</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="51"/>
        <source>We hebben een sms met een code van 6 cijfers gestuurd naar %1. De code is 15 minuten geldig.</source>
        <translation>We have sent a text message with a 6-digit code to %1. The code is valid for 15 minutes.</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="52"/>
        <source>Open de authenticator-app op uw telefoon en vul de code van 6 cijfers in die daar nu staat.</source>
        <translation>Open the authenticator app on your phone and enter the 6-digit code it shows now.</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="62"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="74"/>
        <source>Code van 6 cijfers</source>
        <translation>6-digit code</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="83"/>
        <source>Dit apparaat 90 dagen onthouden (niet op een gedeelde computer)</source>
        <translation>Remember this device for 90 days (not on a shared computer)</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="101"/>
        <source>Inloggen</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="110"/>
        <source>Géén code ontvangen?</source>
        <translation>No code received?</translation>
    </message>
    <message>
        <location filename="../qml/Login/SecondFactorPage.qml" line="122"/>
        <source>Terug naar inloggen</source>
        <translation>Back to login</translation>
    </message>
</context>
<context>
    <name>SecondFactorSection</name>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="38"/>
        <source>Inlogcode</source>
        <translation>Login code</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="46"/>
        <source>U logt in met uw wachtwoord en een code uit uw authenticator-app.</source>
        <translation>You log in with your password and a code from your authenticator app.</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="47"/>
        <source>U krijgt bij het inloggen een code per sms op %1.</source>
        <translation>When you log in, you get a code by text message on %1.</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="48"/>
        <source>Er is nog geen telefoonnummer of authenticator-app om een inlogcode te krijgen.</source>
        <translation>There is no phone number or authenticator app yet to get a login code.</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="54"/>
        <source>Uw zorgorganisatie vraagt op dit moment geen inlogcode. Koppelt u toch een app, dan gebruikt u die zodra de code nodig is.</source>
        <translation>Your care organisation does not ask for a login code at the moment. If you link an app anyway, you will use it as soon as the code is needed.</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="68"/>
        <source>Authenticator-app ontkoppelen</source>
        <translation>Unlink the authenticator app</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="68"/>
        <source>Authenticator-app koppelen</source>
        <translation>Link an authenticator app</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="75"/>
        <source>Mobiel nummer voor de sms-code wijzigen</source>
        <translation>Change the mobile number for the text-message code</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="76"/>
        <source>Mobiel nummer voor de sms-code instellen</source>
        <translation>Set a mobile number for the text-message code</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="87"/>
        <source>Ter controle: vul uw huidige wachtwoord in.</source>
        <translation>To check it is you: enter your current password.</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="94"/>
        <source>Huidig wachtwoord</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="100"/>
        <source>Stuur mij een code per sms</source>
        <translation>Send me a code by text message</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="107"/>
        <source>Code uit uw authenticator-app</source>
        <translation>Code from your authenticator app</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="107"/>
        <source>Code uit de sms</source>
        <translation>Code from the text message</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="119"/>
        <source>Code van 6 cijfers</source>
        <translation>6-digit code</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="125"/>
        <source>Nieuw mobiel nummer</source>
        <translation>New mobile number</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="135"/>
        <source>Nummer opslaan</source>
        <translation>Save number</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="136"/>
        <source>Ontkoppelen</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="136"/>
        <source>Verder</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="151"/>
        <location filename="../qml/Account/SecondFactorSection.qml" line="219"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="165"/>
        <source>Open uw authenticator-app (bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP) en scan deze QR-code.</source>
        <translation>Open your authenticator app (for example Microsoft Authenticator, Google Authenticator or FreeOTP) and scan this QR code.</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="177"/>
        <source>QR-code voor uw authenticator-app</source>
        <translation>QR code for your authenticator app</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="180"/>
        <source>Kunt u niet scannen? Vul dan deze sleutel in de app in:</source>
        <translation>Cannot scan? Then enter this key in the app:</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="194"/>
        <source>Sleutel voor de authenticator-app</source>
        <translation>Key for the authenticator app</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="196"/>
        <location filename="../qml/Account/SecondFactorSection.qml" line="205"/>
        <source>Code uit de app</source>
        <translation>Code from the app</translation>
    </message>
    <message>
        <location filename="../qml/Account/SecondFactorSection.qml" line="213"/>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../qml/Controls/TimeField.qml" line="51"/>
        <source>Typ de minuten met twee cijfers, bijvoorbeeld 08:05.</source>
        <translation>Type the minutes with two digits, for example 08:05.</translation>
    </message>
    <message>
        <location filename="../qml/Controls/TimeField.qml" line="59"/>
        <source>Typ de tijd met cijfers, bijvoorbeeld %1.</source>
        <translation>Type the time in digits, for example %1.</translation>
    </message>
    <message>
        <location filename="../qml/Controls/TimeField.qml" line="61"/>
        <source>Typ de tijd als uu:mm, bijvoorbeeld %1.</source>
        <translation>Type the time as hh:mm, for example %1.</translation>
    </message>
    <message>
        <location filename="../qml/Controls/TimeField.qml" line="64"/>
        <source>Het uur kan 0 tot en met 23 zijn.</source>
        <translation>The hour can be 0 to 23.</translation>
    </message>
    <message>
        <location filename="../qml/Controls/TimeField.qml" line="66"/>
        <source>De minuten kunnen 00 tot en met 59 zijn.</source>
        <translation>The minutes can be 00 to 59.</translation>
    </message>
    <message>
        <location filename="../qml/Controls/TimeField.qml" line="87"/>
        <source>bijv. %1</source>
        <translation>e.g. %1</translation>
    </message>
</context>
<context>
    <name>VisitDetail</name>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="32"/>
        <location filename="../qml/Planning/VisitDetail.qml" line="86"/>
        <source>Bezoek</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="78"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="80"/>
        <source>Terug naar de planning</source>
        <translation>Back to the planning</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="85"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="101"/>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="102"/>
        <source>%1 tot %2 uur</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="103"/>
        <source>Soort hulp</source>
        <translation>Type of help</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="104"/>
        <source>Medewerker</source>
        <translation>Carer</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="128"/>
        <source>Dit bezoek is voorbij.</source>
        <translation>This visit is over.</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="136"/>
        <source>In agenda zetten</source>
        <translation>Add to calendar</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="137"/>
        <source>Dit bezoek in uw agenda zetten (.ics)</source>
        <translation>Add this visit to your calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitDetail.qml" line="145"/>
        <source>Dit bezoek staat niet meer in de planning van deze maand. Het is verplaatst of afgezegd.</source>
        <translation>This visit is no longer in the planning of this month. It has been moved or cancelled.</translation>
    </message>
</context>
<context>
    <name>VisitMarks</name>
    <message>
        <location filename="../qml/Planning/VisitMarks.qml" line="25"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../qml/Planning/VisitMarks.qml" line="49"/>
        <source>Afwezigheid gemeld</source>
        <translation>Absence reported</translation>
    </message>
</context>
<context>
    <name>careportal::AbsencesModel</name>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="79"/>
        <source>Verwerkt</source>
        <translation>Processed</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="79"/>
        <source>Gemeld, nog niet verwerkt</source>
        <translation>Reported, not processed yet</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="108"/>
        <source>%1 van %2 tot %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="112"/>
        <source>vanaf %1, einddatum nog niet bekend</source>
        <translation>from %1, end date not known yet</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="115"/>
        <source>%1 t/m %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="198"/>
        <source>Kies een startdatum.</source>
        <translation>Choose a start date.</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="200"/>
        <source>De startdatum ligt in het verleden.</source>
        <translation>The start date is in the past.</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="202"/>
        <source>De startdatum ligt meer dan een jaar vooruit.</source>
        <translation>The start date is more than a year ahead.</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="204"/>
        <source>Kies een einddatum.</source>
        <translation>Choose an end date.</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="206"/>
        <source>De einddatum moet op of na de startdatum liggen.</source>
        <translation>The end date must be on or after the start date.</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="208"/>
        <source>De afwezigheid mag hoogstens een jaar duren.</source>
        <translation>An absence can last a year at most.</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="213"/>
        <source>Vul de begintijd en eindtijd in als uu:mm, bijvoorbeeld 08:00.</source>
        <translation>Enter the start and end time as hh:mm, for example 08:00.</translation>
    </message>
    <message>
        <location filename="../app/core/absence/absencesmodel.cpp" line="215"/>
        <source>De eindtijd moet na de begintijd liggen.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
</context>
<context>
    <name>careportal::AccessLogModel</name>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="62"/>
        <source>Ingezien</source>
        <translation>Viewed</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="64"/>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="66"/>
        <source>Gezocht</source>
        <translation>Searched</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="68"/>
        <source>Geëxporteerd</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="70"/>
        <source>Afgedrukt</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="78"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="80"/>
        <source>Mijn contactdetails</source>
        <translation>My contact details</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="82"/>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="84"/>
        <source>Contact zorgorganisatie</source>
        <translation>Contact the care organisation</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="86"/>
        <source>Afwezigheid</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="88"/>
        <source>Cliëntdossier</source>
        <translation>Client record</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="90"/>
        <source>Inzageoverzicht</source>
        <translation>Access overview</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="92"/>
        <source>Overzicht van al uw gegevens</source>
        <translation>Overview of all your data</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="98"/>
        <source>Cliënt zelf</source>
        <translation>The client</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="100"/>
        <source>Wettelijk vertegenwoordiger</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="102"/>
        <source>Gemachtigde contactpersoon</source>
        <translation>Authorised contact person</translation>
    </message>
    <message>
        <location filename="../app/core/accesslog/accesslogmodel.cpp" line="104"/>
        <source>Medewerker zorgorganisatie</source>
        <translation>Care organisation staff</translation>
    </message>
</context>
<context>
    <name>careportal::AppComposition</name>
    <message>
        <location filename="../app/core/app/appcomposition.cpp" line="185"/>
        <source>De opgeslagen gegevens zijn gemaakt door een nieuwere versie van CarePortal. Installeer de nieuwste versie.</source>
        <translation>The stored data was made by a newer version of CarePortal. Please install the latest version.</translation>
    </message>
</context>
<context>
    <name>careportal::AppServices</name>
    <message>
        <location filename="../app/core/app/appservices.cpp" line="37"/>
        <source>Er is geen beveiligde opslag (sleutelbos) op deze computer. Daarom wordt hier niets bewaard: u logt de volgende keer opnieuw in, en zonder internet kunt u uw gegevens niet bekijken.</source>
        <translation>There is no secure storage (keychain) on this computer. Nothing is therefore kept here: you log in again next time, and without internet you cannot view your data.</translation>
    </message>
    <message>
        <location filename="../app/core/app/appservices.cpp" line="41"/>
        <source>De opgeslagen gegevens op deze computer waren beschadigd. Ze worden opnieuw opgehaald.</source>
        <translation>The data stored on this computer was damaged. It is being fetched again.</translation>
    </message>
</context>
<context>
    <name>careportal::ClientListModel</name>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="121"/>
        <source>Laatst bijgewerkt: %1</source>
        <translation>Last updated: %1</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="200"/>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="237"/>
        <source>De wijziging kon niet worden bewaard. Probeer het opnieuw.</source>
        <translation>The change could not be saved. Please try again.</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="220"/>
        <source>Deze wijziging wacht nog op verzending. Probeer het straks opnieuw.</source>
        <translation>This change is still waiting to be sent. Please try again later.</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="313"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="313"/>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="326"/>
        <source>(verwijderd)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="359"/>
        <source>Niet verstuurd: dit is intussen ook ergens anders gewijzigd</source>
        <translation>Not sent: this was also changed elsewhere in the meantime</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="361"/>
        <source>Niet verstuurd: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="362"/>
        <source>Wordt verwijderd, wacht op verzending</source>
        <translation>To be removed, waiting to be sent</translation>
    </message>
    <message>
        <location filename="../app/core/lists/clientlistmodel.cpp" line="363"/>
        <source>Wacht op verzending</source>
        <translation>Waiting to be sent</translation>
    </message>
</context>
<context>
    <name>careportal::ContactDetailsModel</name>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="62"/>
        <source>Huistelefoon</source>
        <translation>Home phone</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="64"/>
        <source>Mobiele telefoon</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="66"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="68"/>
        <source>Huistelefoon (privé)</source>
        <translation>Home phone (private)</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="70"/>
        <source>Mobiele telefoon (privé)</source>
        <translation>Mobile phone (private)</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="72"/>
        <source>Email (privé)</source>
        <translation>E-mail (private)</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="125"/>
        <source>Soort contactdetail</source>
        <translation>Kind of contact detail</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="126"/>
        <source>Contactdetail</source>
        <translation>Contact detail</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactdetailsmodel.cpp" line="127"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>careportal::ContactPersonsModel</name>
    <message>
        <location filename="../app/core/contacts/contactpersonsmodel.cpp" line="196"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactpersonsmodel.cpp" line="197"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactpersonsmodel.cpp" line="198"/>
        <source>Telefoonnummer 1</source>
        <translation>Phone number 1</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactpersonsmodel.cpp" line="199"/>
        <source>Telefoonnummer 2</source>
        <translation>Phone number 2</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactpersonsmodel.cpp" line="200"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactpersonsmodel.cpp" line="201"/>
        <source>Primair contactpersoon</source>
        <translation>Primary contact person</translation>
    </message>
    <message>
        <location filename="../app/core/contacts/contactpersonsmodel.cpp" line="202"/>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>careportal::ContactRequestsModel</name>
    <message>
        <location filename="../app/core/requests/contactrequestsmodel.cpp" line="55"/>
        <source>Afgerond</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../app/core/requests/contactrequestsmodel.cpp" line="55"/>
        <source>Openstaand</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../app/core/requests/contactrequestsmodel.cpp" line="195"/>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../app/core/requests/contactrequestsmodel.cpp" line="196"/>
        <source>Bericht</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>careportal::DeviceTokens</name>
    <message>
        <location filename="../app/core/auth/devicetokens.cpp" line="47"/>
        <source>CarePortal op %1 (%2)</source>
        <translation>CarePortal on %1 (%2)</translation>
    </message>
</context>
<context>
    <name>careportal::NotificationCentre</name>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="180"/>
        <source>Planning gewijzigd</source>
        <translation>Planning changed</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notifications/notificationcentre.cpp" line="181"/>
        <source>Er zijn %n wijzigingen in uw planning.</source>
        <translation>
            <numerusform>There is %n change in your planning.</numerusform>
            <numerusform>There are %n changes in your planning.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="186"/>
        <source>Bezoek geannuleerd</source>
        <translation>Visit cancelled</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="187"/>
        <source>Nieuw bezoek</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="188"/>
        <source>Bezoek gewijzigd</source>
        <translation>Visit changed</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="199"/>
        <source>Antwoorden op uw contactverzoeken</source>
        <translation>Answers to your contact requests</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/core/notifications/notificationcentre.cpp" line="200"/>
        <source>%n contactverzoeken zijn beantwoord.</source>
        <translation>
            <numerusform>%n contact request has been answered.</numerusform>
            <numerusform>%n contact requests have been answered.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="206"/>
        <source>Antwoord op uw contactverzoek</source>
        <translation>Answer to your contact request</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="207"/>
        <source>Uw vraag is beantwoord.</source>
        <translation>Your question has been answered.</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="208"/>
        <source>%1 heeft uw vraag beantwoord.</source>
        <translation>%1 has answered your question.</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="220"/>
        <source>%1 %2 %3 – %4</source>
        <translation>%1 %2 %3 – %4</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/notificationcentre.cpp" line="221"/>
        <source>%1 %2 %3 – %4 (%5)</source>
        <translation>%1 %2 %3 – %4 (%5)</translation>
    </message>
</context>
<context>
    <name>careportal::PasswordRulesModel</name>
    <message numerus="yes">
        <location filename="../app/core/auth/passwordrulesmodel.cpp" line="77"/>
        <source>Minimaal %n tekens</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/core/auth/passwordrulesmodel.cpp" line="79"/>
        <source>Een hoofdletter</source>
        <translation>An upper-case letter</translation>
    </message>
    <message>
        <location filename="../app/core/auth/passwordrulesmodel.cpp" line="81"/>
        <source>Een speciaal teken zoals ! * #</source>
        <translation>A special character such as ! * #</translation>
    </message>
    <message>
        <location filename="../app/core/auth/passwordrulesmodel.cpp" line="83"/>
        <source>Een cijfer</source>
        <translation>A digit</translation>
    </message>
    <message>
        <location filename="../app/core/auth/passwordrulesmodel.cpp" line="85"/>
        <source>Geen %1</source>
        <translation>No %1</translation>
    </message>
</context>
<context>
    <name>careportal::PlanningExport</name>
    <message>
        <location filename="../app/core/export/planningexport.cpp" line="75"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningexport.cpp" line="108"/>
        <source>Opgeslagen als %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningexport.cpp" line="118"/>
        <source>Op deze plek kan CarePortal niet opslaan. Kies een map op deze computer.</source>
        <translation>CarePortal cannot save in this place. Choose a folder on this computer.</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningexport.cpp" line="131"/>
        <source>Er is geen planning om op te slaan.</source>
        <translation>There is no planning to save.</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningexport.cpp" line="139"/>
        <source>Dit bezoek staat niet meer in de planning.</source>
        <translation>This visit is no longer in the planning.</translation>
    </message>
    <message>
        <location filename="../app/core/export/planningexport.cpp" line="146"/>
        <source>Er is geen planning om af te drukken.</source>
        <translation>There is no planning to print.</translation>
    </message>
</context>
<context>
    <name>careportal::PlanningModel</name>
    <message>
        <location filename="../app/core/planning/planningmodel.cpp" line="147"/>
        <source>%1 %2 om %3 tot %4, %5, %6</source>
        <translation>%1 %2 from %3 to %4, %5, %6</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningmodel.cpp" line="151"/>
        <source>gewijzigd</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningmodel.cpp" line="153"/>
        <source>afwezigheid gemeld</source>
        <translation>absence reported</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningmodel.cpp" line="330"/>
        <source>Geen verbinding. Deze maand is nog niet bewaard om zonder verbinding te bekijken. Dat gebeurt vanzelf zodra er weer verbinding is.</source>
        <translation>No connection. This month has not been saved for reading offline yet. That happens by itself as soon as there is a connection again.</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningmodel.cpp" line="336"/>
        <source>Geen verbinding. Deze maand is niet bewaard om zonder verbinding te bekijken. CarePortal bewaart vanzelf %1 tot en met %2; een andere maand wordt bewaard als u die bekijkt terwijl er verbinding is.</source>
        <translation>No connection. This month has not been saved for reading offline. CarePortal saves %1 to %2 by itself; another month is saved when you look at it while there is a connection.</translation>
    </message>
</context>
<context>
    <name>careportal::PlanningSpeech</name>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="32"/>
        <source>1 bezoek</source>
        <translation>1 visit</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="33"/>
        <source>%1 bezoeken</source>
        <translation>%1 visits</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="70"/>
        <source>van %1 tot %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="78"/>
        <source>met %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="87"/>
        <source>Planning voor %1: er zijn geen bezoeken gepland.</source>
        <translation>Planning for %1: no visits are planned.</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="88"/>
        <source>Planning voor %1: %2.</source>
        <translation>Planning for %1: %2.</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="102"/>
        <source>Vandaag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="104"/>
        <source>%1: geen bezoeken gepland.</source>
        <translation>%1: no visits planned.</translation>
    </message>
    <message>
        <location filename="../app/core/planning/planningspeech.cpp" line="105"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>careportal::ReadAloud</name>
    <message>
        <location filename="../app/core/speech/readaloud.cpp" line="60"/>
        <source>Voorlezen kan niet: er is op deze computer geen spraakprogramma.</source>
        <translation>Reading aloud is not possible: this computer has no speech program.</translation>
    </message>
    <message>
        <location filename="../app/core/speech/readaloud.cpp" line="65"/>
        <source>Voorlezen kan niet: er is op deze computer geen Engelse stem.</source>
        <translation>Reading aloud is not possible: this computer has no English voice.</translation>
    </message>
    <message>
        <location filename="../app/core/speech/readaloud.cpp" line="66"/>
        <source>Voorlezen kan niet: er is op deze computer geen Nederlandse stem.</source>
        <translation>Reading aloud is not possible: this computer has no Dutch voice.</translation>
    </message>
    <message>
        <location filename="../app/core/speech/readaloud.cpp" line="116"/>
        <source>Voorlezen is mislukt: het spraakprogramma gaf een fout.</source>
        <translation>Reading aloud failed: the speech program reported an error.</translation>
    </message>
</context>
<context>
    <name>careportal::SecondFactorSetup</name>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="79"/>
        <source>Er is een sms met een code gestuurd naar %1.</source>
        <translation>A text message with a code has been sent to %1.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="86"/>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="131"/>
        <source>Vul uw huidige wachtwoord in.</source>
        <translation>Please enter your current password.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="90"/>
        <source>Vul de zes cijfers van de code in.</source>
        <translation>Enter the six digits of the code.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="101"/>
        <source>Vul de zes cijfers van de code uit de app in.</source>
        <translation>Enter the six digits of the code from the app.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="107"/>
        <source>De authenticator-app is gekoppeld. Voortaan vult u bij het inloggen de code uit de app in.</source>
        <translation>The authenticator app is linked. From now on you enter the code from the app when you log in.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="116"/>
        <source>Vul uw huidige wachtwoord en de code uit de app in.</source>
        <translation>Enter your current password and the code from the app.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="120"/>
        <source>De authenticator-app is ontkoppeld. U krijgt de code weer per sms.</source>
        <translation>The authenticator app is unlinked. You will get the code by text message again.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="130"/>
        <source>Vul uw huidige wachtwoord en de code van 6 cijfers in.</source>
        <translation>Enter your current password and the 6-digit code.</translation>
    </message>
    <message>
        <location filename="../app/core/security/secondfactorsetup.cpp" line="140"/>
        <source>Uw mobiele nummer is gewijzigd. De codes komen voortaan daar.</source>
        <translation>Your mobile number has been changed. The codes will go there from now on.</translation>
    </message>
</context>
<context>
    <name>careportal::Session</name>
    <message>
        <location filename="../app/core/auth/session.cpp" line="84"/>
        <source>Uw eigen gegevens</source>
        <translation>Your own data</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="86"/>
        <source>U bent wettelijk vertegenwoordiger</source>
        <translation>You are the legal representative</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="88"/>
        <source>U bent gemachtigde contactpersoon</source>
        <translation>You are an authorised contact person</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="150"/>
        <source>Vul uw gebruikersnaam en wachtwoord in.</source>
        <translation>Please enter your username and password.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="245"/>
        <source>Vul de zes cijfers van de code in.</source>
        <translation>Enter the six digits of the code.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="268"/>
        <source>Er is een nieuwe code gestuurd naar %1.</source>
        <translation>A new code has been sent to %1.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="283"/>
        <source>Vul uw huidige wachtwoord in.</source>
        <translation>Please enter your current password.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="285"/>
        <source>De nieuwe wachtwoorden zijn niet gelijk. Vul tweemaal hetzelfde wachtwoord in.</source>
        <translation>The new passwords are not the same. Enter the same password twice.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="287"/>
        <source>Het nieuwe wachtwoord voldoet nog niet aan alle eisen.</source>
        <translation>The new password does not meet all requirements yet.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="289"/>
        <source>Kies een nieuw wachtwoord dat anders is dan uw huidige wachtwoord.</source>
        <translation>Choose a new password that is different from your current password.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="322"/>
        <source>Uw wachtwoord is gewijzigd.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="356"/>
        <source>U bent op al uw apparaten uitgelogd. Log opnieuw in om verder te gaan.</source>
        <translation>You have been logged out on all your devices. Log in again to continue.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="415"/>
        <source>Er is geen beveiligde opslag (sleutelbos) beschikbaar. Uw sessie wordt niet bewaard: u moet de volgende keer opnieuw inloggen.</source>
        <translation>No secure storage (keychain) is available. Your session is not kept: you will have to log in again next time.</translation>
    </message>
    <message>
        <location filename="../app/core/auth/session.cpp" line="427"/>
        <source>Uw sessie kon niet uit de sleutelbos worden verwijderd. Meld u af bij het besturingssysteem als anderen deze computer gebruiken.</source>
        <translation>Your session could not be removed from the keychain. Log out of the operating system if others use this computer.</translation>
    </message>
</context>
<context>
    <name>careportal::TrayIcon</name>
    <message>
        <location filename="../app/core/notifications/trayicon.cpp" line="59"/>
        <source>CarePortal openen</source>
        <translation>Open CarePortal</translation>
    </message>
    <message>
        <location filename="../app/core/notifications/trayicon.cpp" line="60"/>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>SelectOrganisationPage</name>
    <message>
        <source>Welkom %1</source>
        <translation>Welcome %1</translation>
    </message>
    <message>
        <source>Voor welke organisatie wilt u het portaal gebruiken?</source>
        <translation>Which organisation do you want to use the portal for?</translation>
    </message>
    <message>
        <source>Zoek organisatie</source>
        <translation>Search organisation</translation>
    </message>
    <message>
        <source>Typ een deel van de naam</source>
        <translation>Type part of the name</translation>
    </message>
    <message>
        <source>Geen organisatie gevonden met &quot;%1&quot;.</source>
        <translation>No organisation found with &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Beheerder klantportaal</source>
        <translation>Customer portal administrator</translation>
    </message>
    <message>
        <source>Medewerker klantportaal</source>
        <translation>Customer portal user</translation>
    </message>
</context>
<context>
    <name>careportal::BusinessContactsModel</name>
    <message>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Voorvoegsel</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Nickname</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Telefoonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Mobiel nummer</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>E-mailadres</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Functie op visitekaart</source>
        <translation>Title on business card</translation>
    </message>
    <message>
        <source>E-mail diensten</source>
        <translation>Email services</translation>
    </message>
    <message>
        <source>Contactpersoon voor alle projecten</source>
        <translation>Contact person for all projects</translation>
    </message>
    <message>
        <source>Beheerder klantportaal</source>
        <translation>Customer portal administrator</translation>
    </message>
    <message>
        <source>Medewerker klantportaal</source>
        <translation>Customer portal user</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>careportal::InvoiceDocuments</name>
    <message>
        <source>De factuur kon niet worden geopend: er is geen tijdelijke map.</source>
        <translation>The invoice could not be opened: there is no temporary folder.</translation>
    </message>
    <message>
        <source>Er is geen programma om PDF-bestanden te openen. Sla de factuur op en open hem later.</source>
        <translation>There is no program to open PDF files. Save the invoice and open it later.</translation>
    </message>
</context>
<context>
    <name>careportal::ProjectQuestionsModel</name>
    <message>
        <source>Uw vraag</source>
        <translation>Your question</translation>
    </message>
</context>
<context>
    <name>InvoiceList</name>
    <message>
        <source>De facturen van %1 voor %2. Open een factuur voor de regels en de PDF.</source>
        <translation>The invoices of %1 for %2. Open an invoice for its lines and the PDF.</translation>
    </message>
    <message>
        <source>Openstaande facturen</source>
        <translation>Open invoices</translation>
    </message>
    <message>
        <source>Alle facturen</source>
        <translation>All invoices</translation>
    </message>
    <message>
        <source>Er staan geen facturen open.</source>
        <translation>There are no open invoices.</translation>
    </message>
    <message>
        <source>Er zijn nog geen facturen.</source>
        <translation>There are no invoices yet.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Factuur %1, %2, %3, %4</source>
        <translation>Invoice %1, %2, %3, %4</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Factuurdatum %1 · vervaldatum %2</source>
        <translation>Invoice date %1 · due date %2</translation>
    </message>
</context>
<context>
    <name>InvoiceDetail</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Terug naar de facturen</source>
        <translation>Back to the invoices</translation>
    </message>
    <message>
        <source>Factuur %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Betaald</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Factuurnummer</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <source>Factuurdatum</source>
        <translation>Invoice date</translation>
    </message>
    <message>
        <source>Vervaldatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Bedrag excl. btw</source>
        <translation>Amount excl. VAT</translation>
    </message>
    <message>
        <source>Btw</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Betaald op</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Nog niet betaald</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>Factuurregels</source>
        <translation>Invoice lines</translation>
    </message>
    <message>
        <source>Bezig met laden</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>%1 × %2 = %3 (btw %4)</source>
        <translation>%1 × %2 = %3 (VAT %4)</translation>
    </message>
    <message>
        <source>Deze factuur heeft geen regels.</source>
        <translation>This invoice has no lines.</translation>
    </message>
</context>
<context>
    <name>InvoicePdf</name>
    <message>
        <source>De factuur is geopend in uw PDF-lezer.</source>
        <translation>The invoice has been opened in your PDF viewer.</translation>
    </message>
    <message>
        <source>De factuur is opgeslagen: %1</source>
        <translation>The invoice has been saved: %1</translation>
    </message>
    <message>
        <source>Factuur %1 opslaan</source>
        <translation>Save invoice %1</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Op deze gedeelde computer wordt de PDF niet geopend of opgeslagen: hij zou na het uitloggen achterblijven. Hierboven staan alle regels van de factuur.</source>
        <translation>On this shared computer the PDF is neither opened nor saved: it would stay behind after logging out. All lines of the invoice are shown above.</translation>
    </message>
    <message>
        <source>Bij deze factuur hoort geen PDF.</source>
        <translation>This invoice has no PDF.</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Factuur %1 openen als PDF</source>
        <translation>Open invoice %1 as a PDF</translation>
    </message>
    <message>
        <source>Factuur %1 opslaan als PDF</source>
        <translation>Save invoice %1 as a PDF</translation>
    </message>
    <message>
        <source>Bezig met de PDF</source>
        <translation>Working on the PDF</translation>
    </message>
</context>
<context>
    <name>ProjectList</name>
    <message>
        <source>vanaf %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>De projecten die %1 voor %2 uitvoert. Open een project om een vraag te stellen aan de projectleider.</source>
        <translation>The projects %1 carries out for %2. Open a project to ask the project leader a question.</translation>
    </message>
    <message>
        <source>Mijn projecten</source>
        <translation>My projects</translation>
    </message>
    <message>
        <source>Alle projecten</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>U bent nog geen lid van een project. Kijk bij Alle projecten.</source>
        <translation>You are not a member of any project yet. Look under All projects.</translation>
    </message>
    <message>
        <source>Er zijn geen projecten.</source>
        <translation>There are no projects.</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Terug naar de projecten</source>
        <translation>Back to the projects</translation>
    </message>
    <message>
        <source>Projectnummer</source>
        <translation>Project number</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Locatie</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Geen einddatum</source>
        <translation>No end date</translation>
    </message>
    <message>
        <source>Projectleiding</source>
        <translation>Project management</translation>
    </message>
    <message>
        <source>Interne projectleider</source>
        <translation>Internal project leader</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ProjectQuestionForm</name>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Uw vraag is verstuurd. Het antwoord vindt u op Home onder &quot;Mijn correspondentie&quot;; u krijgt er ook een e-mail over.</source>
        <translation>Your question has been sent. You will find the answer on Home under &quot;My correspondence&quot;; you will also get an e-mail about it.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Stel een vraag aan de projectleider</source>
        <translation>Ask the project leader a question</translation>
    </message>
    <message>
        <source>Uw vraag gaat direct naar %1. U krijgt zo spoedig mogelijk antwoord.</source>
        <translation>Your question goes straight to %1. You will get an answer as soon as possible.</translation>
    </message>
    <message>
        <source>Uw vraag gaat direct naar de projectleider. U krijgt zo spoedig mogelijk antwoord.</source>
        <translation>Your question goes straight to the project leader. You will get an answer as soon as possible.</translation>
    </message>
    <message>
        <source>Uw vraag</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Vraag versturen</source>
        <translation>Send question</translation>
    </message>
    <message>
        <source>Vraag versturen aan de projectleider</source>
        <translation>Send the question to the project leader</translation>
    </message>
    <message>
        <source>Uw vragen over dit project</source>
        <translation>Your questions about this project</translation>
    </message>
    <message>
        <source>Verstuurd op %1</source>
        <translation>Sent on %1</translation>
    </message>
    <message>
        <source>Weggooien</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Vraag weggooien die niet is verstuurd</source>
        <translation>Discard the question that was not sent</translation>
    </message>
</context>
<context>
    <name>CorrespondenceList</name>
    <message>
        <source>Mijn correspondentie</source>
        <translation>My correspondence</translation>
    </message>
    <message numerus="yes">
        <source>U heeft %n nieuwe antwoorden op uw vragen.</source>
        <translation>
            <numerusform>You have %n new answer to your questions.</numerusform>
            <numerusform>You have %n new answers to your questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Er zijn geen nieuwe antwoorden op uw vragen.</source>
        <translation>There are no new answers to your questions.</translation>
    </message>
    <message>
        <source>Bezig met laden</source>
        <translation>Loading</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Nieuw antwoord</source>
        <translation>New answer</translation>
    </message>
    <message>
        <source>Gelezen antwoord</source>
        <translation>Read answer</translation>
    </message>
    <message>
        <source>%1, beantwoord op %2 door %3</source>
        <translation>%1, answered on %2 by %3</translation>
    </message>
    <message>
        <source>Beantwoord op %1 door %2</source>
        <translation>Answered on %1 by %2</translation>
    </message>
    <message>
        <source>Ook gelezen antwoorden tonen</source>
        <translation>Also show read answers</translation>
    </message>
</context>
<context>
    <name>CorrespondenceDetail</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Terug naar Home</source>
        <translation>Back to Home</translation>
    </message>
    <message>
        <source>Antwoord op uw vraag</source>
        <translation>Answer to your question</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Uw vraag</source>
        <translation>Your question</translation>
    </message>
    <message>
        <source>Gesteld op</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Beantwoord door</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Beantwoord op</source>
        <translation>Answered on</translation>
    </message>
    <message>
        <source>Nog een vraag stellen</source>
        <translation>Ask another question</translation>
    </message>
    <message>
        <source>Nog een vraag stellen over een project</source>
        <translation>Ask another question about a project</translation>
    </message>
</context>
<context>
    <name>BusinessHomePage</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Welkom %1</source>
        <translation>Welcome %1</translation>
    </message>
    <message>
        <source>U werkt in het klantenportaal voor %1.</source>
        <translation>You are working in the customer portal for %1.</translation>
    </message>
    <message>
        <source>Contact met %1</source>
        <translation>Contact with %1</translation>
    </message>
    <message>
        <source>Telefoon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Heeft u een vraag over een project? Stel hem direct aan de projectleider: kies het project en schrijf uw vraag.</source>
        <translation>Do you have a question about a project? Ask the project leader directly: choose the project and write your question.</translation>
    </message>
    <message>
        <source>Stel een vraag</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Stel een vraag over een project</source>
        <translation>Ask a question about a project</translation>
    </message>
</context>
<context>
    <name>MyDetailsView</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>MyDetailsTiles</name>
    <message>
        <source>Mijn contactgegevens</source>
        <translation>My contact details</translation>
    </message>
    <message>
        <source>Uw naam, adres, telefoon en e-mail, en of u e-mail over diensten ontvangt.</source>
        <translation>Your name, address, phone and e-mail, and whether you receive e-mail about services.</translation>
    </message>
    <message>
        <source>Mijn organisatie</source>
        <translation>My organisation</translation>
    </message>
    <message>
        <source>Uw organisatie zoals die bij ons bekend is: adres, KvK-nummer en contactgegevens.</source>
        <translation>Your organisation as we know it: address, Chamber of Commerce number and contact details.</translation>
    </message>
    <message>
        <source>Mijn contactpersonen</source>
        <translation>My contacts</translation>
    </message>
    <message>
        <source>De contactpersonen van uw organisatie en hun rechten in het klantportaal.</source>
        <translation>Your organisation's contacts and their rights in the customer portal.</translation>
    </message>
</context>
<context>
    <name>DetailRows</name>
    <message>
        <source>Man</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Vrouw</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Uit</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>niet ingevuld</source>
        <translation>not filled in</translation>
    </message>
</context>
<context>
    <name>BusinessContactFields</name>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Voorvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Name used</translation>
    </message>
    <message>
        <source>Geboortedatum (dd-mm-jjjj)</source>
        <translation>Date of birth (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Vul een datum in als dd-mm-jjjj, bijvoorbeeld 28-02-1985, niet in de toekomst.</source>
        <translation>Enter a date as dd-mm-yyyy, for example 28-02-1985, not in the future.</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Niet ingevuld</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Vrouw</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobiel</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail *</source>
        <translation>E-mail *</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Functie op visitekaart</source>
        <translation>Function on business card</translation>
    </message>
</context>
<context>
    <name>ProjectSwitches</name>
    <message>
        <source>E-mail diensten</source>
        <translation>E-mail services</translation>
    </message>
    <message>
        <source>U ontvangt een dienstbevestiging via e-mail voor alle projecten waar u lid van bent.</source>
        <translation>You receive a confirmation of services by e-mail for all projects you are a member of.</translation>
    </message>
    <message>
        <source>De contactpersoon ontvangt een dienstbevestiging via e-mail voor alle projecten waar hij of zij lid van is.</source>
        <translation>The contact receives a confirmation of services by e-mail for all projects he or she is a member of.</translation>
    </message>
    <message>
        <source>U ontvangt geen e-mails.</source>
        <translation>You receive no e-mails.</translation>
    </message>
    <message>
        <source>De contactpersoon ontvangt geen e-mails.</source>
        <translation>The contact receives no e-mails.</translation>
    </message>
    <message>
        <source>Contactpersoon voor alle projecten</source>
        <translation>Contact for all projects</translation>
    </message>
    <message>
        <source>Alleen een beheerder van het klantportaal kan dit aan- of uitzetten.</source>
        <translation>Only an administrator of the customer portal can switch this on or off.</translation>
    </message>
    <message>
        <source>U wordt automatisch toegevoegd als lid van alle huidige projecten van uw organisatie.</source>
        <translation>You are automatically added as a member of all current projects of your organisation.</translation>
    </message>
    <message>
        <source>De contactpersoon wordt automatisch lid van alle huidige projecten van uw organisatie.</source>
        <translation>The contact automatically becomes a member of all current projects of your organisation.</translation>
    </message>
    <message>
        <source>U wordt uit alle projecten verwijderd. U heeft dan geen toegang meer tot de projecten, maar u behoudt wel toegang tot de facturen.</source>
        <translation>You are removed from all projects. You then no longer have access to the projects, but you keep access to the invoices.</translation>
    </message>
    <message>
        <source>De contactpersoon wordt uit alle projecten verwijderd en heeft geen toegang meer tot de projecten; de toegang tot de facturen blijft.</source>
        <translation>The contact is removed from all projects and no longer has access to the projects; access to the invoices remains.</translation>
    </message>
</context>
<context>
    <name>OwnContactView</name>
    <message>
        <source>Mijn contactgegevens</source>
        <translation>My contact details</translation>
    </message>
    <message>
        <source>Aanpassen persoonsgegevens</source>
        <translation>Change personal details</translation>
    </message>
    <message>
        <source>Een samenvatting van uw contactgegevens zoals ze in het klantenportaal staan.</source>
        <translation>A summary of your contact details as the customer portal has them.</translation>
    </message>
    <message>
        <source>Uw contactgegevens zijn niet gevonden.</source>
        <translation>Your contact details were not found.</translation>
    </message>
    <message>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Voorvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Name used</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobiel</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Functie op visitekaart</source>
        <translation>Function on business card</translation>
    </message>
    <message>
        <source>E-mail diensten</source>
        <translation>E-mail services</translation>
    </message>
    <message>
        <source>Contactpersoon voor alle projecten</source>
        <translation>Contact for all projects</translation>
    </message>
</context>
<context>
    <name>OwnContactForm</name>
    <message>
        <source>Contactpersoon voor alle projecten uitzetten</source>
        <translation>Switch off contact for all projects</translation>
    </message>
    <message>
        <source>U wordt uit alle projecten verwijderd. Dit betekent dat u geen toegang meer heeft tot de projecten, maar u behoudt wel toegang tot de facturen. Weet u het zeker?</source>
        <translation>You will be removed from all projects. This means you no longer have access to the projects, but you do keep access to the invoices. Are you sure?</translation>
    </message>
    <message>
        <source>Uitzetten en opslaan</source>
        <translation>Switch off and save</translation>
    </message>
    <message>
        <source>Aanpassen persoonsgegevens</source>
        <translation>Change personal details</translation>
    </message>
    <message>
        <source>Velden met * zijn verplicht.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Busy…</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <source>Mijn organisatie</source>
        <translation>My organisation</translation>
    </message>
    <message>
        <source>Zo staan de gegevens van uw organisatie in onze boekhouding. Het is belangrijk dat de contactgegevens en het KvK-nummer altijd kloppen.</source>
        <translation>This is how your organisation's details are in our books. It is important that the contact details and the Chamber of Commerce number are always correct.</translation>
    </message>
    <message>
        <source>De gegevens van uw organisatie zijn niet gevonden.</source>
        <translation>Your organisation's details were not found.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode en plaats</source>
        <translation>Postcode and city</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>Chamber of Commerce number</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Klopt er iets niet? Neem contact met ons op: %1, telefoon %2. Wij passen de gegevens aan; in het klantenportaal kunt u ze niet wijzigen.</source>
        <translation>Is something wrong? Contact us: %1, phone %2. We change the details; you cannot change them in the customer portal.</translation>
    </message>
    <message>
        <source>Klopt er iets niet? Neem contact met ons op: %1. Wij passen de gegevens aan; in het klantenportaal kunt u ze niet wijzigen.</source>
        <translation>Is something wrong? Contact us: %1. We change the details; you cannot change them in the customer portal.</translation>
    </message>
</context>
<context>
    <name>ColleagueList</name>
    <message>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Toevoegen contactpersoon</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <source>Mijn contactpersonen</source>
        <translation>My contacts</translation>
    </message>
    <message>
        <source>De contactpersonen van uw organisatie. Kies er een om de gegevens en rechten te zien of te wijzigen.</source>
        <translation>Your organisation's contacts. Choose one to see or change the details and rights.</translation>
    </message>
    <message>
        <source>De contactpersonen van uw organisatie. Alleen een beheerder kan ze wijzigen.</source>
        <translation>Your organisation's contacts. Only an administrator can change them.</translation>
    </message>
    <message>
        <source>beheerder</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>geen toegang tot het klantportaal</source>
        <translation>no access to the customer portal</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Geen toegang</source>
        <translation>No access</translation>
    </message>
    <message>
        <source>Er zijn nog geen contactpersonen.</source>
        <translation>There are no contacts yet.</translation>
    </message>
</context>
<context>
    <name>ColleagueDetail</name>
    <message>
        <source>Wijzigen</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Contactpersoon wijzigen</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <source>De twee-factorauthenticatie van %1 is gewist.</source>
        <translation>The two-factor authentication of %1 has been wiped.</translation>
    </message>
    <message>
        <source>Contactpersoon verwijderen</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Weet u zeker dat u %1 wilt verwijderen als contactpersoon van uw organisatie?</source>
        <translation>Are you sure you want to remove %1 as a contact of your organisation?</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Twee-factorauthenticatie wissen</source>
        <translation>Wipe two-factor authentication</translation>
    </message>
    <message>
        <source>Wis de twee-factorauthenticatie van %1 alleen na overleg met de IT-beheerder van %2%3. %1 stelt daarna bij de volgende keer inloggen een nieuwe in.</source>
        <translation>Only wipe the two-factor authentication of %1 after consulting the IT administrator of %2%3. %1 then sets up a new one at the next login.</translation>
    </message>
    <message>
        <source> (telefoon %1)</source>
        <translation> (phone %1)</translation>
    </message>
    <message>
        <source>Wissen</source>
        <translation>Wipe</translation>
    </message>
    <message>
        <source>Voorletters</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Voorvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Roepnaam</source>
        <translation>Name used</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postadres</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Mobiel</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Afdeling</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Functie op visitekaart</source>
        <translation>Function on business card</translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Beheerder klantportaal</source>
        <translation>Customer portal administrator</translation>
    </message>
    <message>
        <source>Medewerker klantportaal</source>
        <translation>Customer portal user</translation>
    </message>
    <message>
        <source>E-mail diensten</source>
        <translation>E-mail services</translation>
    </message>
    <message>
        <source>Contactpersoon voor alle projecten</source>
        <translation>Contact for all projects</translation>
    </message>
</context>
<context>
    <name>ColleagueForm</name>
    <message>
        <source>Contactpersoon voor alle projecten uitzetten</source>
        <translation>Switch off contact for all projects</translation>
    </message>
    <message>
        <source>%1 wordt uit alle projecten verwijderd en heeft geen toegang meer tot de projecten; de toegang tot de facturen blijft. Weet u het zeker?</source>
        <translation>%1 will be removed from all projects and no longer has access to the projects; access to the invoices remains. Are you sure?</translation>
    </message>
    <message>
        <source>Uitzetten en opslaan</source>
        <translation>Switch off and save</translation>
    </message>
    <message>
        <source>Aanmaken contactpersoon</source>
        <translation>Create contact</translation>
    </message>
    <message>
        <source>Wijzigen contactpersoon</source>
        <translation>Change contact</translation>
    </message>
    <message>
        <source>Velden met * zijn verplicht.</source>
        <translation>Fields marked * are required.</translation>
    </message>
    <message>
        <source>Rechten</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>Beheerder klantportaal</source>
        <translation>Customer portal administrator</translation>
    </message>
    <message>
        <source>Beheert de andere contactpersonen en de gegevens van de organisatie, en ziet de facturen.</source>
        <translation>Manages the other contacts and the organisation's details, and sees the invoices.</translation>
    </message>
    <message>
        <source>Ziet alleen de projecten waar hij of zij lid van is.</source>
        <translation>Sees only the projects he or she is a member of.</translation>
    </message>
    <message>
        <source>Medewerker klantportaal</source>
        <translation>Customer portal user</translation>
    </message>
    <message>
        <source>Let op: zonder Medewerker klantportaal kan deze persoon niet inloggen; hij of zij is dan alleen voor ons zichtbaar als contactpersoon.</source>
        <translation>Note: without Customer portal user this person cannot log in; he or she is then only visible to us as a contact.</translation>
    </message>
    <message>
        <source>De nieuwe contactpersoon krijgt de inloggegevens in twee e-mails op het ingevulde e-mailadres: de gebruikersnaam en, apart, een eenmalig wachtwoord.</source>
        <translation>The new contact gets the login details in two e-mails to the e-mail address entered: the user name and, separately, a one-time password.</translation>
    </message>
    <message>
        <source>Kan inloggen op het klantportaal.</source>
        <translation>Can log in to the customer portal.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Busy…</translation>
    </message>
    <message>
        <source>Aanmaken</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>careportal::ProviderLogin</name>
    <message>
        <source>Er is geen webbrowser om de inlogpagina te openen. Vraag uw beheerder om een webbrowser in te stellen.</source>
        <translation>There is no web browser to open the login page. Ask your administrator to set one up.</translation>
    </message>
    <message>
        <source>De app kan het antwoord van de inlogpagina niet ontvangen. Start de app opnieuw en probeer het nog eens.</source>
        <translation>The app cannot receive the login page&apos;s answer. Restart the app and try again.</translation>
    </message>
    <message>
        <source>U heeft het inloggen via %1 geweigerd. U bent niet ingelogd.</source>
        <translation>You refused the login through %1. You are not logged in.</translation>
    </message>
    <message>
        <source>Het antwoord uit de browser hoort niet bij deze inlogpoging. Voor uw veiligheid is het inloggen gestopt. Probeer het opnieuw.</source>
        <translation>The browser&apos;s answer does not belong to this login attempt. For your safety the login was stopped. Please try again.</translation>
    </message>
    <message>
        <source>Het inloggen in de browser is niet afgerond: het duurde te lang of het venster is gesloten. Probeer het opnieuw.</source>
        <translation>The login in the browser was not completed: it took too long or the window was closed. Please try again.</translation>
    </message>
    <message>
        <source>%1 heeft het inloggen niet afgerond. Probeer het opnieuw.</source>
        <translation>%1 did not complete the login. Please try again.</translation>
    </message>
    <message>
        <source>De inlogcode van %1 is verlopen of al gebruikt. Probeer het opnieuw.</source>
        <translation>The login code from %1 has expired or was already used. Please try again.</translation>
    </message>
    <message>
        <source>De inlogdienst %1 is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.</source>
        <translation>The login service %1 cannot be reached. Check your internet connection and try again.</translation>
    </message>
    <message>
        <source>%1 gaf een antwoord dat de app niet begrijpt. Probeer het later opnieuw.</source>
        <translation>%1 gave an answer the app does not understand. Please try again later.</translation>
    </message>
</context>
<context>
    <name>ProviderLoginSection</name>
    <message>
        <source>Inloggen via %1</source>
        <translation>Log in with %1</translation>
    </message>
    <message>
        <source>Ga verder in uw webbrowser en log daar in bij %1. Daarna kunt u terug naar CarePortal.</source>
        <translation>Continue in your web browser and log in with %1 there. Then come back to CarePortal.</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Of log in met uw gebruikersnaam en wachtwoord:</source>
        <translation>Or log in with your user name and password:</translation>
    </message>
</context>
</TS>
