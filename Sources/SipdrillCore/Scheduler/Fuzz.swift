/// Interval fuzz the way Anki does it: a uniform whole-day pick from py-fsrs's ranges.
///
/// Fuzz spreads cards learned together over neighbouring days. The pick comes from a
/// fraction derived from the card's seed and review count rather than a random source,
/// so the interval shown on a button before answering is the one applied after it, and
/// rebuilding a card from its log reproduces the same due dates.
public enum Fuzz {
    /// Intervals below this many days are never fuzzed (py-fsrs: `interval_days < 2.5`).
    public static let minimumDays = 2.5

    /// py-fsrs `FUZZ_RANGES`: each band of the interval adds `factor` days of spread per day.
    private static let bands: [(start: Double, end: Double, factor: Double)] = [
        (2.5, 7.0, 0.15),
        (7.0, 20.0, 0.10),
        (20.0, .infinity, 0.05),
    ]

    /// The whole days `[lo, hi]` an interval of `days` may become, as py-fsrs computes them.
    public static func range(days: Int, maximumInterval: Int) -> ClosedRange<Int> {
        let interval = Double(days)
        var delta = 1.0
        for band in bands {
            delta += band.factor * max(min(interval, band.end) - band.start, 0.0)
        }
        var lo = max(2, Int((interval - delta).rounded(.toNearestOrEven)))
        let hi = min(Int((interval + delta).rounded(.toNearestOrEven)), maximumInterval)
        lo = min(lo, hi)
        return lo...hi
    }

    /// The fuzzed interval: `lo + ⌊fraction · (hi − lo + 1)⌋`, a uniform pick in `[lo, hi]`.
    ///
    /// py-fsrs rounds instead of flooring, which reaches `hi + 1` and gives the ends half
    /// weight; Anki's floor form is the uniform one. `fraction` must be in [0, 1).
    public static func apply(days: Int, fraction: Double, maximumInterval: Int) -> Int {
        guard Double(days) >= minimumDays else { return days }
        let range = range(days: days, maximumInterval: maximumInterval)
        let width = range.upperBound - range.lowerBound + 1
        // min() guards against a caller's fraction of exactly 1.
        let offset = min(Int((fraction * Double(width)).rounded(.down)), width - 1)
        return range.lowerBound + max(offset, 0)
    }

    /// A stable seed for a card: 64-bit FNV-1a over the UTF-8 bytes of its id.
    ///
    /// Stable across runs, platforms and Swift versions, unlike `Hasher`.
    public static func seed(cardID: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in cardID.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The fraction in [0, 1) for a card's review number `reviewCount` (its reps before it).
    ///
    /// This is output `reviewCount + 1` of a splitmix64 stream started at `seed`: each
    /// review of a card draws its own well-mixed value, with no state to store.
    public static func fraction(seed: UInt64, reviewCount: Int) -> Double {
        let state = seed &+ (UInt64(truncatingIfNeeded: reviewCount) &+ 1) &* 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z = z ^ (z >> 31)
        // The top 53 bits, scaled: exactly representable, always below 1.
        return Double(z >> 11) * 0x1.0p-53
    }
}
