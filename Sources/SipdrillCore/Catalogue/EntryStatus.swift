/// Whether a code is in use today.
public enum EntryStatus: String, CaseIterable, Codable, Sendable {
    /// Registered and in use.
    case current
    /// Registered but deprecated by a later RFC (SIP 202).
    case deprecated
    /// Seen in old logs only, never registered (SIP 409, 411 from RFC 2543): never quizzed as current.
    case historical
    /// Registered but reserved and never to be sent (HTTP 306, 418): explained, never quizzed.
    case reserved
    /// Widely seen but not registered (nginx 499, Cloudflare 52x): never quizzed as standard.
    case nonstandard
}
