import Foundation
import Yams

/// Reads typed fields out of a YAML mapping, recording a problem (with its line) for each
/// field that is missing or malformed instead of stopping at the first one.
struct NodeReader {
    let file: String
    private(set) var problems: [ContentProblem] = []

    init(file: String) { self.file = file }

    mutating func report(_ line: Int, _ kind: ContentProblem.Kind) {
        problems.append(ContentProblem(file: file, line: line, kind: kind))
    }

    static func line(_ node: Node?) -> Int { node?.mark?.line ?? 1 }

    /// The line of a key itself: a block list's own mark is its first item, not its key.
    static func keyLine(_ map: Node.Mapping, _ key: String) -> Int? {
        map.first { $0.key.string == key }.map { line($0.key) }
    }

    /// Reports keys that are not in `known`, so a misspelt optional field is not silently ignored.
    mutating func rejectUnknownKeys(_ map: Node.Mapping, known: Set<String>, prefix: String = "") {
        for (key, _) in map where !known.contains(key.string ?? "") {
            report(Self.line(key), .unknownField(prefix + (key.string ?? "?")))
        }
    }

    mutating func mapping(_ node: Node?, field: String, line: Int) -> Node.Mapping? {
        guard let node else { report(line, .missingField(field)); return nil }
        guard case .mapping(let map) = node else {
            report(Self.line(node), .wrongType(field: field, expected: "a mapping"))
            return nil
        }
        return map
    }

    mutating func sequence(_ node: Node?, field: String, line: Int, required: Bool = true) -> [Node]? {
        guard let node else {
            if required { report(line, .missingField(field)) }
            return nil
        }
        guard case .sequence(let seq) = node else {
            report(Self.line(node), .wrongType(field: field, expected: "a list"))
            return nil
        }
        return Array(seq)
    }

    mutating func string(_ map: Node.Mapping, _ key: String, field: String? = nil, line: Int,
                         required: Bool = true) -> String? {
        let name = field ?? key
        guard let node = map[key] else {
            if required { report(line, .missingField(name)) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            report(Self.line(node), .wrongType(field: name, expected: "text"))
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            report(Self.line(node), .emptyText(field: name))
            return nil
        }
        return text
    }

    mutating func int(_ map: Node.Mapping, _ key: String, field: String? = nil, line: Int) -> Int? {
        guard let text = string(map, key, field: field, line: line) else { return nil }
        guard let value = Int(text) else {
            report(Self.line(map[key]), .wrongType(field: field ?? key, expected: "a whole number"))
            return nil
        }
        return value
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ map: Node.Mapping, _ key: String, field: String? = nil, line: Int, as _: T.Type
    ) -> T? where T.RawValue == String {
        guard let text = string(map, key, field: field, line: line) else { return nil }
        return choice(text, field: field ?? key, line: Self.line(map[key]), as: T.self)
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ text: String, field: String, line: Int, as _: T.Type
    ) -> T? where T.RawValue == String {
        if let value = T(rawValue: text) { return value }
        report(line, .badValue(field: field, value: text, allowed: T.allCases.map(\.rawValue)))
        return nil
    }

    /// A `{en: …, zh: …}` mapping; the `zh` side must contain Chinese characters.
    mutating func bilingual(_ map: Node.Mapping, _ key: String, field: String? = nil, line: Int,
                            required: Bool = true) -> Bilingual? {
        let name = field ?? key
        guard let node = map[key] else {
            if required { report(line, .missingField(name)) }
            return nil
        }
        guard let inner = mapping(node, field: name, line: line) else { return nil }
        return bilingual(inner, field: name, line: Self.line(node))
    }

    mutating func bilingual(_ inner: Node.Mapping, field name: String, line: Int) -> Bilingual? {
        rejectUnknownKeys(inner, known: ["en", "zh"], prefix: name + ".")
        let en = string(inner, "en", field: name + ".en", line: line)
        let zh = string(inner, "zh", field: name + ".zh", line: line)
        if let zh, !zh.containsHan {
            report(Self.line(inner["zh"]), .notChinese(field: name + ".zh"))
        }
        guard let en, let zh else { return nil }
        return Bilingual(en: en, zh: zh.joiningFoldedCJKLines)
    }

    /// A list of plain strings (`[a, b]`); absent means empty.
    mutating func strings(_ map: Node.Mapping, _ key: String, field: String, line: Int) -> [String] {
        guard let items = sequence(map[key], field: field, line: line, required: false) else { return [] }
        return items.compactMap { item in
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                report(Self.line(item), .wrongType(field: field, expected: "a list of text"))
                return nil
            }
            return scalar.string
        }
    }
}

extension String {
    /// YAML folds a line break into a space, which is right for English but leaves stray
    /// spaces in Chinese written across lines: drop a space that has CJK text on both sides.
    var joiningFoldedCJKLines: String {
        guard contains(" ") else { return self }
        let characters = Array(self)
        var out = ""
        for (index, character) in characters.enumerated() {
            if character == " ", index > 0, index + 1 < characters.count,
               characters[index - 1].isCJK, characters[index + 1].isCJK {
                continue
            }
            out.append(character)
        }
        return out
    }

    /// True when the text has at least one CJK ideograph.
    var containsHan: Bool {
        unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }
}

extension Character {
    /// CJK ideographs and full-width punctuation, between which Chinese text has no spaces.
    var isCJK: Bool {
        guard let value = unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value)
            || (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value)
    }
}
