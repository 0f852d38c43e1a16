/// A date or time someone wrote that could not be read, as the command line says it:
/// "is not a date: 2026-02 has no day 30" for one written the right way (see
/// `DateImpossibility`), "is not a date as YYYY-MM-DD" for one written another way.
public enum BadDateText {
    public static func date(_ text: some StringProtocol) -> String {
        if let why = DateImpossibility.of(date: text) { return "is not a date: \(why.english)" }
        return "is not a date as YYYY-MM-DD"
    }

    /// The same for a time; `noun` and `shape` say what the caller asked for.
    public static func time(_ text: some StringProtocol, noun: String = "time",
                            shape: String = "YYYY-MM-DD HH:MM") -> String {
        if let why = DateImpossibility.of(time: text) { return "is not a \(noun): \(why.english)" }
        return "is not a \(noun) as \(shape)"
    }
}
