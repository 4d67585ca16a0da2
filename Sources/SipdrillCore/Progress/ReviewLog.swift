import Foundation

/// The review log, kept as the file's own bytes until someone needs the entries: loading a
/// 100,000-review file must not decode 100,000 objects, and saving must not re-encode them.
public struct ReviewLog: Sendable, Equatable {
    /// Entries as stored: one compact JSON object per line, lines joined by ",\n". `nil`
    /// until the file's log section is attached: opening a profile reads only the header.
    private(set) var stored: [UInt8]?
    /// Entries added since the file was read.
    public private(set) var appended: [ReviewRecord] = []
    private var storedCount: Int

    public init() {
        stored = []
        storedCount = 0
    }

    /// A log whose `count` stored entries are still on disk.
    init(unloadedCount count: Int) {
        stored = count == 0 ? [] : nil
        storedCount = count
    }

    init(storedBytes: [UInt8]) {
        stored = storedBytes
        storedCount = Self.lines(in: storedBytes)
    }

    static func lines(in bytes: [UInt8]) -> Int {
        bytes.isEmpty ? 0 : bytes.withUnsafeBufferPointer { buffer in
            var lines = 1
            for byte in buffer where byte == 10 { lines += 1 }
            return lines
        }
    }

    /// Whether the stored entries are in memory.
    public var isLoaded: Bool { stored != nil }

    /// Supplies the stored entries read from the file; their number must match the header's.
    public mutating func attach(_ bytes: [UInt8]) throws(ProgressError) {
        let found = Self.lines(in: bytes)
        guard found == storedCount else {
            throw .wrongShape(path: "log", detail: "holds \(found) reviews but the file's header says \(storedCount)")
        }
        stored = bytes
    }

    public var count: Int { storedCount + appended.count }

    public mutating func append(_ record: ReviewRecord) { appended.append(record) }

    /// Removes the newest entry (for undo); returns it. Needs the stored part loaded when
    /// nothing was appended.
    @discardableResult
    public mutating func removeLast() throws(ProgressError) -> ReviewRecord? {
        if let last = appended.popLast() { return last }
        guard storedCount > 0 else { return nil }
        guard var bytes = stored else { throw .logNotLoaded }
        let cut = bytes.lastIndex(of: 10) ?? -1
        let line = Array(bytes[(cut + 1)...])
        bytes.removeSubrange((cut >= 0 ? max(cut - 1, 0) : 0)...)   // drop ",\n" too
        stored = bytes
        storedCount -= 1
        return try ReviewLineCodec.decode(line, line: storedCount + 1)
    }

    /// Every entry, oldest first (decodes the stored part).
    public func entries() throws(ProgressError) -> [ReviewRecord] {
        guard let bytes = stored else { throw .logNotLoaded }
        var result: [ReviewRecord] = []
        result.reserveCapacity(count)
        var lineNumber = 0
        var start = 0
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
    func serialized() throws(ProgressError) -> [UInt8] {
        guard var out = stored else { throw .logNotLoaded }
        for record in appended {
            if !out.isEmpty { out += Array(",\n".utf8) }
            out += ReviewLineCodec.encode(record)
        }
        return out
    }

    public static func == (a: ReviewLog, b: ReviewLog) -> Bool {
        a.storedCount == b.storedCount && a.stored == b.stored && a.appended == b.appended
    }
}
