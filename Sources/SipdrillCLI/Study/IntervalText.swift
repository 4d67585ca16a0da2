import Foundation

/// "10m", "3d", "4mo": how far away a due date is, as the rating buttons show it.
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
}
