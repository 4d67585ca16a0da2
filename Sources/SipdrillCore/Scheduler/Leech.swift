/// When a card that keeps being forgotten should be flagged, the way Anki does it.
public enum Leech {
    /// Whether reaching `lapses` lapses is a leech event for `threshold`.
    ///
    /// The event fires at the threshold and again every half threshold (rounded up)
    /// after it — 8, 12, 16, … for the default 8 — so a leech the learner kept on is
    /// raised again rather than forgotten. A threshold of 0 never fires.
    public static func isEvent(lapses: Int, threshold: Int) -> Bool {
        guard threshold > 0, lapses >= threshold else { return false }
        let half = max(1, (threshold + 1) / 2)
        return (lapses - threshold) % half == 0
    }
}
