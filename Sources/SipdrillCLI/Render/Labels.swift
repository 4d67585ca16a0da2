import SipdrillCore

/// UI words in both languages, in one place.
enum Labels {
    static let meaning = Bilingual(en: "Meaning", zh: "含义")
    static let useWhen = Bilingual(en: "When to use", zh: "何时使用")
    static let notWhen = Bilingual(en: "When not to use", zh: "何时不用")
    static let headers = Bilingual(en: "Header fields", zh: "头域")
    static let confusable = Bilingual(en: "Confused with", zh: "易混淆")
    static let scenarios = Bilingual(en: "Scenarios", zh: "场景")
    static let note = Bilingual(en: "Note", zh: "说明")
    static let status = Bilingual(en: "Status", zh: "状态")
    static let sentBy = Bilingual(en: "sent by", zh: "发送方")
    static let aliases = Bilingual(en: "also accepted", zh: "也可答")
    static let code = Bilingual(en: "Code", zh: "状态码")
    static let phrase = Bilingual(en: "Reason phrase", zh: "原因短语")
    static let zhName = Bilingual(en: "Chinese", zh: "中文名")
    static let rfc = Bilingual(en: "RFC", zh: "RFC")
    static let codeClass = Bilingual(en: "Class", zh: "类别")
    static let none = Bilingual(en: "none", zh: "无")
    static let tellApart = Bilingual(en: "How to tell them apart", zh: "如何区分")
    static let noRule = Bilingual(en: "(no rule recorded for this pair)", zh: "（这两个码之间没有记录区分规则）")

    static func status(_ status: EntryStatus) -> Bilingual {
        switch status {
        case .current: Bilingual(en: "current", zh: "现行")
        case .deprecated: Bilingual(en: "deprecated", zh: "已弃用")
        case .historical: Bilingual(en: "historical", zh: "历史")
        case .reserved: Bilingual(en: "reserved, unused", zh: "保留未用")
        case .nonstandard: Bilingual(en: "non-standard", zh: "非标准")
        }
    }

    /// A label in the chosen language(s): "Meaning · 含义" for both.
    static func text(_ label: Bilingual, _ choice: LanguageChoice) -> String {
        switch choice {
        case .en: label.en
        case .zh: label.zh
        case .both: label.en == label.zh ? label.en : "\(label.en) · \(label.zh)"
        }
    }
}

extension Entry {
    /// "486 Busy Here · 此处忙" in the chosen language(s).
    func title(_ choice: LanguageChoice) -> String {
        switch choice {
        case .en: "\(code) \(phrase)"
        case .zh: "\(code) \(zh)"
        case .both: "\(code) \(phrase) · \(zh)"
        }
    }
}
