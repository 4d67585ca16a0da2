import Foundation

/// How fast a right answer must come to rate Easy, per kind of card. Reading a scenario takes
/// longer than recalling a name, so scenario cards get more time.
public struct AnswerTimeThresholds: Codable, Equatable, Sendable {
    /// Seconds for recall kinds: phrase, code, meaning, headers, class.
    public var recall: TimeInterval
    /// Seconds for scenario cards.
    public var scenario: TimeInterval

    public init(recall: TimeInterval = 5, scenario: TimeInterval = 12) {
        self.recall = recall
        self.scenario = scenario
    }

    /// The defaults: 5 s to recall, 12 s for a scenario.
    public static let standard = AnswerTimeThresholds()

    /// The threshold for one kind of card.
    public func seconds(for kind: CardKind) -> TimeInterval {
        kind == .scenario ? scenario : recall
    }

    enum CodingKeys: String, CodingKey { case recall, scenario }

    /// Missing keys take the defaults, so a settings file written before a key existed loads.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let standard = AnswerTimeThresholds()
        recall = try c.decodeIfPresent(TimeInterval.self, forKey: .recall) ?? standard.recall
        scenario = try c.decodeIfPresent(TimeInterval.self, forKey: .scenario) ?? standard.scenario
    }
}
