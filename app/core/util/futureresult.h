// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <utility>

namespace careportal {

/// Calls `callback(result)` on `context`'s thread when `future` has a result.
///
/// Why not QFuture::then(context, ...): in Qt 6.4 a continuation whose context object was
/// destroyed first trips an assertion. Here the watcher is a child of `context`, so when
/// the context goes, the callback silently goes with it. A future cancelled without a
/// result (its promise was destroyed, e.g. at shutdown) calls nothing.
template <typename T, typename Callback>
void onResult(const QFuture<T> &future, QObject *context, Callback &&callback) {
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, callback = std::forward<Callback>(callback)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> done = watcher->future();
                         if (done.resultCount() > 0)
                             callback(done.result());
                     });
    watcher->setFuture(future);
}

} // namespace careportal
