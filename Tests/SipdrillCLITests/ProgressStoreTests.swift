import Foundation
import SipdrillCore
import Testing
@testable import SipdrillCLI

/// The progress store on a real file system: durability, folding, refusing bad files.
@Suite struct ProgressStoreTests {
    let start = UTCTimestamp.parse("2026-01-05T09:00:00Z")!

    func answer(_ store: ProgressStore, _ card: String, _ rating: Rating, minute: Double) throws {
        let at = start.addingTimeInterval(minute * 60)
        let before = store.document.cards[card]?.card ?? .new(due: at)
        let after = Scheduler(settings: store.document.settings.scheduler)
            .review(before, rating: rating, at: at, fuzzSeed: Fuzz.seed(cardID: card)).card
        try store.record(ReviewRecord(card: card, rating: rating, at: at, ms: 3000, grade: "correct"),
                         card: CardRecord(card: after))
    }

    func files(_ folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    @Test func answersSurviveAProcessThatNeverClosed() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let store = try ProgressStore(directory: folder, profile: "default")
            try answer(store, "sip-486:phrase", .good, minute: 0)
            try answer(store, "sip-603:code", .again, minute: 1)
            // Simulate a crash: the journal is on disk, the JSON file was never written.
            #expect(files(folder).contains("default.journal"))
            #expect(!files(folder).contains("default.json"))
            let lock = ProfileLock(path: folder + "/default.lock")
            _ = lock   // (the store's own lock is released below by deinit; a crashed one would be stale)
        }
        let reopened = try ProgressStore(directory: folder, profile: "default")
        #expect(reopened.document.log.count == 2)
        #expect(reopened.document.cards.keys.sorted() == ["sip-486:phrase", "sip-603:code"])
        // Opening folded the journal into the JSON file.
        #expect(files(folder) == ["default.json", "default.lock"])
        reopened.close()
        #expect(files(folder) == ["default.json"])
    }

    @Test func closeFoldsAndReopenKeepsEverything() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = try ProgressStore(directory: folder, profile: "alice")
        for minute in 0..<30 { try answer(store, "sip-48\(minute % 7):code", Rating(rawValue: minute % 4 + 1)!, minute: Double(minute)) }
        let cards = store.document.cards
        store.close()
        #expect(files(folder) == ["alice.json"])
        let reopened = try ProgressStore(directory: folder, profile: "alice")
        defer { reopened.close() }
        #expect(reopened.document.log.count == 30)
        #expect(reopened.document.cards == cards)
    }

    @Test func undoIsDurableToo() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let store = try ProgressStore(directory: folder, profile: "default")
            try answer(store, "sip-486:phrase", .good, minute: 0)
            try answer(store, "sip-486:phrase", .again, minute: 20)
            #expect(try store.undo()?.rating == .again)
            // crash here: journal holds review, review, undo
        }
        let reopened = try ProgressStore(directory: folder, profile: "default")
        defer { reopened.close() }
        #expect(reopened.document.log.count == 1)
        #expect(reopened.document.cards["sip-486:phrase"]?.card.reps == 1)
    }

    @Test func aSaveKilledBeforeItsRenameLeavesNothingBehindNextTime() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "half a file".write(toFile: folder + "/default.json.tmp-999999999", atomically: true, encoding: .utf8)
        try "{\"version\": 1}".write(toFile: folder + "/default.json", atomically: true, encoding: .utf8)
        let store = try ProgressStore(directory: folder, profile: "default")
        store.close()
        #expect(files(folder) == ["default.json"])
    }

    @Test func secondSessionOnTheSameProfileIsRefused() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A live process (our parent's pid is certainly alive) holds the lock.
        try "\(getppid())\n".write(toFile: folder + "/default.lock", atomically: true, encoding: .utf8)
        #expect(throws: CLIError.progress(file: folder + "/default.json", .locked(pid: getppid()))) {
            try ProgressStore(directory: folder, profile: "default")
        }
        // A lock left by a process that no longer exists is stale and taken over.
        try "999999999\n".write(toFile: folder + "/default.lock", atomically: true, encoding: .utf8)
        let store = try ProgressStore(directory: folder, profile: "default")
        store.close()
    }
}

/// Bad progress files through the real binary: a clear error naming the file, a non-zero
/// exit, and the file left byte-for-byte as it was, with nothing created beside it.
@Suite struct BadProgressFileTests {
    static let cases: [(String, String)] = [
        ("{\"version\": 1, \"cards\": {", "is truncated"),
        ("not json at all", "is not valid JSON"),
        ("{\"version\": 9}", "was written by a newer sipdrill (format version 9; this build reads up to 1)"),
        ("{\"version\": 1, \"settings\": {\"desired_retention\": \"high\"}}", "has a bad value at settings.desired_retention: expected a number"),
        ("{\"cards\": {}}", "has no \"version\" key"),
    ]

    @Test(arguments: cases)
    func replRefusesAndLeavesTheFileUntouched(content: String, message: String) throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/default.json"
        try content.write(toFile: path, atomically: true, encoding: .utf8)
        let result = BinaryRunner.run(["--progress-dir", folder], stdin: Data("show 486\nquit\n".utf8))
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("sipdrill: error: progress file \(path) \(message)"), "\(result.stderr)")
        #expect(result.stderr.contains("It was left untouched"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["default.json"])
    }

    @Test func checkReportsABadProgressFile() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "{\"version\": 9}".write(toFile: folder + "/default.json", atomically: true, encoding: .utf8)
        let result = BinaryRunner.run(["check", "--progress-dir", folder])
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("ok (155 entries in 2 decks)"))
        #expect(result.stderr.contains("was written by a newer sipdrill"))
    }

    @Test func checkReportsOrphanedCardsAndKeepsThem() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text = """
            {"version": 1, "cards": {
              "sip-486:phrase": {"state": "Review", "due": "2026-02-01T09:00:00Z", "stability": 3, "difficulty": 5},
              "sip-999:phrase": {"state": "Review", "due": "2026-02-01T09:00:00Z", "stability": 3, "difficulty": 5}}}
            """
        try text.write(toFile: folder + "/default.json", atomically: true, encoding: .utf8)
        let result = BinaryRunner.run(["check", "--progress-dir", folder])
        #expect(result.status == 0)
        #expect(result.stdout.contains("2 cards, 0 reviews"))
        #expect(result.stdout.contains("1 card id(s) no longer in the catalogue, kept: sip-999:phrase"))
        #expect(try String(contentsOfFile: folder + "/default.json", encoding: .utf8) == text)
    }

    @Test func badProfileNameIsRefused() {
        let result = BinaryRunner.run(["--profile", "../escape"], stdin: Data("quit\n".utf8))
        #expect(result.status == 65)
        #expect(result.stderr == "sipdrill: error: '../escape' is not a usable profile name (letters, digits, '-', '_' and '.', not starting with '.')\n")
    }
}
