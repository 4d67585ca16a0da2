/// Ranks entries for a free-text query in English or Chinese.
public enum CatalogueSearch {
    /// A scored hit; higher scores are better matches.
    public struct Hit: Equatable, Sendable {
        public var entry: Entry
        public var score: Int
    }

    /// Fields searched, with how much a match in each counts. Names beat prose.
    enum Field: CaseIterable {
        case code, phrase, zh, aliases, meaning

        /// Names get bonuses for exact, prefix and close matches; prose only counts matches.
        var isName: Bool { self != .meaning }

        var weight: Int {
            switch self {
            case .code: 1000
            case .phrase, .zh: 100
            case .aliases: 70
            case .meaning: 12
            }
        }

        func texts(_ entry: Entry) -> [String] {
            switch self {
            case .code: [String(entry.code)]
            case .phrase: [entry.phrase]
            case .zh: [entry.zh]
            case .aliases: entry.aliases.en + entry.aliases.zh
            case .meaning: [entry.meaning.en, entry.meaning.zh]
            }
        }
    }

    /// Every entry that matches all words of the query (each word somewhere in the entry), best
    /// first; ties keep catalogue order. Historical and non-standard codes rank below current ones
    /// with the same score.
    public static func search(_ query: String, in entries: [Entry]) -> [Hit] {
        let tokens = SearchText.tokens(query)
        guard !tokens.isEmpty else { return [] }
        let normalizedQuery = tokens.joined(separator: " ")
        var hits: [(hit: Hit, order: Int)] = []
        for (order, entry) in entries.enumerated() {
            var score = 0
            var matched = Set<Int>()
            for field in Field.allCases {
                for text in field.texts(entry) {
                    let words = SearchText.tokens(text)
                    let joined = words.joined(separator: " ")
                    var fieldMatches = 0
                    for (index, token) in tokens.enumerated() where matches(token, words: words, joined: joined) {
                        fieldMatches += 1
                        matched.insert(index)
                    }
                    guard fieldMatches > 0 else { continue }
                    var fieldScore = field.weight * fieldMatches / tokens.count
                    if field.isName {
                        if joined == normalizedQuery { fieldScore *= 3 } else if joined.hasPrefix(normalizedQuery) { fieldScore *= 2 }
                        // The more of the name the query covers, the better: "busy" → Busy Here
                        // before Busy Everywhere.
                        fieldScore += field.weight * normalizedQuery.count / max(joined.count, 1)
                    }
                    score += fieldScore
                }
            }
            guard matched.count == tokens.count else { continue }
            if entry.status != .current && entry.status != .deprecated { score -= 1 }
            hits.append((Hit(entry: entry, score: score), order))
        }
        return hits.sorted { $0.hit.score != $1.hit.score ? $0.hit.score > $1.hit.score : $0.order < $1.order }.map(\.hit)
    }

    /// A Latin word matches a word starting with it ("auth" → "authentication"); CJK text and
    /// digits match as substrings of the field ("忙" → "此处忙").
    static func matches(_ token: String, words: [String], joined: String) -> Bool {
        if token.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) { return joined.contains(token) }
        return words.contains { $0.hasPrefix(token) }
    }
}
