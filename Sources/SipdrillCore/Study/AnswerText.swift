/// How typed answers are read: codes, choice letters, class labels and folded names.
enum AnswerText {
    /// A name reduced to what grading compares: full-width forms folded to ASCII (as Chinese
    /// input methods type them), lower case, and only letters and digits kept, so case,
    /// punctuation, hyphens and spaces never matter ("Request-URI  too long" = "request uri too long").
    static func folded(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.foldingFullWidth.unicodeScalars {
            let properties = scalar.properties
            guard properties.isAlphabetic || properties.numericType != nil else { continue }
            if properties.changesWhenLowercased {
                out.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// What a typed code turned out to be.
    enum CodeReading: Equatable {
        /// A three-digit code of this deck's range, with or without the deck prefix.
        case code(Int)
        /// A code prefixed with another deck (`http:404` in a SIP session).
        case otherDeck(String, Int)
        /// Not a code at all.
        case notACode
    }

    /// Reads `486`, `４８６`, `sip:486` or `SIP: 486` (surrounding spaces ignored).
    static func code(_ answer: String, deck: DeckID) -> CodeReading {
        let text = answer.foldingFullWidth.lowercased().filter { !$0.isWhitespace }
        var prefix: String?
        var digits = Substring(text)
        if let colon = text.firstIndex(of: ":") {
            prefix = String(text[..<colon])
            digits = text[text.index(after: colon)...]
        }
        guard digits.count == 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let code = Int(digits),
              (100...699).contains(code)
        else { return .notACode }
        if let prefix, prefix != deck.rawValue { return .otherDeck(prefix, code) }
        return .code(code)
    }

    /// The choice index for `a`–`d` (any case, full width too) or `1`–`4`; nil otherwise.
    static func choiceIndex(_ answer: String, count: Int) -> Int? {
        let text = answer.foldingFullWidth.trimmingWhitespace.lowercased()
        guard text.count == 1, let scalar = text.unicodeScalars.first else { return nil }
        let index: Int
        switch scalar {
        case "a"..."z": index = Int(scalar.value - Unicode.Scalar("a").value)
        case "1"..."9": index = Int(scalar.value - Unicode.Scalar("1").value)
        default: return nil
        }
        return index < count ? index : nil
    }

    /// `4xx`, `4XX`, `４xx` or a bare `4` as the class label `4xx`; nil otherwise.
    static func classLabel(_ answer: String) -> String? {
        let text = answer.foldingFullWidth.lowercased().filter { !$0.isWhitespace }
        guard let first = text.first, first.isASCII, let digit = first.wholeNumberValue,
              (1...6).contains(digit), text.dropFirst().isEmpty || text.dropFirst() == "xx"
        else { return nil }
        return "\(digit)xx"
    }
}
