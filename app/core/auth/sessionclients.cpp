// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Session's clients: whom the account may act for, and which one it acts for now.

#include "auth/session.h"

#include <algorithm>

namespace careportal {

const ClientRef *Session::currentClient() const {
    if (m_account.clients.size() == 1)
        return &m_account.clients.first();
    for (const ClientRef &client : m_account.clients) {
        if (client.id == m_chosenClientId)
            return &client;
    }
    return nullptr; // several and none chosen: every request waits for the choice
}

QString Session::clientId() const {
    const ClientRef *client = currentClient();
    return client ? client->id : QString();
}

QString Session::clientName() const {
    const ClientRef *client = currentClient();
    return client ? client->displayName : QString();
}

QStringList Session::rights() const {
    if (m_account.kind == Account::Kind::Business)
        return m_business->rightNames();
    const ClientRef *client = currentClient();
    return client ? client->rights : QStringList();
}

QVariantList Session::clientsForQml() const {
    QVariantList list;
    for (const ClientRef &client : m_account.clients)
        list.append(QVariantMap{{QStringLiteral("id"), client.id},
                                {QStringLiteral("displayName"), client.displayName},
                                {QStringLiteral("relation"), client.relation},
                                {QStringLiteral("relationText"), relationText(client.relation)}});
    return list;
}

QString Session::relationText(const QString &relation) const {
    // How the account relates to the client, as the chooser says it to the user.
    if (relation == QLatin1String("self"))
        return tr("Uw eigen gegevens");
    if (relation == QLatin1String("representative"))
        return tr("U bent wettelijk vertegenwoordiger");
    if (relation == QLatin1String("contact"))
        return tr("U bent gemachtigde contactpersoon");
    return relation;
}

bool Session::needsClientChoice() const {
    return m_account.clients.size() > 1 && !currentClient();
}

bool Session::actsForOthers() const {
    return m_account.clients.size() > 1 ||
           (m_account.clients.size() == 1 &&
            m_account.clients.first().relation != QLatin1String("self"));
}

void Session::chooseClient(const QString &clientId) {
    const bool known = std::any_of(m_account.clients.cbegin(), m_account.clients.cend(),
                                   [&](const ClientRef &c) { return c.id == clientId; });
    if (!known || clientId == this->clientId())
        return;
    m_chosenClientId = clientId;
    Q_EMIT accountChanged(); // the models drop the previous client's data and start afresh
}

void Session::switchClient() {
    if (m_account.clients.size() < 2 || m_chosenClientId.isEmpty())
        return;
    m_chosenClientId.clear();
    Q_EMIT accountChanged();
}

} // namespace careportal
