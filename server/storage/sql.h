#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

// Small helpers the storage classes share; nothing outside storage/ includes this.
namespace careportal::server {

/// Seconds since the epoch for the INTEGER *_utc columns; NULL for an invalid time.
[[nodiscard]] QVariant epoch(const QDateTime &time);
[[nodiscard]] QDateTime fromEpoch(const QVariant &value);
/// "" for a null QString: Qt binds a null QString as SQL NULL, which the NOT NULL text
/// columns refuse.
[[nodiscard]] QString notNull(const QString &text);
/// Prepares, binds `values` in order and runs; logs failures so callers can stay short.
[[nodiscard]] bool run(QSqlQuery &query, const QString &sql, const QVariantList &values);

} // namespace careportal::server
