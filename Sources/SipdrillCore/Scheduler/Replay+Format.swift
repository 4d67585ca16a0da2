import Foundation

// The JSON shapes of `sipdrill replay`: snake_case keys, as in the py-fsrs fixtures.

/// The five scheduler settings a replay file can set, at the top level or per case.
/// Absent keys leave the inherited value alone.
struct ReplaySettingsPatch: Decodable, Equatable {
    /// `params`: absent (inherit), `null` (the FSRS-6 defaults), or 21 numbers.
    enum Parameters: Equatable {
        case defaults
        case values([Double])
    }

    var desiredRetention: Double?
    var learningStepsMinutes: [Double]?
    var relearningStepsMinutes: [Double]?
    var maximumInterval: Int?
    var params: Parameters?

    enum CodingKeys: String, CodingKey {
        case desiredRetention = "desired_retention"
        case learningStepsMinutes = "learning_steps_minutes"
        case relearningStepsMinutes = "relearning_steps_minutes"
        case maximumInterval = "maximum_interval"
        case params
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        desiredRetention = try container.decodeIfPresent(Double.self, forKey: .desiredRetention)
        learningStepsMinutes = try container.decodeIfPresent([Double].self, forKey: .learningStepsMinutes)
        relearningStepsMinutes = try container.decodeIfPresent([Double].self, forKey: .relearningStepsMinutes)
        maximumInterval = try container.decodeIfPresent(Int.self, forKey: .maximumInterval)
        // decodeIfPresent cannot tell `null` from a missing key; here they differ.
        if !container.contains(.params) {
            params = nil
        } else if try container.decodeNil(forKey: .params) {
            params = .defaults
        } else {
            params = .values(try container.decode([Double].self, forKey: .params))
        }
    }

    /// `base` with this patch's keys applied.
    func applied(to base: SchedulerSettings) -> SchedulerSettings {
        var settings = base
        if let desiredRetention { settings.desiredRetention = desiredRetention }
        if let learningStepsMinutes { settings.learningSteps = learningStepsMinutes.map { $0 * 60 } }
        if let relearningStepsMinutes { settings.relearningSteps = relearningStepsMinutes.map { $0 * 60 } }
        if let maximumInterval { settings.maximumInterval = maximumInterval }
        switch params {
        case nil: break
        case .defaults: settings.parameters = SchedulerSettings.defaultParameters
        case let .values(values): settings.parameters = values
        }
        return settings
    }
}

/// A whole replay file: default settings and the cases.
struct ReplayInput: Decodable {
    var settings: ReplaySettingsPatch
    var cases: [ReplayCase]

    enum CodingKeys: String, CodingKey { case cases }

    init(from decoder: any Decoder) throws {
        settings = try ReplaySettingsPatch(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        cases = try container.decodeIfPresent([ReplayCase].self, forKey: .cases) ?? []
    }
}

/// One card's review sequence, replayed from a new card.
struct ReplayCase: Decodable {
    var id: String
    var scheduler: ReplaySettingsPatch?
    var reviews: [ReplayReview]
}

/// One review as written in the file; checked by `Replay`, not by the decoder, so that
/// errors can name the case and review.
struct ReplayReview: Decodable {
    var rating: Int
    var at: String
}

/// The replay output: per case, the card after each review.
struct ReplayOutput: Codable, Equatable {
    var cases: [ReplayCaseResult]
}

/// The cards after each review of one case.
struct ReplayCaseResult: Codable, Equatable {
    var id: String
    var results: [ReplayResult]
}

/// A card as `sipdrill replay` prints it; `step` is written as `null` in Review, never left out.
struct ReplayResult: Codable, Equatable {
    var state: CardState
    var step: Int?
    var stability: Double?
    var difficulty: Double?
    var due: String

    init(_ card: SchedulerCard) {
        state = card.state
        step = card.step
        stability = card.stability
        difficulty = card.difficulty
        due = UTCTimestamp.format(card.due)
    }

    enum CodingKeys: String, CodingKey { case state, step, stability, difficulty, due }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(state, forKey: .state)
        // `encode` (not encodeIfPresent) writes nil as an explicit null.
        try container.encode(step, forKey: .step)
        try container.encode(stability, forKey: .stability)
        try container.encode(difficulty, forKey: .difficulty)
        try container.encode(due, forKey: .due)
    }
}
