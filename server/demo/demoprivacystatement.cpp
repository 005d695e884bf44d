// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demoprivacystatement.h"

namespace careportal::server {

namespace {

// Invented for the invented Thuiszorg De Linde; the e-mail domain is a reserved example one.
const char kDutch[] = R"(Privacyverklaring Thuiszorg De Linde

Wie zijn wij
Thuiszorg De Linde levert zorg bij u thuis. Wij zijn verantwoordelijk voor de persoonsgegevens die wij van u vastleggen, ook in het Cliëntportaal en de app CarePortal.

Welke gegevens wij vastleggen
- Uw naam, adres, geboortedatum en contactgegevens.
- De gegevens van uw contactpersonen.
- Uw planning: wanneer wij komen en wie er komt.
- Uw cliëntdossier: het zorgplan en de rapportages van onze medewerkers.
- Uw berichten aan ons en het doorgeven van afwezigheid.

Waarom wij dat doen
Wij hebben deze gegevens nodig om u goede en veilige zorg te geven (de Wet op de geneeskundige behandelingsovereenkomst, WGBO) en om de zorg te kunnen declareren.

Wie uw gegevens kan zien
Alleen medewerkers die bij uw zorg betrokken zijn, en de personen die u zelf toegang heeft gegeven. Iedere keer dat iemand uw gegevens inziet of wijzigt, leggen wij dat vast. U ziet dat zelf onder "Wie heeft mijn gegevens ingezien".

Hoe lang wij uw gegevens bewaren
Uw dossier bewaren wij 20 jaar na de laatste wijziging, zoals de wet voorschrijft. Gegevens die wij niet meer nodig hebben, verwijderen wij.

Beveiliging
De verbinding met het Cliëntportaal is altijd versleuteld. U logt in met uw eigen gebruikersnaam en wachtwoord; deel deze met niemand. Uw wachtwoord slaan wij niet leesbaar op.

Uw rechten
U mag uw gegevens inzien, laten verbeteren of laten aanvullen. U mag vragen om gegevens te verwijderen of een kopie te krijgen. Bel of mail ons; wij reageren binnen een maand.

Vragen of een klacht
Mail onze functionaris gegevensbescherming: privacy@thuiszorg-delinde.example, of bel 088 123 45 67. Bent u niet tevreden over ons antwoord, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.)";

const char kEnglish[] = R"(Privacy statement Thuiszorg De Linde

Who we are
Thuiszorg De Linde provides care in your home. We are responsible for the personal data we record about you, also in the client portal and the CarePortal app.

What we record
- Your name, address, date of birth and contact details.
- The details of your contact persons.
- Your planning: when we come and who comes.
- Your client file: the care plan and our staff's reports.
- Your messages to us and the absences you report.

Why we do that
We need this data to give you good and safe care (the Dutch Medical Treatment Contracts Act, WGBO) and to claim the costs of your care.

Who can see your data
Only staff involved in your care, and the people you have given access yourself. Every time someone views or changes your data, we record it. You can see this yourself under "Who viewed my data".

How long we keep your data
We keep your file for 20 years after its last change, as the law requires. Data we no longer need, we delete.

Security
The connection to the client portal is always encrypted. You log in with your own user name and password; share them with no one. We never store your password in a readable form.

Your rights
You may view your data and have it corrected or completed. You may ask us to delete data or to give you a copy. Call or e-mail us; we answer within a month.

Questions or a complaint
E-mail our data protection officer: privacy@thuiszorg-delinde.example, or call 088 123 45 67. If you are not satisfied with our answer, you can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).)";

} // namespace

PrivacyStatementStore::Statement demoPrivacyStatement(const QDate &updatedOn) {
    return {QString::fromUtf8(kDutch), QString::fromUtf8(kEnglish), updatedOn};
}

} // namespace careportal::server
