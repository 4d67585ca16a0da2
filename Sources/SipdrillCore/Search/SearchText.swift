/// Text folded for matching: lower case, full-width folded to ASCII, punctuation as spaces.
enum SearchText {
    static func normalize(_ text: String) -> String {
        let folded = text.foldingFullWidth.lowercased()
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        for character in folded {
            if character.isLetter || character.isNumber {
                out.append(character)
            } else if let last = out.last, last != " " {
                out.append(" ")
            }
        }
        return out.trimmingWhitespace
    }

    /// Words for Latin text; a run of CJK characters is kept whole and matched as a substring.
    static func tokens(_ text: String) -> [String] {
        normalize(text).split(separator: " ").map(String.init)
    }
}
