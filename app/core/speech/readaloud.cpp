// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "speech/readaloud.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcReadAloud, "careportal.readaloud")

namespace careportal {

namespace {

bool speechDispatcherInstalled() {
    return !QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")).isEmpty();
}

} // namespace

ReadAloud::ReadAloud(QObject *parent)
    : ReadAloud(chooseEngine(QTextToSpeech::availableEngines(), speechDispatcherInstalled()),
                parent) {}

ReadAloud::ReadAloud(QString engine, QObject *parent)
    : QObject(parent)
    , m_engineName(std::move(engine)) {}

ReadAloud::~ReadAloud() = default;

QString ReadAloud::chooseEngine(const QStringList &engines, bool speechDispatcherInstalled) {
    if (speechDispatcherInstalled && engines.contains(QLatin1String("speechd")))
        return QStringLiteral("speechd");
    if (engines.contains(QLatin1String("flite")))
        return QStringLiteral("flite");
    // Windows and macOS have neither: their own engines, with the system's voices (Dutch
    // where the user installed it). Untested there (docs/platforms.md).
    for (const QLatin1String platform : {QLatin1String("winrt"), QLatin1String("sapi"),
                                         QLatin1String("darwin"), QLatin1String("macos")}) {
        if (engines.contains(platform))
            return platform;
    }
    return {};
}

void ReadAloud::setLanguage(const QString &language) {
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

void ReadAloud::say(const QString &text) {
    setError({});
    QTextToSpeech *engine = speech();
    if (!engine) {
        setError(tr("Voorlezen kan niet: er is op deze computer geen spraakprogramma."));
        return;
    }
    if (!chooseVoice()) {
        setError(m_language == QLatin1String("en")
                     ? tr("Voorlezen kan niet: er is op deze computer geen Engelse stem.")
                     : tr("Voorlezen kan niet: er is op deze computer geen Nederlandse stem."));
        return;
    }
    engine->stop();
    engine->say(text);
    onStateChanged();
}

void ReadAloud::stop() {
    if (m_speech)
        m_speech->stop();
    setSpeaking(false);
}

QTextToSpeech *ReadAloud::speech() {
    if (m_speech || m_engineName.isEmpty())
        return m_speech;
    m_speech = new QTextToSpeech(m_engineName, this);
    connect(m_speech, &QTextToSpeech::stateChanged, this, &ReadAloud::onStateChanged);
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [](QTextToSpeech::ErrorReason reason, const QString &detail) {
                qCWarning(lcReadAloud) << "speech failed:" << reason << detail;
            });
    if (m_speech->state() == QTextToSpeech::Error) {
        qCWarning(lcReadAloud) << "speech engine" << m_engineName << "did not start";
        m_engineName.clear();
        delete m_speech;
        m_speech = nullptr;
    }
    return m_speech;
}

bool ReadAloud::chooseVoice() {
    const QLocale::Language wanted =
        m_language == QLatin1String("en") ? QLocale::English : QLocale::Dutch;
    if (m_speech->locale().language() == wanted)
        return true;
    const QList<QLocale> locales = m_speech->availableLocales();
    for (const QLocale &locale : locales) {
        if (locale.language() == wanted) {
            m_speech->setLocale(locale);
            return true;
        }
    }
    return false;
}

void ReadAloud::onStateChanged() {
    const QTextToSpeech::State state = m_speech->state();
    if (state == QTextToSpeech::Error)
        setError(tr("Voorlezen is mislukt: het spraakprogramma gaf een fout."));
    setSpeaking(state == QTextToSpeech::Speaking);
}

void ReadAloud::setSpeaking(bool speaking) {
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged();
}

void ReadAloud::setError(const QString &message) {
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace careportal
