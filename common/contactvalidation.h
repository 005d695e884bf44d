// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace careportal {

/// Checks on what a client types about people and ways to reach them: phone numbers (Dutch
/// and international), e-mail addresses and free text with a length limit. The app checks
/// while the user types, the server checks again; both use this class, so they never
/// disagree and the sentences the user reads are the same whichever side caught it.
class ContactValidation {
public:
    enum class Issue { None, Required, TooLong, Phone, Email, UnknownOption };

    /// Dutch numbers with 10 digits starting with 0 (06-12345678, 020 123 4567), or
    /// international ones as +<country><number> / 00<country><number> with 8 to 15 digits.
    /// Spaces, dashes, dots and brackets around area codes are allowed.
    [[nodiscard]] static Issue checkPhone(const QString &text, bool required);
    /// One address of the form local@domain.tld, at most 254 characters, no spaces.
    [[nodiscard]] static Issue checkEmail(const QString &text, bool required);
    /// Free text of several lines (remarks, messages): required or not, at most `maxLength`
    /// characters after trimming, no control or format character except the new line.
    [[nodiscard]] static Issue checkText(const QString &text, int maxLength, bool required);
    /// One line of text (names, a remark beside a number): as checkText, without new lines.
    [[nodiscard]] static Issue checkLine(const QString &text, int maxLength, bool required);
    /// True when `text` holds a character that no field of ours needs and that can deceive
    /// or disturb whoever reads it: control characters (Unicode Cc: NUL, backspace, escape
    /// sequences of terminals; a new line only when `newLines` is false), format characters
    /// (Cf: right-to-left overrides such as U+202E, zero-width spaces and joiners such as
    /// U+200B), line and paragraph separators, and halves of surrogate pairs.
    [[nodiscard]] static bool hasUnsafeCharacters(const QString &text, bool newLines);
    /// The same judgement for one code point.
    [[nodiscard]] static bool isUnsafeCharacter(char32_t code, bool newLines);

    /// Stable code of an issue for the API's field errors, e.g. "phone".
    [[nodiscard]] static QString codeName(Issue issue);
    /// The sentence for the user, in "nl" or "en". `maxLength` fills in TooLong.
    [[nodiscard]] static QString message(Issue issue, const QString &language, int maxLength = 0);

    static constexpr int kEmailMaxLength = 254;
    static constexpr int kPhoneMaxLength = 32;
};

/// The kinds of contact detail of seed 001, as the API names them.
class ContactDetailKinds {
public:
    [[nodiscard]] static QStringList all();
    [[nodiscard]] static bool isKnown(const QString &kind) { return all().contains(kind); }
    [[nodiscard]] static bool isEmail(const QString &kind);
    /// The check that applies to the value of a detail of this kind.
    [[nodiscard]] static ContactValidation::Issue checkValue(const QString &kind,
                                                             const QString &value);
};

} // namespace careportal
