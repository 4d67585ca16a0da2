import Foundation

/// Times as the UI shows them: "10m", "3d", "4mo" for how far away a due date is (as on the
/// rating buttons), and local clock times.
enum IntervalText {
    static func between(_ start: Date, _ end: Date) -> String {
        let seconds = max(0, end.timeIntervalSince(start))
        let minutes = seconds / 60
        if minutes < 60 { return "\(max(1, Int(minutes.rounded())))m" }
        let hours = minutes / 60
        if hours < 24 { return "\(Int(hours.rounded()))h" }
        let days = hours / 24
        if days < 60 { return "\(Int(days.rounded()))d" }
        if days < 365 { return "\(Int((days / 30).rounded()))mo" }
        return String(format: "%.1fy", days / 365)
    }

    /// "2026-01-05 09:06" in the local time zone (UTC when TZ is unset, as in tests).
    static func localTime(_ date: Date) -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
