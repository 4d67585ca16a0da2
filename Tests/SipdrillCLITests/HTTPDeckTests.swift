import Foundation
import SipdrillCatalogue
import SipdrillCore
import Testing

/// The IANA HTTP status-code registry, written out independently of content/: code,
/// registered phrase, defining RFC. 306 and 418 are registered "(Unused)".
let httpRegistry: [(Int, String, String)] = [
    (100, "Continue", "RFC 9110"), (101, "Switching Protocols", "RFC 9110"), (102, "Processing", "RFC 2518"),
    (103, "Early Hints", "RFC 8297"), (200, "OK", "RFC 9110"), (201, "Created", "RFC 9110"), (202, "Accepted", "RFC 9110"),
    (203, "Non-Authoritative Information", "RFC 9110"), (204, "No Content", "RFC 9110"), (205, "Reset Content", "RFC 9110"),
    (206, "Partial Content", "RFC 9110"), (207, "Multi-Status", "RFC 4918"), (208, "Already Reported", "RFC 5842"),
    (226, "IM Used", "RFC 3229"), (300, "Multiple Choices", "RFC 9110"), (301, "Moved Permanently", "RFC 9110"),
    (302, "Found", "RFC 9110"), (303, "See Other", "RFC 9110"), (304, "Not Modified", "RFC 9110"), (305, "Use Proxy", "RFC 9110"),
    (306, "(Unused)", "RFC 9110"), (307, "Temporary Redirect", "RFC 9110"), (308, "Permanent Redirect", "RFC 9110"),
    (400, "Bad Request", "RFC 9110"), (401, "Unauthorized", "RFC 9110"), (402, "Payment Required", "RFC 9110"),
    (403, "Forbidden", "RFC 9110"), (404, "Not Found", "RFC 9110"), (405, "Method Not Allowed", "RFC 9110"),
    (406, "Not Acceptable", "RFC 9110"), (407, "Proxy Authentication Required", "RFC 9110"), (408, "Request Timeout", "RFC 9110"),
    (409, "Conflict", "RFC 9110"), (410, "Gone", "RFC 9110"), (411, "Length Required", "RFC 9110"),
    (412, "Precondition Failed", "RFC 9110"), (413, "Content Too Large", "RFC 9110"), (414, "URI Too Long", "RFC 9110"),
    (415, "Unsupported Media Type", "RFC 9110"), (416, "Range Not Satisfiable", "RFC 9110"), (417, "Expectation Failed", "RFC 9110"),
    (418, "(Unused)", "RFC 9110"), (421, "Misdirected Request", "RFC 9110"), (422, "Unprocessable Content", "RFC 9110"),
    (423, "Locked", "RFC 4918"), (424, "Failed Dependency", "RFC 4918"), (425, "Too Early", "RFC 8470"),
    (426, "Upgrade Required", "RFC 9110"), (428, "Precondition Required", "RFC 6585"), (429, "Too Many Requests", "RFC 6585"),
    (431, "Request Header Fields Too Large", "RFC 6585"), (451, "Unavailable For Legal Reasons", "RFC 7725"),
    (500, "Internal Server Error", "RFC 9110"), (501, "Not Implemented", "RFC 9110"), (502, "Bad Gateway", "RFC 9110"),
    (503, "Service Unavailable", "RFC 9110"), (504, "Gateway Timeout", "RFC 9110"), (505, "HTTP Version Not Supported", "RFC 9110"),
    (506, "Variant Also Negotiates", "RFC 2295"), (507, "Insufficient Storage", "RFC 4918"), (508, "Loop Detected", "RFC 5842"),
    (510, "Not Extended", "RFC 2774"), (511, "Network Authentication Required", "RFC 6585"),
]

/// Widely seen, never registered: in the deck as non-standard.
let httpNonstandard = [444, 494, 495, 496, 497, 499, 520, 521, 522, 523, 524, 525, 526, 527, 530]

let httpDailyCodes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 429, 500, 502, 503, 504]

@Suite struct HTTPDeckTests {
    let deck = EmbeddedCatalogue.decks().first { $0.id == DeckID("http") }!

    @Test func everyRegisteredCodeIsPresentOnceWithItsPhraseAndRFC() {
        for (code, phrase, rfc) in httpRegistry {
            let matches = deck.entries.filter { $0.code == code }
            #expect(matches.count == 1, "\(code)")
            guard let entry = matches.first else { continue }
            #expect(entry.phrase == phrase, "\(code)")
            #expect(entry.rfc == rfc, "\(code)")
        }
        #expect(deck.entry(code: 306)?.status == .reserved)
        #expect(deck.entry(code: 418)?.status == .reserved)
        #expect(deck.entry(code: 305)?.status == .deprecated)
        #expect(deck.entry(code: 510)?.status == .deprecated)
    }

