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

    struct Header: Codable {
        var cards: [String: CardRecord]
        var journalSeq: Int?
        var settings: ProgressSettings
        var version: Int

        enum CodingKeys: String, CodingKey {
            case cards, journalSeq = "journal_seq", settings, version
        }
    }

    /// The file's bytes.
    public static func encode(_ document: ProgressDocument) -> [UInt8] {
        let header = Header(cards: document.cards, journalSeq: document.journalSeq, settings: document.settings,
                            version: document.version)
        // Encoding these value types cannot fail (no non-finite doubles reach here: the
        // scheduler clamps S and D); a failure would be a programming error.
        var bytes = Array(try! ProgressCoding.encoder.encode(header))
        // Reopen the header object ("…\n}") so the log can follow as its last key.
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        if bytes.last == UInt8(ascii: "}") { bytes.removeLast() }
        while let last = bytes.last, isSpace(last) { bytes.removeLast() }
        let log = document.log.serialized()
        return bytes + logMarker + log + (log.isEmpty ? Array("]\n}\n".utf8) : logEnd)
    }

    /// Reads a file's bytes. Older versions are migrated in memory (the caller keeps a backup
    /// of the original before saving); anything malformed or newer throws.
    public static func decode(_ bytes: [UInt8]) throws(ProgressError) -> ProgressDocument {
        if let marker = find(logMarker, in: bytes) {
            let headerBytes = Array(bytes[..<marker]) + Array("\n}".utf8)
            let logStart = marker + logMarker.count
            var end = bytes.count
            while end > logStart, isSpace(bytes[end - 1]) { end -= 1 }
            let closing = Array("\n]\n}".utf8)
            let logBytes: ArraySlice<UInt8>
            if bytes[logStart..<end].elementsEqual(Array("]\n}".utf8)) {
                logBytes = []
            } else if end - logStart > closing.count, bytes[(end - closing.count)..<end].elementsEqual(closing) {
                logBytes = bytes[logStart..<(end - closing.count)]
            } else {
                // Our own layout, but the closing bracket is missing: cut short on disk.
                throw .truncated
            }
            var document = try decodeHeader(Data(headerBytes))
            document.log = ReviewLog(storedBytes: Array(logBytes))
            return document
        }
        return try decodeWhole(Data(bytes))
    }

    /// A file not in our layout (reformatted by another tool): decode it all, slowly but exactly.
    static func decodeWhole(_ data: Data) throws(ProgressError) -> ProgressDocument {
        struct Whole: Decodable {
            var cards: [String: CardRecord]?
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
        document.settings = whole.settings ?? ProgressSettings()
        for record in whole.log ?? [] { document.log.append(record) }
        // Re-serialise as stored so that `appended` only holds this session's reviews.
        document.log = ReviewLog(storedBytes: document.log.serialized())
        return document
    }

    static func decodeHeader(_ data: Data) throws(ProgressError) -> ProgressDocument {
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
            document.journalSeq = header.journalSeq ?? 0
            document.settings = header.settings
            document.version = ProgressDocument.currentVersion
            return document
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

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
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
