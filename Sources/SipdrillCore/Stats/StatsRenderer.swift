import Foundation

/// Turns a ``StatsReport`` into the lines of the `stats` screen, and ``CardDetail``s into the
/// lines of `card CODE`. Every line fits `width` display columns (escapes not counted).
public enum StatsRenderer {
    /// How the stages are drawn, strongest first (the order of ``MasteryCounts/strongestFirst``).
    public static let stageSeries: [StackedBars.Series] = [
        StackedBars.Series(glyph: "█", colour: 28),    // mature: deep green
        StackedBars.Series(glyph: "▒", colour: 114),   // young: light green
        StackedBars.Series(glyph: "░", colour: 214),   // learning: orange
        StackedBars.Series(glyph: "·", colour: 240),   // new: grey
    ]

    /// The whole `stats` screen: today, forecast, activity, true retention, mastery by class
    /// and by question, confusions, leeches — each under a heading, separated by blank lines.
    public static func lines(_ report: StatsReport, language: LanguageChoice = .en, width: Int = 80,
                             colour: Bool = false) -> [String] {
        let sections = [
            todayLines(report, language: language, width: width),
            forecastLines(report.forecast, language: language, width: width, colour: colour),
            activityLines(report.activity, language: language, width: width, colour: colour),
            retentionLines(report.retention, language: language, width: width),
            masteryLines(report.mastery, language: language, width: width, colour: colour),
            confusionLines(report.confusions, language: language, width: width),
            leechLines(report.leeches, language: language, width: width),
        ]
        return Array(sections.map { $0.map { fit($0, width: width) } }.joined(separator: [""]))
    }

    static func label(_ text: Bilingual, _ language: LanguageChoice) -> String {
        StatsLabels.text(text, language)
    }

    /// A line cut to `width` when it has no escapes (charts fit by construction).
    static func fit(_ line: String, width: Int) -> String {
        guard !line.contains("\u{1B}") else { return line }
        return DisplayWidth.truncate(line, to: width)
    }

    // MARK: - Sections

    /// Today's reviews, accuracy, time, new cards and streak, as label–value lines.
    public static func todayLines(_ report: StatsReport, language: LanguageChoice, width: Int) -> [String] {
        let today = report.today
        let streak = report.streak
        var streakText = StatsLabels.value(StatsLabels.days(streak.current), language)
        if !streak.studiedToday, streak.current > 0 {
            let keep = Bilingual(en: "study today to keep it", zh: "今天学习即可延续")
            streakText += " (" + StatsLabels.value(keep, language) + ")"
        }
        streakText += " · " + StatsLabels.value(Bilingual(en: "longest", zh: "最长"), language) + " "
            + StatsLabels.value(StatsLabels.days(streak.longest), language)
        let accuracy = today.accuracy == nil ? "—"
            : "\(StatsLabels.percent(today.accuracy)) (\(today.passed)/\(today.reviews))"
        let rows: [[String]] = [
            [label(StatsLabels.reviews, language), String(today.reviews)],
            [label(StatsLabels.accuracy, language), accuracy],
            [label(StatsLabels.timeSpent, language), StatsLabels.duration(ms: today.timeMs, language)],
            [label(StatsLabels.newCards, language), String(today.newCards)],
            [label(StatsLabels.streak, language), streakText],
        ]
        return [label(StatsLabels.today, language) + " · " + today.date]
            + ColumnLayout.render(rows: rows, flexible: [1], cutting: 1, width: width, indent: 2)
    }

    /// Cards due per day as a bar chart, then the overdue and due-now counts.
    public static func forecastLines(_ forecast: StatsReport.Forecast, language: LanguageChoice, width: Int,
                                     colour: Bool) -> [String] {
        let labels = forecast.days.map { day -> String in
            if day.offset == 0 { return StatsLabels.short(StatsLabels.today, language) }
            return StatsLabels.short(StatsLabels.weekday(day.weekday), language) + " " + String(day.date.suffix(5))
        }
        let chart = BarChart.lines(values: forecast.days.map(\.due), labels: labels, width: width - 2, colour: colour)
        let footer = label(StatsLabels.overdue, language) + ": \(forecast.overdue)   "
            + label(StatsLabels.dueNow, language) + ": \(forecast.dueNow)"
        return [StatsLabels.text(StatsLabels.forecast, language, forecast.days.count)]
            + chart.map { "  " + $0 } + ["  " + footer]
    }

