// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

namespace careportal {

class CareBackend;
class LanguageSettings;
class Session;
struct InvoicePdf;

/// An invoice's PDF, opened in the desktop's PDF viewer or saved where the user chooses.
/// The server sends it with no-store and the app never caches it: to open it, it is
/// written to a private folder in the session's runtime directory that is removed at
/// logout (the kiosk's idle logout too) and when the app ends. On a kiosk it is neither
/// opened nor saved: a viewer window would outlive the idle logout, a saved file the
/// session; the invoice's detail page shows its lines instead.
class InvoiceDocuments : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Business.invoiceDocuments")
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    InvoiceDocuments(Session *session, CareBackend *backend, LanguageSettings *language, bool kiosk,
                     QObject *parent = nullptr);
    ~InvoiceDocuments() override;

    [[nodiscard]] bool available() const { return !m_kiosk; }
    [[nodiscard]] bool busy() const { return m_busy; }

    /// Fetches the PDF and hands it to the desktop's viewer; opened() or failed().
    Q_INVOKABLE void open(const QString &invoiceId);
    /// Fetches the PDF and writes it to `target` (from a save dialog); saved() or failed().
    Q_INVOKABLE void save(const QString &invoiceId, const QUrl &target);
    /// "factuur-F2026-0500.pdf", the name a save dialog proposes.
    Q_INVOKABLE [[nodiscard]] static QString suggestedName(const QString &number);
    /// suggestedName() in the user's Documents folder (the home folder when there is none):
    /// where the save dialog starts.
    Q_INVOKABLE [[nodiscard]] static QUrl suggestedFile(const QString &number);
    /// The folder the opened PDFs are in while the session lasts (empty when none).
    [[nodiscard]] QString openedFolder() const;

Q_SIGNALS:
    void busyChanged();
    void opened();
    void saved(const QString &path);
    void failed(const QString &message);

private:
    void fetch(const QString &invoiceId, const std::function<void(const InvoicePdf &)> &use);
    void openPdf(const InvoicePdf &pdf);
    void forgetOpened();
    void setBusy(bool busy);

    Session *m_session;
    CareBackend *m_backend;
    LanguageSettings *m_language;
    bool m_kiosk;
    bool m_busy = false;
    quint64 m_generation = 0; ///< Bumped at logout: a PDF arriving after it is dropped.
    std::unique_ptr<QTemporaryDir> m_opened;
};

} // namespace careportal
