import Foundation

extension TeamReport {
    /// The tables of the report, for CSV (one table per file: RFC 4180 has no sections).
    public enum Table: String, CaseIterable, Sendable {
        case members
        case weakestCodes = "weakest_codes"
    }

    static let title = Bilingual(en: "Team onboarding report", zh: "团队入门报告")
    static let membersTitle = Bilingual(en: "Members", zh: "成员")
    static let weakestTitle = Bilingual(en: "Weakest codes — cover these next", zh: "最薄弱的状态码 — 下次培训重点")
    static let noWeakCodes = Bilingual(en: "no lapses yet", zh: "尚无遗忘")
    static let memberHeader: [Bilingual] = [
        Bilingual(en: "Profile", zh: "成员"), Bilingual(en: "Seen", zh: "已学"),
        Bilingual(en: "Mature", zh: "熟练"), Bilingual(en: "Retention 30d", zh: "30天保持率"),
        Bilingual(en: "Last active", zh: "最近学习"), Bilingual(en: "Best exam", zh: "最佳考试"),
    ]
    static let codeHeader: [Bilingual] = [
        Bilingual(en: "Code", zh: "状态码"), Bilingual(en: "Name", zh: "名称"),
        Bilingual(en: "Lapses", zh: "遗忘"), Bilingual(en: "People", zh: "人数"),
        Bilingual(en: "Leeches", zh: "顽固"), Bilingual(en: "Retention", zh: "保持率"),
    ]

    func memberCells(_ member: MemberSummary) -> [String] {
        [member.profile,
         String(member.cardsSeen),
         member.cardsSeen == 0 ? "0" : "\(member.matureCards) (\(StatsLabels.percent(member.matureShare)))",
         passText(member.trueRetention),
         member.lastActiveDay ?? "—",
         StatsLabels.percent(member.bestExamScore)]
    }

    func codeCells(_ code: CodeWeakness, language: LanguageChoice) -> [String] {
        [String(code.code), StatsLabels.name(code.name, language), String(code.lapses), String(code.membersLapsed),
         String(code.leeches), passText(code.trueRetention)]
    }

    func passText(_ count: PassCount) -> String {
        count.reviews == 0 ? "—" : "\(StatsLabels.percent(count.rate)) (\(count.passed)/\(count.reviews))"
    }

    /// The report as aligned text: a members table and a weakest-codes table, each line at
    /// most `width` columns (profile and code names are cut first).
    public func text(width: Int = 80, language: LanguageChoice = .en) -> [String] {
        let count = members.count
        let heading = StatsLabels.text(Self.title, language) + " · "
            + StatsLabels.value(Bilingual(en: count == 1 ? "1 member" : "\(count) members", zh: "\(count) 人"), language)
        var lines = [heading, "", StatsLabels.text(Self.membersTitle, language)]
        // Headers are cut before values; the profile name last.
        lines += ColumnLayout.render(header: Self.memberHeader.map { StatsLabels.short($0, language) },
                                     rows: members.map(memberCells), rightAligned: [1, 2, 3, 5],
                                     flexible: [3, 4, 5, 1, 2, 0], cutting: 0, width: width, indent: 2)
        lines += ["", StatsLabels.text(Self.weakestTitle, language)]
        if weakestCodes.isEmpty {
            lines.append("  " + StatsLabels.text(Self.noWeakCodes, language))
        } else {
            lines += ColumnLayout.render(header: Self.codeHeader.map { StatsLabels.short($0, language) },
                                         rows: weakestCodes.map { codeCells($0, language: language) },
                                         rightAligned: [2, 3, 4, 5], flexible: [1, 2, 3, 4, 5], cutting: 1,
                                         width: width, indent: 2)
        }
        return lines.map { DisplayWidth.truncate($0, to: width) }
    }

    /// The report as Markdown: a title and two pipe tables (numbers right-aligned).
    public func markdown(language: LanguageChoice = .en) -> String {
        func row(_ cells: [String]) -> String {
            "| " + cells.map(Self.markdownCell).joined(separator: " | ") + " |"
        }
        func align(_ right: Set<Int>, count: Int) -> String {
            "|" + (0..<count).map { right.contains($0) ? " ---: |" : " --- |" }.joined()
        }
        var lines = ["# " + StatsLabels.text(Self.title, language), "",
                     "## " + StatsLabels.text(Self.membersTitle, language), "",
                     row(Self.memberHeader.map { StatsLabels.short($0, language) }),
                     align([1, 2, 3, 5], count: Self.memberHeader.count)]
        lines += members.map { row(memberCells($0)) }
        lines += ["", "## " + StatsLabels.text(Self.weakestTitle, language), ""]
        if weakestCodes.isEmpty {
            lines.append(StatsLabels.text(Self.noWeakCodes, language))
        } else {
            lines.append(row(Self.codeHeader.map { StatsLabels.short($0, language) }))
            lines.append(align([2, 3, 4, 5], count: Self.codeHeader.count))
            lines += weakestCodes.map { row(codeCells($0, language: language)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A Markdown table cell: pipes escaped, line breaks folded to spaces.
    static func markdownCell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
    }

    /// One table as CSV (RFC 4180: CRLF line ends, a header row, fields quoted when they hold
    /// a comma, quote or line break, quotes doubled). Numbers are plain: rates as decimals with
    /// four places, times as UTC timestamps, empty fields for missing values.
    public func csv(_ table: Table = .members) -> String {
        var records: [[String]]
        switch table {
        case .members:
            records = [["profile", "cards_seen", "mature_cards", "mature_share", "true_retention_30d",
                        "retention_passed_30d", "retention_reviews_30d", "last_active", "best_exam_score"]]
            records += members.map { member in
                [member.profile, String(member.cardsSeen), String(member.matureCards),
                 Self.decimal(member.matureShare), Self.decimal(member.trueRetention.rate),
                 String(member.trueRetention.passed), String(member.trueRetention.reviews),
                 member.lastActive.map(UTCTimestamp.format) ?? "", Self.decimal(member.bestExamScore)]
            }
        case .weakestCodes:
            records = [["deck", "code", "phrase", "zh", "lapses", "members_lapsed", "leeches", "true_retention",
                        "retention_passed", "retention_reviews"]]
            records += weakestCodes.map { code in
                [code.deck.rawValue, String(code.code), code.name?.en ?? "", code.name?.zh ?? "", String(code.lapses),
                 String(code.membersLapsed), String(code.leeches), Self.decimal(code.trueRetention.rate),
                 String(code.trueRetention.passed), String(code.trueRetention.reviews)]
            }
        }
        return records.map { $0.map(Self.csvField).joined(separator: ",") + "\r\n" }.joined()
    }

    /// A CSV field, quoted when RFC 4180 requires it.
    static func csvField(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    static func decimal(_ value: Double?) -> String {
        value.map { String(format: "%.4f", $0) } ?? ""
    }
}
