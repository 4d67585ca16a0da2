/// A problem with ``SchedulerSettings``, found by ``SchedulerSettings/validate()``.
public enum SchedulerSettingsError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Which step list a step error is about.
    public enum StepList: String, Equatable, Sendable {
        case learning
        case relearning
    }

    /// FSRS-6 needs exactly 21 weights.
    case wrongParameterCount(expected: Int, got: Int)
    /// Weight `w[index]` lies outside the range py-fsrs accepts.
    case parameterOutOfRange(index: Int, value: Double, range: ClosedRange<Double>)
    /// The desired retention lies outside ``SchedulerSettings/retentionRange``.
    case retentionOutOfRange(value: Double, range: ClosedRange<Double>)
    /// A (re)learning step is not a positive, finite number of seconds.
    case stepNotPositive(list: StepList, index: Int, seconds: Double)
    /// The maximum interval is below one day.
    case maximumIntervalTooSmall(days: Int)
    /// The leech threshold is negative.
    case leechThresholdNegative(Int)

    /// The problem in words, e.g. `parameter w[3] = 150 is outside 0.001–100`.
    public var description: String {
        switch self {
        case let .wrongParameterCount(expected, got):
            return "expected \(expected) parameters, got \(got)"
        case let .parameterOutOfRange(index, value, range):
            return "parameter w[\(index)] = \(plain(value)) is outside \(plain(range))"
        case let .retentionOutOfRange(value, range):
            return "desired retention \(plain(value)) is outside \(plain(range))"
        case let .stepNotPositive(list, index, seconds):
            // Steps are numbered from 1 for people.
            return "\(list.rawValue) step \(index + 1) is \(plain(seconds)) s; steps must be longer than zero"
        case let .maximumIntervalTooSmall(days):
            return "maximum interval \(days) is below 1 day"
        case let .leechThresholdNegative(value):
            return "leech threshold \(value) is negative (0 turns leech detection off)"
        }
    }
}

/// `4.0` as "4", `0.001` as "0.001": numbers as a person would write them.
private func plain(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
        return String(Int64(value))
    }
    return String(value)
}

/// A range as "0.001–100".
private func plain(_ range: ClosedRange<Double>) -> String {
    "\(plain(range.lowerBound))–\(plain(range.upperBound))"
}
