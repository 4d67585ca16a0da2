/// 256-colour ANSI escapes for the charts, and their removal when measuring a line.
///
/// Escapes take no columns on screen, so every width computation works on the text without
/// them: charts lay out plain text first and paint it last.
public enum ANSIColour {
    /// Ends any colour.
    public static let reset = "\u{1B}[0m"

    /// The escape that sets the foreground to palette entry `index` (0–255).
    public static func foreground(_ index: Int) -> String { "\u{1B}[38;5;\(index)m" }

    /// `text` in colour `index` when `enabled` (and `text` is not empty), else unchanged.
    public static func paint(_ text: String, _ index: Int, enabled: Bool) -> String {
        enabled && !text.isEmpty ? foreground(index) + text + reset : text
    }

    /// `text` without its CSI escape sequences (`ESC [ parameters final-byte`).
    public static func strip(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                result.append(scalar)
                continue
            }
            guard let next = scalars.next() else { break }
            guard next == "[" else { continue }   // a lone two-byte escape: drop both
            // Parameters and intermediates run until a final byte in @…~.
            while let byte = scalars.next(), !(0x40...0x7E).contains(byte.value) {}
        }
        return String(result)
    }

    /// Terminal columns `text` takes, escapes excluded.
    public static func visibleWidth(_ text: String) -> Int {
        DisplayWidth.of(strip(text))
    }
}

extension String {
    /// The line without trailing spaces (charts never end a line in padding).
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
