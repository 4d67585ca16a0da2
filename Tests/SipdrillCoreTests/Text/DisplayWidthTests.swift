import Testing
@testable import SipdrillCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Busy Here", 9), ("此处忙", 6), ("486 此处忙", 10), ("ＡＢＣ", 6), ("e\u{301}", 1),
        ("", 0), ("（拒绝）", 8), ("\u{200B}", 0), ("한국어", 6),
    ] as [(String, Int)])
    func widths(text: String, expected: Int) {
        #expect(DisplayWidth.of(text) == expected)
    }

    @Test func tableColumnsLineUpWithChineseCells() {
        var table = TextTable(header: ["Code", "Phrase", "中文名", "RFC"], alignments: [.right, .left, .left, .left])
        table.add(["486", "Busy Here", "此处忙", "RFC 3261"])
        table.add(["480", "Temporarily Unavailable", "暂时不可用", "RFC 3261"])
        table.add(["603", "Decline", "拒绝", "RFC 3261"])
        let lines = table.render()
        // The RFC column must start at the same display column on every line.
        let starts = lines.map { line -> Int in
            let prefix = line[..<line.range(of: line.hasPrefix("Code") ? "RFC" : "RFC 3261")!.lowerBound]
            return DisplayWidth.of(prefix)
        }
        #expect(Set(starts).count == 1, "\(lines.joined(separator: "\n"))")
        #expect(lines[1].hasPrefix(" 486  Busy Here"))
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("暂时不可用", to: 6) == "暂时…")
        #expect(DisplayWidth.of(DisplayWidth.truncate("暂时不可用", to: 6)) <= 6)
        #expect(DisplayWidth.truncate("Busy", to: 10) == "Busy")
    }

    @Test func wrapKeepsEveryLineWithinWidth() {
        let text = "已经联系到被叫的终端，但用户此刻在这台终端上无法或不愿再接听新的呼叫。The callee's device was reached."
        let lines = DisplayWidth.wrap(text, width: 20)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 }, "\(lines)")
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        // Closing punctuation never starts a line.
        #expect(!lines.dropFirst().contains { $0.hasPrefix("，") || $0.hasPrefix("。") })
    }
}

@Suite struct WrapPunctuationTests {
    /// Latin text breaks at spaces only (widths from the longest word up), even when a full
    /// stop follows a word at the edge.
    @Test(arguments: Array(13...40))
    func latinWordsStayWhole(width: Int) {
        let text = "The client retries with Authorization and a CSeq one higher (RFC 3261 §22.2). Done."
        let lines = DisplayWidth.wrap(text, width: width)
        #expect(lines.joined(separator: " ") == text, "width \(width): \(lines)")
    }

    /// A closing bracket that would start a line pulls the character before it down instead.
    @Test(arguments: Array(8...40) + [76, 78])
    func closingPunctuationNeverStartsALine(width: Int) {
        let text = "如果终端确知没有其他设备能接听，应当用 600（全忙）；用户主动拒接用 603（拒绝）；用户不在或未注册而不是忙，用 480（暂时不可用）。"
        let lines = DisplayWidth.wrap(text, width: width)
        for line in lines.dropFirst() {
            #expect(!(line.first.map(DisplayWidth.isClosingPunctuation) ?? false), "width \(width): \(lines)")
        }
        for line in lines.dropLast() {
            #expect(!(line.last.map(DisplayWidth.isOpeningPunctuation) ?? false), "width \(width): \(lines)")
        }
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(lines)")
    }
}
