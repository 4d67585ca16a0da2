/// Horizontal bar charts: one line per value, `label │████ value`.
public enum BarChart {
    /// The bar glyph (full block); bars are whole columns, so lengths are easy to check.
    public static let glyph: Character = "█"
    /// The axis between labels and bars.
    public static let axis = "│"
    /// The default bar colour (a calm blue).
    public static let defaultColour = 74

    /// One line per value: the label padded to the widest label, the axis, a bar scaled so the
    /// largest value fills the space left, and the value. Every line fits `width` columns;
    /// labels longer than a third of the width are cut with `…`. Colour only paints the bars.
    public static func lines(values: [Int], labels: [String], width: Int = 80,
                             colour: Bool = false, colourIndex: Int = BarChart.defaultColour) -> [String] {
        guard !values.isEmpty else { return [] }
        let valueTexts = values.map { String($0) }
        let valueWidth = valueTexts.map(\.count).max() ?? 1
        let labelWidth = Self.labelWidth(labels, count: values.count, width: width)
        // label, " │", bar, " ", value
        let barSpace = max(1, width - labelWidth - 3 - valueWidth)
        let largest = values.max() ?? 0
        return values.indices.map { index in
            let label = index < labels.count ? labels[index] : ""
            let cut = DisplayWidth.padRight(DisplayWidth.truncate(label, to: labelWidth), to: labelWidth)
            let bar = String(repeating: glyph, count: length(values[index], largest: largest, columns: barSpace))
            let line = cut + " " + axis + ANSIColour.paint(bar, colourIndex, enabled: colour) + " " + valueTexts[index]
            return line.trimmingTrailingSpaces
        }
    }

    /// Columns for `value` when `largest` fills `columns`: rounded half up, and at least one
    /// column for any non-zero value so a small count is never drawn as nothing.
    public static func length(_ value: Int, largest: Int, columns: Int) -> Int {
        guard value > 0, largest > 0, columns > 0 else { return 0 }
        let exact = Double(value) * Double(columns) / Double(largest)
        return min(columns, max(1, Int(exact.rounded(.toNearestOrAwayFromZero))))
    }

    /// The column width labels get: the widest label, but at most a third of the line.
    static func labelWidth(_ labels: [String], count: Int, width: Int) -> Int {
        let widest = labels.prefix(count).map { DisplayWidth.of($0) }.max() ?? 0
        return min(widest, max(4, width / 3))
    }
}
