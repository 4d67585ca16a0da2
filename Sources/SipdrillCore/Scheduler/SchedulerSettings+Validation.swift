extension SchedulerSettings {
    /// Every problem with these settings, in field order; empty when they are usable.
    ///
    /// Returns all problems rather than stopping at the first, so a user fixing a file
    /// sees everything at once.
    public func validate() -> [SchedulerSettingsError] {
        var problems: [SchedulerSettingsError] = []
        let ranges = Self.parameterRanges
        if parameters.count != ranges.count {
            problems.append(.wrongParameterCount(expected: ranges.count, got: parameters.count))
        } else {
            for (index, (value, range)) in zip(parameters, ranges).enumerated()
            where !range.contains(value) {  // NaN is contained in no range
                problems.append(.parameterOutOfRange(index: index, value: value, range: range))
            }
        }
        if !Self.retentionRange.contains(desiredRetention) {
            problems.append(.retentionOutOfRange(value: desiredRetention, range: Self.retentionRange))
        }
        for (list, steps) in [(SchedulerSettingsError.StepList.learning, learningSteps),
                              (.relearning, relearningSteps)] {
            for (index, seconds) in steps.enumerated() where !(seconds > 0 && seconds.isFinite) {
                problems.append(.stepNotPositive(list: list, index: index, seconds: seconds))
            }
        }
        if maximumInterval < 1 {
            problems.append(.maximumIntervalTooSmall(days: maximumInterval))
        }
        if leechThreshold < 0 {
            problems.append(.leechThresholdNegative(leechThreshold))
        }
        return problems
    }
}
