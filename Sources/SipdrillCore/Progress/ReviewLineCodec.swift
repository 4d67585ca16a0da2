import Foundation

/// One review as one compact JSON line, with a hand-written fast path both ways: replaying
/// 100,000 reviews must not spend its time in JSONDecoder. Lines it does not recognise (a
/// hand-edited file, say) fall back to JSONDecoder, so any valid JSON object still loads.
enum ReviewLineCodec {
    static func encode(_ record: ReviewRecord) -> [UInt8] {
        var out = Array(#"{"at":""#.utf8)
        out += UTCTimestamp.format(record.at).utf8
        out += Array(#"","card":"#.utf8)
        appendString(record.card, to: &out)
        if let given = record.given {
            out += Array(#","given":"#.utf8)
            appendString(given, to: &out)
        }
        out += Array(#","grade":"#.utf8)
        appendString(record.grade, to: &out)
        out += Array(#","ms":"#.utf8) + Array(String(record.ms).utf8)
        out += Array(#","rating":"#.utf8) + Array(String(record.rating.rawValue).utf8)
        out.append(UInt8(ascii: "}"))
        return out
    }

    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += Array(#"\""#.utf8)
            case "\\": out += Array(#"\\"#.utf8)
            case "\n": out += Array(#"\n"#.utf8)
            default:
                if scalar.value < 0x20 {
                    out += Array(String(format: "\\u%04x", scalar.value).utf8)
                } else {
                    out += Array(String(scalar).utf8)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    static func decode(_ bytes: some Collection<UInt8>, line: Int) throws(ProgressError) -> ReviewRecord {
        if let fast = fastDecode(Array(bytes)) { return fast }
        do {
            return try ProgressCoding.decoder.decode(ReviewRecord.self, from: Data(bytes))
        } catch {
            throw .wrongShape(path: "log[\(line - 1)]", detail: ProgressCoding.describe(error))
        }
    }

    /// Parses exactly the shape `encode` writes (keys in that order, no escapes in values);
    /// nil for anything else.
    static func fastDecode(_ b: [UInt8]) -> ReviewRecord? {
        var i = 0
        func expect(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard i + count <= b.count else { return false }
            let ok = literal.withUTF8Buffer { buffer in (0..<count).allSatisfy { b[i + $0] == buffer[$0] } }
            if ok { i += count }
            return ok
        }
        func string() -> String? {
            let start = i
            while i < b.count, b[i] != UInt8(ascii: "\"") {
                if b[i] == UInt8(ascii: "\\") { return nil }
                i += 1
            }
            guard i < b.count else { return nil }
            defer { i += 1 }
            return String(decoding: b[start..<i], as: UTF8.self)
        }
        func integer() -> Int? {
            var value = 0
            let start = i
            while i < b.count, b[i] >= 48, b[i] <= 57 { value = value * 10 + Int(b[i] - 48); i += 1 }
            return i > start ? value : nil
        }
        guard expect(#"{"at":""#), let atText = string(), let at = UTCTimestamp.parse(atText),
              expect(#","card":""#), let card = string() else { return nil }
        var given: String?
        if expect(#","given":""#) {
            guard let value = string() else { return nil }
            given = value
        }
        guard expect(#","grade":""#), let grade = string(), expect(#","ms":"#), let ms = integer(),
              expect(#","rating":"#), let ratingValue = integer(), let rating = Rating(rawValue: ratingValue),
              expect("}"), i == b.count else { return nil }
        return ReviewRecord(card: card, rating: rating, at: at, ms: ms, grade: grade, given: given)
    }
}
