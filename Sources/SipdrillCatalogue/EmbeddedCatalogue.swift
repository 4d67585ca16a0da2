import Foundation
import SipdrillCore

/// The catalogue compiled into the binary from `content/` at build time.
public enum EmbeddedCatalogue {
    /// Decodes the embedded decks. Valid by construction: the build fails on content problems.
    public static func load() -> CompiledCatalogue {
        let json = GeneratedCatalogue.json
        let data = json.withUTF8Buffer { Data($0) }
        do {
            return try CompiledCatalogue.decode(data)
        } catch {
            // Only reachable if the compiler and this build disagree on the model: a build bug.
            fatalError("embedded catalogue does not decode: \(error)")
        }
    }
}
