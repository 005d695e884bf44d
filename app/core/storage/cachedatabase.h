#pragma once

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcDb)

namespace careportal {

/// The local SQLite cache: one file, readable by the user only, WAL, numbered migrations
/// (PRAGMA user_version, one step per function, each in a transaction). A schema newer
/// than this app is refused rather than overwritten. It never holds tokens or passwords.
class CacheDatabase {
public:
    enum class OpenResult { Ok, Failed, SchemaTooNew };

    /// `path` ":memory:" keeps everything in memory (no keychain, kiosk, tests).
    explicit CacheDatabase(QString path);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    [[nodiscard]] OpenResult open();
    [[nodiscard]] QSqlDatabase database() const;
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] QString path() const { return m_path; }
    /// Removes every cached row (logout): nothing of the user is left behind.
    void wipe();

    /// Small cached documents (organisation, account profile) by key; never secrets.
    void storeValue(const QString &key, const QByteArray &value);
    [[nodiscard]] QByteArray value(const QString &key) const;

    static constexpr int latestVersion = 1;

private:
    bool migrate(int from);
    bool migrateTo1();
    bool exec(const QString &statement);

    QString m_path;
    QString m_connectionName;
};

} // namespace careportal
