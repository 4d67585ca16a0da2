import Testing
@testable import SipdrillCore

@Suite struct TextHelpersTests {
    @Test func suggestionsFindNearCommands() {
        let commands = ["show", "list", "search", "compare", "check", "help", "quit"]
        #expect(Suggestions.near("shwo", in: commands) == ["show"])
        #expect(Suggestions.near("serch", in: commands) == ["search"])
        #expect(Suggestions.near("comp", in: commands) == ["compare"])
        #expect(Suggestions.near("xyzzy", in: commands).isEmpty)
    }

    @Test func editDistanceCountsTranspositionAsOne() {
        #expect(Suggestions.editDistance("show", "shwo") == 1)
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.editDistance("", "abc") == 3)
    }

    @Test func commandLineWordsSplitLikeAShell() throws {
        #expect(try CommandLineWords.split("search  proxy auth ") == ["search", "proxy", "auth"])
        #expect(try CommandLineWords.split(#"search "busy here" '忙'"#) == ["search", "busy here", "忙"])
        #expect(try CommandLineWords.split(#"show a\ b"#) == ["show", "a b"])
        #expect(throws: CommandLineWords.SplitError.unclosedQuote("\"")) { try CommandLineWords.split(#"search "busy"#) }
    }

    @Test func fullWidthDigitsAndSpacesFold() {
        #expect("４８６".normalizedDigits == "486")
        #expect("ｂｕｓｙ　ｈｅｒｅ".foldingFullWidth == "busy here")
        #expect("  x \n".trimmingWhitespace == "x")
    }

    @Test func contentVersionIsStableAndSensitive() {
        #expect(ContentVersion.of(["a"]) == ContentVersion.of(["a"]))
        #expect(ContentVersion.of(["a"]) != ContentVersion.of(["b"]))
        #expect(ContentVersion.of(["ab"]) != ContentVersion.of(["a", "b"]))
        #expect(ContentVersion.of(["x"]).count == 12)
    }
}
