import Foundation
import Yams

/// Parses one deck file's YAML text. Structural problems are collected, not thrown, so one run
/// reports every problem in the file.
public enum DeckParser {
    static let rootKeys: Set<String> = ["deck", "title", "classes", "entries"]
    static let classKeys: Set<String> = ["class", "name", "description"]
    static let entryKeys: Set<String> = [
        "id", "code", "class", "phrase", "zh", "status", "rfc", "section", "aliases", "senders",
        "headers", "meaning", "use_when", "not_when", "confusable", "scenarios", "note",
    ]

    /// Parses `text` (the contents of `file`). Returns the deck when the file is usable at all,
    /// with every problem found, each carrying `file:line`.
    public static func parse(_ text: String, file: String) -> (ParsedDeck?, [ContentProblem]) {
        var reader = NodeReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [syntaxProblem(error, file: file)])
        } catch {
            return (nil, [ContentProblem(file: file, line: 1, kind: .yamlSyntax("\(error)"))])
        }
        guard let map = reader.mapping(root, field: "deck file", line: 1) else {
            return (nil, reader.problems)
        }
        reader.rejectUnknownKeys(map, known: rootKeys)
        var lines = SourceLines(file: file, deck: NodeReader.line(map["deck"]))
        let deckText = reader.string(map, "deck", line: 1)
        var deckID = DeckID(deckText ?? "?")
        if let deckText, !DeckID(deckText).isWellFormed {
            reader.report(lines.deck, .badDeckID(deckText))
            deckID = DeckID("?")
        }
        let title = reader.bilingual(map, "title", line: 1)
        let classes = (reader.sequence(map["classes"], field: "classes", line: 1) ?? []).compactMap {
            parseClass($0, reader: &reader)
        }
        var entries: [Entry] = []
        for node in reader.sequence(map["entries"], field: "entries", line: 1) ?? [] {
            if let (entry, entryLines) = parseEntry(node, deck: deckID, reader: &reader) {
                entries.append(entry)
                lines.entries.append(entryLines)
            }
        }
        let deck = Deck(id: deckID, title: title ?? Bilingual(en: deckID.rawValue, zh: deckID.rawValue),
                        classes: classes, entries: entries)
        return (ParsedDeck(deck: deck, lines: lines), reader.problems)
    }

    static func syntaxProblem(_ error: YamlError, file: String) -> ContentProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = [problem, context.map { "(\($0.text) at line \($0.mark.line))" }]
                .compactMap { $0 }.joined(separator: " ")
            return ContentProblem(file: file, line: mark.line, kind: .yamlSyntax(detail))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ContentProblem(file: file, line: context.mark.line,
                                  kind: .yamlSyntax("duplicate key \(duplicates.joined(separator: ", "))"))
        default:
            return ContentProblem(file: file, line: 1, kind: .yamlSyntax("\(error)"))
        }
    }

    static func parseClass(_ node: Node, reader: inout NodeReader) -> CodeClass? {
        let line = NodeReader.line(node)
        guard let map = reader.mapping(node, field: "classes[]", line: line) else { return nil }
        reader.rejectUnknownKeys(map, known: classKeys, prefix: "classes.")
        let label = reader.string(map, "class", line: line)
        if let label, !isClassLabel(label) {
            reader.report(NodeReader.line(map["class"]),
                          .badValue(field: "class", value: label, allowed: (1...6).map { "\($0)xx" }))
        }
        let name = reader.bilingual(map, "name", line: line)
        let description = reader.bilingual(map, "description", line: line)
        guard let label, let name, let description else { return nil }
        return CodeClass(label: label, name: name, description: description)
    }

    static func isClassLabel(_ text: String) -> Bool {
        text.count == 3 && text.hasSuffix("xx") && ("1"..."6").contains(String(text.prefix(1)))
    }

    static func parseEntry(_ node: Node, deck: DeckID, reader: inout NodeReader) -> (Entry, SourceLines.EntryLines)? {
        let line = NodeReader.line(node)
        guard let map = reader.mapping(node, field: "entries[]", line: line) else { return nil }
        reader.rejectUnknownKeys(map, known: entryKeys)
        let id = reader.string(map, "id", line: line)
        let code = reader.int(map, "code", line: line)
        let codeClass = reader.string(map, "class", line: line)
        let phrase = reader.string(map, "phrase", line: line)
        let zh = reader.string(map, "zh", line: line)
        if let zh, !zh.containsHan { reader.report(NodeReader.line(map["zh"]), .notChinese(field: "zh")) }
        let status = reader.choice(map, "status", line: line, as: EntryStatus.self)
        let rfc = reader.string(map, "rfc", line: line)
        let section = reader.string(map, "section", line: line)
        let aliases = parseAliases(map, line: line, reader: &reader)
        let senders = parseSenders(map, line: line, reader: &reader)
        let headers = parseHeaders(map, line: line, reader: &reader)
        let meaning = reader.bilingual(map, "meaning", line: line)
        let useWhen = reader.bilingual(map, "use_when", line: line)
        let notWhen = reader.bilingual(map, "not_when", line: line)
        let (confusable, confusableLines) = parseConfusables(map, line: line, reader: &reader)
        let scenarios = parseScenarios(map, line: line, reader: &reader)
        let note = reader.bilingual(map, "note", line: line, required: false)

        // Keep going with placeholders when fields are bad, so the deck-wide checks (duplicates,
        // classes, confusables) still see this entry and one run reports everything.
        guard let code else { return nil }
        let blank = Bilingual(en: "", zh: "")
        let entry = Entry(
            deck: deck, id: EntryID(id ?? ""), code: code, codeClass: codeClass ?? CodeClass.label(for: code),
            phrase: phrase ?? "", zh: zh ?? "", status: status ?? .current, rfc: rfc ?? "", section: section ?? "",
            aliases: aliases, senders: senders, headers: headers, meaning: meaning ?? blank,
            useWhen: useWhen ?? blank, notWhen: notWhen ?? blank, confusable: confusable,
            scenarios: scenarios, note: note)
        let lines = SourceLines.EntryLines(
            start: line, code: NodeReader.line(map["code"]), codeClass: NodeReader.line(map["class"]),
            scenarios: NodeReader.keyLine(map, "scenarios") ?? line, confusables: confusableLines)
        return (entry, lines)
    }

    static func parseAliases(_ map: Node.Mapping, line: Int, reader: inout NodeReader) -> Entry.Aliases {
        guard let node = map["aliases"] else { return Entry.Aliases() }
        guard let inner = reader.mapping(node, field: "aliases", line: line) else { return Entry.Aliases() }
        reader.rejectUnknownKeys(inner, known: ["en", "zh"], prefix: "aliases.")
        let at = NodeReader.line(node)
        return Entry.Aliases(en: reader.strings(inner, "en", field: "aliases.en", line: at),
                             zh: reader.strings(inner, "zh", field: "aliases.zh", line: at))
    }

    static func parseSenders(_ map: Node.Mapping, line: Int, reader: inout NodeReader) -> [Sender] {
        guard map["senders"] != nil else {
            reader.report(line, .missingField("senders"))
            return []
        }
        let at = NodeReader.line(map["senders"])
        return reader.strings(map, "senders", field: "senders", line: at).compactMap {
            reader.choice($0, field: "senders", line: at, as: Sender.self)
        }
    }

    static func parseHeaders(_ map: Node.Mapping, line: Int, reader: inout NodeReader) -> [HeaderField] {
        guard let items = reader.sequence(map["headers"], field: "headers", line: line) else { return [] }
        return items.compactMap { item in
            let at = NodeReader.line(item)
            guard let header = reader.mapping(item, field: "headers[]", line: at) else { return nil }
            reader.rejectUnknownKeys(header, known: ["name", "need", "why"], prefix: "headers.")
            let name = reader.string(header, "name", field: "headers.name", line: at)
            let need = reader.choice(header, "need", field: "headers.need", line: at, as: HeaderNeed.self)
            let why = reader.bilingual(header, "why", field: "headers.why", line: at)
            guard let name, let need, let why else { return nil }
            return HeaderField(name: name, need: need, why: why)
        }
    }

    static func parseConfusables(_ map: Node.Mapping, line: Int, reader: inout NodeReader) -> ([Confusable], [Int]) {
        var result: [Confusable] = []
        var lines: [Int] = []
        for item in reader.sequence(map["confusable"], field: "confusable", line: line, required: false) ?? [] {
            let at = NodeReader.line(item)
            guard let pair = reader.mapping(item, field: "confusable[]", line: at) else { continue }
            reader.rejectUnknownKeys(pair, known: ["code", "rule"], prefix: "confusable.")
            let code = reader.int(pair, "code", field: "confusable.code", line: at)
            let rule = reader.bilingual(pair, "rule", field: "confusable.rule", line: at)
            if let code, let rule {
                result.append(Confusable(code: code, rule: rule))
                lines.append(at)
            }
        }
        return (result, lines)
    }

    static func parseScenarios(_ map: Node.Mapping, line: Int, reader: inout NodeReader) -> [Bilingual] {
        (reader.sequence(map["scenarios"], field: "scenarios", line: line, required: false) ?? []).compactMap { item in
            let at = NodeReader.line(item)
            guard let inner = reader.mapping(item, field: "scenarios[]", line: at) else { return nil }
            return reader.bilingual(inner, field: "scenarios[]", line: at)
        }
    }
}
