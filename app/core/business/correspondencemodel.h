// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "business/businesslistmodel.h"

namespace careportal {

/// "Mijn correspondentie": the answers to the contact's questions about projects, newest
/// first. Home lists the unread ones; opening one marks it read on the server (a read
/// marker, not through the outbox: one that did not arrive is made again next time).
// The base is spelled with its namespace: Qt 6.4's qmltyperegistrar does not resolve it otherwise.
class CorrespondenceModel : public careportal::BusinessListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Business.correspondence")
    /// The answers not opened yet.
    Q_PROPERTY(int unread READ unread NOTIFY unreadChanged)
public:
    CorrespondenceModel(Session *session, CareBackend *backend, LanguageSettings *language,
                        QObject *parent = nullptr);

    [[nodiscard]] int unread() const;
    /// The contact opened the answer `id`.
    Q_INVOKABLE void markRead(const QString &id);

Q_SIGNALS:
    void unreadChanged();

protected:
    void fetch(const QString &orgId) override;
    void rebuildRows() override;
    [[nodiscard]] QList<QByteArray> derivedRoleNames() const override;
    [[nodiscard]] QVariant derived(const BusinessRecord &record, int which) const override;
};

} // namespace careportal
