import Testing
@testable import SipdrillCore

/// The standard settings with one change.
private func standardSettings(_ change: (inout SchedulerSettings) -> Void) -> SchedulerSettings {
    var settings = SchedulerSettings()
    change(&settings)
    return settings
}

/// Validation finds every problem, each with a message that names the field and the bound.
@Suite("Scheduler settings validation")
struct SchedulerSettingsValidationTests {
    @Test("standard settings are valid")
    func standardIsValid() {
        #expect(SchedulerSettings.standard.validate().isEmpty)
        #expect(SchedulerSettings.defaultParameters.count == SchedulerSettings.parameterRanges.count)
        for (value, range) in zip(SchedulerSettings.defaultParameters, SchedulerSettings.parameterRanges) {
            #expect(range.contains(value))
        }
    }

    @Test("each problem and its message", arguments: [
        (standardSettings { $0.parameters = Array(repeating: 1, count: 19) },
         [SchedulerSettingsError.wrongParameterCount(expected: 21, got: 19)],
         ["expected 21 parameters, got 19"]),
        (standardSettings { $0.parameters[3] = 150 },
         [.parameterOutOfRange(index: 3, value: 150, range: 0.001...100)],
         ["parameter w[3] = 150 is outside 0.001–100"]),
        (standardSettings { $0.parameters[20] = 0.05 },
         [.parameterOutOfRange(index: 20, value: 0.05, range: 0.1...0.8)],
         ["parameter w[20] = 0.05 is outside 0.1–0.8"]),
        (standardSettings { $0.parameters[8] = -0.5; $0.parameters[16] = 0.5 },
         [.parameterOutOfRange(index: 8, value: -0.5, range: 0...4.5),
          .parameterOutOfRange(index: 16, value: 0.5, range: 1...6)],
         ["parameter w[8] = -0.5 is outside 0–4.5", "parameter w[16] = 0.5 is outside 1–6"]),
        (standardSettings { $0.desiredRetention = 0.99 },
         [.retentionOutOfRange(value: 0.99, range: 0.7...0.97)],
         ["desired retention 0.99 is outside 0.7–0.97"]),
        (standardSettings { $0.desiredRetention = 0.69 },
         [.retentionOutOfRange(value: 0.69, range: 0.7...0.97)],
         ["desired retention 0.69 is outside 0.7–0.97"]),
        (standardSettings { $0.learningSteps = [60, 0] },
         [.stepNotPositive(list: .learning, index: 1, seconds: 0)],
         ["learning step 2 is 0 s; steps must be longer than zero"]),
        (standardSettings { $0.relearningSteps = [-600] },
         [.stepNotPositive(list: .relearning, index: 0, seconds: -600)],
         ["relearning step 1 is -600 s; steps must be longer than zero"]),
        (standardSettings { $0.maximumInterval = 0 },
         [.maximumIntervalTooSmall(days: 0)],
         ["maximum interval 0 is below 1 day"]),
        (standardSettings { $0.leechThreshold = -1 },
         [.leechThresholdNegative(-1)],
         ["leech threshold -1 is negative (0 turns leech detection off)"]),
    ])
    func problems(settings: SchedulerSettings, errors: [SchedulerSettingsError], messages: [String]) {
        let found = settings.validate()
        #expect(found == errors)
        #expect(found.map(\.description) == messages)
    }

    @Test("NaN is out of every range; the retention bounds themselves are allowed")
    func edges() {
        var settings = SchedulerSettings()
        settings.parameters[0] = .nan
        settings.desiredRetention = .nan
        #expect(settings.validate().count == 2)
        for retention in [0.7, 0.97] {
            settings = SchedulerSettings(desiredRetention: retention)
            #expect(settings.validate().isEmpty)
        }
        settings = SchedulerSettings(parameters: SchedulerSettings.parameterRanges.map(\.lowerBound))
        #expect(settings.validate().isEmpty)
        settings = SchedulerSettings(parameters: SchedulerSettings.parameterRanges.map(\.upperBound))
        #expect(settings.validate().isEmpty)
    }
}
