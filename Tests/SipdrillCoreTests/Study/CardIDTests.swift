import Foundation
import Testing
@testable import SipdrillCore

struct CardIDTests {
    @Test func entryCardRoundTrips() throws {
        let id = CardID(entry: EntryID("sip-486"), kind: .phrase)
        #expect(id.rawValue == "sip-486:phrase")
        #expect(CardID.parse("sip-486:phrase") == id)
        #expect(id.entryID == EntryID("sip-486"))
        #expect(id.kind == .phrase)
        #expect(id.deck == .sip)
        #expect(id.classLabel == nil)
    }

    @Test func classCardRoundTrips() {
        let id = CardID.forClass(deck: .sip, label: "4xx")
        #expect(id.rawValue == "sip-class-4xx:class")
        #expect(CardID(rawValue: "sip-class-4xx:class") == id)
        #expect(id.classLabel == "4xx")
        #expect(id.deck == .sip)
        #expect(id.entryID == EntryID("sip-class-4xx"))
    }

    @Test(arguments: ["", "sip-486", "sip-486:", ":phrase", "sip-486:Phrase", "sip-486:sound",
                      "486:phrase", "SIP-486:phrase", "sip-:phrase", "sip-486:class",
                      "sip-class-4xx:phrase", "a:b-486:phrase"])
    func malformedIDsAreRejected(_ raw: String) {
        #expect(CardID(rawValue: raw) == nil)
    }

    /// The raw values are written into progress files: renaming a case would orphan progress.
    @Test func kindRawValuesAreStable() {
        #expect(CardKind.allCases.map(\.rawValue) == ["phrase", "code", "meaning", "scenario", "headers", "class"])
    }

    @Test func encodesAsStringAndAsDictionaryKey() throws {
        let id = CardID(entry: EntryID("sip-486"), kind: .code)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(String(decoding: try encoder.encode(id), as: UTF8.self) == "\"sip-486:code\"")
        let states: [CardID: Int] = [id: 1, CardID.forClass(deck: .sip, label: "6xx"): 2]
        let json = String(decoding: try encoder.encode(states), as: UTF8.self)
        #expect(json == #"{"sip-486:code":1,"sip-class-6xx:class":2}"#)
        #expect(try JSONDecoder().decode([CardID: Int].self, from: Data(json.utf8)) == states)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(CardID.self, from: Data(#""sip-486:nonsense""#.utf8))
        }
    }
}
