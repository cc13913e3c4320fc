import Foundation
import Seedance
import Testing

/// ``SeedanceEnvironment/Selection``: which provider preset and key the environment selects, and from which variable
/// (what `SeedanceClient.fromEnvironment` and the CLI build their client from). No request is sent.
@Suite("Environment selection: provider, key and its variable", .timeLimit(.minutes(3)))
struct EnvironmentSelectionTests {
    static func select(_ environment: [String: String], provider: String? = nil) throws -> SeedanceEnvironment.Selection {
        try SeedanceEnvironment.resolve(environment, provider: provider)
    }

    @Test("a named provider takes its own variable before the generic key, and says it was named")
    func namedProvider() throws {
        let own = try Self.select(["APIXO_API_KEY": "sk-own", "SEEDANCE_API_KEY": "sk-generic"], provider: "apixo")
        #expect(own.preset.name == "apixo" && own.keyVariable == "APIXO_API_KEY" && own.apiKey == APIKey("sk-own") && own.providerWasNamed)
        let generic = try Self.select(["SEEDANCE_PROVIDER": "byteplus", "SEEDANCE_API_KEY": "sk-generic", "APIXO_API_KEY": "  "])
        #expect(generic.preset.name == "byteplus" && generic.keyVariable == "SEEDANCE_API_KEY" && generic.apiKey == APIKey("sk-generic"))
        let keyless = try Self.select([:], provider: "apixo")
        #expect(keyless.preset.name == "apixo" && keyless.apiKey == nil && keyless.keyVariable == nil && keyless.providerWasNamed)
    }

    @Test("with no provider named, a provider's own variable selects it; nothing selects the default without a key")
    func unnamedProvider() throws {
        let ark = try Self.select(["ARK_API_KEY": " sk-ark "])
        #expect(ark.preset.name == "byteplus" && ark.keyVariable == "ARK_API_KEY" && ark.apiKey == APIKey("sk-ark") && !ark.providerWasNamed)
        let nothing = try Self.select(["VTRIX_API_KEY": "   "])
        #expect(nothing.preset.name == SeedanceEnvironment.defaultProviderName && nothing.apiKey == nil && nothing.keyVariable == nil)
        #expect(!nothing.providerWasNamed)
    }

    @Test("an unknown provider is refused naming every known one; the argument wins over the variable")
    func unknownProvider() throws {
        let error = #expect(throws: SeedanceError.self) { try Self.select(["SEEDANCE_PROVIDER": "apixo"], provider: "acme") }
        let known = ProviderPreset.all.map(\.name).joined(separator: ", ")
        #expect(error?.category == .invalidRequest && error?.field == "provider" && error?.allowed == known)
        #expect(error?.message == "unknown provider 'acme'; providers: \(known)")
        #expect(try Self.select(["SEEDANCE_PROVIDER": "acme"], provider: "apixo").preset.name == "apixo")
    }
}
