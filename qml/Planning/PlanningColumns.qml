import QtQuick

// The planning's four columns (Datum, Tijdstip, Soort hulp, Naam) with the same widths in
// the header and in every row, so they line up at any window size.
Row {
    id: columns

    readonly property real dateWidth: width * 0.34
    readonly property real timeWidth: width * 0.18
    readonly property real helpTypeWidth: width * 0.2
    readonly property real carerWidth: width * 0.28

    spacing: 0
}
