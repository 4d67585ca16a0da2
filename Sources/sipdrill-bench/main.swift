// Benchmark and crash-test driver for the progress store (not shipped to users).
//
//   sipdrill-bench make DIR REVIEWS      write DIR/default.json with REVIEWS reviews
//   sipdrill-bench persist DIR ANSWERS   time recording ANSWERS answers (ms: median, p99)
//   sipdrill-bench load DIR              time loading, parsing the log, replaying it; peak memory
//   sipdrill-bench torture DIR           record answers forever, printing "acked N" after each
//                                        durable answer (and folding every 25): kill -9 it
import Foundation
import SipdrillCLI
import SipdrillCore

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: sipdrill-bench make|persist|load|torture DIR [N]\n".utf8))
    exit(2)
}
let folder = arguments[1]
let count = arguments.count > 2 ? Int(arguments[2]) ?? 0 : 0
let epoch = UTCTimestamp.parse("2025-01-01T08:00:00Z")!
/// ~ 400 cards, as many as the full deck yields.
func makeCardIDs() -> [String] {
    let kinds = ["phrase", "code", "meaning", "scenario"]
    let codes: [Int] = (100...699).filter { (code: Int) -> Bool in code % 7 == 0 || code % 5 == 0 }
    var ids: [String] = []
    for code in codes {
        for kind in kinds { ids.append("sip-\(code):\(kind)") }
    }
    return ids
}

func milliseconds(_ block: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try block()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func peakMemoryMB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

/// Deterministic review stream: each card reviewed when due, ratings from a fixed cycle.
struct Reviewer {
    let cardIDs = makeCardIDs()
    var scheduler = Scheduler(settings: ProgressSettings().scheduler)
    var clock = epoch
    var index = 0

    mutating func next(_ document: ProgressDocument) -> (ReviewRecord, CardRecord) {
        let id = cardIDs[index % cardIDs.count]
        index += 1
        clock = clock.addingTimeInterval(97)
        let previous = document.cards[id]?.card ?? .new(due: clock)
        let at = max(clock, min(previous.due, clock.addingTimeInterval(86_400 * 3)))
        let ratings: [Rating] = [.good, .good, .hard, .good, .easy, .again, .good, .good]
        let rating = ratings[(index * 7 + id.utf8.count) % ratings.count]
        let card = scheduler.review(previous, rating: rating, at: at, fuzzSeed: Fuzz.seed(cardID: id)).card
        return (ReviewRecord(card: id, rating: rating, at: at, ms: 2000 + index % 5000,
                             grade: rating == .again ? "wrong" : "correct", given: rating == .again ? "600" : nil),
                CardRecord(card: card))
    }
}

switch arguments[0] {
case "make":
    var document = ProgressDocument()
    var reviewer = Reviewer()
    for _ in 0..<count {
        let (review, card) = reviewer.next(document)
        document.apply(review, card: card)
    }
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try DurableFile.replace(folder + "/default.json", with: try ProgressCodec.encode(document))
    let size = (try FileManager.default.attributesOfItem(atPath: folder + "/default.json")[.size] as? Int) ?? 0
    print("wrote \(folder)/default.json: \(count) reviews, \(document.cards.count) cards, \(size / 1024) KiB")

case "persist":
    let store = try ProgressStore(directory: folder, profile: "default")
    var reviewer = Reviewer()
    reviewer.clock = (try store.logEntries().last?.at ?? epoch)
    var times: [Double] = []
    for _ in 0..<count {
        let (review, card) = reviewer.next(store.document)
        times.append(try milliseconds { try store.record(review, card: card) })
    }
    let fold = try milliseconds { try store.save() }
    store.close()
    print(String(format: "persist one answer (log %d): median %.3f ms, p99 %.3f ms; final save %.1f ms",
                 store.document.log.count - count, percentile(times, 0.5), percentile(times, 0.99), fold))

case "load":
    var store: ProgressStore!
    let open = try milliseconds { store = try ProgressStore(directory: folder, profile: "default", locking: false) }
    var entries: [ReviewRecord] = []
    let parse = try milliseconds { entries = try store.logEntries() }
    // Replay: rebuild every card from its own reviews, as a settings change does.
    let byCard = Dictionary(grouping: entries.map { ($0.card, ReviewLogEntry(rating: $0.rating, at: $0.at)) }, by: \.0)
        .mapValues { $0.map(\.1) }
    let scheduler = Scheduler(settings: store.document.settings.scheduler)
    var rebuilt = 0
    let replay = milliseconds {
        for (id, log) in byCard {
            let card = scheduler.rebuild(log, newCardDue: log[0].at, fuzzSeed: Fuzz.seed(cardID: id))
            rebuilt += card.reps
        }
    }
    print(String(format: "load %d reviews: open %.1f ms (header only), parse log %.1f ms, replay %.1f ms = %.2f M reviews/s; peak memory %.1f MB",
                 entries.count, open, parse, replay, Double(rebuilt) / replay / 1000, peakMemoryMB()))

case "torture":
    let store = try ProgressStore(directory: folder, profile: "default")
    var reviewer = Reviewer()
    reviewer.clock = (try store.logEntries().last?.at ?? epoch)
    var acked = store.document.log.count
    while true {
        let (review, card) = reviewer.next(store.document)
        try store.record(review, card: card)
        acked += 1
        // Unbuffered: the crash test trusts every "acked" line it reads.
        FileHandle.standardOutput.write(Data("acked \(acked)\n".utf8))
        if acked % 25 == 0 { try store.save() }
    }

case "profile-load":
    // Where does opening time go?
    var store: ProgressStore!
    let open = try milliseconds { store = try ProgressStore(directory: folder, profile: "default", locking: false) }
    let log = try milliseconds { try store.loadLog() }
    print(String(format: "open (header) %.1f ms, read log bytes %.1f ms (%d cards)", open, log, store.document.cards.count))

default:
    FileHandle.standardError.write(Data("unknown mode \(arguments[0])\n".utf8))
    exit(2)
}
