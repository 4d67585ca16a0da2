import Testing
@testable import SipdrillCore

struct CardCatalogTests {
    let deck = StudyFixture.deck
    let cards = StudyFixture.cards

    @Test func historicalCodesYieldNoCards() {
        let historical = Set(deck.entries.filter { $0.status == .historical || $0.status == .nonstandard }.map(\.code))
        #expect(historical == [409, 411])
        #expect(cards.allSatisfy { $0.code.map { !historical.contains($0) } ?? true })
        // Deprecated 202 is still real and still taught.
        #expect(cards.contains { $0.code == 202 })
    }

    @Test func idsAreUniqueAndDerivedFromEntryIDs() {
        #expect(Set(cards.map(\.id)).count == cards.count)
        for card in cards {
            #expect(CardID(rawValue: card.id.rawValue) == card.id)
            if let code = card.code {
                #expect(card.id.rawValue == "sip-\(code):\(card.kind.rawValue)")
                #expect(card.classLabel == CodeClass.label(for: code))
            } else {
                #expect(card.id.rawValue == "sip-class-\(card.classLabel):class")
            }
        }
    }

    @Test func commonCodesComeFirstThenTheRestByCode() {
        var order: [Int] = []
        for code in cards.compactMap(\.code) where order.last != code { order.append(code) }
        #expect(Array(order.prefix(16)) == CardCatalog.commonSIPCodes)
        let rest = Array(order.dropFirst(16))
        #expect(rest == rest.sorted())
        #expect(rest.count == 75 - 16)   // 77 entries less 2 historical
    }

    @Test func kindsWithinACodeFollowTheTeachingOrder() {
        let ids = cards.filter { $0.code == 486 }.map(\.id.rawValue)
        #expect(ids == ["sip-486:phrase", "sip-486:code", "sip-486:meaning", "sip-486:scenario"])
        let c423 = cards.filter { $0.code == 423 }.map(\.kind)
        #expect(c423 == [.phrase, .code, .meaning, .scenario, .headers])
        // Every quizzable entry has phrase, code and meaning cards, and a scenario card.
        for entry in deck.entries where CardCatalog.isQuizzable(entry) {
            let kinds = cards.filter { $0.code == entry.code }.map(\.kind)
            #expect(Array(kinds.prefix(4)) == [.phrase, .code, .meaning, .scenario], "\(entry.code)")
        }
    }

    /// Headers cards: exactly the entries with a MUST header, plus 503.
    @Test func headersCardsAreForMustHeadersAnd503() {
        let withCard = Set(cards.filter { $0.kind == .headers }.compactMap(\.code))
        let must = Set(deck.entries.filter { entry in
            CardCatalog.isQuizzable(entry) && entry.headers.contains { $0.need == .must }
        }.map(\.code))
        #expect(withCard == must.union([503]))
        #expect(withCard.contains(423))
        #expect(!withCard.contains(486))   // Retry-After is only MAY there and not the point
        let asked = CardCatalog.askedHeaders(for: deck.entry(code: 503)!)
        #expect(asked?.need == .may)
        #expect(asked?.fields.map(\.name) == ["Retry-After"])
        #expect(CardCatalog.askedHeaders(for: deck.entry(code: 180)!)?.fields.map(\.name)
                == ["Contact", "Record-Route", "RSeq"])
    }

    @Test func oneClassCardPerClassAfterItsThirdCode() throws {
        let classCards = cards.filter { $0.kind == .class }
        #expect(classCards.map(\.id.rawValue).sorted()
                == ["1xx", "2xx", "3xx", "4xx", "5xx", "6xx"].map { "sip-class-\($0):class" })
        for card in classCards {
            let index = try #require(cards.firstIndex(of: card))
            let codesBefore = Set(cards[..<index].filter { $0.classLabel == card.classLabel }.compactMap(\.code))
            let codesInClass = Set(cards.filter { $0.classLabel == card.classLabel }.compactMap(\.code))
            #expect(codesBefore.count == min(CardCatalog.classCardAfterCodes, codesInClass.count), "\(card.id)")
            // Right after the last card of that third code.
            #expect(cards[index - 1].classLabel == card.classLabel)
        }
        // 1xx: 100, 180, 183 are the first three codes, so its card follows 183's cards.
        let c1xx = try #require(cards.firstIndex { $0.id.rawValue == "sip-class-1xx:class" })
        #expect(cards[c1xx - 1].code == 183)
    }

    /// The whole order is a function of the content: computing it twice gives the same list.
    @Test func orderIsStable() {
        #expect(CardCatalog.cards(in: deck) == cards)
        #expect(cards.prefix(5).map(\.id.rawValue)
                == ["sip-100:phrase", "sip-100:code", "sip-100:meaning", "sip-100:scenario", "sip-100:headers"])
    }

    @Test func otherDecksHaveNoCommonList() {
        let cards = CardCatalog.cards(in: StudyFixture.mini)
        let codes = cards.compactMap(\.code)
        #expect(codes == codes.sorted())
        #expect(!codes.contains(409) && !codes.contains(411) && !codes.contains(499))
        #expect(cards.filter { $0.kind == .class }.count == 4)
    }
}
