import Foundation

/// The build-time form of the catalogue: decks already parsed and validated, stored as JSON so
/// start-up decodes instead of parsing YAML.
public struct CompiledCatalogue: Codable, Sendable {
    public var contentVersion: String
    public var decks: [Deck]

    public init(contentVersion: String, decks: [Deck]) {
        self.contentVersion = contentVersion
        self.decks = decks
    }

    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    public static func decode(_ data: Data) throws -> CompiledCatalogue {
        try JSONDecoder().decode(CompiledCatalogue.self, from: data)
    }
}
