import Foundation

/// The review log, kept as the file's own bytes until someone needs the entries: loading a
/// 100,000-review file must not decode 100,000 objects, and saving must not re-encode them.
public struct ReviewLog: Sendable, Equatable {
    /// Entries as stored: one compact JSON object per line, lines joined by ",\n".
    private(set) var stored: [UInt8]
    /// Entries added since the file was read.
    public private(set) var appended: [ReviewRecord] = []
    private var storedCount: Int

    public init() {
        stored = []
        storedCount = 0
    }

    init(storedBytes: [UInt8]) {
        stored = storedBytes
        storedCount = storedBytes.isEmpty ? 0 : storedBytes.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
    }

    public var count: Int { storedCount + appended.count }

    public mutating func append(_ record: ReviewRecord) { appended.append(record) }

    /// Removes the newest entry (for undo); returns it.
    @discardableResult
    public mutating func removeLast() throws(ProgressError) -> ReviewRecord? {
        if let last = appended.popLast() { return last }
        guard storedCount > 0 else { return nil }
        let cut = stored.lastIndex(of: 10) ?? -1
        let line = Array(stored[(cut + 1)...])
        stored.removeSubrange((cut >= 0 ? max(cut - 1, 0) : 0)...)   // drop ",\n" too
        storedCount -= 1
        return try ReviewLineCodec.decode(line, line: storedCount + 1)
    }

    /// Every entry, oldest first (decodes the stored part).
    public func entries() throws(ProgressError) -> [ReviewRecord] {
        var result: [ReviewRecord] = []
        result.reserveCapacity(count)
        var lineNumber = 0
        var start = 0
        let bytes = stored
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            lineNumber += 1
            var slice = bytes[start..<end]
            if slice.last == UInt8(ascii: ",") { slice = slice.dropLast() }
            result.append(try ReviewLineCodec.decode(slice, line: lineNumber))
            start = end + 1
        }
        return result + appended
    }

    /// The log section as written to the file: stored bytes untouched, new entries appended.
    func serialized() -> [UInt8] {
        var out = stored
        for record in appended {
            if !out.isEmpty { out += Array(",\n".utf8) }
            out += ReviewLineCodec.encode(record)
        }
        return out
    }

    public static func == (a: ReviewLog, b: ReviewLog) -> Bool { a.serialized() == b.serialized() }
}
