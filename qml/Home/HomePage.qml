// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import CarePortal

// The start page of the portals: "Welkom mevrouw C. Test", "Het is nu 13-04-2021 18:23",
// and, new here, the next planned visit and the answers to contact requests not read yet.
Page {
    id: page

    property date now: new Date()
    readonly property var nextVisit: Client.planning.nextVisit
    // The parts of the portal this account may use for the client shown: an authorised
    // contact person may lack the dossier. Bindings that read these follow a switch.
    readonly property bool mayReadDossier: Organisation.hasDossier && page.mayUse("dossier")
    readonly property bool mayReadRequests: Organisation.hasContactRequests && page.mayUse("contact-requests")

    function mayUse(part: string): bool {
        return Rights.holds(App.session.rights, part)
    }

    background: Rectangle { color: Theme.background }
    // Home shows parts of lists whose own pages may not have been opened yet.
    LoadWhenIdle { model: Client.contactRequests; active: page.mayReadRequests }
    LoadWhenIdle { model: Dossier.overview; active: page.mayReadDossier }
    LoadWhenIdle { model: Dossier.latest; active: page.mayReadDossier }
    // The reported absences mark the visits they cover (the next visit here).
    LoadWhenIdle { model: Client.absences; active: Organisation.hasAbsence && page.mayUse("absences") }

    Timer {
        interval: 1000
        running: true
        repeat: true
        onTriggered: page.now = new Date()
    }

    // Scrolls when a banner and the visit card do not fit (small windows, large text).
    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(720, parent.width - 2 * Theme.margin)
            x: (parent.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing * 1.5

            // "Uw wachtwoord is gewijzigd.": said once, here, where a change leads back to;
            // gone when the user goes on to another page (AppShell).
            StatusBanner {
                objectName: "homeConfirmation"
                text: App.session.confirmation
                isSuccess: true
                actionText: qsTr("Sluiten")
                onActionTriggered: App.session.clearConfirmation()
                Layout.fillWidth: true
            }
            Heading {
                objectName: "welcomeLabel"
                text: qsTr("Welkom %1").arg(App.session.displayName)
                // Smaller rather than break a name on a phone at large text.
                fittedPixelSize: Theme.titleFontSize
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "clockLabel"
                text: qsTr("Het is nu %1").arg(Qt.formatDateTime(page.now, "dd-MM-yyyy HH:mm"))
                font.pixelSize: Theme.largeFontSize
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            // Without a connection Home shows what was kept: it says so, and since when, in
            // the words of every other page.
            ListFreshness {
                objectName: "homeFreshness"
                readonly property bool planningKept: Client.planning.offline && Client.planning.hasData
                readonly property bool requestsKept: page.mayReadRequests && Client.contactRequests.offline
                offline: planningKept || requestsKept
                updatedText: planningKept ? Client.planning.updatedText : Client.contactRequests.updatedText
                visible: offline
                Layout.fillWidth: true
            }
            // Someone acting for several clients switches here too (and in the menu).
            Button {
                objectName: "homeSwitchClient"
                visible: App.session.clients.length > 1
                text: qsTr("Wissel van cliënt")
                implicitHeight: Theme.touchTarget
                onClicked: App.session.switchClient()
            }

            StatusBanner {
                text: App.session.notice
                actionText: qsTr("Sluiten")
                onActionTriggered: App.session.clearNotice()
                Layout.fillWidth: true
            }

            Pane {
                Layout.fillWidth: true
                padding: Theme.margin
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider
                }

                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing

                    Heading {
                        text: qsTr("Uw volgende bezoek")
                        font.pixelSize: Theme.largeFontSize
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "nextVisitLabel"
                        visible: page.nextVisit.dateText !== undefined
                        text: visible ? qsTr("%1 %2 om %3 uur").arg(page.nextVisit.weekday)
                                        .arg(page.nextVisit.dateText).arg(page.nextVisit.startTime) : ""
                        font.pixelSize: Theme.largeFontSize
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: page.nextVisit.dateText !== undefined
                        text: visible ? qsTr("%1 met %2, tot %3 uur").arg(page.nextVisit.helpType)
                                        .arg(page.nextVisit.carerName).arg(page.nextVisit.endTime) : ""
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    VisitMarks {
                        objectName: "nextVisitMarks"
                        visible: absenceReported
                        absenceReported: page.nextVisit.absenceReported === true
                        Layout.fillWidth: true
                    }
                    // Not "no visit planned" when the planning could not be read (offline
                    // and this month never kept): then the planning's own words say why.
                    Label {
                        objectName: "noVisitLabel"
                        visible: page.nextVisit.dateText === undefined
                        text: Client.planning.loading ? qsTr("De planning wordt opgehaald…")
                            : Client.planning.errorMessage.length > 0 ? Client.planning.errorMessage
                            : qsTr("Er is geen bezoek gepland.")
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    WrappingButton {
                        objectName: "toPlanningButton"
                        visible: Organisation.hasPlanning && page.mayUse("planning")
                        text: qsTr("Bekijk de planning")
                        Layout.fillWidth: true
                        Layout.maximumWidth: implicitWidth
                        onClicked: Navigation.show("planning")
                    }
                }
            }

            // Seed 003: the start screen always shows the newest additions to the dossier.
            Rectangle {
                objectName: "dossierLatestCard"
                visible: page.mayReadDossier && Dossier.overview.available && latestRepeater.count > 0
                Layout.fillWidth: true
                implicitHeight: latest.implicitHeight + 2 * Theme.margin
                color: Theme.surface
                border.color: Theme.divider
                radius: Theme.radius
                ColumnLayout {
                    id: latest
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    Heading {
                        text: qsTr("Nieuw in uw dossier")
                        font.pixelSize: Theme.largeFontSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        id: latestRepeater
                        model: Dossier.latest
                        delegate: Label {
                            required property string dayText
                            required property string discipline
                            required property string disciplineLabel
                            required property string title
                            text: qsTr("%1 — %2 (%3): %4").arg(dayText).arg(discipline)
                                      .arg(disciplineLabel).arg(title)
                            textFormat: Text.PlainText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Layout.preferredWidth: 0
                        }
                    }
                    WrappingButton {
                        objectName: "toDossierButton"
                        text: qsTr("Bekijk uw dossier")
                        Layout.fillWidth: true
                        Layout.maximumWidth: implicitWidth
                        onClicked: Navigation.show("dossier")
                    }
                }
            }

            Rectangle {
                objectName: "newAnswersCard"
                visible: Client.contactRequests.newAnswers.length > 0
                Layout.fillWidth: true
                implicitHeight: answers.implicitHeight + 2 * Theme.margin
                color: Theme.surface
                border.color: Theme.divider
                radius: Theme.radius
                ColumnLayout {
                    id: answers
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: Theme.spacing
                    Heading {
                        text: qsTr("Nieuwe reacties op uw contactverzoeken")
                        font.pixelSize: Theme.largeFontSize
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: Client.contactRequests.newAnswers
                        delegate: Label {
                            required property var modelData
                            text: qsTr("%1 — beantwoord op %2 door %3").arg(modelData.subjectLabel)
                                      .arg(modelData.answeredText).arg(modelData.answeredBy)
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Button {
                        objectName: "toRequestsButton"
                        text: qsTr("Bekijk de reacties")
                        implicitHeight: Theme.touchTarget
                        onClicked: Navigation.show("contactRequests")
                    }
                }
            }
        }
    }
}
