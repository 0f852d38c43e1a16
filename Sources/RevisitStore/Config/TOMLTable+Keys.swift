import TOMLKit

extension TOMLTable {
    /// The first key, in sorted order, that is not among `known`: a misspelt setting, which
    /// the config and staff files refuse by name rather than ignore.
    func firstUnknownKey(knowing known: [String]) -> String? {
        keys.sorted().first { !known.contains($0) }
    }
}
