/// The content's rule that tells two codes apart.
public enum ConfusableRule {
    /// The rule from `first`'s confusable list for `second`, else from `second`'s list for
    /// `first` (lists should be symmetric, but a house deck may give the rule on one side only).
    public static func between(_ first: Entry, _ second: Entry) -> Bilingual? {
        first.confusable.first { $0.code == second.code }?.rule
            ?? second.confusable.first { $0.code == first.code }?.rule
    }
}
