import Foundation

/// The progress file format. It is ordinary JSON — any tool can read it — laid out so that
/// sipdrill can be fast on large logs:
///
///     {
///       "cards" : { … },
///       "settings" : { … },
///       "version" : 1,
///       "log" : [
///     {"at":"…","card":"sip-486:phrase","grade":"correct","ms":4100,"rating":3},
///     …
///     ]
///     }
///
/// The header keys are sorted; the log comes last with one review per line, so a load decodes
/// only the small header and keeps the log as bytes, and a save copies those bytes unchanged.
public enum ProgressCodec {
    static let logMarker = Array(",\n  \"log\" : [\n".utf8)
    static let logEnd = Array("\n]\n}\n".utf8)
    static let emptyLogEnd = Array("]\n}\n".utf8)

    struct Header: Codable {
        var cards: [String: CardRecord]
        var exams: [ExamAttempt]?
        var journalSeq: Int?
        /// How many reviews the log holds and how many bytes it takes: a load reads only the
        /// header, yet can tell a file cut short from a whole one by its size.
        var logBytes: Int?
        var logCount: Int?
        var practice: [PracticeRecord]?
        var settings: ProgressSettings
        var version: Int

        enum CodingKeys: String, CodingKey {
            case cards, exams, journalSeq = "journal_seq", logBytes = "log_bytes", logCount = "log_count"
            case practice, settings, version
        }
    }

    /// Where the log sits in a file whose header was read with `decodeHead`.
    public struct LogLocation: Equatable, Sendable {
        public var range: Range<Int>
    }

    /// The file's bytes. The log must be loaded (see `ReviewLog.attach`).
    public static func encode(_ document: ProgressDocument) throws(ProgressError) -> [UInt8] {
        let log = try document.log.serialized()
        let header = Header(cards: document.cards, exams: document.exams, journalSeq: document.journalSeq,
                            logBytes: log.count, logCount: document.log.count, practice: document.practice,
                            settings: document.settings, version: document.version)
        // Encoding these value types cannot fail (no non-finite doubles reach here: the
        // scheduler clamps S and D); a failure would be a programming error.
        var bytes = Array(try! ProgressCoding.encoder.encode(header))
        // Reopen the header object ("…\n}") so the log can follow as its last key.
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        if bytes.last == UInt8(ascii: "}") { bytes.removeLast() }
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        return bytes + logMarker + log + (log.isEmpty ? emptyLogEnd : logEnd)
    }

    /// Where the header ends in the file's first bytes: the offset just past the log marker,
    /// or nil when `prefix` does not reach it (read more) or the file is in another layout.
    public static func headerEnd(in prefix: [UInt8]) -> Int? {
        find(logMarker, in: prefix).map { $0 + logMarker.count }
    }

    /// Decodes the header from the file's first `headerEnd` bytes, checks the file's size
    /// against it, and returns the document with its log not yet loaded. Returns nil when the
    /// header does not record the log's size (a file written by another tool): decode the
    /// whole file instead.
    public static func decodeHead(_ prefix: ArraySlice<UInt8>, fileSize: Int) throws(ProgressError)
        -> (ProgressDocument, LogLocation)? {
        let headerBytes = Array(prefix.dropLast(logMarker.count)) + Array("\n}".utf8)
        let (document, header) = try decodeHeader(Data(headerBytes))
        guard let logBytes = header.logBytes, let logCount = header.logCount else { return nil }
        let logStart = prefix.count
        let expected = logStart + logBytes + (logBytes == 0 ? emptyLogEnd.count : logEnd.count)
        if fileSize < expected { throw .truncated }
        if fileSize > expected {
            throw .wrongShape(path: "log", detail: "the file is longer than its header says (edited by hand?)")
        }
        var result = document
        result.log = ReviewLog(unloadedCount: logCount)
        return (result, LogLocation(range: logStart..<(logStart + logBytes)))
    }

