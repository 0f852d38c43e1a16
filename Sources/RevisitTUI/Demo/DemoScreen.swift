/// A screen to try the widgets by hand: a table of customers with Chinese, Korean
/// and Spanish names, and a note field. Tab moves between them.
struct DemoScreen: Screen {
    enum Focus { case table, note }

    var table: Table
    var note = TextField(maxLength: 200)
    var focus = Focus.table
    var ticks = 0

    init(language: Language) {
        let m = MessageCatalog.demo
        table = Table(columns: [
            TableColumn(m.nameColumn[language], width: .flexible(min: 12)),
            TableColumn(m.cityColumn[language], width: .fixed(10)),
            TableColumn(m.phoneColumn[language], width: .fixed(15)),
            TableColumn(m.dueColumn[language], width: .fixed(10), alignment: .right),
        ], rows: DemoScreen.sampleRows)
    }

    static let sampleRows: [TableRow] = [
        TableRow(["张伟", "北京", "138 0013 8000", "2024-05-02"]),
        TableRow(["王芳", "上海", "139 1234 5678", "2024-05-03"], style: .color(.overdue)),
        TableRow(["김민준", "서울", "010-1234-5678", "2024-05-04"]),
        TableRow(["María José García", "Sevilla", "+34 600 123 456", "2024-05-05"]),
        TableRow(["José Núñez", "Málaga", "+34 611 222 333", "2024-05-06"], style: .color(.warning)),
        TableRow(["欧阳娜娜（很长的名字测试截断）", "广州", "135 0000 1111", "2024-05-07"]),
        TableRow(["Evil\u{1B}[2J Name\tTab", "Nowhere", "000", "2024-05-08"]),
    ]

    var keyContexts: [KeyContext] { focus == .note ? [.text, .list] : [.list] }
    var acceptsText: Bool { focus == .note }
    var hasUnsavedInput: Bool { !note.isEmpty }

    func title(_ context: ScreenContext) -> String { context.text(MessageCatalog.demo.title) }

    private static func layout(_ size: TerminalSize) -> (tableHeight: Int, noteRow: Int, labelWidth: Int) {
        (max(1, size.rows - 2), max(0, size.rows - 1), 8)
    }

    mutating func handle(_ input: ScreenInput, context: ScreenContext) -> Response {
        let m = MessageCatalog.demo
        let layout = DemoScreen.layout(context.bodySize)
        switch input {
        case .tick:
            ticks += 1
            return .done
        case .action(.nextField), .action(.previousField):
            focus = focus == .table ? .note : .table
            return .done
        case .action(.newline) where focus == .note, .action(.select) where focus == .note:
            let kept = note.text
            note = TextField(maxLength: 200)
            return .handled([.status(context.format(m.noteSaved, kept), .success)])
        case .action(.select):
            guard let row = table.selectedRow else { return .done }
            return .handled([.status(context.format(m.selected, row.cells[0]), .info)])
        case .action(let action) where focus == .table:
            return table.handle(action, height: layout.tableHeight) ? .done : .ignored
        case .action, .character:
            guard focus == .note else { return .ignored }
            return note.handle(input, width: context.bodySize.cols - layout.labelWidth) ? .done : .ignored
        default:
            return .ignored
        }
    }

    func render(into frame: inout Frame, region: Rect, context: ScreenContext) {
        let m = MessageCatalog.demo
        let layout = DemoScreen.layout(region.size)
        table.render(into: &frame, region: Rect(row: region.row, col: region.col, rows: layout.tableHeight, cols: region.cols),
                     focused: focus == .table)
        let row = region.row + layout.noteRow
        frame.put(context.text(m.noteLabel), row: row, col: region.col, width: layout.labelWidth, style: .bold)
        note.render(into: &frame, row: row, col: region.col + layout.labelWidth, width: region.cols - layout.labelWidth,
                    focused: focus == .note)
        let refreshed = context.format(m.refreshed, ticks)
        let refreshedWidth = DisplayWidth.of(refreshed)
        if region.rows > layout.tableHeight + 1 {
            frame.put(refreshed, row: region.row + layout.tableHeight, col: region.col + region.cols - refreshedWidth, style: .dim)
        }
    }
}
