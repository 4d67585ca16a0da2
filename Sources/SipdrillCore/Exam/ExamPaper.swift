/// A fixed list of exam questions. The same seed, selection and catalogue give the same paper
/// on every machine: cards are shuffled and questions made with `SeededGenerator`.
public struct ExamPaper: Equatable, Sendable {
    public var seed: UInt64
    public var questions: [Question]

    public enum BuildError: Error, Equatable, Sendable, CustomStringConvertible {
        case nothingSelected
        public var description: String { "the selection has no quizzable cards" }
    }

    /// Draws `blueprint.total` cards from `pool`: one card per code, kinds mixed (round-robin over
    /// the kinds present), class and kind quotas met first when the blueprint sets them.
    public static func build(pool: [StudyCard], decks: [Deck], blueprint: ExamBlueprint, seed: UInt64,
                             language: LanguageChoice) throws(BuildError) -> ExamPaper {
        guard !pool.isEmpty else { throw .nothingSelected }
        var generator = SeededGenerator(seed: seed)
        var byKind: [CardKind: [StudyCard]] = [:]
        for card in DeterministicRandom.shuffled(pool, using: &generator) { byKind[card.kind, default: []].append(card) }
        // Interleave kinds so a paper mixes them: k1, k2, k3, k1, k2, …
        var mixed: [StudyCard] = []
        let kinds = CardKind.allCases.filter { byKind[$0] != nil }
        var index = 0
        while mixed.count < pool.count {
            for kind in kinds where index < byKind[kind]!.count { mixed.append(byKind[kind]![index]) }
            index += 1
        }
        var chosen: [StudyCard] = []
        var usedEntries: Set<String> = []
        var classCount: [String: Int] = [:]
        var kindCount: [CardKind: Int] = [:]
        func take(_ card: StudyCard) {
            chosen.append(card)
            usedEntries.insert(card.id.subject)
            classCount[card.classLabel, default: 0] += 1
            kindCount[card.kind, default: 0] += 1
        }
        // Quotas first: a card counts towards its class and its kind. Cards that serve both a
        // class and a kind quota go first, so kind quotas are not crowded out by class quotas.
        if !blueprint.classes.isEmpty || !blueprint.kinds.isEmpty {
            func needs(_ card: StudyCard) -> (cls: Bool, kind: Bool, clsFull: Bool, kindFull: Bool) {
                let classNeeds = (blueprint.classes[card.classLabel] ?? 0) > (classCount[card.classLabel] ?? 0)
                let kindNeeds = (blueprint.kinds[card.kind] ?? 0) > (kindCount[card.kind] ?? 0)
                return (classNeeds, kindNeeds, !blueprint.classes.isEmpty && !classNeeds,
                        blueprint.kinds[card.kind] != nil && !kindNeeds)
            }
            let passes: [(Bool, Bool, Bool, Bool) -> Bool] = [
                { cls, kind, clsFull, _ in kind && !clsFull && (cls || true) },
                { cls, kind, clsFull, kindFull in (cls || kind) && !clsFull && !kindFull },
            ]
            for accept in passes {
                for card in mixed where chosen.count < blueprint.total && !usedEntries.contains(card.id.subject) {
                    let n = needs(card)
                    if accept(n.cls, n.kind, n.clsFull, n.kindFull) { take(card) }
                }
            }
        }
        for card in mixed where chosen.count < blueprint.total && !usedEntries.contains(card.id.subject) {
            if !blueprint.classes.isEmpty, blueprint.classes[card.classLabel] == nil { continue }
            take(card)
        }
        // A small selection may not have enough distinct codes: allow a second kind of a code.
        for card in mixed where chosen.count < blueprint.total && !chosen.contains(card) { take(card) }
        let questions = chosen.compactMap { card -> Question? in
            var perCard = SeededGenerator(seed: seed, card: card.id)
            guard let deck = decks.deck(for: card) else { return nil }
            return try? QuestionMaker.make(card: card, deck: deck, language: language, generator: &perCard)
        }
        return ExamPaper(seed: seed, questions: questions)
    }
}
