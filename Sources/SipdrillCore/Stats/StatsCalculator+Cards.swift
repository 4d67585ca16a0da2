import Foundation

extension StatsCalculator {
    /// All-time counts over the log and the decks' cards.
    static func totals(cards: [String: CardRecord], entries: [ReviewRecord], known: KnownCards) -> StatsReport.Totals {
        var seen = 0
        var suspended = 0
        for card in known.cards {
            let record = cards[card.id.rawValue]
            if stage(of: record) != .new { seen += 1 }
            if record?.suspended == true { suspended += 1 }
        }
        return StatsReport.Totals(reviews: entries.count, cardsSeen: seen, cards: known.cards.count,
                                  suspended: suspended, timeMs: entries.reduce(0) { $0 + $1.ms })
    }

    /// Cards by stage, per class label and per kind. Suspended cards count by their stage.
    static func mastery(cards: [String: CardRecord], known: KnownCards) -> Mastery {
        var byClass: [String: MasteryCounts] = [:]
        var byKind: [CardKind: MasteryCounts] = [:]
        var total = MasteryCounts()
        for card in known.cards {
            let stage = stage(of: cards[card.id.rawValue])
            byClass[card.classLabel, default: MasteryCounts()].add(stage)
            byKind[card.kind, default: MasteryCounts()].add(stage)
            total.add(stage)
        }
        let classRows = byClass.keys.sorted().map { label in
            MasteryRow(key: label, name: known.className(label), counts: byClass[label] ?? MasteryCounts())
        }
        let kindRows = CardKind.allCases.compactMap { kind in
            byKind[kind].map { MasteryRow(key: kind.rawValue, counts: $0) }
        }
        return Mastery(byClass: classRows, byKind: kindRows, total: total)
    }

    /// Wrong answers that were another code, counted per (expected, given) pair: most
    /// frequent first, then by expected and given code.
    /// Every confused pair in `entries` (wrong answers that named another code), most frequent
    /// first — what `stats` shows and `drill --worst N` drills.
    public static func confusedPairs(entries: [ReviewRecord], decks: [Deck]) -> [ConfusedPair] {
        confusions(entries: entries, known: KnownCards(decks: decks))
    }

    static func confusions(entries: [ReviewRecord], known: KnownCards) -> [ConfusedPair] {
        struct Key: Hashable { let deck: DeckID; let expected: Int; let given: Int }
        var counts: [Key: Int] = [:]
        for entry in entries where isWrongAnswer(entry.grade) {
            guard let given = givenCode(entry.given), let card = CardID(rawValue: entry.card),
                  let expected = code(of: card), expected != given else { continue }
            counts[Key(deck: card.deck, expected: expected, given: given), default: 0] += 1
        }
        return counts.sorted { a, b in
            if a.value != b.value { return a.value > b.value }
            if a.key.expected != b.key.expected { return a.key.expected < b.key.expected }
            if a.key.given != b.key.given { return a.key.given < b.key.given }
            return a.key.deck < b.key.deck
        }.map { key, count in
            ConfusedPair(deck: key.deck, expected: key.expected, given: key.given, count: count,
                         expectedName: known.entry(deck: key.deck, code: key.expected).map(names),
                         givenName: known.entry(deck: key.deck, code: key.given).map(names))
        }
    }

    /// The decks' cards flagged as leeches, most lapses first, then by id.
    static func leeches(cards: [String: CardRecord], known: KnownCards) -> [LeechCard] {
        known.cards.compactMap { card -> LeechCard? in
            guard let record = cards[card.id.rawValue], record.card.isLeech else { return nil }
            let name = card.code.flatMap { known.entry(deck: card.deck, code: $0) }.map(names)
                ?? known.className(card.classLabel)
            return LeechCard(card: card.id.rawValue, kind: card.kind, code: card.code, classLabel: card.classLabel,
                             name: name, lapses: record.card.lapses, suspended: record.suspended)
        }.sorted { $0.lapses != $1.lapses ? $0.lapses > $1.lapses : $0.card < $1.card }
    }

    /// An entry's reason phrase and Chinese name.
    static func names(_ entry: Entry) -> Bilingual {
        Bilingual(en: entry.phrase, zh: entry.zh)
    }

    // MARK: - card CODE

    /// Every card of `code` in `deck`, in teaching order, with its state and history.
    public static func cardDetails(code: Int, deck: Deck, document: ProgressDocument, entries: [ReviewRecord],
                                   now: Date) -> [CardDetail] {
        cardDetails(code: code, deck: deck, cards: document.cards, entries: entries,
                    settings: document.settings.scheduler, now: now)
    }

    /// Every card of `code` in `deck`, from stored card states and the log.
    public static func cardDetails(code: Int, deck: Deck, cards: [String: CardRecord], entries: [ReviewRecord],
                                   settings: SchedulerSettings = .standard, now: Date) -> [CardDetail] {
        let studyCards = CardCatalog.cards(in: deck).filter { $0.code == code }
        let ids = Set(studyCards.map(\.id.rawValue))
        let timeline = ReviewTimeline(entries: entries.filter { ids.contains($0.card) }, settings: settings)
        let model = FSRS(parameters: settings.parameters)
        return studyCards.map { studyCard in
            let id = studyCard.id.rawValue
            let record = cards[id]
            let card = record?.card
            let reviewed = card.map { !$0.isNew } ?? false
            let history = timeline.steps.filter { $0.review.card == id }
                .sorted { $0.review.at < $1.review.at }
                .map { step in
                    CardReview(at: step.review.at, rating: step.review.rating, grade: step.review.grade,
                               ms: step.review.ms, given: step.review.given, stateBefore: stateName(step.before))
                }
            return CardDetail(
                card: id, kind: studyCard.kind, code: code, state: stateName(card), stage: stage(of: record),
                suspended: record?.suspended ?? false,
                stability: card?.stability, difficulty: card?.difficulty,
                retrievability: card.flatMap { CardRetrievability.of($0, at: now, model: model) },
                intervalDays: card.flatMap(intervalDays),
                due: reviewed ? card?.due : nil, lastReview: card?.lastReview,
                reps: card?.reps ?? 0, lapses: card?.lapses ?? 0, isLeech: card?.isLeech ?? false,
                history: history)
        }
    }
}
