/// Terminal column widths computed without the C locale: `wcwidth` needs a UTF-8 locale and is
/// not visible from Swift, and tables must line up with Chinese text in any environment.
public enum DisplayWidth {
    /// Columns a string occupies in a terminal.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// Columns one grapheme cluster occupies: 2 for East Asian Wide/Fullwidth and emoji
    /// presentation, 0 for marks and controls, else 1.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if isWide(first.value) || first.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isWide(_ value: UInt32) -> Bool {
        // Fast path: ASCII and Latin are never wide.
        if value < 0x1100 { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound { high = mid - 1 } else if value > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges from Unicode's EastAsianWidth.txt, merged and
    /// sorted. Emoji are covered by `isEmojiPresentation` instead.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x2E99, 0x2E9B...0x2EF3, 0x2F00...0x2FD5,
        0x2FF0...0x2FFF, 0x3000...0x303E, 0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F,
        0x3131...0x318E, 0x3190...0x31E5, 0x31EF...0x321E, 0x3220...0x3247, 0x3250...0xA48C,
        0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE52, 0xFE54...0xFE66, 0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5,
        0x18D00...0x18D08, 0x1AFF0...0x1AFFE, 0x1B000...0x1B122, 0x1B132...0x1B132,
        0x1B150...0x1B152, 0x1B155...0x1B155, 0x1B164...0x1B167, 0x1B170...0x1B2FB,
        0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251,
        0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    /// Pads with spaces on the right to `width` columns (no-op when already wider).
    public static func padRight(_ text: String, to width: Int) -> String {
        let gap = width - of(text)
        return gap > 0 ? text + String(repeating: " ", count: gap) : text
    }

    /// Pads with spaces on the left to `width` columns.
    public static func padLeft(_ text: String, to width: Int) -> String {
        let gap = width - of(text)
        return gap > 0 ? String(repeating: " ", count: gap) + text : text
    }

    /// Cuts to at most `width` columns, ending with `…` when something was cut; never splits a
    /// wide character across the limit.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let w = of(character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }

    /// Breaks text into lines of at most `width` columns: at spaces for Latin text, anywhere
    /// between CJK characters (which have no spaces), and never before CJK closing punctuation.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 4 else { return [text] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var lastBreak: String.Index?   // break opportunity inside `line`
        for character in text {
            if character == "\n" {
                lines.append(line.trimmingWhitespace)
                line = ""; lineWidth = 0; lastBreak = nil
                continue
            }
            let w = of(character)
            if lineWidth + w > width {
                // Closing punctuation may not start a line: carry the previous CJK character
                // down with it (the usual Chinese typesetting rule).
                if isClosingPunctuation(character) {
                    // Step back over any closing punctuation already at the end, then one more
                    // character, so the whole run moves down with the word it closes.
                    var cut = line.endIndex
                    while cut > line.startIndex, isClosingPunctuation(line[line.index(before: cut)]) {
                        cut = line.index(before: cut)
                    }
                    if cut > line.startIndex, of(line[line.index(before: cut)]) == 2 {
                        cut = line.index(before: cut)
                        if cut > line.startIndex { lastBreak = cut }
                    }
                }
                if let cut = lastBreak, cut > line.startIndex {
                    lines.append(String(line[..<cut]).trimmingWhitespace)
                    line = String(line[cut...]).trimmingWhitespace
                } else {
                    lines.append(line.trimmingWhitespace)
                    line = ""
                }
                lineWidth = of(line)
                lastBreak = nil
            }
            if character == " " || w == 2 { lastBreak = line.endIndex }
            line.append(character)
            lineWidth += w
            // Opening brackets stay with what follows them: no break right after one.
            if w == 2, !isOpeningPunctuation(character) { lastBreak = line.endIndex }
        }
        if !line.trimmingWhitespace.isEmpty { lines.append(line.trimmingWhitespace) }
        return lines.isEmpty ? [""] : lines
    }

    static func isOpeningPunctuation(_ character: Character) -> Bool {
        "（《「『【“‘".contains(character)
    }

    static func isClosingPunctuation(_ character: Character) -> Bool {
        "，。、；：？！）》」』】”’,.;:?!)".contains(character)
    }
}
