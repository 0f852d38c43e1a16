/// A yes/no question drawn as a box over the middle of the body.
public struct ConfirmDialog {
    public let prompt: String
    let onYes: [Effect]
    /// The stack depth of the screen that asked: `onYes` is applied on its behalf.
    let origin: Int

    /// The box: the prompt, a blank line, the keys ("y yes   n no"), framed by a line of
    /// padding, in reverse video (no line-drawing characters: their width is ambiguous
    /// in CJK terminals).
    func render(into frame: inout Frame, region: Rect, keysLine: String) {
        let innerWidth = min(region.cols - 4, max(DisplayWidth.of(prompt), DisplayWidth.of(keysLine)))
        guard innerWidth > 0, region.rows >= 5 else {
            frame.put(prompt + "  " + keysLine, row: region.row, col: region.col, width: region.cols, style: .reverse)
            return
        }
        let boxWidth = innerWidth + 4
        let top = region.row + (region.rows - 5) / 2
        let left = region.col + (region.cols - boxWidth) / 2
        frame.fill(Rect(row: top, col: left, rows: 5, cols: boxWidth), style: .reverse)
        frame.put(prompt, row: top + 1, col: left + 2, width: innerWidth, style: Style(bold: true, reverse: true))
        frame.put(keysLine, row: top + 3, col: left + 2, width: innerWidth, style: .reverse, align: .center)
    }
}
