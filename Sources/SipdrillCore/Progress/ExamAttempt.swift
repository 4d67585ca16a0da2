import Foundation

/// One sitting of an exam, as saved in the progress file.
public struct ExamAttempt: Equatable, Codable, Sendable {
    public struct Answer: Equatable, Codable, Sendable {
        public var card: String
        public var answer: String?
        public var correct: Bool
        public var seconds: Double
        public var flagged: Bool

        public init(card: String, answer: String?, correct: Bool, seconds: Double, flagged: Bool) {
            self.card = card
            self.answer = answer
            self.correct = correct
            self.seconds = seconds
            self.flagged = flagged
        }
    }

    public var started: Date
    public var finished: Date
    public var seed: UInt64
    public var contentVersion: String
    public var selection: String
    public var passMark: Double
    public var score: Double
    public var passed: Bool
    public var timedOut: Bool
    public var answers: [Answer]

    public init(started: Date, finished: Date, seed: UInt64, contentVersion: String, selection: String,
                passMark: Double, score: Double, passed: Bool, timedOut: Bool, answers: [Answer]) {
        self.started = started
        self.finished = finished
        self.seed = seed
        self.contentVersion = contentVersion
        self.selection = selection
        self.passMark = passMark
        self.score = score
        self.passed = passed
        self.timedOut = timedOut
        self.answers = answers
    }

    enum CodingKeys: String, CodingKey {
        case started, finished, seed, selection, score, passed, answers
        case contentVersion = "content_version", passMark = "pass_mark", timedOut = "timed_out"
    }
}
