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

    TestCase {
        name: "NarrowText"
        when: windowShown

        function cleanup() {
            App.display.restoreDefaults()
        }

        function test_bannerButtonUnderTheTextOnAPhone() {
            App.display.textPercent = 200
            const banner = createTemporaryObject(bannerComponent, root, { width: 312 })
            const message = banner.children[0]
            const button = findChild(banner, "bannerAction")
            tryVerify(() => banner.stacked)
            compare(message.width, banner.width - 2 * Theme.spacing)
            verify(button.y >= message.y + message.implicitHeight, "the button lies under the text")
            compare(banner.implicitHeight, message.implicitHeight + button.implicitHeight + 3 * Theme.spacing)
        }

        function test_bannerButtonBesideTheTextWhenWide() {
            const banner = createTemporaryObject(bannerComponent, root, { width: 1000 })
            const message = banner.children[0]
            const button = findChild(banner, "bannerAction")
            verify(!banner.stacked)
            verify(message.x + message.width <= button.x, "the text ends before the button")
            // One line beside the taller button: level with it, not at the top.
            fuzzyCompare(message.y + message.height / 2, button.y + button.height / 2, 1)
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
