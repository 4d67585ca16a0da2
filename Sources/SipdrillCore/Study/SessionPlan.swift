/// The queue of one study session, in the order to ask it.
public struct SessionPlan: Equatable, Sendable {
    /// Due reviews (lowest retrievability first), then new cards (catalogue order).
    public var queue: [PlannedCard]
    /// Due cards left out for today because a sibling (another card of the same code) was
    /// studied today or is earlier in the queue.
    public var buried: [CardID]
    /// New cards not yet introduced and not suspended, before the limit was applied.
    public var newAvailable: Int

    public init(queue: [PlannedCard], buried: [CardID], newAvailable: Int) {
        self.queue = queue
        self.buried = buried
        self.newAvailable = newAvailable
    }

    /// Reviews in the queue.
    public var reviewCount: Int { queue.count(where: { !$0.isNew }) }
    /// New cards in the queue.
    public var newCount: Int { queue.count(where: \.isNew) }
}

/// One card in a session queue.
public struct PlannedCard: Equatable, Sendable {
    public var card: StudyCard
    /// Never reviewed: answering it introduces it.
    public var isNew: Bool
    /// The chance of recall now, for due cards; nil for new ones.
    public var retrievability: Double?

    public init(card: StudyCard, isNew: Bool, retrievability: Double?) {
        self.card = card
        self.isNew = isNew
        self.retrievability = retrievability
    }
}
