/// How strongly the RFC asks for a header field in a response.
public enum HeaderNeed: String, CaseIterable, Codable, Sendable, Comparable {
    case must, should, may

    private var rank: Int {
        switch self {
        case .must: 0
        case .should: 1
        case .may: 2
        }
    }
    public static func < (a: HeaderNeed, b: HeaderNeed) -> Bool { a.rank < b.rank }

    /// The RFC keyword in each language (MUST → 必须).
    public var label: Bilingual {
        switch self {
        case .must: Bilingual(en: "MUST", zh: "必须")
        case .should: Bilingual(en: "SHOULD", zh: "应当")
        case .may: Bilingual(en: "MAY", zh: "可以")
        }
    }
}

/// A header field a response carries, with the RFC's strength and why it is there.
public struct HeaderField: Codable, Equatable, Sendable {
    public var name: String
    public var need: HeaderNeed
    public var why: Bilingual

    public init(name: String, need: HeaderNeed, why: Bilingual) {
        self.name = name
        self.need = need
        self.why = why
    }
}
