/// Text folded for matching: lower case, full-width folded to ASCII, punctuation as spaces.
enum SearchText {
    /// Works on Unicode scalars, not Characters: search normalises every entry's prose on each
    /// query, and grapheme breaking would dominate its cost.
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            var value = scalar
            if (0xFF01...0xFF5E).contains(value.value) { value = Unicode.Scalar(value.value - 0xFEE0)! }
            if value.isASCII {
                let byte = UInt8(value.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): value = Unicode.Scalar(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
                default: pendingSpace = !out.isEmpty; continue
                }
            } else if !(value.properties.isAlphabetic || value.properties.numericType != nil) {
                pendingSpace = !out.isEmpty
                continue
            } else if value.properties.changesWhenLowercased {
                let lowered = value.properties.lowercaseMapping.unicodeScalars
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(contentsOf: lowered)
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(value)
        }
        return String(out)
    }

    /// Words for Latin text; a run of CJK characters is kept whole and matched as a substring.
    static func tokens(_ text: String) -> [String] {
        normalize(text).split(separator: " ").map(String.init)
    }
}
