/// A field that holds one of a fixed list of option keys, changed with next/previous-choice.
/// Drawn as `‹ option ›` while focused.
struct ChoiceField: Equatable {
    let options: [String]
    private(set) var index: Int

    init(options: [String], selected: String? = nil) {
        self.options = options
        index = selected.flatMap { options.firstIndex(of: $0) } ?? 0
    }

    var value: String? { options.isEmpty ? nil : options[index] }

    /// Moves to the next or previous option (wrapping); false for other inputs.
    mutating func handle(_ input: ScreenInput) -> Bool {
        guard !options.isEmpty, case .action(let action) = input else { return false }
        switch action {
        case .nextChoice: index = (index + 1) % options.count
        case .previousChoice: index = (index + options.count - 1) % options.count
        default: return false
        }
        return true
    }
}
