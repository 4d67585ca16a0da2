/// Another code learners mix this one up with, and the rule that tells them apart.
public struct Confusable: Codable, Equatable, Sendable {
    public var code: Int
    public var rule: Bilingual

    public init(code: Int, rule: Bilingual) {
        self.code = code
        self.rule = rule
    }
}
