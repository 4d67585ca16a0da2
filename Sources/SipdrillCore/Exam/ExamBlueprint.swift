import Yams

/// A team lead's exam definition, written once and shared (YAML):
///
///     total: 20
///     minutes: 15
///     pass_mark: 0.8
///     classes: {4xx: 8, 5xx: 4, 6xx: 2}
///     kinds: {scenario: 6, headers: 2}
public struct ExamBlueprint: Equatable, Sendable {
    public var total: Int = 20
    public var minutes: Double?
    public var passMark: Double = 0.8
    public var classes: [String: Int] = [:]
    public var kinds: [CardKind: Int] = [:]

    public init() {}

    /// Parses the file, collecting every problem with its line.
    public static func parse(_ text: String, file: String) -> (ExamBlueprint?, [ContentProblem]) {
        var reader = NodeReader(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return (nil, [DeckParser.syntaxProblem(error, file: file)])
        } catch {
            return (nil, [ContentProblem(file: file, line: 1, kind: .yamlSyntax("\(error)"))])
        }
        guard let map = reader.mapping(root, field: "blueprint", line: 1) else { return (nil, reader.problems) }
        reader.rejectUnknownKeys(map, known: ["total", "minutes", "pass_mark", "classes", "kinds"])
        var blueprint = ExamBlueprint()
        if map["total"] != nil, let total = reader.int(map, "total", line: 1) {
            if (1...200).contains(total) { blueprint.total = total } else {
                reader.report(NodeReader.line(map["total"]), .badValue(field: "total", value: String(total), allowed: ["1…200"]))
            }
        }
        if map["minutes"] != nil, let text = reader.string(map, "minutes", line: 1) {
            if let minutes = Double(text), minutes > 0 { blueprint.minutes = minutes } else {
                reader.report(NodeReader.line(map["minutes"]), .wrongType(field: "minutes", expected: "a positive number"))
            }
        }
        if map["pass_mark"] != nil, let text = reader.string(map, "pass_mark", line: 1) {
            // 0.8 or 80 (per cent) both read as 80 %.
            if var mark = Double(text.replacingOccurrences(of: "%", with: "")) {
                if mark > 1 { mark /= 100 }
                if (0...1).contains(mark) { blueprint.passMark = mark } else {
                    reader.report(NodeReader.line(map["pass_mark"]), .badValue(field: "pass_mark", value: text, allowed: ["0…1", "0…100%"]))
                }
            } else {
                reader.report(NodeReader.line(map["pass_mark"]), .wrongType(field: "pass_mark", expected: "a number like 0.8 or 80%"))
            }
        }
        if let node = map["classes"], let quotas = reader.mapping(node, field: "classes", line: 1) {
            for (key, _) in quotas {
                let label = key.string ?? "?"
                guard DeckParser.isClassLabel(label) else {
                    reader.report(NodeReader.line(key), .badValue(field: "classes", value: label, allowed: (1...6).map { "\($0)xx" }))
                    continue
                }
                if let count = reader.int(quotas, label, field: "classes.\(label)", line: NodeReader.line(key)) {
                    blueprint.classes[label] = count
                }
            }
        }
        if let node = map["kinds"], let quotas = reader.mapping(node, field: "kinds", line: 1) {
            for (key, _) in quotas {
                let name = key.string ?? "?"
                guard let kind = reader.choice(name, field: "kinds", line: NodeReader.line(key), as: CardKind.self) else { continue }
                if let count = reader.int(quotas, name, field: "kinds.\(name)", line: NodeReader.line(key)) {
                    blueprint.kinds[kind] = count
                }
            }
        }
        let quotaTotal = blueprint.classes.values.reduce(0, +)
        if quotaTotal > blueprint.total {
            reader.report(NodeReader.line(map["classes"]), .badValue(field: "classes", value: "\(quotaTotal) questions",
                                                                    allowed: ["at most total (\(blueprint.total))"]))
        }
        return reader.problems.isEmpty ? (blueprint, []) : (nil, reader.problems)
    }
}
