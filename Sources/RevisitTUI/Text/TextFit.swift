/// Fits text into a number of cells without ever splitting a wide character.
enum TextFit {
    struct Fitted: Equatable {
        var text: String
        var width: Int
    }

    /// The longest prefix of `text` that fits `width` cells. When `ellipsis` is
    /// set and the text is cut, the prefix ends in "…" (still within `width`).
    /// Zero-width graphemes with no base (a lone combining mark) are dropped.
    static func fit(_ text: String, width: Int, ellipsis: Bool) -> Fitted {
        guard width > 0 else { return Fitted(text: "", width: 0) }
        guard let total = SimpleScalars.width(of: text) else { return fitByCharacter(text, width: width, ellipsis: ellipsis) }
        return total <= width ? Fitted(text: text, width: total) : cutSimple(text, width: width, ellipsis: ellipsis)
    }

    /// `fit` for any text, character by character.
    static func fitByCharacter(_ text: String, width: Int, ellipsis: Bool) -> Fitted {
        guard width > 0 else { return Fitted(text: "", width: 0) }
        let total = DisplayWidth.of(text)
        if total <= width && !text.contains(where: { DisplayWidth.of($0) == 0 }) {
            return Fitted(text: text, width: total)
        }
        let budget = total <= width || !ellipsis ? width : width - 1
        var out = ""
        var used = 0
        for character in text {
            let w = DisplayWidth.of(character)
            if w == 0 { continue }
            if used + w > budget { break }
            out.append(character)
            used += w
        }
        if total > width && ellipsis {
            out.append("…")
            used += 1
        }
        return Fitted(text: out, width: used)
    }

    /// `fit` for text wider than `width` whose scalars are all `SimpleScalars`: each one is a
    /// character of width one or two, so the cut is found scalar by scalar.
    static func cutSimple(_ text: String, width: Int, ellipsis: Bool) -> Fitted {
        let scalars = text.unicodeScalars
        let budget = ellipsis ? width - 1 : width
        var end = scalars.startIndex, used = 0
        while end < scalars.endIndex, let w = SimpleScalars.width(scalars[end]), used + w <= budget {
            used += w
            end = scalars.index(after: end)
        }
        var out = String(scalars[..<end])
        if ellipsis {
            out.append("…")
            used += 1
        }
        return Fitted(text: out, width: used)
    }
}
