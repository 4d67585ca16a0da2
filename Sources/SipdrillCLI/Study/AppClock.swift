import Foundation
import SipdrillCore

/// Where the session gets the time. Tests and demos fix it with `SIPDRILL_NOW` so a piped
/// session prints the same transcript every time.
final class AppClock {
    private var fixed: Date?
    /// How far a fixed clock moves each time it is read, so answer times are repeatable
    /// (and long enough that a right answer rates Good, not Easy, on recall cards).
    static let tick: TimeInterval = 7

    init(environment: [String: String]) {
        fixed = environment["SIPDRILL_NOW"].flatMap(UTCTimestamp.parse)
    }

    var isFixed: Bool { fixed != nil }

    func now() -> Date {
        guard let current = fixed else { return Date() }
        fixed = current.addingTimeInterval(Self.tick)
        return current
    }
}
