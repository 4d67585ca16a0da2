import Yams

/// Reads `false-friends.yaml` (a top-level `false_friends:` list) and checks it against the
/// SIP and HTTP decks, reporting every problem with its line.
public enum FalseFriendsParser {
    /// Whether a parsed YAML text is a false-friends file rather than a deck.
    static func isFalseFriendsFile(_ text: String) -> Bool {
        text.split(separator: "\n", maxSplits: 40).contains { $0.hasPrefix("false_friends:") }
    }

    public static func parse(_ text: String, file: String, decks: [Deck]) -> ([FalseFriend], [ContentProblem]) {
        var reader = NodeReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return ([], [DeckParser.syntaxProblem(error, file: file)])
        } catch {
            return ([], [ContentProblem(file: file, line: 1, kind: .yamlSyntax("\(error)"))])
        }
        guard let map = reader.mapping(root, field: "false friends file", line: 1) else { return ([], reader.problems) }
        reader.rejectUnknownKeys(map, known: ["false_friends"])
        let sip = decks.first { $0.id == FalseFriend.sipDeck }
        let http = decks.first { $0.id == FalseFriend.httpDeck }
        var result: [FalseFriend] = []
        var seen: [Int: Int] = [:]
        for item in reader.sequence(map["false_friends"], field: "false_friends", line: 1) ?? [] {
            let line = NodeReader.line(item)
            guard let entry = reader.mapping(item, field: "false_friends[]", line: line) else { continue }
            reader.rejectUnknownKeys(entry, known: ["code", "kind", "sip", "http", "difference"])
            let code = reader.int(entry, "code", line: line)
            let kind = reader.choice(entry, "kind", line: line, as: FalseFriend.Kind.self)
            let sipText = reader.bilingual(entry, "sip", line: line, required: kind != .httpOnly)
            let httpText = reader.bilingual(entry, "http", line: line, required: kind != .sipOnly)
            let difference = reader.bilingual(entry, "difference", line: line)
            guard let code, let kind, let difference else { continue }
            if let first = seen[code] { reader.report(line, .duplicateCode(code, firstLine: first)) } else { seen[code] = line }
            // Each side must name a code its deck has; a one-protocol number must be absent
            // (or only historical / non-standard) in the other.
            if kind != .httpOnly, let sip, sip.entry(code: code) == nil {
                reader.report(line, .confusableUnknown(code))
            }
            if kind != .sipOnly, let http, http.entry(code: code) == nil {
                reader.report(line, .confusableUnknown(code))
            }
            if kind == .sipOnly, let other = http?.entry(code: code), other.status == .current {
                reader.report(line, .badValue(field: "kind", value: kind.rawValue, allowed: ["a kind for numbers both protocols use (HTTP has \(code))"]))
            }
            if kind == .httpOnly, let other = sip?.entry(code: code), other.status == .current {
                reader.report(line, .badValue(field: "kind", value: kind.rawValue, allowed: ["a kind for numbers both protocols use (SIP has \(code))"]))
            }
            result.append(FalseFriend(code: code, kind: kind, sip: sipText, http: httpText, difference: difference))
        }
        return (result.sorted { $0.code < $1.code }, reader.problems)
    }
}