    @Test func nonstandardCodesAreMarkedAndNothingElseIsInTheDeck() {
        for code in httpNonstandard { #expect(deck.entry(code: code)?.status == .nonstandard, "\(code)") }
        #expect(Set(deck.entries.map(\.code)) == Set(httpRegistry.map(\.0) + httpNonstandard))
        #expect(deck.entries.count == 78)
    }

    /// Python's http.HTTPStatus as a second, independent source. It lags the registry: no 306,
    /// pre-RFC 9110 phrases for 413, 414, 416 and 422, and RFC 2324's teapot for 418 — the
    /// deck must accept those older phrases as aliases.
    @Test func pythonHTTPStatusAgrees() throws {
        let url = BinaryRunner.fixtures.appendingPathComponent("http/python-httpstatus.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        let python = Dictionary(uniqueKeysWithValues: rows.map { row -> (Int, String) in
            let parts = row.split(separator: "\t")
            return (Int(parts[0])!, String(parts[1]))
        })
        let registered = Set(httpRegistry.map(\.0))
        #expect(Set(python.keys).isSubset(of: registered))
        #expect(registered.subtracting(python.keys) == [306])
        for (code, phrase) in python {
            let entry = try #require(deck.entry(code: code))
            let known = [entry.phrase] + entry.aliases.en
            #expect(known.contains { $0.caseInsensitiveCompare(phrase) == .orderedSame }, "\(code): \(phrase)")
        }
    }

    @Test func textIsBilingualConfusablesSymmetricAndScenariosSufficient() {
        for entry in deck.entries {
            for text in [entry.meaning, entry.useWhen, entry.notWhen] + entry.scenarios + entry.confusable.map(\.rule) {
                #expect(!text.en.isEmpty && text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry.code)")
            }
            for other in entry.confusableCodes {
                #expect(deck.entry(code: other)?.confusableCodes.contains(entry.code) == true, "\(entry.code) ↔ \(other)")
            }
            if entry.status == .current {
                #expect(entry.scenarios.count >= (httpDailyCodes.contains(entry.code) ? 4 : 2), "\(entry.code)")
            }
        }
    }

    @Test func requiredHeadersAreListed() {
        for (code, header, need) in [(401, "WWW-Authenticate", HeaderNeed.must), (405, "Allow", .must),
                                     (407, "Proxy-Authenticate", .must), (426, "Upgrade", .must)] {
            #expect(deck.entry(code: code)?.headers.contains { $0.name == header && $0.need == need } == true, "\(code)")
        }
        for code in [301, 302, 307, 308] {
            #expect(deck.entry(code: code)?.headers.contains { $0.name == "Location" } == true, "\(code)")
        }
        #expect(deck.entry(code: 503)?.headers.contains { $0.name == "Retry-After" } == true)
        #expect(deck.entry(code: 416)?.headers.contains { $0.name == "Content-Range" } == true)
    }

    @Test func decksWorkEverywhere() {
        let list = BinaryRunner.run(["list", "--deck", "http", "--json"])
        #expect(list.status == 0)
        let array = (try? JSONSerialization.jsonObject(with: Data(list.stdout.utf8))) as? [[String: Any]]
        #expect(array?.count == 78)
        #expect(BinaryRunner.run(["show", "http:404", "--lang", "en"]).stdout.hasPrefix("404 Not Found   [4xx Client Error]"))
        #expect(BinaryRunner.run(["show", "404", "--lang", "en"]).stdout.hasPrefix("404 Not Found   [4xx Request Failure]"))
        let search = BinaryRunner.run(["search", "timeout", "--json"])
        let decks = Set(((try? JSONSerialization.jsonObject(with: Data(search.stdout.utf8))) as? [[String: Any]] ?? [])
            .compactMap { $0["deck"] as? String })
        #expect(decks == ["sip", "http"])
    }
}

/// Studying, drilling and exams on the HTTP deck and on both decks.
@Suite struct DeckSessionTests {
    let env = BinaryRunner.environment(["SIPDRILL_NOW": "2026-01-05T09:00:00Z"])

    @Test func learnDrillAndExamOnTheHTTPDeck() throws {
        let folder = BinaryRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let learn = BinaryRunner.run(["--progress-dir", folder, "--lang", "en", "--seed", "1"],
                                     stdin: Data("learn 2 --deck http\nOK\n\nx\n\nquit\n".utf8), environment: env)
        #expect(learn.stdout.contains("[HTTP]"))
        #expect(learn.stdout.contains("✓ Right  200 OK"))    // the everyday codes come first
        let check = BinaryRunner.run(["check", "--json", "--progress-dir", folder])
        #expect(check.stdout.contains("\"reviews\" : 2"))
        let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/default.json"))
        let cards = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["cards"] as? [String: Any])
        #expect(Set(cards.keys) == ["http-200:phrase", "http-201:code"])   // scheduled apart from SIP's
        let drill = BinaryRunner.run(["--progress-dir", folder, "--lang", "en"],
                                     stdin: Data("drill 4xx --deck http --count 1 --seed 3 --kind code\n404\nquit\n".utf8),
                                     environment: env)
        #expect(drill.stdout.contains("Drill finished"))
        let exam = BinaryRunner.run(["exam", "--deck", "all", "--count", "8", "--seed", "5", "--print", folder + "/p.md",
                                     "--progress-dir", folder])
        #expect(exam.status == 0, "\(exam.stderr)")
        let key = try String(contentsOfFile: folder + "/p-key.md", encoding: .utf8)
        #expect(key.contains("http:"))                       // HTTP answers say so…
        #expect(key.split(separator: "\n").contains { $0.hasPrefix("| ") && !$0.contains("http:") && !$0.hasPrefix("| #") })   // …SIP ones are bare
    }
}
