// SPDX-FileCopyrightText: 2026 CarePortal contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import CarePortal

// A radio button whose label wraps (see IndicatorLabel): "Meerdere dagen" alone is wider
// than a phone at 200 %. Like WrappingButton it asks for its one-line width; give it less
// (`Layout.maximumWidth: implicitWidth` with `Layout.fillWidth: true`) and it grows in
// height instead.
RadioButton {
    id: radio

    implicitWidth: Math.max(implicitBackgroundWidth + leftInset + rightInset,
                            (contentItem as IndicatorLabel).oneLineWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    contentItem: IndicatorLabel { control: radio }
}