    /// The calendar heatmap (weeks as columns, Mon/Wed/Fri labelled) with its legend.
    public static func activityLines(_ activity: StatsReport.Activity, language: LanguageChoice, width: Int,
                                     colour: Bool) -> [String] {
        var columns: [[Int?]] = []
        var columnLabels: [String?] = []
        var previousMonth: Int?
        for start in stride(from: 0, to: activity.days.count, by: 7) {
            let week = activity.days[start..<min(start + 7, activity.days.count)]
            columns.append(week.map { Optional($0.reviews) } + Array(repeating: nil, count: 7 - week.count))
            let month = Int(week.first?.date.dropFirst(5).prefix(2) ?? "") ?? 0
            columnLabels.append(month != previousMonth ? StatsLabels.value(StatsLabels.month(month), language) : nil)
            previousMonth = month
        }
        let rowLabels = (0..<7).map { row -> String in
            let weekday = (activity.firstWeekday - 1 + row) % 7 + 1
            return [2, 4, 6].contains(weekday) ? StatsLabels.short(StatsLabels.weekday(weekday), language) : ""
        }
        let chart = Heatmap.lines(columns: columns, rowLabels: rowLabels, columnLabels: columnLabels,
                                  width: width - 2, colour: colour)
        let legend = Heatmap.legend(less: label(StatsLabels.less, language), more: label(StatsLabels.more, language),
                                    colour: colour)
        let summary = StatsLabels.value(Bilingual(en: "\(activity.reviews) reviews on \(activity.activeDays) days",
                                                  zh: "\(activity.activeDays) 天共 \(activity.reviews) 次复习"), language)
        // The legend has escapes when coloured, so it is never cut: the summary moves to a
        // line of its own when the two do not fit side by side.
        let footer = ANSIColour.visibleWidth(legend + summary) + 5 <= width
            ? ["  " + legend + "   " + summary] : ["  " + legend, "  " + summary]
        return [StatsLabels.text(StatsLabels.activity, language, activity.weeks)] + chart.map { "  " + $0 } + footer
    }

    /// True retention, young / mature / all, for today and the last 7 and 30 days.
    public static func retentionLines(_ retention: TrueRetention, language: LanguageChoice, width: Int) -> [String] {
        func cell(_ count: PassCount) -> String {
            count.reviews == 0 ? "—" : "\(StatsLabels.percent(count.rate)) (\(count.passed)/\(count.reviews))"
        }
        let rows = retention.windows.map { window -> [String] in
            let name = window.days == 1 ? label(StatsLabels.today, language)
                : StatsLabels.text(StatsLabels.lastDays, language, window.days)
            return [name, cell(window.young), cell(window.mature), cell(window.all)]
        }
        let header = ["", label(StatsLabels.young, language), label(StatsLabels.mature, language),
                      label(StatsLabels.all, language)]
        return [label(StatsLabels.trueRetention, language)]
            + ColumnLayout.render(header: header, rows: rows, rightAligned: [1, 2, 3], flexible: [1, 2, 3, 0],
                                  cutting: 0, width: width, indent: 2)
            + ["  " + label(StatsLabels.retentionNote, language)]
    }

    /// Stacked bars of mature / young / learning / new cards, by class and by question kind.
    public static func masteryLines(_ mastery: Mastery, language: LanguageChoice, width: Int,
                                    colour: Bool) -> [String] {
        func bars(_ rows: [MasteryRow], labels: [String]) -> [String] {
            StackedBars.lines(rows: rows.map(\.counts.strongestFirst), labels: labels, series: stageSeries,
                              showCounts: true, width: width - 2, colour: colour).map { "  " + $0 }
        }
        let classLabels = mastery.byClass.map { row in
            row.key + (row.name.map { " " + StatsLabels.short($0, language) } ?? "")
        }
        let kindLabels = mastery.byKind.map { row in
            CardKind(rawValue: row.key).map { StatsLabels.short(StatsLabels.kind($0), language) } ?? row.key
        }
        let legend = StackedBars.legend(names: StatsLabels.stageNames.map { StatsLabels.short($0, language) },
                                        series: stageSeries, width: width - 2, colour: colour)
        return [label(StatsLabels.masteryByClass, language)] + bars(mastery.byClass, labels: classLabels)
            + [label(StatsLabels.masteryByKind, language)] + bars(mastery.byKind, labels: kindLabels)
            + legend.map { "  " + $0 }
    }

    /// The most confused pairs: how often, the code asked, the code given.
    public static func confusionLines(_ pairs: [ConfusedPair], language: LanguageChoice, width: Int) -> [String] {
        let heading = label(StatsLabels.confusions, language)
        guard !pairs.isEmpty else { return [heading, "  " + label(StatsLabels.noneYet, language)] }
        let rows = pairs.map { pair in
            ["\(pair.count)×",
             "\(pair.expected) \(StatsLabels.name(pair.expectedName, language))".trimmingTrailingSpaces,
             "→",
             "\(pair.given) \(StatsLabels.name(pair.givenName, language))".trimmingTrailingSpaces]
        }
        let header = [label(StatsLabels.times, language), label(StatsLabels.asked, language), "",
                      label(StatsLabels.answered, language)]
        return [heading] + ColumnLayout.render(header: header, rows: rows, rightAligned: [0], flexible: [3], cutting: 3,
                                               width: width, indent: 2, separator: " ")
    }

