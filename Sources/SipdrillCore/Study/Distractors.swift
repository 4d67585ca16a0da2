/// Picks the wrong choices of a scenario card.
public enum Distractors {
    /// `count` other quizzable entries of `deck` for `entry`: its confusables first (a random
    /// few when it lists more), then codes of its class, then the nearest codes. Never the
    /// answer, never a code twice, never a historical or nonstandard code. Returned in pick
    /// order; the caller shuffles them in with the answer.
    public static func pick(for entry: Entry, in deck: Deck, count: Int = 3,
                            using generator: inout some RandomNumberGenerator) -> [Entry] {
        var seen: Set<Int> = [entry.code]
        let eligible = deck.entries.filter { CardCatalog.isQuizzable($0) && seen.insert($0.code).inserted }

        var picked: [Entry] = []
        func take(_ candidates: [Entry], random: Bool) {
            let unused = candidates.filter { candidate in !picked.contains { $0.code == candidate.code } }
            let wanted = count - picked.count
            guard wanted > 0 else { return }
            picked += random ? DeterministicRandom.sample(unused, count: wanted, using: &generator)
                             : Array(unused.prefix(wanted))
        }

        let confusables = entry.confusableCodes.compactMap { code in eligible.first { $0.code == code } }
        take(confusables, random: true)
        take(eligible.filter { $0.codeClass == entry.codeClass }, random: true)
        take(eligible.sorted { (abs($0.code - entry.code), $0.code) < (abs($1.code - entry.code), $1.code) },
             random: false)
        return picked
    }
}
