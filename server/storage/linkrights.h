// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace careportal::server {

/// The parts of a client's portal an account-client link opens (seed 002). The client's own
/// account and a legal representative have every part; an authorised contact person has
/// what staff chose for that link, by default everything but the medical dossier and the
/// access log. Each /clients/{id}/... route names the part it serves.
enum class LinkRight {
    Planning,        // appointments
    ContactDetails,  // the client's own phone numbers and e-mail addresses
    ContactPersons,  // contact-persons
    ContactRequests, // contact-requests
    Absences,        // absences
    Dossier,         // dossier, dossier/reports, dossier/care-plan
    AccessLog,       // access-log (NEN 7513: who viewed the client's data)
};

class LinkRights {
public:
    LinkRights() = default;

    [[nodiscard]] static LinkRights all();
    /// A new or migrated "contact" link: no dossier, no access log.
    [[nodiscard]] static LinkRights contactDefault();
    /// all() for "self" and "representative", contactDefault() otherwise.
    [[nodiscard]] static LinkRights defaultFor(const QString &relation);
    /// Whether staff may choose this relation's parts (only "contact").
    [[nodiscard]] static bool isChoosable(const QString &relation);

    /// Names as staff type them and the API shows them: comma separated, or "none". Nullopt
    /// when a name is unknown (listed in `unknown`).
    [[nodiscard]] static std::optional<LinkRights> parse(const QString &list,
                                                         QStringList *unknown = nullptr);
    /// The stored form (comma separated names); unknown names in it are ignored.
    [[nodiscard]] static LinkRights fromStored(const QString &stored);

    [[nodiscard]] bool has(LinkRight right) const;
    /// The names in a fixed order.
    [[nodiscard]] QStringList names() const;
    /// The stored form: the names comma separated; never a null string (that would be NULL).
    [[nodiscard]] QString toStored() const;
    /// For staff: the names, or "none".
    [[nodiscard]] QString display() const;
    [[nodiscard]] static QString name(LinkRight right);
    /// Every name, in order (usage texts, error messages).
    [[nodiscard]] static QStringList allNames();

    friend bool operator==(const LinkRights &a, const LinkRights &b) {
        return a.m_bits == b.m_bits;
    }

private:
    explicit LinkRights(unsigned bits)
        : m_bits(bits) {}
    unsigned m_bits = 0;
};

} // namespace careportal::server
