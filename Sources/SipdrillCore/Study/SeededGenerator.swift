/// A small deterministic random number generator (SplitMix64), so `--seed N` repeats a session
/// exactly on every machine and Swift version; the system generator cannot be seeded.
public struct SeededGenerator: RandomNumberGenerator, Codable, Equatable, Sendable {
    /// The whole state: saving it resumes the stream where it left off.
    public private(set) var state: UInt64

    /// A stream started at `seed`.
    public init(seed: UInt64) { state = seed }

    /// A stream for one card in a session: `seed` mixed with the card id, so a card's question
    /// under a seed does not depend on which cards were asked before it.
    public init(seed: UInt64, card: CardID) {
        state = seed ^ Fuzz.seed(cardID: card.rawValue)
    }

    /// The next 64 random bits (Steele, Lea & Flood's SplitMix64, as in Java's SplittableRandom).
    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
