import Testing
@testable import SipdrillCore

/// The `stats` screen drawn from Alice's report.
@Suite struct StatsRendererTests {
    let report: StatsReport

    init() throws {
        report = try StatsFixture.aliceReport()
    }

    static func bar(_ glyph: Character, _ count: Int) -> String { String(repeating: glyph, count: count) }

    /// Section `heading`'s lines, up to the blank line that ends it.
    func section(_ heading: String, language: LanguageChoice = .en, colour: Bool = false) throws -> [String] {
        let lines = StatsRenderer.lines(report, language: language, colour: colour)
        let start = try #require(lines.firstIndex(of: heading), "no section \(heading)")
        return Array(lines[start...].prefix { !$0.isEmpty })
    }

    @Test func todaySection() throws {
        #expect(try section("Today · 2025-03-14") == [
            "Today · 2025-03-14",
            "  Reviews     11",
            "  Accuracy    55% (6/11)",
            "  Time spent  1m 20s",
            "  New cards   5",
            "  Streak      5 days · longest 6 days",
        ])
    }

    /// The next morning, before studying: the streak still counts and says how to keep it.
    @Test func streakBeforeStudyingToday() throws {
        let alice = try StatsFixture.profile("alice")
        let morning = StatsCalculator.report(document: alice.document, entries: alice.entries,
                                             decks: [StatsFixture.deck], now: StatsFixture.date("2025-03-15T08:00:00Z"),
                                             calendar: StatsFixture.utc)
        let lines = StatsRenderer.lines(morning)
        #expect(lines.contains("  Streak      5 days (study today to keep it) · longest 6 days"))
        #expect(lines.contains("  Accuracy    —"))
    }

    /// Chinese labels are two columns a character: the values still line up.
    @Test func todaySectionInChinese() throws {
        #expect(try section("今天 · 2025-03-14", language: .zh) == [
            "今天 · 2025-03-14",
            "  复习次数  11",
            "  正确率    55% (6/11)",
            "  用时      1分20秒",
            "  新卡片    5",
            "  连续学习  5 天 · 最长 6 天",
        ])
    }

    /// 78 columns for the chart: labels 9, bars 78 − 9 − 3 − 1 = 65; 6 → 65, 1 → 65/6 ≈ 11.
    @Test func forecastSection() throws {
        let one = Self.bar("█", 11) + " 1"
        #expect(try section("Due in the next 14 days") == [
            "Due in the next 14 days",
            "  Today     │" + Self.bar("█", 65) + " 6",
            "  Sat 03-15 │" + one,
            "  Sun 03-16 │" + one,
            "  Mon 03-17 │ 0",
            "  Tue 03-18 │ 0",
            "  Wed 03-19 │ 0",
            "  Thu 03-20 │" + one,
            "  Fri 03-21 │ 0",
            "  Sat 03-22 │" + one,
            "  Sun 03-23 │ 0",
            "  Mon 03-24 │ 0",
            "  Tue 03-25 │ 0",
            "  Wed 03-26 │ 0",
            "  Thu 03-27 │" + one,
            "  Overdue (counted today): 2   Due now: 5",
        ])
    }

    /// Weeks as columns from Mon Dec 23; busiest day 11 (today) → █, 3 → ▒, 1 and 2 → ░.
    @Test func activitySectionWithoutColour() throws {
        #expect(try section("Reviews in the last 12 weeks") == [
            "Reviews in the last 12 weeks",
            "      Dec   Jan         Feb         Mar",
            "  Mon ░░ ·· ·· ·· ·· ·· ·· ·· ·· ░░ ·· ░░",
            "      ·· ·· ·· ·· ·· ·· ·· ·· ·· ░░ ·· ▒▒",
            "  Wed ·· ·· ·· ·· ·· ·· ·· ·· ·· ░░ ·· ░░",
            "      ·· ·· ·· ·· ·· ·· ·· ·· ░░ ░░ ·· ▒▒",
            "  Fri ·· ·· ·· ·· ·· ·· ·· ·· ·· ░░ ·· ██",
            "      ·· ·· ·· ·· ·· ·· ·· ·· ·· ▒▒ ··",
            "      ·· ·· ·· ·· ·· ·· ·· ·· ·· ·· ··",
            "  less ·· ░░ ▒▒ ▓▓ ██ more   31 reviews on 13 days",
        ])
    }

    /// With colour the same grid is drawn in blocks of the green ramp, no shade characters.
    @Test func activitySectionWithColour() throws {
        let plain = try section("Reviews in the last 12 weeks")
        let coloured = try section("Reviews in the last 12 weeks", colour: true)
        #expect(coloured.count == plain.count)
        #expect(coloured.map(ANSIColour.visibleWidth) == plain.map { DisplayWidth.of($0) })
        let grid = coloured[2...8].joined()
        #expect(!grid.contains("·") && !grid.contains("░") && !grid.contains("▒"))
        #expect(coloured[6].hasSuffix(ANSIColour.paint("██", Heatmap.palette[4], enabled: true)))   // today
        #expect(coloured[2].hasPrefix("  Mon " + ANSIColour.paint("██", Heatmap.palette[1], enabled: true)))
    }

    @Test func retentionSection() throws {
        #expect(try section("True retention") == [
            "True retention",
            String(repeating: " ", count: 20) + "Young      Mature        All",
            "  Today         50% (1/2)  100% (1/1)  67% (2/3)",
            "  Last 7 days   67% (2/3)   50% (1/2)  60% (3/5)",
            "  Last 30 days  71% (5/7)   50% (1/2)  67% (6/9)",
            "  Passed reviews of cards in Review; mature = interval ≥ 21 days",
        ])
    }

    /// Class bars: 78 − 18 − 1 − 12 = 47 columns. 1xx [2,1,0,5] → 12,6,0,29; 2xx [1,0,1,3] →
    /// 10,0,9,28; 4xx [2,3,3,12] → 5,7,7,28; 6xx [0,1,1,3] → 0,10,9,28. Kind bars: 61
    /// columns. phrase [2,3,1,3] → 14,20,7,20; code [3,1,2,3] → 20,7,14,20; meaning [0,1,0,8]
    /// → 0,7,0,54; scenario [0,0,1,5] → 0,0,10,51; headers → 61 new; class [0,0,1,3] → 0,0,15,46.
    @Test func masterySections() throws {
        func bars(_ lengths: [Int]) -> String {
            zip(["█", "▒", "░", "·"] as [Character], lengths).map { Self.bar($0, $1) }.joined()
        }
        #expect(try section("Cards by class") == [
            "Cards by class",
            String(repeating: " ", count: 70) + "█  ▒  ░  ·",
            "  1xx Provisional    " + bars([12, 6, 0, 29]) + "  2  1  0  5",
            "  2xx Success        " + bars([10, 0, 9, 28]) + "  1  0  1  3",
            "  4xx Client Failure " + bars([5, 7, 7, 28]) + "  2  3  3 12",
            "  6xx Global Failure " + bars([0, 10, 9, 28]) + "  0  1  1  3",
            "Cards by question",
            String(repeating: " ", count: 73) + "█ ▒ ░ ·",
            "  Phrase   " + bars([14, 20, 7, 20]) + " 2 3 1 3",
            "  Code     " + bars([20, 7, 14, 20]) + " 3 1 2 3",
            "  Meaning  " + bars([0, 7, 0, 54]) + " 0 1 0 8",
            "  Scenario " + bars([0, 0, 10, 51]) + " 0 0 1 5",
            "  Headers  " + bars([0, 0, 0, 61]) + " 0 0 0 1",
            "  Class    " + bars([0, 0, 15, 46]) + " 0 0 1 3",
            "  █ mature  ▒ young  ░ learning  · new",
        ])
    }

    @Test func confusionSection() throws {
        #expect(try section("Most confused") == [
            "Most confused",
            "  Times Asked           Answered",
            "     2× 486 Busy Here → 480 Temporarily Unavailable",
            "     1× 200 OK        → 486 Busy Here",
            "     1× 404 Not Found → 480 Temporarily Unavailable",
            "     1× 603 Decline   → 486 Busy Here",
            "     1× 603 Decline   → 600",
        ])
    }

    @Test func leechSection() throws {
        #expect(try section("Leeches") == [
            "Leeches",
            "  Card" + String(repeating: " ", count: 25) + "Question  Lapses",
            "  486 Busy Here" + String(repeating: " ", count: 16) + "Code" + String(repeating: " ", count: 11) + "2",
            "  480 Temporarily Unavailable  Phrase" + String(repeating: " ", count: 9) + "1",
        ])
    }

    @Test func sectionsInOrder() {
        let lines = StatsRenderer.lines(report)
        let headings = lines.enumerated().filter { $0.offset == 0 || lines[$0.offset - 1].isEmpty }.map(\.element)
        #expect(headings == ["Today · 2025-03-14", "Due in the next 14 days", "Reviews in the last 12 weeks",
                             "True retention", "Cards by class", "Most confused", "Leeches"])
        let chinese = StatsRenderer.lines(report, language: .zh)
        #expect(chinese.contains("真实保持率"))
        #expect(chinese.contains { $0.contains("486 此处忙") && $0.contains("480 暂时不可用") })
        #expect(StatsRenderer.lines(report, language: .both).first == "Today · 今天 · 2025-03-14")
    }

    /// Every line of every variant fits: Chinese and bilingual labels, colour on and off, and
    /// narrower terminals. Without colour there is no escape at all.
    @Test(arguments: LanguageChoice.allCases)
    func everyLineFits(language: LanguageChoice) throws {
        let thirty = try StatsFixture.aliceReport(forecastDays: 30)
        for width in [80, 64, 50] {
            for colour in [false, true] {
                for report in [report, thirty] {
                    let lines = StatsRenderer.lines(report, language: language, width: width, colour: colour)
                    StatsFixture.expectFits(lines, width: width)
                    #expect(lines.joined().contains("\u{1B}[") == colour)
                }
            }
        }
    }

    @Test func emptyReportRenders() {
        let empty = StatsCalculator.report(cards: [:], entries: [], decks: [StatsFixture.deck], now: StatsFixture.now,
                                           calendar: StatsFixture.utc)
        let lines = StatsRenderer.lines(empty)
        StatsFixture.expectFits(lines)
        #expect(lines.contains("  Accuracy    —"))
        #expect(lines.contains("  none yet"))
        let gaps = [13, 7, 4].map { String(repeating: " ", count: $0) + "—" }
        #expect(lines.contains("  Today" + gaps.joined()))
    }
}
