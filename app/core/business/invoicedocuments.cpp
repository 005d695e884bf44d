// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "business/invoicedocuments.h"

#include "auth/session.h"
#include "backend/carebackend.h"
#include "export/exportfile.h"
#include "settings/languagesettings.h"
#include "util/futureresult.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace careportal {

InvoiceDocuments::InvoiceDocuments(Session *session, CareBackend *backend,
                                   LanguageSettings *language, bool kiosk, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_backend(backend)
    , m_language(language)
    , m_kiosk(kiosk) {
    connect(session, &Session::loggedOut, this, &InvoiceDocuments::forgetOpened);
    connect(session, &Session::accountChanged, this, [this] { ++m_generation; });
}

InvoiceDocuments::~InvoiceDocuments() {
    forgetOpened();
}

QString InvoiceDocuments::suggestedName(const QString &number) {
    QString safe = number;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return QStringLiteral("factuur-%1.pdf").arg(safe);
}

QUrl InvoiceDocuments::suggestedFile(const QString &number) {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QDir folder(!documents.isEmpty() && QFileInfo(documents).isDir() ? documents
                                                                           : QDir::homePath());
    return QUrl::fromLocalFile(folder.filePath(suggestedName(number)));
}

QString InvoiceDocuments::openedFolder() const {
    return m_opened ? m_opened->path() : QString();
}

void InvoiceDocuments::open(const QString &invoiceId) {
    fetch(invoiceId, [this](const InvoicePdf &pdf) { openPdf(pdf); });
}

void InvoiceDocuments::save(const QString &invoiceId, const QUrl &target) {
    const QString path = target.toLocalFile();
    if (path.isEmpty())
        return;
    fetch(invoiceId, [this, path](const InvoicePdf &pdf) {
        ExportFile file(path);
        if (file.write(pdf.data))
            Q_EMIT saved(path);
        else
            Q_EMIT failed(file.errorMessage());
    });
}

void InvoiceDocuments::fetch(const QString &invoiceId,
                             const std::function<void(const InvoicePdf &)> &use) {
    const QString orgId = m_session->business()->organisationId();
    if (m_kiosk || m_busy || orgId.isEmpty())
        return;
    setBusy(true);
    const quint64 generation = m_generation;
    onResult(m_backend->invoicePdf(orgId, invoiceId), this,
             [this, generation, use](const Result<InvoicePdf> &result) {
                 if (generation != m_generation)
                     return; // logged out or switched organisation meanwhile
                 setBusy(false);
                 if (result.ok())
                     use(result.value());
                 else
                     Q_EMIT failed(result.error().message(m_language->code()));
             });
}

void InvoiceDocuments::openPdf(const InvoicePdf &pdf) {
    if (!m_opened) {
        // The runtime directory is the user's own and in memory on most systems.
        const QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
        m_opened = std::make_unique<QTemporaryDir>(base + QStringLiteral("/careportal-XXXXXX"));
    }
    const QString name = pdf.fileName.isEmpty() ? QStringLiteral("factuur.pdf") : pdf.fileName;
    const QString path = QDir(m_opened->path()).filePath(name);
    ExportFile file(path);
    if (!m_opened->isValid() || !file.write(pdf.data)) {
        Q_EMIT failed(file.errorMessage().isEmpty()
                          ? tr("De factuur kon niet worden geopend: er is geen tijdelijke map.")
                          : file.errorMessage());
        return;
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        Q_EMIT failed(tr("Er is geen programma om PDF-bestanden te openen. Sla de factuur op "
                         "en open hem later."));
        return;
    }
    Q_EMIT opened();
}

void InvoiceDocuments::forgetOpened() {
    ++m_generation;
    setBusy(false);
    m_opened.reset(); // QTemporaryDir removes the folder and every PDF in it
}

void InvoiceDocuments::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

} // namespace careportal
