import Testing
import SipdrillCatalogue
import SipdrillCore

/// The IANA SIP response-code registry (plus the two RFC 2543-only codes), written out
/// independently of content/: code, registered reason phrase, defining RFC.
let sipRegistry: [(Int, String, String)] = [
    (100, "Trying", "RFC 3261"), (180, "Ringing", "RFC 3261"), (181, "Call Is Being Forwarded", "RFC 3261"),
    (182, "Queued", "RFC 3261"), (183, "Session Progress", "RFC 3261"), (199, "Early Dialog Terminated", "RFC 6228"),
    (200, "OK", "RFC 3261"), (202, "Accepted", "RFC 6665"), (204, "No Notification", "RFC 5839"),
    (300, "Multiple Choices", "RFC 3261"), (301, "Moved Permanently", "RFC 3261"), (302, "Moved Temporarily", "RFC 3261"),
    (305, "Use Proxy", "RFC 3261"), (380, "Alternative Service", "RFC 3261"),
    (400, "Bad Request", "RFC 3261"), (401, "Unauthorized", "RFC 3261"), (402, "Payment Required", "RFC 3261"),
    (403, "Forbidden", "RFC 3261"), (404, "Not Found", "RFC 3261"), (405, "Method Not Allowed", "RFC 3261"),
    (406, "Not Acceptable", "RFC 3261"), (407, "Proxy Authentication Required", "RFC 3261"),
    (408, "Request Timeout", "RFC 3261"), (410, "Gone", "RFC 3261"), (412, "Conditional Request Failed", "RFC 3903"),
    (413, "Request Entity Too Large", "RFC 3261"), (414, "Request-URI Too Long", "RFC 3261"),
    (415, "Unsupported Media Type", "RFC 3261"), (416, "Unsupported URI Scheme", "RFC 3261"),
    (417, "Unknown Resource-Priority", "RFC 4412"), (420, "Bad Extension", "RFC 3261"),
    (421, "Extension Required", "RFC 3261"), (422, "Session Interval Too Small", "RFC 4028"),
    (423, "Interval Too Brief", "RFC 3261"), (424, "Bad Location Information", "RFC 6442"),
    (425, "Bad Alert Message", "RFC 8876"), (428, "Use Identity Header", "RFC 8224"),
    (429, "Provide Referrer Identity", "RFC 3892"), (430, "Flow Failed", "RFC 5626"),
    (433, "Anonymity Disallowed", "RFC 5079"), (436, "Bad Identity Info", "RFC 8224"),
    (437, "Unsupported Credential", "RFC 8224"), (438, "Invalid Identity Header", "RFC 8224"),
    (439, "First Hop Lacks Outbound Support", "RFC 5626"), (440, "Max-Breadth Exceeded", "RFC 5393"),
    (469, "Bad Info Package", "RFC 6086"), (470, "Consent Needed", "RFC 5360"),
    (480, "Temporarily Unavailable", "RFC 3261"), (481, "Call/Transaction Does Not Exist", "RFC 3261"),
    (482, "Loop Detected", "RFC 3261"), (483, "Too Many Hops", "RFC 3261"), (484, "Address Incomplete", "RFC 3261"),
    (485, "Ambiguous", "RFC 3261"), (486, "Busy Here", "RFC 3261"), (487, "Request Terminated", "RFC 3261"),
    (488, "Not Acceptable Here", "RFC 3261"), (489, "Bad Event", "RFC 6665"), (491, "Request Pending", "RFC 3261"),
    (493, "Undecipherable", "RFC 3261"), (494, "Security Agreement Required", "RFC 3329"),
    (500, "Server Internal Error", "RFC 3261"), (501, "Not Implemented", "RFC 3261"), (502, "Bad Gateway", "RFC 3261"),
    (503, "Service Unavailable", "RFC 3261"), (504, "Server Time-out", "RFC 3261"),
    (505, "Version Not Supported", "RFC 3261"), (513, "Message Too Large", "RFC 3261"),
    (555, "Push Notification Service Not Supported", "RFC 8599"), (580, "Precondition Failure", "RFC 3312"),
    (600, "Busy Everywhere", "RFC 3261"), (603, "Decline", "RFC 3261"), (604, "Does Not Exist Anywhere", "RFC 3261"),
    (606, "Not Acceptable", "RFC 3261"), (607, "Unwanted", "RFC 8197"), (608, "Rejected", "RFC 8688"),
]

/// Seen in old logs, never registered: in the deck as historical.
let rfc2543Only: [(Int, String)] = [(409, "Conflict"), (411, "Length Required")]

/// Codes learners meet daily: they need four scenarios.
let dailyCodes = [100, 180, 183, 200, 401, 403, 404, 407, 408, 480, 486, 487, 488, 500, 503, 603]

@Suite struct SIPRegistryTests {
    let deck = EmbeddedCatalogue.decks().first { $0.id == .sip }!

    @Test func everyRegisteredCodeIsPresentOnceWithItsPhraseAndRFC() {
        for (code, phrase, rfc) in sipRegistry {
            let matches = deck.entries.filter { $0.code == code }
            #expect(matches.count == 1, "\(code) appears \(matches.count) times")
            guard let entry = matches.first else { continue }
            #expect(entry.phrase == phrase, "\(code)")
            #expect(entry.rfc == rfc, "\(code)")
            #expect(entry.status == (code == 202 ? .deprecated : .current), "\(code)")
        }
    }

