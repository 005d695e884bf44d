// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exportfile.h"

#include <QLoggingCategory>
#include <QSaveFile>

namespace careportal {

Q_LOGGING_CATEGORY(lcExport, "careportal.export")

ExportFile::ExportFile(QString path)
    : m_path(std::move(path)) {}

QString ExportFile::messageFor(QFileDevice::FileError error) {
    switch (error) {
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        return tr("Het bestand kon niet worden opgeslagen: in deze map mag CarePortal niet "
                  "schrijven, of de map bestaat niet. Kies een andere map, bijvoorbeeld "
                  "Documenten.");
    case QFileDevice::ResourceError:
        return tr("Het bestand kon niet worden opgeslagen: de schijf is vol. Maak ruimte vrij "
                  "of kies een andere plek, bijvoorbeeld een USB-stick.");
    default:
        return tr("Het bestand kon niet worden opgeslagen. Probeer het nog eens of kies een "
                  "andere plek.");
    }
}

bool ExportFile::write(const QByteArray &content) {
    return write(
        [&content](QIODevice *device) { return device->write(content) == content.size(); });
}

bool ExportFile::write(const std::function<bool(QIODevice *)> &writeContent) {
    m_errorMessage.clear();
    QSaveFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::WriteOnly)) {
        // The path stays out of the log: it may hold the user's name.
        qCWarning(lcExport) << "cannot open the export file:" << file.error();
        m_errorMessage = messageFor(m_path.isEmpty() ? QFileDevice::OpenError : file.error());
        return false;
    }
    const bool written = writeContent(&file);
    const QFileDevice::FileError writeError = file.error();
    if (!written || writeError != QFileDevice::NoError) {
        file.cancelWriting(); // the temporary file goes, the target is untouched
        qCWarning(lcExport) << "cannot write the export file:" << writeError;
        m_errorMessage =
            messageFor(writeError != QFileDevice::NoError ? writeError : QFileDevice::WriteError);
        return false;
    }
    if (!file.commit()) {
        qCWarning(lcExport) << "cannot save the export file:" << file.error();
        m_errorMessage = messageFor(file.error());
        return false;
    }
    return true;
}

} // namespace careportal
