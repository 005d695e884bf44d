#pragma once

#include "contact.h"
#include "futureresult.h"
#include "result.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace careportal {

class LanguageSettings;
class Session;

/// What every list of the current client's data shares: it loads when its page asks
/// (reload()), empties on logout and on a client switch, shows loading / ready / error states, and
/// reports the outcome of a save or remove with signals a form can bind to. Answers that arrive
/// after a logout or a client switch are dropped.
class ClientListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Base class of the client's lists")
    Q_PROPERTY(Status status READ status NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
public:
    enum class Status { Idle, Loading, Ready, Error };
    Q_ENUM(Status)

    [[nodiscard]] Status status() const { return m_status; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] bool busy() const { return m_busy; }

    /// Fetches the list again (the retry of the error state).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void statusChanged();
    void busyChanged();
    /// A save or remove was stored by the server; the list shows it.
    void saved();
    /// The server (or the network) refused a save or remove. `fieldErrors` maps field
    /// names to the sentence to show there; `message` is for the whole form.
    void saveFailed(const QVariantMap &fieldErrors, const QString &message);

protected:
    ClientListModel(Session *session, LanguageSettings *language, QObject *parent);

    /// reload() for a changed question (another filter): answers still on their way to the
    /// old one are dropped, so a late one cannot overwrite the new list.
    void reloadDroppingPending();

    /// Starts the fetch for `clientId`; call loaded() or failed() with its outcome.
    virtual void fetch(const QString &clientId);
    /// Forgets every row (logout, client switch).
    virtual void clear();
    /// A load step failed (the status is now Error); undo any half-started state.
    virtual void loadFailed() {}

    [[nodiscard]] QString clientId() const;
    [[nodiscard]] QString language() const;
    [[nodiscard]] LanguageSettings *languageSettings() const { return m_language; }

    /// Runs `future` and hands its value to `apply` if the model still shows the same client
    /// and session; otherwise drops it. Errors go to failed() (loads) or saveFailed (writes).
    /// `lastStep` false: a first step of a load (the list stays "loading" after it).
    template <typename T, typename Apply>
    void whenLoaded(const QFuture<Result<T>> &future, Apply apply, bool lastStep = true) {
        const int generation = m_generation;
        onResult(future, this, [this, generation, apply, lastStep](const Result<T> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                failed(result.error());
                return;
            }
            apply(result.value());
            if (lastStep)
                setStatus(Status::Ready, {});
        });
    }

    template <typename T, typename Apply>
    void whenWritten(const QFuture<Result<T>> &future, Apply apply) {
        const int generation = m_generation;
        setBusy(true);
        onResult(future, this, [this, generation, apply](const Result<T> &result) {
            if (generation != m_generation)
                return;
            setBusy(false);
            if (!result.ok()) {
                writeFailed(result.error());
                return;
            }
            apply(result.value());
            Q_EMIT saved();
        });
    }

    /// Replaces the row with `item`'s id, or appends it: the list changes in place, so the
    /// view keeps its scroll position.
    template <typename T> void upsert(QList<T> &rows, const T &item) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == item.id) {
                rows[i] = item;
                Q_EMIT dataChanged(index(static_cast<int>(i)), index(static_cast<int>(i)));
                return;
            }
        }
        const int row = static_cast<int>(rows.size());
        beginInsertRows({}, row, row);
        rows.append(item);
        endInsertRows();
    }

    template <typename T> void removeById(QList<T> &rows, const QString &id) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id) {
                beginRemoveRows({}, static_cast<int>(i), static_cast<int>(i));
                rows.removeAt(i);
                endRemoveRows();
                return;
            }
        }
    }

    /// A server-served list as [{code, label}] in the current language, for a ComboBox.
    [[nodiscard]] QVariantList optionsForQml(const QList<LabelledOption> &options) const;
    /// The label of `code` in `options`, or the code itself when the list does not know it.
    [[nodiscard]] QString optionLabel(const QList<LabelledOption> &options,
                                      const QString &code) const;
    /// The row as a map of its role names, for a detail page; empty for row < 0.
    [[nodiscard]] QVariantMap rowAsMap(int row) const;
    /// The row of the item with `id` in `rows`, or -1.
    template <typename T> [[nodiscard]] static int rowOf(const QList<T> &rows, const QString &id) {
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).id == id)
                return static_cast<int>(i);
        }
        return -1;
    }

    /// A write runs (the form shows it and refuses a second one).
    void setBusy(bool busy);
    /// Starts a write only when none runs (a double tap must not send twice).
    [[nodiscard]] bool canWrite() const { return !m_busy && !clientId().isEmpty(); }

private:
    void failed(const ApiError &error);
    void writeFailed(const ApiError &error);
    void setStatus(Status status, const QString &errorMessage);
    void onSessionChanged();

    Session *m_session;
    LanguageSettings *m_language;
    Status m_status = Status::Idle;
    QString m_errorMessage;
    bool m_busy = false;
    int m_generation = 0;
};

} // namespace careportal
