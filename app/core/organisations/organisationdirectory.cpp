// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "organisations/organisationdirectory.h"

#include <QCollator>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <algorithm>

Q_LOGGING_CATEGORY(lcOrganisations, "careportal.organisations")

namespace careportal {

namespace {

// A directory is a short list; anything this large is not one.
constexpr qint64 kMaxFileBytes = qint64{1024} * 1024;

QString translated(const char *text) {
    return QCoreApplication::translate("careportal::OrganisationDirectory", text);
}

} // namespace

OrganisationProfile OrganisationEntry::toProfile() const {
    OrganisationProfile profile;
    profile.serverUrl = serverUrl;
    profile.organisationName = name;
    profile.fingerprint = fingerprint;
    return profile;
}

bool OrganisationEntry::matches(const QString &filter) const {
    const QString haystack = OrganisationDirectory::folded(name + QLatin1Char(' ') + place);
    const QStringList words =
        OrganisationDirectory::folded(filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

QString OrganisationDirectory::folded(const QString &text) {
    // Decomposed, "ë" is "e" followed by a combining diaeresis: drop the marks.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        result.append(c.isSpace() ? QLatin1Char(' ') : c);
    }
    return result.toCaseFolded();
}

QString OrganisationDirectory::locate(const QString &installerFile) {
    if (!installerFile.isEmpty())
        return installerFile;
    const QString installed = QStandardPaths::locate(
        QStandardPaths::GenericConfigLocation, QStringLiteral("careportal/organisations.json"));
    return installed.isEmpty() ? kShippedFile : installed;
}

OrganisationDirectory OrganisationDirectory::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        OrganisationDirectory directory;
        directory.m_path = path;
        directory.m_error =
            translated("De lijst met organisaties (%1) kan niet worden gelezen.").arg(path);
        qCWarning(lcOrganisations).noquote() << "Cannot read the organisation list" << path;
        return directory;
    }
    return parse(file.readAll(), path);
}

OrganisationDirectory OrganisationDirectory::parse(const QByteArray &json, const QString &path) {
    OrganisationDirectory directory;
    directory.m_path = path;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonValue list = document.object().value(QLatin1String("organisations"));
    if (parseError.error != QJsonParseError::NoError || !list.isArray()) {
        directory.m_error =
            translated("De lijst met organisaties (%1) is beschadigd of heeft een onbekende vorm.")
                .arg(path);
        qCWarning(lcOrganisations).noquote()
            << "The organisation list" << path << "is not a JSON object with an "
            << "\"organisations\" array:"
            << (parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                             : QStringLiteral("no list"));
        return directory;
    }
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        OrganisationEntry entry{
            object.value(QLatin1String("name")).toString().simplified(),
            object.value(QLatin1String("place")).toString().simplified(),
            QUrl(object.value(QLatin1String("serverUrl")).toString(), QUrl::StrictMode),
            object.value(QLatin1String("fingerprint")).toString().trimmed()};
        const QString problem =
            entry.name.isEmpty() ? QStringLiteral("it has no name") : entry.toProfile().validate();
        if (!problem.isEmpty()) {
            qCWarning(lcOrganisations).noquote()
                << "Organisation" << i + 1 << "in" << path << "left out:" << problem;
            continue;
        }
        directory.m_entries.append(entry);
    }
    QCollator collator{QLocale(QLocale::Dutch, QLocale::Netherlands)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(directory.m_entries.begin(), directory.m_entries.end(),
                     [&collator](const OrganisationEntry &a, const OrganisationEntry &b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
    return directory;
}

} // namespace careportal
