// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "fhir/fhirdossier.h"

#include <QStringList>
#include <algorithm>

namespace careportal::fhir {

namespace {

QString field(const QJsonObject &json, const char *key) {
    return json.value(QLatin1String(key)).toString();
}

ApiError badResponse(const QString &what) {
    return ApiError::make(ApiError::Kind::BadResponse, what);
}

// As the reference server's report_kinds (server/storage/schemasteps.cpp, step 7).
QList<ReportKind> reportKinds() {
    return {
        {{QStringLiteral("zorgplanrapportage"), QStringLiteral("Zorgplanrapportage"),
          QStringLiteral("Care plan report")},
         QStringLiteral("Het doel van de zorgplanrapportage is om aan de hand van de gestelde "
                        "doelen in het zorgplan de voortgang van de zorg/revalidatie in kaart te "
                        "kunnen brengen."),
         QStringLiteral("Follows the progress of care or rehabilitation against the goals of the "
                        "care plan.")},
        {{QStringLiteral("incidentenrapportage"), QStringLiteral("Incidentenrapportage"),
          QStringLiteral("Incident report")},
         QStringLiteral("Rapportage over de cliënt die gaat over onderwerpen die niet in het "
                        "actuele zorgplan benoemd zijn, zoals een nieuwe situatie of een "
                        "calamiteit."),
         QStringLiteral("About matters the current care plan does not name, such as a new "
                        "situation or an emergency.")},
        {{QStringLiteral("zorgkaart"), QStringLiteral("Zorgkaart"), QStringLiteral("Care card")},
         QStringLiteral("Op de zorgkaart wordt vastgelegd hoe dagelijkse zorg, verpleging en "
                        "behandeling aan de cliënt wordt verleend."),
         QStringLiteral("Records how daily care, nursing and treatment are given to the client.")},
    };
}

// As the reference server's disciplines (step 7).
QList<LabelledOption> disciplines() {
    return {
        {QStringLiteral("SO"), QStringLiteral("Specialist Ouderengeneeskunde"),
         QStringLiteral("Elderly care physician")},
        {QStringLiteral("FT"), QStringLiteral("Fysiotherapie"), QStringLiteral("Physiotherapy")},
        {QStringLiteral("VP"), QStringLiteral("Verpleging/Zorgteam"),
         QStringLiteral("Nursing/care team")},
        {QStringLiteral("ET"), QStringLiteral("Ergotherapie"),
         QStringLiteral("Occupational therapy")},
        {QStringLiteral("DT"), QStringLiteral("Diëtist"), QStringLiteral("Dietitian")},
        {QStringLiteral("PSY"), QStringLiteral("Psycholoog"), QStringLiteral("Psychologist")},
        {QStringLiteral("LO"), QStringLiteral("Logopedie"), QStringLiteral("Speech therapy")},
        {QStringLiteral("MW"), QStringLiteral("Maatschappelijk werk"),
         QStringLiteral("Social work")},
        {QStringLiteral("ZB"), QStringLiteral("Zorgbemiddelaar"),
         QStringLiteral("Care coordinator")},
        {QStringLiteral("VT"), QStringLiteral("Vaktherapeut"), QStringLiteral("Arts therapist")},
    };
}

// The name a Practitioner or Organization is shown by.
QString nameOf(const Resource &resource) {
    if (resource.type() == QLatin1String("Organization"))
        return resource.string(QStringLiteral("name"));
    return displayName(preferredName(resource.array(QStringLiteral("name"))));
}

QString firstPhone(const Resource &resource) {
    for (const auto &value : resource.array(QStringLiteral("telecom"))) {
        const QJsonObject element = value.toObject();
        if (field(element, "system") == QLatin1String("phone"))
            return field(element, "value");
    }
    return {};
}

bool mentionsPharmacy(const QString &text) {
    return text.contains(QLatin1String("pharmacy"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("apotheek"), Qt::CaseInsensitive);
}

// docs/fhir.md: the pharmacy is the Organization whose type says `pharmacy`; the type's
// text, a code or a display saying so (e.g. the AGB "Openbare apotheek") all count.
bool isPharmacy(const Resource &organization) {
    for (const auto &value : organization.array(QStringLiteral("type"))) {
        const QJsonObject type = value.toObject();
        if (mentionsPharmacy(field(type, "text")))
            return true;
        for (const auto &coding : type.value(QLatin1String("coding")).toArray())
            if (mentionsPharmacy(field(coding.toObject(), "code")) ||
                mentionsPharmacy(field(coding.toObject(), "display")))
                return true;
    }
    return false;
}

// The resource a reference points at among `included`, with the reference's own display
// when the server did not include it.
Resource resolve(const QJsonObject &reference, const ResourceIndex &included, const QString &type) {
    const QString id = referencedId(reference, type);
    return id.isEmpty() ? Resource() : included.value(type + QLatin1Char('/') + id);
}

QString addressLine(const QJsonObject &address) {
    QStringList lines;
    for (const auto &line : address.value(QLatin1String("line")).toArray())
        lines.append(line.toString());
    if (lines.isEmpty())
        return field(address, "text");
    return lines.join(QStringLiteral(", "));
}

QJsonObject homeAddress(const QJsonArray &addresses) {
    for (const auto &value : addresses)
        if (field(value.toObject(), "use") == QLatin1String("home"))
            return value.toObject();
    return addresses.isEmpty() ? QJsonObject() : addresses.first().toObject();
}

} // namespace

DossierOverview dossierOverview(const Resource &patient, const ResourceIndex &included) {
    DossierOverview overview;
    // A patient the server gave is the record; the reports and plans are searched apart.
    overview.available = !patient.isEmpty();
    overview.kinds = reportKinds();
    overview.disciplines = disciplines();
    if (!overview.available)
        return overview;

    DossierGeneral &general = overview.general;
    const QJsonObject address = homeAddress(patient.array(QStringLiteral("address")));
    general.address = addressLine(address);
    general.postcode = field(address, "postalCode");
    general.city = field(address, "city");
    general.birthDate = QDate::fromString(patient.string(QStringLiteral("birthDate")), Qt::ISODate);

    for (const auto &value : patient.array(QStringLiteral("generalPractitioner"))) {
        const QJsonObject reference = value.toObject();
        const QString display = field(reference, "display");
        if (const Resource organization =
                resolve(reference, included, QStringLiteral("Organization"));
            !organization.isEmpty()) {
            if (isPharmacy(organization)) {
                general.pharmacyName = nameOf(organization);
                general.pharmacyPhone = firstPhone(organization);
            } else if (general.gpName.isEmpty()) { // a GP practice registered as organisation
                general.gpName = nameOf(organization);
                general.gpPhone = firstPhone(organization);
            }
            continue;
        }
        Resource practitioner = resolve(reference, included, QStringLiteral("Practitioner"));
        if (const Resource role = resolve(reference, included, QStringLiteral("PractitionerRole"));
            !role.isEmpty()) {
            practitioner = resolve(role.object(QStringLiteral("practitioner")), included,
                                   QStringLiteral("Practitioner"));
            if (general.gpName.isEmpty()) {
                general.gpPhone = firstPhone(role);
                general.gpName = practitioner.isEmpty()
                                     ? field(role.object(QStringLiteral("practitioner")), "display")
                                     : nameOf(practitioner);
                if (general.gpPhone.isEmpty() && !practitioner.isEmpty())
                    general.gpPhone = firstPhone(practitioner);
            }
            continue;
        }
        if (!practitioner.isEmpty()) {
            if (general.gpName.isEmpty()) {
                general.gpName = nameOf(practitioner);
                general.gpPhone = firstPhone(practitioner);
            }
            continue;
        }
        // Not included: its display is all there is.
        if (referencedId(reference, QStringLiteral("Organization")).isEmpty() ||
            !mentionsPharmacy(display)) {
            if (general.gpName.isEmpty())
                general.gpName = display;
        } else if (general.pharmacyName.isEmpty()) {
            general.pharmacyName = display;
        }
    }
    return overview;
}

Result<DossierReport> dossierReport(const Resource &composition, const ResourceIndex &included) {
    if (composition.id().isEmpty())
        return badResponse(QStringLiteral("Composition without id"));
    const QDateTime writtenAt = dateTime(composition.string(QStringLiteral("date")));
    if (!writtenAt.isValid())
        return badResponse(QStringLiteral("Composition/%1 without date").arg(composition.id()));

    DossierReport report;
    report.id = composition.id();
    report.writtenAt = writtenAt;
    report.title = composition.string(QStringLiteral("title"));
    const QJsonObject type = composition.object(QStringLiteral("type"));
    report.kind = codeIn(type, codeSystem(QStringLiteral("report-kind")));

    // The author: a PractitionerRole (discipline and practitioner), else a Practitioner.
    const QJsonArray authors = composition.array(QStringLiteral("author"));
    const QJsonObject author = authors.isEmpty() ? QJsonObject() : authors.first().toObject();
    report.author = field(author, "display");
    if (const Resource role = resolve(author, included, QStringLiteral("PractitionerRole"));
        !role.isEmpty()) {
        for (const auto &value : role.array(QStringLiteral("code"))) {
            report.discipline = codeIn(value.toObject(), codeSystem(QStringLiteral("discipline")));
            if (!report.discipline.isEmpty())
                break;
        }
        const QJsonObject practitionerReference = role.object(QStringLiteral("practitioner"));
        const Resource practitioner =
            resolve(practitionerReference, included, QStringLiteral("Practitioner"));
        if (!practitioner.isEmpty())
            report.author = nameOf(practitioner);
        else if (report.author.isEmpty())
            report.author = field(practitionerReference, "display");
    } else if (const Resource practitioner =
                   resolve(author, included, QStringLiteral("Practitioner"));
               !practitioner.isEmpty()) {
        report.author = nameOf(practitioner);
    }

    QStringList texts;
    for (const auto &value : composition.array(QStringLiteral("section"))) {
        const QString text =
            plainText(field(value.toObject().value(QLatin1String("text")).toObject(), "div"));
        if (!text.isEmpty())
            texts.append(text);
    }
    report.text = texts.join(QStringLiteral("\n\n"));
    return report;
}

namespace {

QList<CareAction> actionsFor(const Resource &plan, const QString &goalId, bool onlyGoal) {
    QList<CareAction> actions;
    const QJsonArray activities = plan.array(QStringLiteral("activity"));
    for (qsizetype i = 0; i < activities.size(); ++i) {
        const QJsonObject activity = activities.at(i).toObject();
        const QJsonObject detail = activity.value(QLatin1String("detail")).toObject();
        const QJsonArray goals = detail.value(QLatin1String("goal")).toArray();
        bool belongs = goals.isEmpty() && onlyGoal; // the plan's one goal owns the rest
        for (const auto &goal : goals)
            belongs = belongs || referencedId(goal.toObject(), QStringLiteral("Goal")) == goalId;
        if (!belongs)
            continue;
        QString description = field(detail, "description");
        if (description.isEmpty())
            description = conceptText(detail.value(QLatin1String("code")).toObject());
        const QString id = field(activity, "id");
        actions.append({id.isEmpty() ? QStringLiteral("%1-activity-%2").arg(plan.id()).arg(i) : id,
                        description, field(detail, "scheduledString")});
    }
    return actions;
}

} // namespace

Result<QList<CareGoal>> careGoals(const QList<Resource> &carePlans, const ResourceIndex &included) {
    QList<CareGoal> goals;
    for (const Resource &plan : carePlans) {
        if (plan.id().isEmpty())
            return badResponse(QStringLiteral("CarePlan without id"));
        QString careQuestion = plan.string(QStringLiteral("title"));
        if (careQuestion.isEmpty())
            careQuestion = plan.string(QStringLiteral("description"));
        const QJsonArray goalReferences = plan.array(QStringLiteral("goal"));
        for (const auto &value : goalReferences) {
            const QJsonObject reference = value.toObject();
            const QString goalId = referencedId(reference, QStringLiteral("Goal"));
            if (goalId.isEmpty())
                continue; // a contained or logical reference: nothing the portal can list
            const Resource goal = included.value(QStringLiteral("Goal/") + goalId);
            QString title = conceptText(goal.object(QStringLiteral("description")));
            if (title.isEmpty())
                title = field(reference, "display");
            if (title.isEmpty())
                continue; // a goal with nothing to show
            const QList<CareAction> actions = actionsFor(plan, goalId, goalReferences.size() == 1);
            // A goal several plans share is one goal with the actions of all of them.
            auto existing = std::find_if(goals.begin(), goals.end(),
                                         [&goalId](const CareGoal &g) { return g.id == goalId; });
            if (existing != goals.end()) {
                existing->actions.append(actions);
                continue;
            }
            goals.append({goalId, title, careQuestion, actions});
        }
        // A plan without goals still shows its care question and actions, as its own goal.
        if (goalReferences.isEmpty() && !careQuestion.isEmpty())
            goals.append({plan.id(), careQuestion, plan.string(QStringLiteral("description")),
                          actionsFor(plan, {}, true)});
    }
    return goals;
}

} // namespace careportal::fhir
