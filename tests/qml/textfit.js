// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What a reader at 200 % text must be spared, found by walking a screen's items: text cut
// off (elided or clipped by its control), texts on top of each other, a word sticking out
// of its box, and text or controls running out of the window. Used by the large-text tests.
.pragma library
.import QtQuick as QQ
.import "controls.js" as Controls

function intersect(a, b) {
    const x = Math.max(a.x, b.x)
    const y = Math.max(a.y, b.y)
    return { x: x, y: y, w: Math.min(a.x + a.w, b.x + b.w) - x, h: Math.min(a.y + a.h, b.y + b.h) - y }
}

// Where the glyphs are, not the whole box a layout gave the text.
function rectOf(item, shell) {
    const p = item.mapToItem(shell, 0, 0)
    const w = Math.min(item.width, item.contentWidth)
    const h = Math.min(item.height, item.contentHeight)
    let x = p.x
    if (item.horizontalAlignment === QQ.Text.AlignHCenter)
        x += (item.width - w) / 2
    else if (item.horizontalAlignment === QQ.Text.AlignRight)
        x += item.width - w
    return { x: x, y: p.y, w: w, h: h }
}

function overlap(a, b) {
    const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
    const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
    return w > 2 && h > 2
}

// A list or bar that scrolls sideways: what lies in it may lie beyond the window.
function scrollsSideways(item) {
    return "contentX" in item && "flickableDirection" in item && item.contentWidth > item.width + 1
}

// Every visible text with something in it, with the part of it the reader sees: a list or
// scroll view clips what lies outside it.
function visibleTexts(item, shell, clipRect, found, sideways) {
    if (!item.visible || item.opacity === 0)
        return found
    const inSideways = sideways || scrollsSideways(item)
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
            found.push({ text: item, rect: seen, whole: whole, sideways: inSideways })
    }
    for (let i = 0; i < item.children.length; ++i)
        visibleTexts(item.children[i], shell, clipHere, found, inSideways)
    return found
}

// The longest word of a wrapping text if it is wider than the text's box, else "". Text
// with markup is left out: its tags are not words.
function brokenWord(text) {
    const plain = String(text.text)
    if (plain.indexOf("<") >= 0)
        return ""
    // A line may break after a hyphen ("authenticator-|app"): the parts are the words.
    const words = plain.split(/[\s-]+/).filter(word => word.length > 1)
    if (words.length === 0)
        return ""
    const metrics = Qt.createQmlObject("import QtQuick; FontMetrics {}", text)
    metrics.font = text.font
    // Every word measured: the one with the most letters need not be the widest.
    const widest = words.reduce((a, b) => metrics.advanceWidth(b) > metrics.advanceWidth(a) ? b : a)
    const tooWide = metrics.advanceWidth(widest) > text.width - text.leftPadding - text.rightPadding + 1
    metrics.destroy()
    return tooWide ? widest : ""
}

function describe(text) {
    return "'" + String(text.text).substring(0, 40) + "'"
}

// What is wrong with one text; "" if nothing.
function textProblem(entry, shell) {
    const text = entry.text
    // A preview of a set number of lines (a card whose whole text opens on a tap) may end
    // in an ellipsis; any other text must be whole.
    const preview = text.maximumLineCount > 1 && text.maximumLineCount < 100
    if (!preview && text.truncated)
        return describe(text) + " is cut off (elided)"
    const whole = entry.whole
    if (!entry.sideways && (whole.x < -1 || whole.x + whole.w > shell.width + 1))
        return describe(text) + " runs out of the window (x " + Math.round(whole.x) + ", width "
            + Math.round(whole.w) + ")"
    // A wrapping text wider than its box: a word too long for it sticks out.
    if (text.wrapMode !== QQ.Text.NoWrap && text.contentWidth > text.width + 1)
        return describe(text) + " is wider than its box (" + Math.round(text.contentWidth) + " > "
            + Math.round(text.width) + ")"
    // A word wider than its box breaks in the middle ("telefoonnummer-s").
    const broken = text.wrapMode !== QQ.Text.NoWrap ? brokenWord(text) : ""
    if (broken.length > 0)
        return describe(text) + " breaks the word '" + broken + "'"
    // Text wider than the box it is drawn in: clipped by its control.
    if (text.wrapMode === QQ.Text.NoWrap && text.elide === QQ.Text.ElideNone && text.clip
            && text.contentWidth > text.width + 1)
        return describe(text) + " clipped"
    return ""
}

// Every problem of the texts on `shell`, as sentences; [] if there is none. `texts` counts
// the texts seen, so a test can tell an empty screen from a good one.
function textProblems(shell) {
    const texts = visibleTexts(shell, shell, { x: 0, y: 0, w: shell.width, h: shell.height }, [], false)
    const problems = texts.length > 0 ? [] : ["no text found"]
    for (let i = 0; i < texts.length; ++i) {
        const problem = textProblem(texts[i], shell)
        if (problem.length > 0)
            problems.push(problem)
        for (let j = i + 1; j < texts.length; ++j) {
            if (overlap(texts[i].rect, texts[j].rect))
                problems.push(describe(texts[i].text) + " lies over " + describe(texts[j].text))
        }
    }
    return problems
}

// A button's label does not wrap: a button wider than the window would hide part of it.
// Controls in a list or bar that scrolls sideways may lie beyond the window.
function controlProblems(shell) {
    const problems = []
    for (const control of Controls.visibleControls(shell)) {
        let sideways = false
        for (let p = control.parent; p && p !== shell; p = p.parent)
            sideways = sideways || scrollsSideways(p)
        const x = control.mapToItem(shell, 0, 0).x
        if (!sideways && (x < -1 || x + control.width > shell.width + 1))
            problems.push(Controls.describe(control) + " out of the window (x " + Math.round(x)
                          + ", width " + Math.round(control.width) + ")")
        // A choice list that shows its choice in a one-line field (the style's own): the
        // field is not a text the walk above checks, so its width is checked here.
        const field = "displayText" in control && "popup" in control ? control.contentItem : null
        if (field && !("lineCount" in field) && field.contentWidth > field.width + 1)
            problems.push(Controls.describe(control) + " cuts off '" + control.displayText + "' ("
                          + Math.round(field.contentWidth) + " > " + Math.round(field.width) + ")")
    }
    return problems
}
