/// Horizontal stacked bars: one line per row, each bar split into coloured (or patterned)
/// segments, one per series — e.g. mature / young / learning / new cards of a class.
public enum StackedBars {
    /// How a series is drawn: its glyph without colour, its palette entry with colour.
    public struct Series: Equatable, Sendable {
        public var glyph: Character
        public var colour: Int

        public init(glyph: Character, colour: Int) {
            self.glyph = glyph
            self.colour = colour
        }
    }

    /// How bar lengths relate across rows.
    public enum Scale: Sendable {
        /// Every non-empty bar fills the bar space: segments show each row's shares.
        case proportion
        /// The largest row total fills the bar space; other rows are shorter.
        case absolute
    }

    /// The smallest bar space kept before trailing text is cut.
    public static let minimumBar = 10

    /// One line per row: label, bar, counts, trailing text. `rows[r][s]` is the count of series
    /// `s` in row `r`. `showCounts` writes each row's counts after its bar, right-aligned under
    /// a first line of series swatches; `trailing[r]` adds free text after them. Every line fits
    /// `width`: labels are cut to a third of it, and trailing text before the bar shrinks below
    /// ``minimumBar``.
    public static func lines(rows: [[Int]], labels: [String], series: [Series], showCounts: Bool = false,
                             trailing: [String] = [], width: Int = 80, colour: Bool = false,
                             scale: Scale = .proportion) -> [String] {
        guard !rows.isEmpty else { return [] }
        let labelWidth = BarChart.labelWidth(labels, count: rows.count, width: width)
        // Counts: one right-aligned number per series, each after a space.
        let countWidth = rows.flatMap { $0 }.map { String($0).count }.max() ?? 1
        var countsWidth = showCounts ? (countWidth + 1) * series.count : 0
        var tailWidth = trailing.prefix(rows.count).map { DisplayWidth.of($0) }.max() ?? 0
        // label " " bar counts [" " tail]
        func barSpace() -> Int { width - labelWidth - 1 - countsWidth - (tailWidth > 0 ? tailWidth + 1 : 0) }
        // Too narrow: the free text shrinks first, then the counts go.
        if barSpace() < minimumBar, tailWidth > 0 {
            tailWidth = max(0, tailWidth - (minimumBar - barSpace()))
            if tailWidth < 2 { tailWidth = 0 }
        }
        if barSpace() < minimumBar { countsWidth = 0 }
        let bars = max(1, barSpace())
        let totals = rows.map { $0.reduce(0, +) }
        let largest = totals.max() ?? 0

        func compose(label: String, bar: String, barColumns: Int, counts: String, tail: String) -> String {
            var line = DisplayWidth.padRight(DisplayWidth.truncate(label, to: labelWidth), to: labelWidth) + " "
            line += bar + String(repeating: " ", count: max(0, bars - barColumns))
            if countsWidth > 0 { line += counts }
            if tailWidth > 0, !tail.isEmpty { line += " " + DisplayWidth.truncate(tail, to: tailWidth) }
            return line.trimmingTrailingSpaces
        }

        var lines: [String] = []
        if countsWidth > 0 {
            // A swatch of each series over the last digit of its count column.
            let swatches = series.map { style in
                String(repeating: " ", count: countWidth)
                    + (colour ? ANSIColour.paint("█", style.colour, enabled: true) : String(style.glyph))
            }.joined()
            lines.append(compose(label: "", bar: "", barColumns: 0, counts: swatches, tail: ""))
        }
        for (index, counts) in rows.enumerated() {
            let columns: Int
            switch scale {
            case .proportion: columns = totals[index] > 0 ? bars : 0
            case .absolute: columns = BarChart.length(totals[index], largest: largest, columns: bars)
            }
            var bar = ""
            for (seriesIndex, length) in segmentLengths(counts, columns: columns).enumerated() where length > 0 {
                let style = seriesIndex < series.count ? series[seriesIndex] : Series(glyph: "█", colour: 7)
                let glyph: Character = colour ? "█" : style.glyph
                bar += ANSIColour.paint(String(repeating: glyph, count: length), style.colour, enabled: colour)
            }
            let countText = series.indices.map { seriesIndex in
                " " + DisplayWidth.padLeft(String(seriesIndex < counts.count ? counts[seriesIndex] : 0), to: countWidth)
            }.joined()
            lines.append(compose(label: index < labels.count ? labels[index] : "", bar: bar, barColumns: columns,
                                 counts: countText, tail: index < trailing.count ? trailing[index] : ""))
        }
        return lines
    }

    /// Splits `columns` among `counts` in proportion (largest remainder: each gets the floor of
    /// its share, leftover columns go to the largest remainders, earlier series first on ties).
    /// The lengths always add up to `columns` when any count is positive.
    public static func segmentLengths(_ counts: [Int], columns: Int) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0, columns > 0 else { return counts.map { _ in 0 } }
        var lengths = counts.map { max(0, $0) * columns / total }
        let remainders = counts.map { max(0, $0) * columns % total }
        var left = columns - lengths.reduce(0, +)
        let byRemainder = counts.indices.sorted { a, b in
            remainders[a] != remainders[b] ? remainders[a] > remainders[b] : a < b
        }
        for index in byRemainder where left > 0 {
            lengths[index] += 1
            left -= 1
        }
        return lengths
    }

    /// `█ mature  ▒ young  ░ learning  · new`: each series' glyph (or coloured block) and name,
    /// wrapped onto more lines when it does not fit `width`.
    public static func legend(names: [String], series: [Series], width: Int = 80, colour: Bool = false) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        for (index, name) in names.enumerated() {
            let style = index < series.count ? series[index] : Series(glyph: "█", colour: 7)
            let swatch = colour ? ANSIColour.paint("█", style.colour, enabled: true) : String(style.glyph)
            let text = DisplayWidth.truncate(name, to: max(1, width - 2))
            let itemWidth = 2 + DisplayWidth.of(text)
            if used > 0, used + 2 + itemWidth > width {
                lines.append(line)
                line = ""
                used = 0
            }
            if used > 0 {
                line += "  "
                used += 2
            }
            line += swatch + " " + text
            used += itemWidth
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}
