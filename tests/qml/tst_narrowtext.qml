// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal

// Words stay whole where a word can: on a phone at 200 % a notice puts its button under
// its text, and a page title gets smaller rather than break a word ("Cliëntdossie-r").
Item {
    id: root
    width: 360
    height: 640

    // The text size reaches the banner's texts as in the window (Main.qml sets it there).
    Control {
        id: sized
        anchors.fill: parent
        font.pixelSize: Theme.fontSize
    }
    Component {
        id: bannerComponent
        StatusBanner {
            text: "Er is geen beveiligde opslag (sleutelbos) op deze computer."
            actionText: "Sluiten"
        }
    }
    Component {
        id: headerComponent
        PageHeader {}
    }
    Component {
        id: welcomeComponent
        Heading {
            fittedPixelSize: Theme.titleFontSize
            font.bold: true
            wrapMode: Text.Wrap
        }
    }
    TextMetrics {
        id: measured
    }

    TestCase {
        name: "NarrowText"
        when: windowShown

        function cleanup() {
            App.display.restoreDefaults()
        }

        function test_bannerButtonUnderTheTextOnAPhone() {
            App.display.textPercent = 200
            const banner = createTemporaryObject(bannerComponent, sized, { width: 312 })
            const message = findChild(banner, "bannerMessage")
            const button = findChild(banner, "bannerAction")
            tryVerify(() => banner.stacked)
            compare(message.width, banner.width - 2 * Theme.spacing)
            verify(button.y >= message.mapToItem(banner, 0, 0).y + message.implicitHeight,
                   "the button lies under the text")
            compare(banner.implicitHeight, message.implicitHeight + button.implicitHeight + 3 * Theme.spacing)
        }

        function test_bannerButtonBesideTheTextWhenWide() {
            const banner = createTemporaryObject(bannerComponent, sized, { width: 1000 })
            const view = findChild(banner, "bannerMessageView")
            const button = findChild(banner, "bannerAction")
            verify(!banner.stacked)
            verify(view.x + view.width <= button.x, "the text ends before the button")
            // One line beside the taller button: level with it, not at the top.
            fuzzyCompare(view.y + view.height / 2, button.y + button.height / 2, 1)
        }

        function test_longNoticeScrollsAndKeepsItsButtonInSight() {
            App.display.textPercent = 200
            const banner = createTemporaryObject(bannerComponent, sized, {
                width: 312, maximumHeight: 300,
                text: "Er is geen beveiligde opslag (sleutelbos) op deze computer. Daarom wordt hier "
                      + "niets bewaard: u logt de volgende keer opnieuw in, en zonder internet kunt "
                      + "u uw gegevens niet bekijken."
            })
            banner.height = Qt.binding(() => banner.implicitHeight)
            const view = findChild(banner, "bannerMessageView")
            const button = findChild(banner, "bannerAction")
            tryCompare(banner, "height", 300)
            verify(view.interactive, "the text scrolls")
            verify(view.contentHeight > view.height)
            verify(button.y + button.height <= banner.height, "the button lies inside the notice")
            verify(button.y >= view.y + view.height, "under the text")
        }

        // Home's "Welkom …" at title size: the name's longest word fits on a line of its own.
        function test_welcomeKeepsTheNameWhole() {
            App.display.textPercent = 200
            const heading = createTemporaryObject(welcomeComponent, root,
                                                  { width: 312, text: "Welkom de heer J. Voorbeeld" })
            verify(heading.font.pixelSize < Theme.titleFontSize, "smaller than the title size")
            measured.font = heading.font
            measured.text = "Voorbeeld"
            verify(measured.advanceWidth <= heading.width,
                   measured.advanceWidth + " > " + heading.width)
            verify(heading.lineCount <= 3, heading.lineCount + " lines")
        }

        function test_titleKeepsItsWordsWhole_data() {
            return [
                { tag: "Cliëntdossier", title: "Cliëntdossier" },
                { tag: "Accountbeveiliging", title: "Accountbeveiliging" },
                { tag: "Contactpersonen", title: "Contactpersonen" },
            ]
        }
        function test_titleKeepsItsWordsWhole(data) {
            App.display.textPercent = 200
            const header = createTemporaryObject(headerComponent, root, { width: 360, title: data.title })
            const title = findChild(header, "pageTitle")
            compare(title.text, data.title)
            tryCompare(title, "lineCount", 1)
            verify(title.contentWidth <= title.width, title.contentWidth + " > " + title.width)
        }
    }
}
