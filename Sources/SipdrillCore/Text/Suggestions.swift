/// "Did you mean …?" candidates by edit distance.
public enum Suggestions {
    /// Candidates within a small edit distance of `word` (or starting with it), closest first.
    public static func near(_ word: String, in candidates: [String], limit: Int = 2) -> [String] {
        let word = word.lowercased()
        let scored = candidates.compactMap { candidate -> (String, Int)? in
            if candidate.hasPrefix(word), !word.isEmpty { return (candidate, 0) }
            let distance = editDistance(word, candidate)
            return distance <= max(1, min(2, word.count / 3)) ? (candidate, distance) : nil
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(limit).map(\.0)
    }

    /// Levenshtein distance over characters, with adjacent transpositions counting as one edit.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
