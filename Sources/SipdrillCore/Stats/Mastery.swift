/// How far the decks' cards have come, by response class and by question kind.
public struct Mastery: Codable, Equatable, Sendable {
    /// One row per class label (`1xx` … `6xx`), in label order.
    public var byClass: [MasteryRow]
    /// One row per card kind that the decks have, in ``CardKind`` order.
    public var byKind: [MasteryRow]
    public var total: MasteryCounts

    public init(byClass: [MasteryRow], byKind: [MasteryRow], total: MasteryCounts) {
        self.byClass = byClass
        self.byKind = byKind
        self.total = total
    }

    enum CodingKeys: String, CodingKey { case byClass = "by_class", byKind = "by_kind", total }
}

public struct MasteryRow: Codable, Equatable, Sendable {
    /// The class label (`4xx`) or the kind's raw value (`phrase`).
    public var key: String
    /// The class's name from the deck; nil for kinds (the renderer names them).
    public var name: Bilingual?
    public var counts: MasteryCounts

    public init(key: String, name: Bilingual? = nil, counts: MasteryCounts) {
        self.key = key
        self.name = name
        self.counts = counts
    }
}

/// Cards by stage. New: in the deck but never reviewed. Learning: in Learning or Relearning.
/// Young: in Review with an interval under 21 days. Mature: in Review, 21 days or more.
public struct MasteryCounts: Codable, Equatable, Sendable {
    public var new: Int
    public var learning: Int
    public var young: Int
    public var mature: Int

    public init(new: Int = 0, learning: Int = 0, young: Int = 0, mature: Int = 0) {
        self.new = new
        self.learning = learning
        self.young = young
        self.mature = mature
    }

    public var total: Int { new + learning + young + mature }

    /// The stages strongest first, the order the stacked bars draw them in.
    public var strongestFirst: [Int] { [mature, young, learning, new] }

    mutating func add(_ stage: MasteryStage) {
        switch stage {
        case .new: new += 1
        case .learning: learning += 1
        case .young: young += 1
        case .mature: mature += 1
        }
    }
}

/// Where one card stands (see ``MasteryCounts``).
public enum MasteryStage: String, Codable, CaseIterable, Sendable {
    case new, learning, young, mature
}
