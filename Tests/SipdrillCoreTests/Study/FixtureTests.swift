import Testing
@testable import SipdrillCore

/// The fixtures the other Study tests stand on.
struct StudyFixtureTests {
    @Test func realDeckLoads() {
        #expect(StudyFixture.sipLoad.problems.isEmpty, "\(StudyFixture.sipLoad.problems)")
        #expect(StudyFixture.deck.entries.count == 77)
        #expect(StudyFixture.deck.classes.count == 6)
    }

    @Test func miniDeckParses() {
        #expect(StudyFixture.mini.entries.map(\.code) == StudyFixture.miniEntries.map(\.code))
        #expect(StudyFixture.mini.entry(code: 411)?.status == .historical)
        #expect(StudyFixture.mini.entry(code: 499)?.status == .nonstandard)
    }
}
