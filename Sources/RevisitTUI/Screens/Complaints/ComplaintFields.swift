/// One labelled input of a complaint form or prompt.
struct ComplaintField {
    enum Input {
        case text(TextField)
        case area(TextArea, rows: Int)
        /// Options shown by name; the value is the option's key.
        case choice(ChoiceField, names: [String: String])
        /// Shown, not editable.
        case fixed(String)
    }

    var key: String
    var label: String
    var input: Input

    init(key: String, label: String, input: Input) { self.key = key; self.label = label; self.input = input }

    /// A one-line text field of at most `limit` characters.
    static func text(_ key: String, _ label: String, _ text: String = "", limit: Int) -> ComplaintField {
        ComplaintField(key: key, label: label, input: .text(TextField(text: text, maxLength: limit)), limit: limit)
    }

    /// A text area of `rows` rows and at most `limit` characters.
    static func area(_ key: String, _ label: String, _ text: String = "", rows: Int, limit: Int) -> ComplaintField {
        ComplaintField(key: key, label: label, input: .area(TextArea(text: text, maxLength: limit), rows: rows), limit: limit)
    }

    private init(key: String, label: String, input: Input, limit: Int) {
        self.init(key: key, label: label, input: input)
        self.limit = limit
    }

    /// The most characters a text field or area takes.
    private(set) var limit = 0

    var isEditable: Bool { if case .fixed = input { false } else { true } }
    var takesText: Bool {
        switch input {
        case .text, .area: true
        case .choice, .fixed: false
        }
    }

    /// The text typed, or the chosen option's key.
    var value: String {
        switch input {
        case .text(let f): f.text
        case .area(let a, _): a.text
        case .choice(let c, _): c.value ?? ""
        case .fixed(let s): s
        }
    }

    var rows: Int { if case .area(_, let rows) = input { rows } else { 1 } }
}

/// Fields stacked one under another, label on the left: focus moves with next/previous
/// field, choices change with next/previous choice, text fields take typing.
struct ComplaintFields {
    var fields: [ComplaintField]
    private(set) var focus: Int
    var labelWidth: Int

    init(_ fields: [ComplaintField], labelWidth: Int) {
        self.fields = fields
        self.labelWidth = labelWidth
        focus = fields.firstIndex { $0.isEditable } ?? 0
    }

    subscript(key: String) -> String { fields.first { $0.key == key }?.value ?? "" }

    var focused: ComplaintField? { fields.indices.contains(focus) ? fields[focus] : nil }
    var acceptsText: Bool { focused?.takesText ?? false }
    var isLastEditable: Bool { fields.lastIndex { $0.isEditable } == focus }
    var rows: Int { fields.reduce(0) { $0 + $1.rows } }

    /// Anything typed into a text field (a form with it would lose input on leaving).
    var hasTypedText: Bool {
        fields.contains { f in
            switch f.input {
            case .text(let t): !t.isEmpty
            case .area(let a, _): !a.isEmpty
            default: false
            }
        }
    }

    /// Focus moves; choices change; typing and editing go to the focused text field.
    /// False when the input is not the fields' business.
    mutating func handle(_ input: ScreenInput, width: Int) -> Bool {
        switch input {
        case .action(.nextField): moveFocus(by: 1); return true
        case .action(.previousField): moveFocus(by: -1); return true
        default: break
        }
        guard fields.indices.contains(focus) else { return false }
        let fieldWidth = max(1, width - labelWidth(in: width))
        switch fields[focus].input {
        case .text(var t):
            let used = t.handle(input, width: fieldWidth)
            fields[focus].input = .text(t)
            return used
        case .area(var a, let rows):
            let used = a.handle(input, size: TerminalSize(rows: rows, cols: fieldWidth))
            fields[focus].input = .area(a, rows: rows)
            return used
        case .choice(var c, let names):
            let used = c.handle(input)
            fields[focus].input = .choice(c, names: names)
            return used
        case .fixed:
            return false
        }
    }

    mutating func moveFocus(by step: Int) {
        let editable = fields.indices.filter { fields[$0].isEditable }
        guard let at = editable.firstIndex(of: focus) ?? editable.first.map({ _ in 0 }) else { return }
        focus = editable[(at + step + editable.count) % editable.count]
    }

    /// Puts `value` into the field with `key` (typed text, or the option to choose), as a
    /// draft brings it back. Unknown keys and options are left alone.
    mutating func set(_ key: String, to value: String) {
        guard let i = fields.firstIndex(where: { $0.key == key }) else { return }
        switch fields[i].input {
        case .text: fields[i].input = .text(TextField(text: value, maxLength: fields[i].limit))
        case .area(_, let rows): fields[i].input = .area(TextArea(text: value, maxLength: fields[i].limit), rows: rows)
        case .choice(let c, let names) where c.options.contains(value):
            fields[i].input = .choice(ChoiceField(options: c.options, selected: value), names: names)
        case .choice, .fixed: break
        }
    }

    /// Every editable field's value by key.
    var values: [String: String] {
        Dictionary(fields.filter(\.isEditable).map { ($0.key, $0.value) }) { a, _ in a }
    }

    mutating func focus(key: String) {
        if let i = fields.firstIndex(where: { $0.key == key && $0.isEditable }) { focus = i }
    }

    /// Room a field keeps beside its label however narrow the screen: a choice ("‹ not asked ›")
    /// or the start of what is typed stays in sight, and a long label is cut instead.
    static let fieldRoom = 14

    /// The labels' width in `cols` columns.
    func labelWidth(in cols: Int) -> Int { max(1, min(labelWidth, cols - Self.fieldRoom)) }

    /// The first field drawn in `rows`: the top one, unless the focused field would then lie
    /// below the edge (a short terminal), in which case the fields above it give way.
    func firstShown(in rows: Int, active: Bool) -> Int {
        guard active, fields.indices.contains(focus) else { return 0 }
        var first = 0, used = fields[...focus].reduce(0) { $0 + $1.rows }
        while used > rows, first < focus {
            used -= fields[first].rows
            first += 1
        }
        return first
    }

    /// Draws the fields from `region.row` down; returns the rows used.
    @discardableResult
    func render(into f: inout Frame, region: Rect, active: Bool) -> Int {
        var row = region.row
        let labelWidth = labelWidth(in: region.cols)
        let fieldCol = region.col + labelWidth
        let fieldWidth = max(1, region.cols - labelWidth)
        let first = firstShown(in: region.rows, active: active)
        for (i, field) in fields.enumerated().dropFirst(first) where row + field.rows <= region.row + region.rows {
            let focused = active && i == focus
            f.put(field.label, row: row, col: region.col, width: labelWidth - 1, style: focused ? .bold : .plain)
            switch field.input {
            case .text(let t):
                t.render(into: &f, row: row, col: fieldCol, width: fieldWidth, focused: focused)
            case .area(let a, let rows):
                a.render(into: &f, region: Rect(row: row, col: fieldCol, rows: rows, cols: fieldWidth), focused: focused,
                         style: .underline)
            case .choice(let c, let names):
                let name = c.value.map { names[$0] ?? $0 } ?? ""
                f.put(focused ? "‹ \(name) ›" : name, row: row, col: fieldCol, width: fieldWidth,
                      style: focused ? .reverse : .underline)
            case .fixed(let text):
                f.put(text, row: row, col: fieldCol, width: fieldWidth, style: .dim)
            }
            row += field.rows
        }
        return row - region.row
    }
}
