import Foundation

/// A learner's study settings, stored in the progress file. Every key is optional on disk:
/// a missing key takes its default, so files written by older builds keep loading.
public struct ProgressSettings: Equatable, Sendable {
    public var desiredRetention: Double = 0.9
    public var learningStepsMinutes: [Double] = [1, 10]
    public var relearningStepsMinutes: [Double] = [10]
    public var maximumInterval: Int = 36500
    public var parameters: [Double] = SchedulerSettings.defaultParameters
    public var dailyNewLimit: Int = 10
    /// Answers right and faster than this (seconds) are rated Easy: recall kinds…
    public var easySecondsRecall: Double = 5
    /// …and scenario questions, which take longer to read.
    public var easySecondsScenario: Double = 12

    public init() {}

    /// The scheduler configuration these settings describe (fuzz on, as in daily study).
    public var scheduler: SchedulerSettings {
        SchedulerSettings(parameters: parameters, desiredRetention: desiredRetention,
                          learningSteps: learningStepsMinutes.map { $0 * 60 },
                          relearningSteps: relearningStepsMinutes.map { $0 * 60 },
                          maximumInterval: maximumInterval)
    }
}

extension ProgressSettings: Codable {
    enum CodingKeys: String, CodingKey {
        case desiredRetention = "desired_retention"
        case learningStepsMinutes = "learning_steps_minutes"
        case relearningStepsMinutes = "relearning_steps_minutes"
        case maximumInterval = "maximum_interval"
        case parameters
        case dailyNewLimit = "daily_new_limit"
        case easySecondsRecall = "easy_seconds_recall"
        case easySecondsScenario = "easy_seconds_scenario"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = ProgressSettings()
        desiredRetention = try container.decodeIfPresent(Double.self, forKey: .desiredRetention) ?? defaults.desiredRetention
        learningStepsMinutes = try container.decodeIfPresent([Double].self, forKey: .learningStepsMinutes) ?? defaults.learningStepsMinutes
        relearningStepsMinutes = try container.decodeIfPresent([Double].self, forKey: .relearningStepsMinutes) ?? defaults.relearningStepsMinutes
        maximumInterval = try container.decodeIfPresent(Int.self, forKey: .maximumInterval) ?? defaults.maximumInterval
        parameters = try container.decodeIfPresent([Double].self, forKey: .parameters) ?? defaults.parameters
        dailyNewLimit = try container.decodeIfPresent(Int.self, forKey: .dailyNewLimit) ?? defaults.dailyNewLimit
        easySecondsRecall = try container.decodeIfPresent(Double.self, forKey: .easySecondsRecall) ?? defaults.easySecondsRecall
        easySecondsScenario = try container.decodeIfPresent(Double.self, forKey: .easySecondsScenario) ?? defaults.easySecondsScenario
    }
}
