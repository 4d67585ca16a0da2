/// Lines up rows of cells by display width, shrinking chosen columns (cut with `…`) until
/// every line fits. TextTable only shrinks its last column; here the long column (a name)
/// is usually not the last one, and a header may be cut before any value is.
enum ColumnLayout {
    /// `flexible` lists the columns that may shrink, in order. Each shrinks at most to its
    /// widest body cell (only its header is cut), except `cutting`, whose values may be cut
    /// down to 4 columns (a name, usually).
    static func render(header: [String]? = nil, rows: [[String]], rightAligned: Set<Int> = [], flexible: [Int],
                       cutting: Int? = nil, width: Int, indent: Int = 0, separator: String = "  ") -> [String] {
        let header = header?.map(printable)
        let rows = rows.map { $0.map(printable) }
        let all = (header.map { [$0] } ?? []) + rows
        let count = all.map(\.count).max() ?? 0
        guard count > 0 else { return [] }
        func widest(_ lines: [[String]], _ column: Int) -> Int {
            lines.map { $0.indices.contains(column) ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0
        }
        var widths = (0..<count).map { widest(all, $0) }
        var excess = indent + widths.reduce(0, +) + DisplayWidth.of(separator) * (count - 1) - width
        for column in flexible where excess > 0 && widths.indices.contains(column) {
            let floor = column == cutting ? 4 : max(4, widest(rows, column))
            let cut = min(excess, max(0, widths[column] - floor))
            widths[column] -= cut
            excess -= cut
        }
        return all.map { cells in
            var parts: [String] = []
            for column in 0..<count {
                let text = cells.indices.contains(column) ? cells[column] : ""
                let cell = DisplayWidth.truncate(text, to: widths[column])
                parts.append(rightAligned.contains(column)
                    ? DisplayWidth.padLeft(cell, to: widths[column])
                    : DisplayWidth.padRight(cell, to: widths[column]))
            }
            return (String(repeating: " ", count: indent) + parts.joined(separator: separator)).trimmingTrailingSpaces
        }
    }

    /// A cell on one line: line breaks, tabs and other controls become spaces.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? " " : $0
        }))
    }
}
