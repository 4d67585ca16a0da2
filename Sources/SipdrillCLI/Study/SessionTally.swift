import Foundation
import SipdrillCore

/// What a study session did, for the summary at its end.
struct SessionTally {
    struct Answer {
        let card: CardID
        let code: Int?
        let kind: CardKind
        let correct: Bool
        let rating: Rating
    }

    var answers: [Answer] = []
    var newLeeches: [CardID] = []
    var started: Date?
    var ended: Date?

    var right: Int { answers.count(where: \.correct) }

    /// Accuracy per kind, in CardKind order: (kind, right, asked).
    var byKind: [(CardKind, Int, Int)] {
        CardKind.allCases.compactMap { kind in
            let asked = answers.filter { $0.kind == kind }
            return asked.isEmpty ? nil : (kind, asked.count(where: \.correct), asked.count)
        }
    }

    /// Codes answered wrong at least once, in the order they were missed.
    var missedCodes: [Int] {
        var seen: Set<Int> = []
        return answers.filter { !$0.correct }.compactMap(\.code).filter { seen.insert($0).inserted }
    }

    mutating func removeLast() {
        if !answers.isEmpty { answers.removeLast() }
    }
}
