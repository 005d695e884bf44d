// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "security/qrcodeitem.h"

#include <QPainter>
#include <QQuickWindow>
#include <memory>
#include <qrencode.h>

namespace careportal {

namespace {

constexpr int kQuietZone = 4; // modules of white around the code (ISO/IEC 18004)

} // namespace

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent) {
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text) {
    if (m_text == text)
        return;
    m_text = text;
    m_code = encode(text);
    Q_EMIT textChanged();
    update();
}

QImage QrCodeItem::encode(const QString &text) {
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return {};
    const int side = code->width + 2 * kQuietZone;
    QImage image(side, side, QImage::Format_Mono);
    image.fill(1); // colour 1 is white in the table below
    image.setColorTable({qRgb(0, 0, 0), qRgb(255, 255, 255)});
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1) // bit 0: a dark module
                image.setPixel(x + kQuietZone, y + kQuietZone, 0);
    return image;
}

void QrCodeItem::paint(QPainter *painter) {
    if (m_code.isNull())
        return;
    const qreal side = std::min(width(), height());
    // Whole device pixels per module, so no module is blurred or a line thinner.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const int modulePixels = std::max(1, int(side * dpr) / m_code.width());
    const qreal drawn = qreal(modulePixels * m_code.width()) / dpr;
    const QRectF target((width() - drawn) / 2, (height() - drawn) / 2, drawn, drawn);
    painter->fillRect(boundingRect(), Qt::white);
    painter->drawImage(target, m_code);
}

} // namespace careportal
