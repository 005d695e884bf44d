// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QFileDevice>
#include <QString>
#include <functional>

class QIODevice;

namespace careportal {

/// One file the user asked to save (an export, a printout), written atomically: the
/// content goes to a temporary file next to it that replaces the target only when every
/// byte was written. On failure the old file (if any) stays as it was, nothing half-written
/// is left, and errorMessage() says in the user's language what went wrong.
class ExportFile {
    Q_DECLARE_TR_FUNCTIONS(ExportFile)
public:
    explicit ExportFile(QString path);

    /// Writes `content` (raw bytes) to the file; false with errorMessage() on failure.
    bool write(const QByteArray &content);
    /// Lets `writeContent` write to the open file; it returns false when it could not
    /// produce the content, which cancels the file as well.
    bool write(const std::function<bool(QIODevice *)> &writeContent);

    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    /// What the user reads for a file error: permission, disk full, or anything else.
    [[nodiscard]] static QString messageFor(QFileDevice::FileError error);

private:
    QString m_path;
    QString m_errorMessage;
};

} // namespace careportal
