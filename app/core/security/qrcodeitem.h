// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace careportal {

/// A QR code of `text` (libqrencode, error correction M), black on white with the quiet
/// zone the standard asks for, drawn sharp at any size. For the otpauth:// link that an
/// authenticator app scans.
class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_NAMED_ELEMENT(QrCode)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    /// Modules per side including the quiet zone; 0 when `text` could not be encoded.
    Q_PROPERTY(int modules READ modules NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] int modules() const { return m_code.isNull() ? 0 : m_code.width(); }
    /// One pixel per module, quiet zone included (also for tests).
    [[nodiscard]] static QImage encode(const QString &text);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QImage m_code;
};

} // namespace careportal
