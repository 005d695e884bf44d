import QtQuick
import QtQuick.Controls
import QtTest
import CarePortal
import "controls.js" as Controls

// Text at 200 % (the largest "Weergave" setting) on a phone and on a landscape tablet, and in
// high contrast: on every page no text is cut off (elided or clipped by its control), no
// two texts lie on top of each other, and no text or control runs out of the window.
Item {
    id: root
    width: 1280
    height: 1280

    // The shell as in the window: controls take their font from the window (Main.qml).
    Component {
        id: shellComponent
        Control {
            font.pixelSize: Theme.fontSize
            contentItem: AppShell {}
        }
    }

    TestCase {
        name: "LargeText"
        when: windowShown

        function initTestCase() {
            tryVerify(() => App.session.state !== Session.Starting, 20000)
            if (App.session.state !== Session.LoggedIn) {
                App.session.login("j.voorbeeld@example.nl", "Welkom!2026")
                tryCompare(App.session, "state", Session.LoggedIn, 20000)
            }
        }

        function cleanup() {
            App.display.restoreDefaults()
            Navigation.show("home")
        }

        // Every visible text with something in it, with the part of it the reader sees: a
        // list or scroll view clips what lies outside it.
        function visibleTexts(item, shell, clipRect, found, scrollsSideways) {
            if (!item.visible || item.opacity === 0)
                return found
            // Inside a list or bar that scrolls sideways, text may lie beyond the window.
            const sideways = scrollsSideways
                || ("contentX" in item && "flickableDirection" in item && item.contentWidth > item.width + 1)
            let clipHere = clipRect
            if (item.clip) {
                const p = item.mapToItem(shell, 0, 0)
                clipHere = intersect(clipRect, { x: p.x, y: p.y, w: item.width, h: item.height })
            }
            if ("truncated" in item && "lineCount" in item && String(item.text).length > 0
                    && item.width > 0 && item.height > 0) {
                const whole = rectOf(item, shell)
                const seen = intersect(clipHere, whole)
                if (seen.w > 2 && seen.h > 2)
                    found.push({ text: item, rect: seen, whole: whole, sideways: sideways })
            }
            for (let i = 0; i < item.children.length; ++i)
                visibleTexts(item.children[i], shell, clipHere, found, sideways)
            return found
        }

        function intersect(a, b) {
            const x = Math.max(a.x, b.x)
            const y = Math.max(a.y, b.y)
            return { x: x, y: y, w: Math.min(a.x + a.w, b.x + b.w) - x, h: Math.min(a.y + a.h, b.y + b.h) - y }
        }

        function rectOf(item, shell) {
            const p = item.mapToItem(shell, 0, 0)
            // Where the glyphs are, not the whole box a layout gave the text.
            const w = Math.min(item.width, item.contentWidth)
            const h = Math.min(item.height, item.contentHeight)
            let x = p.x
            if (item.horizontalAlignment === Text.AlignHCenter)
                x += (item.width - w) / 2
            else if (item.horizontalAlignment === Text.AlignRight)
                x += item.width - w
            return { x: x, y: p.y, w: w, h: h }
        }

        function overlap(a, b) {
            const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
            const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
            return w > 2 && h > 2
        }

        function describe(text) {
            return "'" + String(text.text).substring(0, 40) + "'"
        }

        function checkScreen(shell, where) {
            const texts = visibleTexts(shell, shell, { x: 0, y: 0, w: shell.width, h: shell.height }, [], false)
            verify(texts.length > 0, where + ": texts found")
            for (let i = 0; i < texts.length; ++i) {
                const text = texts[i].text
                // A preview of a set number of lines (a card whose whole text opens on a tap)
                // may end in an ellipsis; any other text must be whole.
                const preview = text.maximumLineCount > 1 && text.maximumLineCount < 100
                verify(preview || !text.truncated, where + ": " + describe(text) + " is cut off (elided)")
                const whole = texts[i].whole
                verify(texts[i].sideways || (whole.x >= -1 && whole.x + whole.w <= shell.width + 1),
                       where + ": " + describe(text) + " runs out of the window (x " + Math.round(whole.x)
                       + ", width " + Math.round(whole.w) + ")")
                // A wrapping text wider than its box: a word too long for it sticks out.
                if (text.wrapMode !== Text.NoWrap)
                    verify(text.contentWidth <= text.width + 1, where + ": " + describe(text)
                           + " is wider than its box (" + Math.round(text.contentWidth) + " > "
                           + Math.round(text.width) + ")")
                // Text wider than the box it is drawn in: clipped by its control.
                if (text.wrapMode === Text.NoWrap && text.elide === Text.ElideNone && text.clip)
                    verify(text.contentWidth <= text.width + 1, where + ": " + describe(text) + " clipped")
                for (let j = i + 1; j < texts.length; ++j) {
                    verify(!overlap(texts[i].rect, texts[j].rect),
                           where + ": " + describe(text) + " lies over " + describe(texts[j].text))
                }
            }
        }

        // A button's label does not wrap: a button wider than the window would hide part of
        // it. Controls in a list or bar that scrolls sideways may lie beyond the window.
        function checkControls(shell, where) {
            const outside = []
            for (const control of Controls.visibleControls(shell)) {
                let sideways = false
                for (let p = control.parent; p && p !== shell; p = p.parent)
                    sideways = sideways || ("contentX" in p && "flickableDirection" in p
                                            && p.contentWidth > p.width + 1)
                const x = control.mapToItem(shell, 0, 0).x
                if (!sideways && (x < -1 || x + control.width > shell.width + 1))
                    outside.push(Controls.describe(control) + " (x " + Math.round(x) + ", width "
                                 + Math.round(control.width) + ")")
            }
            verify(outside.length === 0, where + ": out of the window: " + outside.join("; "))
        }

        function test_pages_data() {
            return [
                { tag: "phone 360x640 at 200 %", width: 360, height: 640, contrast: false },
                { tag: "landscape tablet 1280x800 at 200 %", width: 1280, height: 800, contrast: false },
                { tag: "phone 360x640 at 200 % in high contrast", width: 360, height: 640, contrast: true },
            ]
        }
        function test_pages(data) {
            App.display.textPercent = 200
            App.display.highContrast = data.contrast
            compare(Theme.fontSize, 36)
            const shell = createTemporaryObject(shellComponent, root, { width: data.width, height: data.height })
            verify(shell)
            const pages = ["home", "planning", "contactDetails", "contactPersons", "contactRequests", "absence", "dossier", "accessLog", "security"]
            for (const page of pages) {
                Navigation.show(page)
                const loader = findChild(shell, "pageLoader")
                tryCompare(loader, "status", Loader.Ready, 10000)
                tryVerify(() => Controls.visibleControls(loader).length > 0, 10000, page + ": controls found")
                wait(300)
                checkControls(shell, data.tag + ", " + page)
                checkScreen(shell, data.tag + ", " + page)
            }
        }

        function test_displayDialog() {
            const shell = createTemporaryObject(shellComponent, root, { width: 360, height: 640 })
            Navigation.displaySettingsRequested()
            const dialog = findChild(shell, "displaySettingsDialog")
            tryCompare(dialog, "opened", true, 3000)
            const larger = findChild(dialog.contentItem, "textLargerButton")
            for (let step = 0; step < 4; ++step)
                mouseClick(larger)
            compare(App.display.textPercent, 200)
            verify(!larger.enabled, "no larger than 200 %")
            compare(findChild(dialog.contentItem, "textPercentLabel").text, "200 %")
            mouseClick(findChild(dialog.contentItem, "highContrastSwitch"))
            verify(App.display.highContrast)
            compare(Theme.background, "#ffffff")
            wait(300)
            // The dialog itself at 200 % on a phone: it fits the phone, its buttons stay inside
            // it and are large enough.
            verify(dialog.width <= shell.width)
            const box = dialog.contentItem.parent
            for (const control of Controls.visibleControls(box)) {
                const p = control.mapToItem(box, 0, 0)
                verify(p.x >= -0.5 && p.x + control.width <= box.width + 0.5,
                       Controls.describe(control) + " sticks out")
                verify(control.height >= 48 - 0.5, Controls.describe(control) + " too small")
            }
            mouseClick(findChild(dialog.footer, "displayDefaultsButton"))
            compare(App.display.textPercent, 100)
            verify(!App.display.highContrast)
            mouseClick(findChild(dialog.footer, "displayCloseButton"))
            tryCompare(dialog, "visible", false, 3000)
        }
    }
}
