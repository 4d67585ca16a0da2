/// A plain-text table whose columns line up by display width, so Chinese cells align too.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(header: [String], alignments: [Alignment]? = nil) {
        self.header = header
        self.alignments = alignments ?? Array(repeating: .left, count: header.count)
    }

    public mutating func add(_ row: [String]) { rows.append(row) }

    /// Column widths: the widest cell of each column, header included.
    public var widths: [Int] {
        header.indices.map { column in
            ([header] + rows).map { DisplayWidth.of($0.indices.contains(column) ? $0[column] : "") }.max() ?? 0
        }
    }

    /// The table as lines; `maxWidth` shrinks the last column (truncating with …) to fit.
    /// `headerStyle` wraps the header line, e.g. in bold.
    public func render(maxWidth: Int? = nil, separator: String = "  ",
                       headerStyle: (String) -> String = { $0 }) -> [String] {
        var widths = self.widths
        if let maxWidth, let last = widths.indices.last {
            let fixed = widths.dropLast().reduce(0, +) + DisplayWidth.of(separator) * (widths.count - 1)
            widths[last] = max(8, min(widths[last], maxWidth - fixed))
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (column, width) in widths.enumerated() {
                var cell = cells.indices.contains(column) ? cells[column] : ""
                cell = DisplayWidth.truncate(cell, to: width)
                let isLast = column == widths.count - 1
                switch alignments[column] {
                case .left: parts.append(isLast ? cell : DisplayWidth.padRight(cell, to: width))
                case .right: parts.append(DisplayWidth.padLeft(cell, to: width))
                }
            }
            return parts.joined(separator: separator)
        }
        return [headerStyle(line(header))] + rows.map(line)
    }
}
