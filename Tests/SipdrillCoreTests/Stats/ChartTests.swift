import Testing
@testable import SipdrillCore

@Suite struct ChartTests {
    // MARK: - Escapes

    @Test func stripRemovesEscapesOnly() {
        let painted = ANSIColour.paint("██", 40, enabled: true)
        #expect(painted == "\u{1B}[38;5;40m██\u{1B}[0m")
        #expect(ANSIColour.strip(painted) == "██")
        #expect(ANSIColour.strip("a\u{1B}[1mb\u{1B}[0mc") == "abc")
        #expect(ANSIColour.visibleWidth("\u{1B}[38;5;28m此处忙\u{1B}[0m") == 6)
        #expect(ANSIColour.paint("x", 40, enabled: false) == "x")
    }

    // MARK: - Bar chart

    @Test(arguments: [
        (0, 10, 50, 0), (1, 100, 50, 1), (5, 10, 50, 25), (10, 10, 50, 50), (3, 7, 10, 4), (1, 3, 10, 3),
        (1, 6, 65, 11), (7, 0, 10, 0),
    ])
    func barLengths(value: Int, largest: Int, columns: Int, expected: Int) {
        #expect(BarChart.length(value, largest: largest, columns: columns) == expected)
    }

    /// Labels padded to 9, the axis, 30 − 9 − 3 − 1 = 17 bar columns: 6 → 17, 1 → 17/6 ≈ 3.
    @Test func barChartLines() {
        let lines = BarChart.lines(values: [6, 1, 0], labels: ["Today", "Sat 03-15", "Sun 03-16"], width: 30)
        #expect(lines == [
            "Today     │█████████████████ 6",
            "Sat 03-15 │███ 1",
            "Sun 03-16 │ 0",
        ])
        StatsFixture.expectFits(lines, width: 30)
        #expect(DisplayWidth.of(lines[0]) == 30)
    }

    /// Chinese labels take two columns a character; the axis stays in one column.
    @Test func barChartChineseLabelsAlign() {
        let labels = ["今天", "周六 03-15", "周日 03-16", "一个非常非常非常长的标签会被截断的啊啊啊"]
        for colour in [false, true] {
            let lines = BarChart.lines(values: [120, 3, 0, 45], labels: labels, width: 80, colour: colour)
            StatsFixture.expectFits(lines)
            let axes = lines.map { line in DisplayWidth.of(ANSIColour.strip(line).prefix { $0 != "│" }) }
            #expect(Set(axes).count == 1)
            #expect(axes.first == 27)   // labels cut to 80 / 3 = 26 columns, then a space
            #expect(ANSIColour.visibleWidth(lines[0]) == 80)
        }
        let plain = BarChart.lines(values: [120, 3, 0, 45], labels: labels, width: 80)
        // 26 columns: twelve characters (24) and "…"; a thirteenth would need 27. Then one space of
        // padding and the separator.
        #expect(plain[3].hasPrefix("一个非常非常非常长的标签…  │"))
    }

    @Test func barChartColourPaintsOnlyTheBars() {
        let plain = BarChart.lines(values: [6, 1, 0], labels: ["a", "b", "c"], width: 40)
        let coloured = BarChart.lines(values: [6, 1, 0], labels: ["a", "b", "c"], width: 40, colour: true)
        #expect(coloured.map(ANSIColour.strip) == plain)
        #expect(coloured[0].contains("\u{1B}[38;5;\(BarChart.defaultColour)m"))
        #expect(!coloured[2].contains("\u{1B}"))   // a zero has no bar to paint
        #expect(!plain.joined().contains("\u{1B}"))
    }

    // MARK: - Heatmap

    @Test(arguments: [(0, 11, 0), (1, 11, 1), (2, 11, 1), (3, 11, 2), (5, 11, 2), (6, 11, 3), (8, 11, 3),
                      (9, 11, 4), (11, 11, 4), (1, 1, 4), (3, 0, 0)])
    func heatmapLevels(count: Int, largest: Int, level: Int) {
        #expect(Heatmap.level(count, largest: largest) == level)
    }

    static let grid: [[Int?]] = [
        [0, 1, 2, 3, 4, 0, 0],
        [8, 0, 0, 6, 0, 2, 0],
        [1, 0, 5, nil, nil, nil, nil],
    ]

    /// Busiest 8: 1, 2 → level 1; 3, 4 → 2; 5, 6 → 3; 8 → 4.
    @Test func heatmapCharactersWithoutColour() {
        let lines = Heatmap.lines(columns: Self.grid, rowLabels: ["Mon", "", "Wed", "", "Fri", "", ""],
                                  columnLabels: ["Jan", "Feb", nil], width: 40)
        // "Feb" would touch "Jan" (columns are 3 wide): it is left out.
        #expect(lines == [
            "    Jan",
            "Mon ·· ██ ░░",
            "    ░░ ·· ··",
            "Wed ░░ ·· ▓▓",
            "    ▒▒ ▓▓",
            "Fri ▒▒ ··",
            "    ·· ░░",
            "    ·· ··",
        ])
        #expect(!lines.joined().contains("\u{1B}"))
        #expect(Heatmap.legend(less: "less", more: "more", colour: false) == "less ·· ░░ ▒▒ ▓▓ ██ more")
    }

    /// With colour every day is a block painted by level; the layout is the same.
    @Test func heatmapColourShades() {
        let plain = Heatmap.lines(columns: Self.grid, rowLabels: ["Mon", "", "Wed", "", "Fri", "", ""], width: 40)
        let coloured = Heatmap.lines(columns: Self.grid, rowLabels: ["Mon", "", "Wed", "", "Fri", "", ""],
                                     width: 40, colour: true)
        #expect(coloured.map(ANSIColour.visibleWidth) == plain.map { DisplayWidth.of($0) })
        let cells = [237, 40, 22].map { ANSIColour.paint("██", $0, enabled: true) }
        #expect(coloured[0] == "Mon " + cells.joined(separator: " "))
        #expect(!coloured.joined().contains("·"))
        #expect(!coloured.joined().contains("░"))
    }

    /// Too narrow for every week: the oldest weeks go, the newest stay.
    @Test func heatmapDropsOldestWeeksToFit() {
        let columns: [[Int?]] = (0..<12).map { week in (0..<7).map { _ in week } }
        let lines = Heatmap.lines(columns: columns, rowLabels: Array(repeating: "", count: 7), width: 20)
        // 20 columns hold (20 + 1) / 3 = 7 weeks: weeks 5…11.
        #expect(lines[0] == "▒▒ ▓▓ ▓▓ ▓▓ ██ ██ ██")   // busiest shown: 11
        StatsFixture.expectFits(lines, width: 20)
        let chinese = Heatmap.lines(columns: columns, rowLabels: ["周一", "", "周三", "", "周五", "", ""],
                                    columnLabels: (0..<12).map { "\($0 + 1)月" }, width: 80, colour: true)
        StatsFixture.expectFits(chinese)
        #expect(chinese.count == 8)
    }

    // MARK: - Stacked bars

    @Test(arguments: [
        ([1, 1, 1], 10, [4, 3, 3]),
        ([2, 1, 3, 12], 18, [2, 1, 3, 12]),
        ([0, 0, 0, 0], 10, [0, 0, 0, 0]),
        ([1, 0, 0, 99], 10, [0, 0, 0, 10]),
        ([2, 3, 3, 12], 60, [6, 9, 9, 36]),
        ([2, 1, 0, 5], 47, [12, 6, 0, 29]),
    ])
    func segmentLengths(counts: [Int], columns: Int, expected: [Int]) {
        let lengths = StackedBars.segmentLengths(counts, columns: columns)
        #expect(lengths == expected)
        #expect(lengths.reduce(0, +) == (counts.reduce(0, +) > 0 ? columns : 0))
    }

    /// 40 − 3 (label) − 1 − 8 (four one-digit counts) = 28 bar columns; [2, 1, 0, 5] of 8:
    /// floors 7, 3, 0, 17 (27), the last column to the larger remainder, the earlier on a tie.
    @Test func stackedBarsLines() {
        let lines = StackedBars.lines(rows: [[2, 1, 0, 5], [0, 0, 0, 0]], labels: ["1xx", "2xx"],
                                      series: StatsRenderer.stageSeries, showCounts: true, width: 40)
        #expect(lines == [
            String(repeating: " ", count: 32) + " █ ▒ ░ ·",
            "1xx " + String(repeating: "█", count: 7) + String(repeating: "▒", count: 4)
                + String(repeating: "·", count: 17) + " 2 1 0 5",
            "2xx " + String(repeating: " ", count: 28) + " 0 0 0 0",
        ])
        StatsFixture.expectFits(lines, width: 40)
    }

    @Test func stackedBarsAbsoluteScale() {
        let lines = StackedBars.lines(rows: [[10, 0], [5, 5], [1, 0]], labels: ["a", "b", "c"],
                                      series: [.init(glyph: "#", colour: 1), .init(glyph: "-", colour: 2)],
                                      width: 25, scale: .absolute)
        // label 1 + space, 23 bar columns; totals 10, 10, 1 → 23, 23, 2.
        #expect(lines == ["a " + String(repeating: "#", count: 23),
                          "b " + String(repeating: "#", count: 12) + String(repeating: "-", count: 11),
                          "c ##"])
    }

    @Test func stackedBarsFitWithChineseLabelsAndColour() {
        let labels = ["1xx 临时响应", "2xx 成功", "4xx 客户端错误", "6xx 全局失败", "一个特别特别特别特别特别长的类别名称"]
        let rows = [[2, 1, 0, 5], [1, 0, 1, 3], [2, 3, 3, 12], [0, 1, 1, 3], [100, 200, 300, 4000]]
        for width in [80, 60, 30] {
            for colour in [false, true] {
                let lines = StackedBars.lines(rows: rows, labels: labels, series: StatsRenderer.stageSeries,
                                              showCounts: true, trailing: ["extra text"], width: width, colour: colour)
                StatsFixture.expectFits(lines, width: width)
            }
        }
        let coloured = StackedBars.lines(rows: rows, labels: labels, series: StatsRenderer.stageSeries,
                                         showCounts: true, width: 80, colour: true)
        let plain = StackedBars.lines(rows: rows, labels: labels, series: StatsRenderer.stageSeries,
                                      showCounts: true, width: 80)
        #expect(coloured.map(ANSIColour.visibleWidth) == plain.map { DisplayWidth.of($0) })
        #expect(coloured[3].contains(ANSIColour.foreground(28)))
    }

    @Test func legendWraps() {
        let names = ["mature", "young", "learning", "new"]
        #expect(StackedBars.legend(names: names, series: StatsRenderer.stageSeries)
            == ["█ mature  ▒ young  ░ learning  · new"])
        #expect(StackedBars.legend(names: names, series: StatsRenderer.stageSeries, width: 20)
            == ["█ mature  ▒ young", "░ learning  · new"])
    }
}
