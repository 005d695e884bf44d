// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import CarePortal

// Text that keeps its words whole in a narrow place. Set `fittedPixelSize` instead of
// font.pixelSize: when the longest word would not fit the width at that size (a phone at
// large text), the text gets smaller until it does, down to 45 % of it (at 200 % text
// still larger than body text at 100 %); only then does the word break. Styled like a
// Label unless told otherwise. Heading and FieldLabel are this with their own role.
Text {
    id: fitted

    property int fittedPixelSize: 0

    color: Theme.text
    // The width the words have: a check box's label leaves room for its box.
    readonly property real room: width - leftPadding - rightPadding

    // Only while shown: a hidden text in a layout is not given a width, so its width
    // follows its own size, and fitting it to that would go round in circles.
    font.pixelSize: fittedPixelSize <= 0 ? Theme.fontSize
                  : visible && room > 0 && widestWord > room
                  ? Math.max(Math.round(0.45 * fittedPixelSize), Math.floor(0.95 * fittedPixelSize * room / widestWord))
                  : fittedPixelSize
    // Words still wrap whole where they fit; a word that does not fit even at the smallest
    // size breaks rather than runs off the screen.
    wrapMode: Text.WrapAtWordBoundaryOrAnywhere

    // The widest word at full size, measured: the one with the most letters need not be
    // the widest ("persoonsgegevens" is wider than "verantwoordelijk").
    readonly property real widestWord: {
        if (fittedPixelSize <= 0 || metrics.font.pixelSize <= 0) // measured again with the font
            return 0
        return text.split(/\s+/).reduce((widest, word) => Math.max(widest, metrics.advanceWidth(word)), 0)
    }

    FontMetrics {
        id: metrics
        font.family: fitted.font.family
        font.bold: fitted.font.bold
        font.weight: fitted.font.weight
        font.pixelSize: Math.max(1, fitted.fittedPixelSize)
    }
}
