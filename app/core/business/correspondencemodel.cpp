// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/correspondencemodel.h"

#include "backend/carebackend.h"
#include "util/dateformatter.h"
#include "util/futureresult.h"

#include <algorithm>

namespace careportal {

CorrespondenceModel::CorrespondenceModel(Session *session, CareBackend *backend,
                                         LanguageSettings *language, QObject *parent)
    : BusinessListModel(session, backend, language,
                        {"id", "projectId", "projectName", "question", "askedAt", "answer",
                         "answeredAt", "answeredBy", "read"},
                        parent) {}

int CorrespondenceModel::unread() const {
    return int(std::count_if(shownRows().cbegin(), shownRows().cend(), [](const auto &record) {
        return !record.json.value(QLatin1String("read")).toBool();
    }));
}

void CorrespondenceModel::fetch(const QString &orgId) {
    list(QStringLiteral("business-correspondence"),
         [this, orgId](const QByteArray &etag) { return backend()->correspondence(orgId, etag); });
}

void CorrespondenceModel::markRead(const QString &id) {
    const int row = rowOf(serverRows(), id);
    if (row < 0 || clientId().isEmpty() ||
        serverRows().at(row).json.value(QLatin1String("read")).toBool())
        return;
    const QString orgId = clientId();
    // A marker that did not arrive leaves the list as it is (no error state): the answer
    // stays unread and is marked again when opened next.
    onResult(backend()->markCorrespondenceRead(orgId, id), this,
             [this, orgId](const Result<BusinessRecord> &result) {
                 if (!result.ok() || orgId != clientId())
                     return;
                 QList<BusinessRecord> rows = serverRows();
                 const int at = rowOf(rows, result.value().id);
                 if (at >= 0)
                     rows[at] = result.value();
                 setServerRows(rows);
                 refreshQuietly(); // the cached list and its ETag follow the server
             });
}

void CorrespondenceModel::rebuildRows() {
    BusinessListModel::rebuildRows();
    Q_EMIT unreadChanged();
}

QList<QByteArray> CorrespondenceModel::derivedRoleNames() const {
    return {"askedText", "answeredText"};
}

QVariant CorrespondenceModel::derived(const BusinessRecord &record, int which) const {
    const char *member = which == 0 ? "askedAt" : "answeredAt";
    const QDateTime at =
        QDateTime::fromString(record.json.value(QLatin1String(member)).toString(), Qt::ISODate);
    return at.isValid() ? DateFormatter(language()).dateTimeText(at.toLocalTime()) : QString();
}

} // namespace careportal