    /// Reads a whole file's bytes. Anything malformed or newer throws.
    public static func decode(_ bytes: [UInt8]) throws(ProgressError) -> ProgressDocument {
        if let end = headerEnd(in: bytes), var (document, location) = try decodeHead(bytes[..<end], fileSize: bytes.count) {
            try document.log.attach(Array(bytes[location.range]))
            let tail = bytes[location.range.upperBound...]
            guard tail.elementsEqual(location.range.isEmpty ? emptyLogEnd : logEnd) else { throw .truncated }
            return document
        }
        return try decodeWhole(Data(bytes))
    }

    /// A file not in our layout (reformatted by another tool): decode it all, slowly but exactly.
    static func decodeWhole(_ data: Data) throws(ProgressError) -> ProgressDocument {
        struct Whole: Decodable {
            var cards: [String: CardRecord]?
            var exams: [ExamAttempt]?
            var practice: [PracticeRecord]?
            var journal_seq: Int?
            var settings: ProgressSettings?
            var version: Int?
            var log: [ReviewRecord]?
        }
        let whole: Whole
        do {
            whole = try ProgressCoding.decoder.decode(Whole.self, from: data)
        } catch {
            throw classify(error, data: data)
        }
        guard let version = whole.version else { throw .missingVersion }
        try checkVersion(version)
        var document = ProgressDocument()
        document.version = ProgressDocument.currentVersion
        document.cards = whole.cards ?? [:]
        document.journalSeq = whole.journal_seq ?? 0
        document.exams = whole.exams ?? []
        document.practice = whole.practice ?? []
        document.settings = whole.settings ?? ProgressSettings()
        for record in whole.log ?? [] { document.log.append(record) }
        // Re-serialise as stored so that `appended` only holds this session's reviews.
        document.log = ReviewLog(storedBytes: try document.log.serialized())
        return document
    }

    static func decodeHeader(_ data: Data) throws(ProgressError) -> (ProgressDocument, Header) {
        struct VersionOnly: Decodable { var version: Int? }
        let version: Int?
        do {
            version = try ProgressCoding.decoder.decode(VersionOnly.self, from: data).version
        } catch {
            throw classify(error, data: data)
        }
        guard let version else { throw .missingVersion }
        try checkVersion(version)
        do {
            let header = try ProgressCoding.decoder.decode(Header.self, from: data)
            var document = ProgressDocument()
            document.cards = header.cards
            document.exams = header.exams ?? []
            document.practice = header.practice ?? []
            document.journalSeq = header.journalSeq ?? 0
            document.settings = header.settings
            document.version = ProgressDocument.currentVersion
            return (document, header)
        } catch {
            throw classify(error, data: data)
        }
    }

    static func checkVersion(_ version: Int) throws(ProgressError) {
        if version > ProgressDocument.currentVersion {
            throw .futureVersion(found: version, supported: ProgressDocument.currentVersion)
        }
        // Versions below 1 never existed; migrations from older formats go here when they do.
        if version < 1 { throw .wrongShape(path: "version", detail: "\(version) is not a known format version") }
    }

    static func classify(_ error: any Error, data: Data) -> ProgressError {
        if case DecodingError.dataCorrupted(let context) = error, context.codingPath.isEmpty {
            let detail = ProgressCoding.describe(error)
            // JSON that simply stops is the commonest damage: name it plainly.
            let first = data.first { !isSpace($0) }
            let last = data.reversed().first { !isSpace($0) }
            if first == UInt8(ascii: "{"), last != UInt8(ascii: "}") { return .truncated }
            return .notJSON(detail)
        }
        if case DecodingError.typeMismatch(_, let context) = error, context.codingPath.isEmpty {
            return .notJSON("the top level is not an object")
        }
        let (path, detail) = ProgressCoding.parts(error)
        return .wrongShape(path: path, detail: detail)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 13 || byte == 9 }

    package static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard needle.count <= haystack.count, let first = needle.first else { return nil }
        var index = 0
        let limit = haystack.count - needle.count
        while index <= limit {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
