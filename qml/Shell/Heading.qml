import QtQuick
import CarePortal

// A heading a screen reader announces as one (and lets its user jump between). A Text, not
// a Label: in Qt 6.4 a Label sets its own accessible role (static text) when accessibility
// switches on, over any role given here. Styled like a Label unless told otherwise.
Text {
    id: heading

    // Set instead of font.pixelSize for a short title in a narrow place (the page header,
    // the month between its arrows): when its longest word would not fit the width at this
    // size (a phone at large text), the heading gets smaller until it does, down to 45 %
    // of it (at 200 % text still larger than body text at 100 %); only then does the word
    // break. The small text size was too large a floor: "Cliëntdossier" and
    // "Accountbeveiliging" broke in the page header on a phone.
    property int fittedPixelSize: 0

    color: Theme.text
    font.pixelSize: fittedPixelSize <= 0 ? Theme.fontSize
                  : width > 0 && longestWord.advanceWidth > width
                  ? Math.max(Math.round(0.45 * fittedPixelSize), Math.floor(0.95 * fittedPixelSize * width / longestWord.advanceWidth))
                  : fittedPixelSize
    // A long word ("Accountbeveiliging") at large text on a phone breaks rather than runs
    // off the screen; words still wrap whole where they fit.
    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    Accessible.role: Accessible.Heading
    Accessible.name: text

    TextMetrics {
        id: longestWord
        font.family: heading.font.family
        font.bold: heading.font.bold
        font.pixelSize: Math.max(1, heading.fittedPixelSize)
        text: heading.fittedPixelSize > 0
              ? heading.text.split(/\s+/).reduce((longest, word) => word.length > longest.length ? word : longest, "")
              : ""
    }
}
