import Foundation
import Testing
@testable import SeedanceCore

@Suite("Redaction stays bounded and catches JSON-escaped keys; loopback means literal loopback")
struct RedactionAndLoopbackTests {
    @Test func aKeyEchoedJSONEscapedIsScrubbed() {
        let key = APIKey("sk-live/9f8e7d6c5b4a/REDACTION-TEST")
        #expect(!key.isEmpty)
        let echoed = #"{"error":"invalid key sk-live\/9f8e7d6c5b4a\/REDACTION-TEST","raw":"sk-live/9f8e7d6c5b4a/REDACTION-TEST"}"#
        let scrubbed = Redaction.scrub(echoed)
        #expect(scrubbed == #"{"error":"invalid key [REDACTED]","raw":"[REDACTED]"}"#)
    }

    /// A key registered earlier that is the beginning of a later key (`sk-prefix` and `sk-prefix-…`, as two tenants or
    /// a test and a server may hold) must not cut the longer key and leave its tail in the text.
    @Test func aKeyThatStartsWithAnotherRegisteredKeyIsScrubbedWhole() {
        _ = APIKey("sk-overlap")
        _ = APIKey("sk-overlap-TAIL-OF-THE-LONGER-KEY")
        let scrubbed = Redaction.scrub(#"{"key":"sk-overlap-TAIL-OF-THE-LONGER-KEY","short":"sk-overlap"}"#)
        #expect(scrubbed == #"{"key":"[REDACTED]","short":"[REDACTED]"}"#)
        let registry = SecretRegistry(capacity: 4)
        for secret in ["ab-1", "ab-1-longer", "ab-1-l"] { registry.insert(secret) }
        #expect(registry.longestFirst() == ["ab-1-longer", "ab-1-l", "ab-1"])
    }

    @Test func theRegistryKeepsOnlyTheMostRecentKeys() {
        let registry = SecretRegistry(capacity: 3)
        for name in ["key-one", "key-two", "key-three"] { registry.insert(name) }
        registry.insert("key-one")  // built again: recent again
        registry.insert("key-four")  // evicts the least recent, key-two
        #expect(registry.all() == ["key-three", "key-one", "key-four"])
        for index in 0..<10_000 { registry.insert("tenant-key-\(index)") }
        #expect(registry.all() == ["tenant-key-9997", "tenant-key-9998", "tenant-key-9999"])
    }

    @Test func theProcessRegistryHasAFixedCapacity() {
        #expect(Redaction.registryCapacity == 1024)
    }

    @Test(arguments: ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"])
    func literalLoopbackHostsAreLoopback(host: String) {
        #expect(BaseURLPolicy.isLoopback(host: host))
    }

    @Test(arguments: ["evil.localhost", "api.localhost", "localhost.example.com", "127.0.0.1.nip.io", "128.0.0.1", "0.0.0.0"])
    func namesThatOnlyLookLocalAreNot(host: String) {
        #expect(!BaseURLPolicy.isLoopback(host: host))
        #expect(throws: SeedanceError.self) { try BaseURLPolicy.validate(URL(string: "http://\(host)/v1")!, provider: "p") }
        #expect(!RedirectRules.allows(URL(string: "http://\(host)/v.mp4")!))
    }
}
