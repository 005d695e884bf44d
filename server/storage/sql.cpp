#include "sql.h"

#include "logging/logcategories.h"

#include <QSqlError>

namespace careportal::server {

QVariant epoch(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toSecsSinceEpoch()) : QVariant();
}

QDateTime fromEpoch(const QVariant &value) {
    return value.isNull() ? QDateTime()
                          : QDateTime::fromSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values) {
    if (!query.prepare(sql)) {
        qCWarning(lcDb) << "Prepare failed:" << query.lastError().text() << sql;
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcDb) << "Query failed:" << query.lastError().text() << sql;
        return false;
    }
    return true;
}

} // namespace careportal::server
