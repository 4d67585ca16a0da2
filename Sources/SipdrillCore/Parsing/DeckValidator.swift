/// Checks that need the whole deck: identities, classes, confusable links, scenario counts.
public enum DeckValidator {
    /// Current codes need this many scenarios for "when to use" questions.
    public static let minimumScenarios = 2

    public static func problems(in parsed: ParsedDeck) -> [ContentProblem] {
        let deck = parsed.deck
        let file = parsed.lines.file
        var problems: [ContentProblem] = []
        func report(_ line: Int, _ kind: ContentProblem.Kind) {
            problems.append(ContentProblem(file: file, line: line, kind: kind))
        }
        var firstLineOfID: [EntryID: Int] = [:]
        var firstLineOfCode: [Int: Int] = [:]
        let described = Set(deck.classes.map(\.label))
        var undescribedReported: Set<String> = []

        for (entry, lines) in zip(deck.entries, parsed.lines.entries) {
            if let first = firstLineOfID[entry.id] {
                report(lines.start, .duplicateID(entry.id, firstLine: first))
            } else {
                firstLineOfID[entry.id] = lines.start
            }
            if let first = firstLineOfCode[entry.code] {
                report(lines.code, .duplicateCode(entry.code, firstLine: first))
            } else {
                firstLineOfCode[entry.code] = lines.code
            }
            guard (100...699).contains(entry.code) else {
                report(lines.code, .codeOutOfRange(entry.code))
                continue
            }
            let expectedID = EntryID.expected(deck: deck.id, code: entry.code)
            if entry.id != expectedID, !entry.id.rawValue.isEmpty { report(lines.start, .idMismatch(expected: expectedID, found: entry.id.rawValue)) }
            if entry.codeClass != CodeClass.label(for: entry.code) {
                report(lines.codeClass, .classMismatch(code: entry.code, declared: entry.codeClass))
            } else if !described.contains(entry.codeClass), undescribedReported.insert(entry.codeClass).inserted {
                report(lines.codeClass, .undescribedClass(entry.codeClass))
            }
            if entry.status == .current, entry.scenarios.count < minimumScenarios {
                report(lines.scenarios, .tooFewScenarios(count: entry.scenarios.count, minimum: minimumScenarios))
            }
        }

        let byCode = Dictionary(deck.entries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        for (entry, lines) in zip(deck.entries, parsed.lines.entries) {
            var seen: Set<Int> = []
            for (confusable, line) in zip(entry.confusable, lines.confusables) {
                if confusable.code == entry.code {
                    report(line, .confusableSelf(entry.code))
                } else if !seen.insert(confusable.code).inserted {
                    report(line, .confusableRepeated(confusable.code))
                } else if let other = byCode[confusable.code] {
                    if !other.confusableCodes.contains(entry.code) {
                        report(line, .confusableNotSymmetric(code: entry.code, other: other.code))
                    }
                } else {
                    report(line, .confusableUnknown(confusable.code))
                }
            }
        }
        return problems
    }
}
