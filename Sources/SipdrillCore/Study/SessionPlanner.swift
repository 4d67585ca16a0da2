import Foundation

/// Plans a study session: which cards, in which order. Pure — states, today's log and the
/// time are passed in. Re-planning after each answer (with the answered card added to
/// `studiedToday` and its new state) is cheap and brings back cards whose learning step
/// has come due.
public enum SessionPlanner {
    /// New cards introduced per day unless the settings say otherwise.
    public static let defaultDailyNewLimit = 10

    /// The queue for `mode`.
    ///
    /// - Parameters:
    ///   - cards: every quizzable card, in ``CardCatalog`` order (the order new cards come in).
    ///   - states: scheduler states by card; a missing or never-reviewed card is new.
    ///   - suspended: cards never to plan.
    ///   - studiedToday: cards answered today. Their siblings — other cards of the same entry —
    ///     are buried until tomorrow; the cards themselves still come back when due (learning steps).
    ///   - now: the time to plan for.
    ///   - dailyNewLimit, newIntroducedToday: new cards allowed today and already used.
    ///   - model: the FSRS model whose retrievability orders the due cards.
    public static func plan(
        cards: [StudyCard],
        states: [CardID: SchedulerCard],
        suspended: Set<CardID> = [],
        studiedToday: Set<CardID> = [],
        now: Date,
        mode: StudyMode = .study,
        dailyNewLimit: Int = defaultDailyNewLimit,
        newIntroducedToday: Int = 0,
        model: FSRS = FSRS(parameters: SchedulerSettings.defaultParameters)
    ) -> SessionPlan {
        var touched: [EntryID: Set<CardID>] = [:]
        for id in studiedToday { touched[id.entryID, default: []].insert(id) }
        /// A sibling of this card was answered today, and the card itself was not: a card
        /// already under way today (in its learning steps) is never held back.
        func siblingStudied(_ card: StudyCard) -> Bool {
            guard let ids = touched[card.entryID], !ids.contains(card.id) else { return false }
            return !ids.isEmpty
        }

        var due: [(card: StudyCard, r: Double, due: Date, order: Int)] = []
        var new: [StudyCard] = []
        for (order, card) in cards.enumerated() where !suspended.contains(card.id) {
            guard let state = states[card.id], !state.isNew else {
                new.append(card)
                continue
            }
            if state.due <= now {
                due.append((card, CardRetrievability.of(state, at: now, model: model) ?? 0, state.due, order))
            }
        }
        due.sort { ($0.r, $0.due, $0.order) < ($1.r, $1.due, $1.order) }

        var queue: [PlannedCard] = []
        var buried: [CardID] = []
        var queuedEntries: Set<EntryID> = []

        let includesDue: Bool
        if case .learn = mode { includesDue = false } else { includesDue = true }
        if includesDue {
            for item in due {
                if siblingStudied(item.card) || queuedEntries.contains(item.card.entryID) {
                    buried.append(item.card.id)
                    continue
                }
                queuedEntries.insert(item.card.entryID)
                queue.append(PlannedCard(card: item.card, isNew: false, retrievability: item.r))
            }
        }

        let allowance: Int
        switch mode {
        case .study: allowance = max(0, dailyNewLimit - newIntroducedToday)
        case .learn(let n): allowance = max(0, n)
        case .review: allowance = 0
        }
        // New cards: one per entry, entries in catalogue order. The question kind rotates from
        // entry to entry (phrase, code, meaning, scenario, headers, …) so that even a first
        // session meets every kind; an entry without a new card of the preferred kind gives its
        // first new card.
        var newByEntry: [EntryID: [StudyCard]] = [:]
        var entryOrder: [EntryID] = []
        for card in new {
            if newByEntry[card.entryID] == nil { entryOrder.append(card.entryID) }
            newByEntry[card.entryID, default: []].append(card)
        }
        let rotation = CardKind.allCases.filter { $0 != .class }
        var added = 0
        var turn = 0
        for entryID in entryOrder where added < allowance && !queuedEntries.contains(entryID) {
            // New cards never bury anything: they just wait for a day their entry is free.
            let candidates = newByEntry[entryID, default: []].filter { !siblingStudied($0) }
            guard let first = candidates.first else { continue }
            let preferred = rotation[turn % rotation.count]
            let card = first.kind == .class ? first : (candidates.first { $0.kind == preferred } ?? first)
            if card.kind != .class { turn += 1 }
            queuedEntries.insert(entryID)
            queue.append(PlannedCard(card: card, isNew: true, retrievability: nil))
            added += 1
        }
        return SessionPlan(queue: queue, buried: buried, newAvailable: new.count)
    }
}
