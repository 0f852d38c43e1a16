/// Lays text out in columns of fixed display width, for lines that are drawn as one string
/// (a card's rows). A Chinese name takes two cells a character and is never split.
public enum ColumnText {
    public static func line(_ columns: [(text: String, width: Int)]) -> String {
        columns.map { column in
            let fitted = TextFit.fit(Sanitizer.singleLine(column.text), width: column.width, ellipsis: true)
            return fitted.text + String(repeating: " ", count: max(0, column.width - fitted.width))
        }.joined(separator: " ")
    }
}
