import Foundation

/// The words of the `stats`, `card` and `team` screens in both languages, in one place.
public enum StatsLabels {
    static let today = Bilingual(en: "Today", zh: "今天")
    static let reviews = Bilingual(en: "Reviews", zh: "复习次数")
    static let accuracy = Bilingual(en: "Accuracy", zh: "正确率")
    static let timeSpent = Bilingual(en: "Time spent", zh: "用时")
    static let newCards = Bilingual(en: "New cards", zh: "新卡片")
    static let streak = Bilingual(en: "Streak", zh: "连续学习")
    static let forecast = Bilingual(en: "Due in the next %d days", zh: "未来 %d 天到期")
    static let overdue = Bilingual(en: "Overdue (counted today)", zh: "已逾期（计入今天）")
    static let dueNow = Bilingual(en: "Due now", zh: "现在到期")
    static let activity = Bilingual(en: "Reviews in the last %d weeks", zh: "最近 %d 周的复习")
    static let less = Bilingual(en: "less", zh: "少")
    static let more = Bilingual(en: "more", zh: "多")
    static let trueRetention = Bilingual(en: "True retention", zh: "真实保持率")
    static let retentionNote = Bilingual(en: "Passed reviews of cards in Review; mature = interval ≥ 21 days",
                                         zh: "复习阶段卡片的通过率；熟练 = 间隔 ≥ 21 天")
    static let young = Bilingual(en: "Young", zh: "较新")
    static let mature = Bilingual(en: "Mature", zh: "熟练")
    static let all = Bilingual(en: "All", zh: "合计")
    static let lastDays = Bilingual(en: "Last %d days", zh: "最近 %d 天")
    static let masteryByClass = Bilingual(en: "Cards by class", zh: "各类别卡片")
    static let masteryByKind = Bilingual(en: "Cards by question", zh: "各题型卡片")
    static let stageNames: [Bilingual] = [
        Bilingual(en: "mature", zh: "熟练"), Bilingual(en: "young", zh: "较新"),
        Bilingual(en: "learning", zh: "学习中"), Bilingual(en: "new", zh: "未学"),
    ]
    static let confusions = Bilingual(en: "Most confused", zh: "最常混淆")
    static let asked = Bilingual(en: "Asked", zh: "题目")
    static let answered = Bilingual(en: "Answered", zh: "答成")
    static let times = Bilingual(en: "Times", zh: "次数")
    static let leeches = Bilingual(en: "Leeches", zh: "顽固卡片")
    static let card = Bilingual(en: "Card", zh: "卡片")
    static let question = Bilingual(en: "Question", zh: "题型")
    static let lapses = Bilingual(en: "Lapses", zh: "遗忘")
    static let suspended = Bilingual(en: "suspended", zh: "已暂停")
    static let noneYet = Bilingual(en: "none yet", zh: "暂无")
    static let state = Bilingual(en: "State", zh: "状态")
    static let due = Bilingual(en: "Due", zh: "到期")
    static let history = Bilingual(en: "History", zh: "历史")
    static let leech = Bilingual(en: "leech", zh: "顽固")

    static func days(_ count: Int) -> Bilingual {
        Bilingual(en: count == 1 ? "1 day" : "\(count) days", zh: "\(count) 天")
    }

    static func kind(_ kind: CardKind) -> Bilingual {
        switch kind {
        case .phrase: Bilingual(en: "Phrase", zh: "短语")
        case .code: Bilingual(en: "Code", zh: "状态码")
        case .meaning: Bilingual(en: "Meaning", zh: "含义")
        case .scenario: Bilingual(en: "Scenario", zh: "场景")
        case .headers: Bilingual(en: "Headers", zh: "头域")
        case .class: Bilingual(en: "Class", zh: "类别")
        }
    }

    static func state(_ name: String) -> Bilingual {
        switch name {
        case "New": Bilingual(en: "New", zh: "新卡")
        case "Learning": Bilingual(en: "Learning", zh: "学习中")
        case "Review": Bilingual(en: "Review", zh: "复习")
        case "Relearning": Bilingual(en: "Relearning", zh: "重学")
        default: Bilingual(en: name, zh: name)
        }
    }

    static func rating(_ rating: Rating) -> Bilingual {
        switch rating {
        case .again: Bilingual(en: "Again", zh: "重来")
        case .hard: Bilingual(en: "Hard", zh: "困难")
        case .good: Bilingual(en: "Good", zh: "良好")
        case .easy: Bilingual(en: "Easy", zh: "简单")
        }
    }

    /// Weekday names for `Calendar` weekday numbers 1 (Sunday) … 7.
    static func weekday(_ number: Int) -> Bilingual {
        let en = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let zh = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"]
        let index = ((number - 1) % 7 + 7) % 7
        return Bilingual(en: en[index], zh: zh[index])
    }

    static func month(_ number: Int) -> Bilingual {
        let en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let index = ((number - 1) % 12 + 12) % 12
        return Bilingual(en: en[index], zh: "\(index + 1)月")
    }

    /// A label in the chosen language(s): "Today · 今天" for both.
    public static func text(_ label: Bilingual, _ choice: LanguageChoice) -> String {
        switch choice {
        case .en: label.en
        case .zh: label.zh
        case .both: label.en == label.zh ? label.en : "\(label.en) · \(label.zh)"
        }
    }

    /// A short label (a chart or table cell): the two languages side by side for both.
    static func short(_ label: Bilingual, _ choice: LanguageChoice) -> String {
        choice == .both ? (label.en == label.zh ? label.en : "\(label.en) \(label.zh)") : text(label, choice)
    }

    /// A phrase around a number (`5 days`, `in 3d`): for both languages only the English one,
    /// since the label beside it already carries both.
    static func value(_ label: Bilingual, _ choice: LanguageChoice) -> String {
        text(label, choice == .both ? .en : choice)
    }

    /// A label with one `%d`, filled in.
    static func text(_ label: Bilingual, _ choice: LanguageChoice, _ number: Int) -> String {
        text(Bilingual(en: label.en.replacingOccurrences(of: "%d", with: String(number)),
                       zh: label.zh.replacingOccurrences(of: "%d", with: String(number))), choice)
    }

    /// `55%`; `—` for no value.
    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        return "\(Int((rate * 100).rounded(.toNearestOrAwayFromZero)))%"
    }

    /// `1m 20s`, `1h 05m`, `45s` (`1分20秒`, `1小时5分`, `45秒`).
    static func duration(ms: Int, _ choice: LanguageChoice) -> String {
        let seconds = Int((Double(ms) / 1000).rounded(.toNearestOrAwayFromZero))
        let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60)
        let en = h > 0 ? "\(h)h " + String(format: "%02dm", m) : m > 0 ? "\(m)m " + String(format: "%02ds", s) : "\(s)s"
        let zh = h > 0 ? "\(h)小时\(m)分" : m > 0 ? "\(m)分\(s)秒" : "\(s)秒"
        return value(Bilingual(en: en, zh: zh), choice)
    }

    /// An entry's name: `Busy Here`, `此处忙`, or both.
    static func name(_ name: Bilingual?, _ choice: LanguageChoice) -> String {
        name.map { short($0, choice) } ?? ""
    }
}
