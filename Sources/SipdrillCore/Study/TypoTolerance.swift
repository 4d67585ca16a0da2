/// How many typing slips a name answer may have and still count (as Hard).
///
/// Counted on the folded form (letters and digits only): names under 8 letters must be exact,
/// because short names differ by a letter or two (OK, Gone, Busy); 8–15 letters allow one edit
/// and 16 or more allow two, an adjacent swap counting as one. Names with Chinese characters
/// allow none: an input method types whole words, and one different character is a different
/// word, not a slip.
public enum TypoTolerance {
    /// Shortest folded name that tolerates one edit.
    public static let oneEditFrom = 8
    /// Shortest folded name that tolerates two edits.
    public static let twoEditsFrom = 16

    /// Edits allowed when the right answer is `canonical`.
    public static func allowedEdits(for canonical: String) -> Int {
        let folded = AnswerText.folded(canonical)
        guard folded.unicodeScalars.allSatisfy(\.isASCII) else { return 0 }
        if folded.count >= twoEditsFrom { return 2 }
        if folded.count >= oneEditFrom { return 1 }
        return 0
    }
}
