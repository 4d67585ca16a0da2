/// A text given in both catalogue languages.
public struct Bilingual: Codable, Equatable, Hashable, Sendable {
    public var en: String
    public var zh: String

    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The text in one language.
    public subscript(_ language: Language) -> String {
        switch language {
        case .en: en
        case .zh: zh
        }
    }
}

/// A language the catalogue is written in.
public enum Language: String, CaseIterable, Codable, Sendable {
    case en, zh
}

/// Which languages the user wants to see.
public enum LanguageChoice: String, CaseIterable, Codable, Sendable {
    case en, zh, both

    /// The languages to show, in display order.
    public var languages: [Language] {
        switch self {
        case .en: [.en]
        case .zh: [.zh]
        case .both: [.en, .zh]
        }
    }

    /// Picks a default from a locale string such as `LANG=zh_CN.UTF-8`; nil when it says neither.
    public static func from(locale: String?) -> LanguageChoice? {
        guard let locale = locale?.lowercased(), !locale.isEmpty else { return nil }
        if locale.hasPrefix("zh") { return .zh }
        if locale.hasPrefix("en") { return .en }
        return nil
    }
}
