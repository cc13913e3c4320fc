import Foundation

/// A dialect that behaves exactly like another but gives the polling engine other hints: for a simulator whose tasks
/// take seconds, or a provider you have measured to be faster or slower than its documents say.
public struct DialectWithHints: Dialect {
    /// The dialect every request and response goes through.
    public let inner: any Dialect
    /// The hints the engine gets instead of the inner dialect's.
    public let hints: PollingHints

    /// Wraps `inner`, replacing its polling hints with `hints`.
    public init(_ inner: any Dialect, hints: PollingHints) {
        self.inner = inner
        self.hints = hints
    }

    public var provider: ProviderID { inner.provider }
    public var baseURL: URL { inner.baseURL }
    public var defaultModel: ModelID { inner.defaultModel }
    public var capabilities: Capabilities { inner.capabilities }
    public var apiKeyEnvironmentVariables: [String] { inner.apiKeyEnvironmentVariables }
    public func validate(_ request: VideoRequest) throws { try inner.validate(request) }
    public func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest { try inner.makeCreateRequest(request) }
    public func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID { try inner.parseCreateResponse(response) }
    public func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest { try inner.makeStatusRequest(for: id) }
    public func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot { try inner.parseStatusResponse(response, for: id) }
    public func parseCallback(_ body: Data) throws -> TaskSnapshot { try inner.parseCallback(body) }
    public func makeCancelRequest(for id: TaskID) throws -> SeedanceHTTPRequest { try inner.makeCancelRequest(for: id) }
    public func parseCancelResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws { try inner.parseCancelResponse(response, for: id) }
    public func makeListRequest(_ query: TaskListQuery) throws -> SeedanceHTTPRequest { try inner.makeListRequest(query) }
    public func parseListResponse(_ response: SeedanceHTTPResponse) throws -> TaskListPage { try inner.parseListResponse(response) }
    public func pollingHints(for request: VideoRequest?) -> PollingHints { hints }
    public func allowsRetry(of response: SeedanceHTTPResponse) -> Bool { inner.allowsRetry(of: response) }
}

extension Dialect {
    /// This dialect with the engine's polling hints replaced by `hints` (see ``DialectWithHints``).
    public func withPollingHints(_ hints: PollingHints) -> DialectWithHints { DialectWithHints(self, hints: hints) }
}
