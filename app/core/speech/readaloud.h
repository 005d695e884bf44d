// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QTextToSpeech;

namespace careportal {

/// "Voorlezen": speaks a text with Qt TextToSpeech, in the app's language, where this
/// computer has a speech engine. The engine is chosen when this object is made, which is
/// cheap (plugin names only), and started on the first say(): Qt 6.4's speech-dispatcher
/// engine connects at once and blocks for seconds where no speech-dispatcher is installed,
/// so it is only chosen where one is.
class ReadAloud : public QObject {
    Q_OBJECT
    QML_ELEMENT
    /// A speech engine exists here; without one the app shows no "Voorlezen".
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    /// "nl" or "en": the voice to speak with.
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// Why the last say() could not speak (no voice for the language, the engine failed).
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
public:
    /// Chooses from the engines this computer has (QTextToSpeech::availableEngines()).
    explicit ReadAloud(QObject *parent = nullptr);
    /// Speaks with `engine` ("" for none): for tests and for a choice made elsewhere.
    ReadAloud(QString engine, QObject *parent);
    ~ReadAloud() override;
    ReadAloud(const ReadAloud &) = delete;
    ReadAloud &operator=(const ReadAloud &) = delete;

    /// speech-dispatcher (espeak-ng has Dutch voices) where its daemon is installed, else
    /// flite (English voices only), else the engine of Windows (winrt, then sapi) or macOS
    /// (darwin, then macos), else none. Never Qt's "mock" test engine.
    [[nodiscard]] static QString chooseEngine(const QStringList &engines,
                                              bool speechDispatcherInstalled);

    [[nodiscard]] bool available() const { return !m_engineName.isEmpty(); }
    [[nodiscard]] bool speaking() const { return m_speaking; }
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString engineName() const { return m_engineName; }

    /// Stops what is being said and says `text`.
    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void clearError() { setError({}); }

Q_SIGNALS:
    void speakingChanged();
    void languageChanged();
    void errorMessageChanged();

private:
    /// The engine, started on first use; nullptr when there is none.
    QTextToSpeech *speech();
    /// Picks a voice for m_language; false when the engine has none.
    bool chooseVoice();
    void onStateChanged();
    void setSpeaking(bool speaking);
    void setError(const QString &message);

    QString m_engineName;
    QTextToSpeech *m_speech = nullptr;
    QString m_language = QStringLiteral("nl");
    bool m_speaking = false;
    QString m_errorMessage;
};

} // namespace careportal
