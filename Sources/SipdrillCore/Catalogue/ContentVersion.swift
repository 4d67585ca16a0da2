/// A short fingerprint of the catalogue text, printed with exam papers so that two people can
/// see whether they hold the same catalogue (same seed + same version = same paper).
public enum ContentVersion {
    /// FNV-1a 64 over the texts in order, as 12 hex digits. Stable across platforms and runs,
    /// unlike `Hasher`.
    public static func of(_ texts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for text in texts {
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0xFF
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
    }
}
