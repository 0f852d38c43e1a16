/// The help screen over the body: the sections from `HelpBuilder`, scrollable.
struct HelpOverlay {
    let title: String
    let footer: String
    /// The footer while lines lie below the last one shown: how to see them.
    let footerWithMore: String
    let sections: [HelpSection]
    var top = 0

    var lines: [(text: String, keys: String?, heading: Bool)] {
        var out: [(String, String?, Bool)] = []
        for section in sections {
            if !out.isEmpty { out.append(("", nil, false)) }
            out.append((section.title, nil, true))
            for entry in section.entries { out.append((entry.description, entry.keys, false)) }
        }
        return out
    }

    /// Scrolls for move/page actions; false for anything else.
    mutating func scroll(_ action: Action, visibleRows: Int) -> Bool {
        let maxTop = max(0, lines.count - visibleRows)
        switch action {
        case .moveUp: top -= 1
        case .moveDown: top += 1
        case .pageUp: top -= max(1, visibleRows - 1)
        case .pageDown: top += max(1, visibleRows - 1)
        case .first: top = 0
        case .last: top = maxTop
        default: return false
        }
        top = min(max(0, top), maxTop)
        return true
    }

    static func listRows(in region: Rect) -> Int { max(0, region.rows - 3) }

    func render(into frame: inout Frame, region: Rect) {
        frame.fill(region)
        frame.put(title, row: region.row, col: region.col, width: region.cols, style: .bold)
        let all = lines
        let keyWidth = min(max(8, DisplayWidth.widest(all.compactMap { $0.keys })), region.cols / 2)
        let rows = HelpOverlay.listRows(in: region)
        for (offset, line) in all.dropFirst(top).prefix(rows).enumerated() {
            let row = region.row + 2 + offset
            if line.heading {
                frame.put(line.text, row: row, col: region.col, width: region.cols, style: .underline)
            } else if let keys = line.keys {
                frame.put(keys, row: row, col: region.col + 2, width: keyWidth, style: .bold)
                frame.put(line.text, row: row, col: region.col + 3 + keyWidth, width: region.cols - 3 - keyWidth)
            }
        }
        let more = top + rows < all.count
        frame.put(more ? footerWithMore : footer, row: region.row + region.rows - 1, col: region.col, width: region.cols, style: .dim)
    }
}
