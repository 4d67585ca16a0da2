/// Splits a REPL line into words like a shell: spaces separate, quotes group, backslash escapes.
public enum CommandLineWords {
    public enum SplitError: Error, Equatable { case unclosedQuote(Character) }

    public static func split(_ line: String) throws(SplitError) -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                word.append(character); escaped = false; inWord = true
                continue
            }
            if character == "\\", quote != "'" { escaped = true; inWord = true; continue }
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
                continue
            }
            if character == "\"" || character == "'" { quote = character; inWord = true; continue }
            if character.isWhitespace {
                if inWord { words.append(word); word = ""; inWord = false }
                continue
            }
            word.append(character)
            inWord = true
        }
        if let quote { throw .unclosedQuote(quote) }
        if inWord { words.append(word) }
        return words
    }
}