    @Test func historicalCodesAreMarkedAndNothingElseIsInTheDeck() {
        for (code, phrase) in rfc2543Only {
            #expect(deck.entry(code: code)?.phrase == phrase)
            #expect(deck.entry(code: code)?.status == .historical)
        }
        let expected = Set(sipRegistry.map(\.0) + rfc2543Only.map(\.0))
        #expect(Set(deck.entries.map(\.code)) == expected)
        #expect(deck.entries.count == 77)
    }

    @Test func chineseNamesAreTheStandardOnesNotTheSeedsErrors() {
        #expect(deck.entry(code: 305)?.zh == "使用代理")
        #expect(deck.entry(code: 603)?.zh == "拒绝")
        #expect(deck.entry(code: 416)?.zh == "不支持的URI方案")
        #expect(deck.entry(code: 486)?.zh == "此处忙")
    }

    @Test func everyTextFieldIsFilledInBothLanguagesAndChineseIsChinese() {
        for entry in deck.entries {
            let texts = [entry.meaning, entry.useWhen, entry.notWhen] + entry.scenarios
                + entry.confusable.map(\.rule) + entry.headers.map(\.why) + (entry.note.map { [$0] } ?? [])
            for text in texts {
                #expect(!text.en.trimmingWhitespace.isEmpty, "\(entry.code)")
                #expect(text.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(entry.code): \(text.zh)")
                #expect(text.zh != text.en, "\(entry.code)")
            }
        }
    }

    @Test func confusablesAreSymmetricAndExist() {
        for entry in deck.entries {
            for other in entry.confusableCodes {
                #expect(deck.entry(code: other)?.confusableCodes.contains(entry.code) == true, "\(entry.code) ↔ \(other)")
            }
        }
    }

    @Test func classicConfusableGroupsAreLinked() {
        let groups: [[Int]] = [[486, 600, 603, 480], [401, 407, 403], [404, 604, 410, 484, 485], [488, 606, 415],
                               [301, 302, 305, 380], [500, 503, 504, 408, 502], [405, 501], [420, 421], [182, 183, 180],
                               [487, 481], [413, 513], [422, 423], [482, 483]]
        for group in groups {
            for a in group {
                for b in group where a != b {
                    #expect(deck.entry(code: a)?.confusableCodes.contains(b) == true, "\(a) should list \(b)")
                }
            }
        }
    }

    @Test func scenarioCountsMeetTheBar() {
        for entry in deck.entries where entry.status == .current {
            let minimum = dailyCodes.contains(entry.code) ? 4 : 2
            #expect(entry.scenarios.count >= minimum, "\(entry.code) has \(entry.scenarios.count)")
        }
    }

    @Test func requiredHeadersAreListedAsMust() {
        let required: [(Int, String)] = [(405, "Allow"), (401, "WWW-Authenticate"), (407, "Proxy-Authenticate"),
                                         (420, "Unsupported"), (421, "Require"), (422, "Min-SE"), (423, "Min-Expires"),
                                         (494, "Security-Server")]
        for (code, header) in required {
            #expect(deck.entry(code: code)?.headers.contains { $0.name == header && $0.need == .must } == true, "\(code) \(header)")
        }
        for code in [480, 486, 503, 600, 603] {
            #expect(deck.entry(code: code)?.headers.contains { $0.name == "Retry-After" } == true, "\(code) Retry-After")
        }
    }

    @Test func scenariosDoNotGiveAwayTheirAnswer() {
        for entry in deck.entries {
            for scenario in entry.scenarios {
                #expect(!scenario.en.contains(String(entry.code)), "\(entry.code): \(scenario.en)")
                #expect(!scenario.en.lowercased().contains(entry.phrase.lowercased()) || entry.phrase.count <= 3,
                        "\(entry.code) names its phrase: \(scenario.en)")
            }
        }
    }
}

@Suite struct SourcesFileTests {
    /// content/SOURCES.md lists, per deck and per RFC, exactly the codes (and sections) the
    /// decks cite.
    @Test func sourcesFileMatchesTheCatalogue() throws {
        let url = BinaryRunner.repositoryRoot.appendingPathComponent("content/SOURCES.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var listed: [String: [String: String]] = [:]
        var section = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("## ") { section = line.contains("HTTP") ? "http" : "sip" }
            guard line.hasPrefix("| "), !line.hasPrefix("| RFC |"), !line.hasPrefix("|---") else { continue }
            let cells = line.split(separator: "|").map { $0.trimmingWhitespace }
            listed[section, default: [:]][cells[0]] = cells[1]
        }
        for deck in EmbeddedCatalogue.decks() {
            var expected: [String: String] = [:]
            for (rfc, entries) in Dictionary(grouping: deck.entries, by: \.rfc) {
                expected[rfc] = entries.sorted { $0.code < $1.code }.map { "\($0.code) (§\($0.section))" }.joined(separator: ", ")
            }
            #expect(listed[deck.id.rawValue] == expected, "\(deck.id)")
        }
    }
}
