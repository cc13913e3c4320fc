import Foundation
import Testing
import SeedanceCore

@Suite struct DialectWithHintsTests {
    struct Probe: Dialect {
        var provider: ProviderID { "probe" }
        var baseURL: URL { URL(string: "https://probe.test")! }
        var defaultModel: ModelID { "m" }
        var capabilities: Capabilities { Capabilities(models: [], cancel: true) }
        var apiKeyEnvironmentVariables: [String] { ["PROBE_KEY"] }
        func validate(_ request: VideoRequest) throws {
            if request.prompt == nil { throw SeedanceError.invalid("prompt", value: nil, allowed: "text", provider: provider) }
        }
        func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest { .createJSON(baseURL, body: Data("{}".utf8)) }
        func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID { "t1" }
        func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest { .getJSON(baseURL.appendingPathComponent(id.rawValue)) }
        func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
            TaskSnapshot(id: id, status: .running, rawStatus: "running")
        }
        func makeCancelRequest(for id: TaskID) throws -> SeedanceHTTPRequest { SeedanceHTTPRequest(method: .delete, url: baseURL) }
        func pollingHints(for request: VideoRequest?) -> PollingHints { .standard }
    }

    @Test func replacesOnlyTheHints() throws {
        let hints = PollingHints(expectedDuration: .seconds(2), firstPollDelay: .seconds(1), minimumInterval: .milliseconds(250), maximumInterval: .seconds(2))
        let wrapped = Probe().withPollingHints(hints)
        #expect(wrapped.pollingHints(for: nil) == hints)
        #expect(Probe().pollingHints(for: nil) == .standard)
        #expect(wrapped.provider == "probe" && wrapped.defaultModel == "m" && wrapped.apiKeyEnvironmentVariables == ["PROBE_KEY"])
        #expect(wrapped.capabilities.cancel)
        #expect(throws: SeedanceError.self) { try wrapped.validate(VideoRequest()) }
        #expect(try wrapped.makeStatusRequest(for: "abc").url.absoluteString == "https://probe.test/abc")
        #expect(try wrapped.makeCancelRequest(for: "abc").method == .delete)
        // Operations the inner dialect lacks stay unsupported through the wrapper.
        #expect(throws: SeedanceError.self) { try wrapped.parseCallback(Data()) }
    }
}
