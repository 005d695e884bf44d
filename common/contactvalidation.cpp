// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "contactvalidation.h"

#include <QRegularExpression>

namespace careportal {

bool ContactValidation::isUnsafeCharacter(char32_t code, bool newLines) {
    if (code == U'\n')
        return !newLines;
    switch (QChar::category(code)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

namespace {

// Strips what people write between digits so that "06-12 34 56 78" and "(020) 1234567"
// are judged on their digits.
QString phoneDigits(const QString &text) {
    static const QRegularExpression separators(QStringLiteral("[\\s\\-\\.\\(\\)/]"));
    QString compact = text;
    compact.remove(separators);
    return compact;
}

} // namespace

bool ContactValidation::hasUnsafeCharacters(const QString &text, bool newLines) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        char32_t code = c.unicode();
        // Letters outside the BMP (emoji, for one) come as a surrogate pair; a lone half
        // stays a surrogate and is refused.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            code = QChar::surrogateToUcs4(c, text.at(++i));
        if (isUnsafeCharacter(code, newLines))
            return true;
    }
    return false;
}

ContactValidation::Issue ContactValidation::checkPhone(const QString &text, bool required) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? Issue::Required : Issue::None;
    if (trimmed.size() > kPhoneMaxLength)
        return Issue::TooLong;
    // The pattern below lets any white space through between digits, new lines included.
    if (hasUnsafeCharacters(trimmed, false))
        return Issue::Phone;
    static const QRegularExpression dutch(QStringLiteral("^0[1-9]\\d{8}$"));
    static const QRegularExpression international(QStringLiteral("^(\\+|00)[1-9]\\d{7,14}$"));
    static const QRegularExpression allowed(QStringLiteral("^[+\\d(][\\d\\s\\-\\.\\(\\)/]*$"));
    const QString digits = phoneDigits(trimmed);
    if (!allowed.match(trimmed).hasMatch())
        return Issue::Phone;
    // +31 numbers drop the leading 0: +31 6 12345678 has nine digits after the code.
    if (digits.startsWith(QLatin1String("+31")) || digits.startsWith(QLatin1String("0031"))) {
        const QString national = digits.mid(digits.startsWith(QLatin1Char('+')) ? 3 : 4);
        return dutch.match(QLatin1Char('0') + national).hasMatch() ? Issue::None : Issue::Phone;
    }
    if (dutch.match(digits).hasMatch() || international.match(digits).hasMatch())
        return Issue::None;
    return Issue::Phone;
}

ContactValidation::Issue ContactValidation::checkEmail(const QString &text, bool required) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? Issue::Required : Issue::None;
    if (trimmed.size() > kEmailMaxLength)
        return Issue::TooLong;
    // The shape below excludes white space only: a NUL, a backspace or an escape sequence
    // in the part before the @ would pass it.
    if (hasUnsafeCharacters(trimmed, false))
        return Issue::Email;
    // Deliberately plain: one @, no spaces, a domain with a dot and sane labels. Unicode
    // letters are allowed (internationalised domains and mailboxes exist in the wild).
    static const QRegularExpression shape(
        QStringLiteral("^[^\\s@\"(),:;<>\\[\\]\\\\]+@([\\w](?:[\\w\\-]*[\\w])?\\.)+[\\w]{2,}$"),
        QRegularExpression::UseUnicodePropertiesOption);
    if (!shape.match(trimmed).hasMatch() || trimmed.contains(QLatin1String("..")) ||
        trimmed.startsWith(QLatin1Char('.')) || trimmed.contains(QLatin1String(".@")))
        return Issue::Email;
    return Issue::None;
}

namespace {

ContactValidation::Issue checkFreeText(const QString &text, int maxLength, bool required,
                                       bool newLines) {
    using Issue = ContactValidation::Issue;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? Issue::Required : Issue::None;
    if (trimmed.size() > maxLength)
        return Issue::TooLong;
    return ContactValidation::hasUnsafeCharacters(trimmed, newLines) ? Issue::UnknownOption
                                                                     : Issue::None;
}

} // namespace

ContactValidation::Issue ContactValidation::checkText(const QString &text, int maxLength,
                                                      bool required) {
    return checkFreeText(text, maxLength, required, true);
}

ContactValidation::Issue ContactValidation::checkLine(const QString &text, int maxLength,
                                                      bool required) {
    return checkFreeText(text, maxLength, required, false);
}

QString ContactValidation::codeName(Issue issue) {
    switch (issue) {
    case Issue::None:
        return {};
    case Issue::Required:
        return QStringLiteral("required");
    case Issue::TooLong:
        return QStringLiteral("too-long");
    case Issue::Phone:
        return QStringLiteral("phone");
    case Issue::Email:
        return QStringLiteral("email");
    case Issue::UnknownOption:
        return QStringLiteral("invalid");
    }
    return {};
}

QString ContactValidation::message(Issue issue, const QString &language, int maxLength) {
    const bool en = language == QLatin1String("en");
    switch (issue) {
    case Issue::None:
        return {};
    case Issue::Required:
        return en ? QStringLiteral("Please fill this in.") : QStringLiteral("Vul dit veld in.");
    case Issue::TooLong:
        return (en ? QStringLiteral("This is too long: at most %1 characters.")
                   : QStringLiteral("Dit is te lang: maximaal %1 tekens."))
            .arg(maxLength);
    case Issue::Phone:
        return en ? QStringLiteral("This is not a valid phone number. Use for example "
                                   "06-12345678, 020-1234567 or +32 2 123 45 67.")
                  : QStringLiteral("Dit is geen geldig telefoonnummer. Gebruik bijvoorbeeld "
                                   "06-12345678, 020-1234567 of +32 2 123 45 67.");
    case Issue::Email:
        return en ? QStringLiteral("This is not a valid e-mail address. Use for example "
                                   "naam@voorbeeld.nl.")
                  : QStringLiteral("Dit is geen geldig e-mailadres. Gebruik bijvoorbeeld "
                                   "naam@voorbeeld.nl.");
    case Issue::UnknownOption:
        return en ? QStringLiteral("This choice or text is not allowed.")
                  : QStringLiteral("Deze keuze of tekst is niet toegestaan.");
    }
    return {};
}

QStringList ContactDetailKinds::all() {
    return {QStringLiteral("home-phone"),
            QStringLiteral("mobile-phone"),
            QStringLiteral("email"),
            QStringLiteral("home-phone-private"),
            QStringLiteral("mobile-phone-private"),
            QStringLiteral("email-private")};
}

bool ContactDetailKinds::isEmail(const QString &kind) {
    return kind.startsWith(QLatin1String("email"));
}

ContactValidation::Issue ContactDetailKinds::checkValue(const QString &kind, const QString &value) {
    if (!isKnown(kind))
        return ContactValidation::Issue::UnknownOption;
    return isEmail(kind) ? ContactValidation::checkEmail(value, true)
                         : ContactValidation::checkPhone(value, true);
}

} // namespace careportal
