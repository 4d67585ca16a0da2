/// A response class (1xx … 6xx) with its bilingual name and description.
public struct CodeClass: Codable, Equatable, Sendable {
    /// `1xx` … `6xx`.
    public var label: String
    public var name: Bilingual
    public var description: Bilingual

    public init(label: String, name: Bilingual, description: Bilingual) {
        self.label = label
        self.name = name
        self.description = description
    }

    enum CodingKeys: String, CodingKey {
        case label = "class", name, description
    }

    /// The class label a code belongs to: 486 → `4xx`.
    public static func label(for code: Int) -> String { "\(code / 100)xx" }
}
