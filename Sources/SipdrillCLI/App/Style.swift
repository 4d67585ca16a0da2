/// ANSI styling that is a no-op when colour is off (not a TTY, `NO_COLOR`, `--no-color`).
public struct Style: Sendable {
    public var enabled: Bool

    public init(enabled: Bool) { self.enabled = enabled }

    /// Colour is on only for a terminal, and `NO_COLOR` (any non-empty value) or `--no-color`
    /// turn it off (https://no-color.org).
    public static func decide(isTTY: Bool, environment: [String: String], noColorFlag: Bool) -> Style {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        return Style(enabled: isTTY && !noColor && !noColorFlag && environment["TERM"] != "dumb")
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }
    public func dim(_ text: String) -> String { wrap(text, "2") }
    public func code(_ text: String) -> String { wrap(text, "1;36") }
    public func heading(_ text: String) -> String { wrap(text, "1;33") }
    public func good(_ text: String) -> String { wrap(text, "32") }
    public func bad(_ text: String) -> String { wrap(text, "31") }
    public func warn(_ text: String) -> String { wrap(text, "33") }
}
