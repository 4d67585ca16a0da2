/// One thing wrong in a content file, with where it is.
public struct ContentProblem: Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var kind: Kind

    public init(file: String, line: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// What is wrong. Every case carries what the message needs, so tests can match on data.
    public enum Kind: Equatable, Sendable {
        case yamlSyntax(String)
        case missingField(String)
        case wrongType(field: String, expected: String)
        case emptyText(field: String)
        case notChinese(field: String)
        case unknownField(String)
        case badValue(field: String, value: String, allowed: [String])
        case badDeckID(String)
        case duplicateDeck(DeckID, otherFile: String)
        case idMismatch(expected: EntryID, found: String)
        case duplicateID(EntryID, firstLine: Int)
        case duplicateCode(Int, firstLine: Int)
        case codeOutOfRange(Int)
        case classMismatch(code: Int, declared: String)
        case undescribedClass(String)
        case confusableUnknown(Int)
        case confusableSelf(Int)
        case confusableRepeated(Int)
        case confusableNotSymmetric(code: Int, other: Int)
        case tooFewScenarios(count: Int, minimum: Int)
    }

    /// `file:line: message` — the form editors and terminals turn into links.
    public var description: String { "\(file):\(line): \(message)" }

    /// The message alone, in English.
    public var message: String {
        switch kind {
        case .yamlSyntax(let detail): "YAML syntax error: \(detail)"
        case .missingField(let field): "missing required field '\(field)'"
        case .wrongType(let field, let expected): "'\(field)' must be \(expected)"
        case .emptyText(let field): "'\(field)' is empty"
        case .notChinese(let field): "'\(field)' should be Chinese text but has no Chinese characters"
        case .unknownField(let field): "unknown field '\(field)' (typo?)"
        case .badValue(let field, let value, let allowed):
            "'\(field)' is '\(value)'; expected one of: \(allowed.joined(separator: ", "))"
        case .badDeckID(let id): "deck id '\(id)' must be lowercase letters and digits"
        case .duplicateDeck(let id, let other): "deck '\(id)' is also defined in \(other)"
        case .idMismatch(let expected, let found): "id '\(found)' should be '\(expected)'"
        case .duplicateID(let id, let first): "duplicate id '\(id)' (first at line \(first))"
        case .duplicateCode(let code, let first): "duplicate code \(code) (first at line \(first))"
        case .codeOutOfRange(let code): "code \(code) is not a three-digit status code (100–699)"
        case .classMismatch(let code, let declared): "code \(code) is in class \(CodeClass.label(for: code)), not \(declared)"
        case .undescribedClass(let label): "class \(label) has no entry under 'classes'"
        case .confusableUnknown(let code): "confusable code \(code) does not exist in this deck"
        case .confusableSelf(let code): "entry \(code) lists itself as confusable"
        case .confusableRepeated(let code): "confusable code \(code) is listed twice"
        case .confusableNotSymmetric(let code, let other):
            "\(code) lists \(other) as confusable, but \(other) does not list \(code)"
        case .tooFewScenarios(let count, let minimum):
            "\(count) scenario\(count == 1 ? "" : "s"); a current code needs at least \(minimum)"
        }
    }
}
