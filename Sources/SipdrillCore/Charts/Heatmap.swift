/// A calendar heatmap like GitHub's: one column per week, one row per weekday, each cell
/// shaded by how many reviews that day had.
///
/// With colour the cells are blocks in a 256-colour green ramp; without colour the shade is
/// the character itself (`·` none, `░ ▒ ▓ █` rising), so the chart still reads on a
/// monochrome terminal, in a pipe or in a bug report.
public enum Heatmap {
    /// Glyphs for "no review" and levels 1…4.
    public static let glyphs: [Character] = ["·", "░", "▒", "▓", "█"]
    /// Palette entries for "no review" (dark grey) and levels 1…4 (greens, light to deep).
    public static let palette: [Int] = [237, 22, 28, 34, 40]
    /// Columns one cell takes; cells are separated by one space.
    public static let cellWidth = 2

    /// The shade level of a day with `count` reviews when the busiest day had `largest`:
    /// 0 for none, else ⌈4·count/largest⌉ — so 1 to 4, 4 only near the busiest days.
    public static func level(_ count: Int, largest: Int) -> Int {
        guard count > 0, largest > 0 else { return 0 }
        let quarters = (4 * count + largest - 1) / largest   // integer ceiling
        return min(4, max(1, quarters))
    }

    /// One cell: two columns of the level's glyph, or of a block in its colour.
    public static func cell(level: Int, colour: Bool) -> String {
        let level = min(max(level, 0), 4)
        if colour {
            return ANSIColour.paint(String(repeating: "█", count: cellWidth), palette[level], enabled: true)
        }
        return String(repeating: glyphs[level], count: cellWidth)
    }

    /// The chart's lines. `columns[c][r]` is the count for week `c`, weekday row `r`; nil is a
    /// day outside the range (after today, say), drawn blank. `rowLabels` go on the left
    /// (empty strings for unlabelled rows); `columnLabels[c]`, when given, is written above
    /// column `c` if it does not run into the previous label. When the weeks do not fit
    /// `width`, the oldest are dropped.
    public static func lines(columns: [[Int?]], rowLabels: [String], columnLabels: [String?] = [],
                             width: Int = 80, colour: Bool = false) -> [String] {
        let rows = max(rowLabels.count, columns.map(\.count).max() ?? 0)
        guard rows > 0, !columns.isEmpty else { return [] }
        let labelWidth = min(rowLabels.map { DisplayWidth.of($0) }.max() ?? 0, max(0, width / 4))
        let prefixWidth = labelWidth > 0 ? labelWidth + 1 : 0
        let fitting = max(1, (width - prefixWidth + 1) / (cellWidth + 1))
        let dropped = max(0, columns.count - fitting)
        let shown = Array(columns.dropFirst(dropped))
        let shownLabels: [String?] = shown.indices.map { index in
            let original = index + dropped
            return original < columnLabels.count ? columnLabels[original] : nil
        }
        let largest = shown.flatMap { $0.compactMap { $0 } }.max() ?? 0

        var lines: [String] = []
        if shownLabels.contains(where: { !($0 ?? "").isEmpty }) {
            lines.append(headerLine(shownLabels, prefixWidth: prefixWidth, width: width))
        }
        for row in 0..<rows {
            let label = row < rowLabels.count ? rowLabels[row] : ""
            var line = labelWidth > 0
                ? DisplayWidth.padRight(DisplayWidth.truncate(label, to: labelWidth), to: labelWidth) + " "
                : ""
            let cells = shown.map { column -> String in
                guard row < column.count, let count = column[row] else {
                    return String(repeating: " ", count: cellWidth)
                }
                return cell(level: level(count, largest: largest), colour: colour)
            }
            line += cells.joined(separator: " ")
            lines.append(line.trimmingTrailingSpaces)
        }
        return lines
    }

    /// `Less ·· ░░ ▒▒ ▓▓ ██ More` (with coloured blocks when `colour`).
    public static func legend(less: String, more: String, colour: Bool) -> String {
        ([less] + (0...4).map { cell(level: $0, colour: colour) } + [more]).joined(separator: " ")
    }

    /// Column labels placed over their columns, each skipped when it would touch the one
    /// before or pass the right edge.
    static func headerLine(_ labels: [String?], prefixWidth: Int, width: Int) -> String {
        var line = String(repeating: " ", count: prefixWidth)
        var used = prefixWidth
        for (index, label) in labels.enumerated() {
            guard let label, !label.isEmpty else { continue }
            let start = prefixWidth + index * (cellWidth + 1)
            let labelWidth = DisplayWidth.of(label)
            let gap = used == prefixWidth ? 0 : 1
            guard start >= used + gap, start + labelWidth <= width else { continue }
            line += String(repeating: " ", count: start - used) + label
            used = start + labelWidth
        }
        return line.trimmingTrailingSpaces
    }
}
