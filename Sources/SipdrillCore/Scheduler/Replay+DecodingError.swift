import Foundation

extension Replay {
    /// Turns a decoder error into a message that points at the input: the key path, and
    /// the case id and review number when the path runs through a case.
    static func describe(_ error: DecodingError, in input: Data) -> ReplayError {
        let path: [any CodingKey]
        let detail: String
        switch error {
        case let .typeMismatch(type, context):
            path = context.codingPath
            detail = "expected \(noun(for: type))"
        case let .valueNotFound(type, context):
            path = context.codingPath
            detail = "expected \(noun(for: type)), found null"
        case let .keyNotFound(key, context):
            path = context.codingPath
            detail = "missing \"\(key.stringValue)\""
        case let .dataCorrupted(context):
            path = context.codingPath
            detail = path.isEmpty ? "not valid JSON" : context.debugDescription
        @unknown default:
            path = []
            detail = "\(error)"
        }

        // Which case and review the path points into, by position.
        var caseIndex: Int?
        var reviewIndex: Int?
        if path.count >= 2, path[0].stringValue == "cases" { caseIndex = path[1].intValue }
        if path.count >= 4, path[2].stringValue == "reviews" { reviewIndex = path[3].intValue }
        let caseID = caseIndex.flatMap { caseIdentifier(at: $0, in: input) }

        return .badJSON(caseID: caseID, review: reviewIndex.map { $0 + 1 },
                        path: render(path), detail: detail)
    }

    /// `cases[0].reviews[2].rating`
    static func render(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }

    /// The `id` of case `index`, read leniently from the raw JSON (the strict decode failed).
    private static func caseIdentifier(at index: Int, in input: Data) -> String? {
        guard let root = try? JSONSerialization.jsonObject(with: input) as? [String: Any],
              let cases = root["cases"] as? [Any], cases.indices.contains(index),
              let item = cases[index] as? [String: Any]
        else { return nil }
        return item["id"] as? String
    }

    private static func noun(for type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is [Any].Type, is [Double].Type: return "a list"
        case is [String: Any].Type: return "an object"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }
}
