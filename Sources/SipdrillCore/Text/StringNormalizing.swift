extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines (no Foundation needed).
    public var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }

    /// Full-width forms (ＡＢＣ１２３, 　) folded to ASCII, as Chinese input methods often produce them.
    public var foldingFullWidth: String {
        String(String.UnicodeScalarView(unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
            case 0x3000: " "
            default: scalar
            }
        }))
    }

    /// Digits typed in full width (４８６) read as ASCII digits.
    public var normalizedDigits: String { foldingFullWidth.trimmingWhitespace }
}
