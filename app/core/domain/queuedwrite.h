// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace careportal {

/// One change the user made, as the outbox keeps it until the server has it: what
/// (kind, operation, client, item), the fields as the API names them, the version the
/// user edited (If-Match) and the Idempotency-Key made when it was queued. The key is
/// what lets a write be sent again after a lost answer or a crash without doubling.
struct QueuedWrite {
    /// The last three are a business contact's: `clientId` is then the organisation's id.
    /// BusinessContact is the own contact (an update of `targetId`, the own contact id),
    /// ProjectQuestion a question about the project `targetId`.
    enum class Kind {
        Absence,
        ContactRequest,
        ContactDetail,
        ContactPerson,
        BusinessContact,
        BusinessColleague,
        ProjectQuestion
    };
    enum class Operation { Create, Update, Delete };

    Kind kind = Kind::Absence;
    Operation operation = Operation::Create;
    QString clientId; ///< The client, or the business organisation, the write is for.
    QString targetId; ///< The item changed or deleted; empty for a create (but see Kind).
    QJsonObject fields;
    QByteArray ifMatch;
    QString idempotencyKey;

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static QueuedWrite fromJson(const QJsonObject &json);
    /// A new random Idempotency-Key (a UUID).
    [[nodiscard]] static QString newKey();
    [[nodiscard]] static QString kindName(Kind kind);
};

/// What the server said to a delivered write: the item as stored (empty for a delete), and
/// whether it was the answer to an earlier attempt with the same key.
struct WriteReceipt {
    QJsonObject item;
    bool replayed = false;
};

} // namespace careportal