    /// The leeches: card, question kind, lapses, and whether suspended.
    public static func leechLines(_ leeches: [LeechCard], language: LanguageChoice, width: Int) -> [String] {
        let heading = label(StatsLabels.leeches, language)
        guard !leeches.isEmpty else { return [heading, "  " + label(StatsLabels.noneYet, language)] }
        let rows = leeches.map { leech in
            [[leech.code.map(String.init) ?? leech.classLabel ?? "", StatsLabels.name(leech.name, language)]
                .filter { !$0.isEmpty }.joined(separator: " "),
             StatsLabels.short(StatsLabels.kind(leech.kind), language),
             String(leech.lapses),
             leech.suspended ? StatsLabels.short(StatsLabels.suspended, language) : ""]
        }
        let header = [label(StatsLabels.card, language), label(StatsLabels.question, language),
                      label(StatsLabels.lapses, language), ""]
        return [heading] + ColumnLayout.render(header: header, rows: rows, rightAligned: [2], flexible: [0, 1, 2],
                                               cutting: 0, width: width, indent: 2)
    }

    // MARK: - card CODE

    /// The cards of one code: a table of their states, then each card's review history.
    /// Times are shown in `calendar`'s time zone; due dates relative to `now`.
    public static func cardLines(_ details: [CardDetail], now: Date, calendar: Calendar,
                                 language: LanguageChoice = .en, width: Int = 80) -> [String] {
        let header = [label(StatsLabels.question, language), label(StatsLabels.state, language), "S", "D", "R",
                      label(StatsLabels.due, language), label(StatsLabels.lapses, language), ""]
        let rows = details.map { detail -> [String] in
            [StatsLabels.short(StatsLabels.kind(detail.kind), language),
             StatsLabels.short(StatsLabels.state(detail.state), language),
             detail.stability.map { String(format: "%.1fd", $0) } ?? "—",
             detail.difficulty.map { String(format: "%.2f", $0) } ?? "—",
             detail.retrievability.map { StatsLabels.percent($0) } ?? "—",
             detail.due.map { relative($0, now: now, language: language) } ?? "—",
             String(detail.lapses),
             [detail.isLeech ? StatsLabels.short(StatsLabels.leech, language) : "",
              detail.suspended ? StatsLabels.short(StatsLabels.suspended, language) : ""]
                .filter { !$0.isEmpty }.joined(separator: ", ")]
        }
        var lines = ColumnLayout.render(header: header, rows: rows, rightAligned: [2, 3, 4, 6], flexible: [7, 1, 5, 6],
                                        cutting: 7,
                                        width: width)
        let days = StatsDays(calendar: calendar, now: now)
        for detail in details where !detail.history.isEmpty {
            lines.append("")
            lines.append(fit(label(StatsLabels.history, language) + " · "
                             + StatsLabels.short(StatsLabels.kind(detail.kind), language) + " (\(detail.card))",
                             width: width))
            let historyRows = detail.history.map { review -> [String] in
                let clock = calendar.dateComponents([.hour, .minute], from: review.at)
                let time = days.label(review.at) + String(format: " %02d:%02d", clock.hour ?? 0, clock.minute ?? 0)
                return [time,
                        StatsLabels.short(StatsLabels.state(review.stateBefore), language),
                        StatsLabels.short(StatsLabels.rating(review.rating), language),
                        String(format: "%.1fs", Double(review.ms) / 1000),
                        review.grade + (review.given.map { " (\($0))" } ?? "")]
            }
            lines += ColumnLayout.render(rows: historyRows, rightAligned: [3], flexible: [4], cutting: 4,
                                         width: width, indent: 2)
        }
        return lines.map { fit($0, width: width) }
    }

    /// `now`, `in 10m`, `in 5h`, `in 3d`, `3d ago` (`现在`, `10分钟后`, `3天后`, `3天前`).
    static func relative(_ date: Date, now: Date, language: LanguageChoice) -> String {
        let seconds = date.timeIntervalSince(now)
        let amount = abs(seconds)
        if amount < 60 { return StatsLabels.value(Bilingual(en: "now", zh: "现在"), language) }
        let (value, en, zh): (Int, String, String)
        if amount < 3600 {
            (value, en, zh) = (Int(amount / 60), "m", "分钟")
        } else if amount < 86_400 {
            (value, en, zh) = (Int(amount / 3600), "h", "小时")
        } else {
            (value, en, zh) = (Int((amount / 86_400).rounded(.toNearestOrAwayFromZero)), "d", "天")
        }
        let text = seconds > 0
            ? Bilingual(en: "in \(value)\(en)", zh: "\(value)\(zh)后")
            : Bilingual(en: "\(value)\(en) ago", zh: "\(value)\(zh)前")
        return StatsLabels.value(text, language)
    }
}
