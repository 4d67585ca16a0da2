/// Uniform picks and Fisher–Yates shuffles written out here, using only `next()`: the standard
/// library's `shuffle(using:)` and `random(in:using:)` do not promise their algorithm, so a
/// seeded session could change with a Swift update.
public enum DeterministicRandom {
    /// A uniform integer in `0..<bound` (`bound` > 0), without modulo bias: draws below
    /// 2⁶⁴ mod bound are rejected (the arc4random_uniform method).
    public static func index(below bound: Int, using generator: inout some RandomNumberGenerator) -> Int {
        precondition(bound > 0, "bound must be positive")
        let n = UInt64(bound)
        let threshold = (0 &- n) % n
        while true {
            let x = generator.next()
            if x >= threshold { return Int(x % n) }
        }
    }

    /// Shuffles `array` in place: Fisher–Yates from the last element down.
    public static func shuffle<T>(_ array: inout [T], using generator: inout some RandomNumberGenerator) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = index(below: i + 1, using: &generator)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// A shuffled copy of `array`.
    public static func shuffled<T>(_ array: [T], using generator: inout some RandomNumberGenerator) -> [T] {
        var copy = array
        shuffle(&copy, using: &generator)
        return copy
    }

    /// `count` elements drawn without replacement, in drawn order (all of them if fewer).
    public static func sample<T>(_ array: [T], count: Int, using generator: inout some RandomNumberGenerator) -> [T] {
        Array(shuffled(array, using: &generator).prefix(max(0, count)))
    }
}
