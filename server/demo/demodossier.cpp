// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demodossier.h"

#include "storage/dossierstore.h"

#include <QTimeZone>

namespace careportal::server {

namespace {

struct DemoReport {
    int daysAgo;
    int hour;
    const char *kind;
    const char *discipline;
    const char *author;
    const char *title;
    const char *body;
};

// Newest last; the ids follow the order so the list is stable between runs.
const DemoReport kReports[] = {
    {95, 10, "zorgkaart", "VP", "Eva", "Zorgkaart opgesteld",
     "Hulp bij douchen op maandag en donderdag. Steunkousen aan in de ochtend. Meneer wil graag "
     "zelf zijn ontbijt klaarmaken; boodschappen doet zijn dochter."},
    {88, 14, "zorgplanrapportage", "ZB", "Karin", "Intakegesprek",
     "Kennismaking met meneer en zijn dochter. Zorgvragen besproken: veilig douchen, mobiliteit "
     "behouden, voldoende eten en drinken. Zorgplan met drie doelen afgesproken."},
    {74, 11, "zorgplanrapportage", "FT", "Ruben", "Start oefenprogramma",
     "Meneer loopt met rollator, korte afstanden gaan goed. Oefeningen voor balans en "
     "beenkracht uitgelegd, twee keer per week samen en dagelijks zelf."},
    {61, 16, "incidentenrapportage", "VP", "Mo", "Bijna gevallen in de badkamer",
     "Meneer gleed bij het instappen van de douche uit, maar kon zich vasthouden aan de beugel. "
     "Geen letsel. Antislipmat geadviseerd; dochter regelt dit deze week."},
    {55, 10, "zorgplanrapportage", "ET", "Noor", "Hulpmiddelen badkamer",
     "Huisbezoek gedaan. Douchestoel en extra beugel bij het toilet aangevraagd. Antislipmat "
     "ligt er inmiddels."},
    {47, 13, "zorgplanrapportage", "DT", "Iris", "Voedingsadvies",
     "Gewicht 2 kg gedaald in twee maanden. Advies: drie keer per dag een tussendoortje, extra "
     "zuivel. Over vier weken opnieuw wegen."},
    {40, 15, "zorgplanrapportage", "FT", "Ruben", "Voortgang oefeningen",
     "Balans is verbeterd; meneer loopt binnen soms zonder rollator. Buiten de rollator blijven "
     "gebruiken."},
    {33, 9, "zorgkaart", "VP", "Eva", "Zorgkaart bijgewerkt",
     "Douchen nu met douchestoel. Meneer doet zelf het bovenlichaam, hulp bij benen en voeten."},
    {26, 14, "zorgplanrapportage", "SO", "dr. Visser", "Medicatiebeoordeling",
     "Medicatie doorgenomen met de huisarts en de apotheek. Plaspil wordt 's ochtends gegeven in "
     "plaats van 's middags, zodat meneer 's nachts minder vaak op hoeft."},
    {19, 11, "zorgplanrapportage", "DT", "Iris", "Gewicht stabiel",
     "Gewicht gelijk gebleven. Meneer vindt de tussendoortjes lekker. Advies blijft hetzelfde."},
    {12, 16, "zorgplanrapportage", "MW", "Sem", "Gesprek over dagbesteding",
     "Meneer mist contact met anderen. Informatie gegeven over de ontmoetingsgroep in het "
     "buurthuis op woensdagmiddag; hij wil er een keer gaan kijken."},
    {6, 10, "zorgplanrapportage", "VP", "Mo", "Evaluatie zorgplan",
     "Zorgplan geëvalueerd met meneer en zijn dochter. Doelen douchen en eten gaan goed. Doel "
     "mobiliteit loopt door; fysiotherapie nog acht weken."},
    {2, 15, "zorgplanrapportage", "FT", "Ruben", "Wandelen buiten",
     "Vandaag samen een rondje om het blok gelopen met rollator, 15 minuten zonder rust. "
     "Meneer was tevreden."},
};

struct DemoGoal {
    const char *title;
    const char *careQuestion;
    QList<QPair<const char *, const char *>> actions; // description, frequency
};

} // namespace

DemoDossier::DemoDossier(DossierStore &store)
    : m_store(store) {}

bool DemoDossier::seed(const QString &clientId, const QDate &today) {
    const DossierRecord general{clientId,
                                QStringLiteral("Voorbeeldstraat 12"),
                                QStringLiteral("1234 AB"),
                                QStringLiteral("Voorbeeldstad"),
                                QDate(1941, 3, 14),
                                QStringLiteral("Huisartsenpraktijk Het Voorbeeld"),
                                QStringLiteral("030-2223344"),
                                QStringLiteral("Apotheek De Vijzel"),
                                QStringLiteral("030-5556677"),
                                {}};
    return m_store.saveDossier(general) && seedReports(clientId, today) && seedCarePlan(clientId);
}

bool DemoDossier::seedReports(const QString &clientId, const QDate &today) {
    const QTimeZone amsterdam(QByteArrayLiteral("Europe/Amsterdam"));
    int number = 0;
    for (const DemoReport &r : kReports) {
        const DossierReportRecord report{
            QStringLiteral("demo-rep-%1").arg(++number, 2, 10, QLatin1Char('0')),
            clientId,
            QString::fromLatin1(r.kind),
            QString::fromLatin1(r.discipline),
            QString::fromUtf8(r.author),
            QDateTime(today.addDays(-r.daysAgo), QTime(r.hour, 5), amsterdam).toUTC(),
            QString::fromUtf8(r.title),
            QString::fromUtf8(r.body)};
        if (!m_store.insertReport(report))
            return false;
    }
    return true;
}

bool DemoDossier::seedCarePlan(const QString &clientId) {
    const QList<DemoGoal> goals{
        {"Veilig douchen",
         "Meneer kan niet meer zelfstandig veilig douchen door verminderde balans.",
         {{"Hulp bij douchen met douchestoel", "maandag en donderdag"},
          {"Huid van voeten en benen controleren", "bij elke douchebeurt"}}},
        {"Mobiliteit behouden",
         "Meneer wil zelfstandig binnen en rond het huis kunnen blijven lopen.",
         {{"Oefenprogramma met fysiotherapeut", "twee keer per week"},
          {"Zelf oefeningen voor balans en beenkracht", "dagelijks"},
          {"Dagelijks een korte wandeling met rollator", "dagelijks"}}},
        {"Voldoende eten en drinken",
         "Meneer is afgevallen en vergeet soms te eten en te drinken.",
         {{"Tussendoortje aanbieden bij het bezoek", "bij elk bezoek"},
          {"Maandelijks wegen en noteren", "maandelijks"}}},
    };
    int goalNumber = 0;
    for (const DemoGoal &goal : goals) {
        const QString goalId = QStringLiteral("demo-goal-%1").arg(++goalNumber);
        if (!m_store.insertGoal({goalId,
                                 clientId,
                                 QString::fromUtf8(goal.title),
                                 QString::fromUtf8(goal.careQuestion),
                                 {}}))
            return false;
        int actionNumber = 0;
        for (const auto &[description, frequency] : goal.actions) {
            if (!m_store.insertAction(
                    {QStringLiteral("%1-action-%2").arg(goalId).arg(++actionNumber), goalId,
                     QString::fromUtf8(description), QString::fromUtf8(frequency)}))
                return false;
        }
    }
    return true;
}

} // namespace careportal::server
