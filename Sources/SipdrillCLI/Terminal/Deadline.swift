import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A timed exam's clock running out while the learner is still typing. Readline reads keys
/// through `ReadlineLineReader.getKey`, which polls with a short timeout and, once the
/// deadline has passed, hands readline a newline so the pending line ends and the exam can be
/// marked at once.
enum Deadline {
    /// Monotonic milliseconds at which time is up; 0 when no deadline is set.
    static let at = Atomic<Int64>(0)

    static func monotonicMilliseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
    }

    /// Sets the deadline `seconds` from now (nil clears it).
    static func arm(seconds: Double?) {
        at.store(seconds.map { monotonicMilliseconds() + Int64($0 * 1000) } ?? 0, ordering: .relaxed)
    }

    static var hasPassed: Bool {
        let deadline = at.load(ordering: .relaxed)
        return deadline != 0 && monotonicMilliseconds() >= deadline
    }
}
