import Foundation

extension SeedanceHTTPRequest {
    /// The `HEAD /` with which ``URLSessionTransport`` opens a connection to `url`'s origin before a request waits on
    /// it: no credentials, no body, never retried, 10 s at most. `nil` when `url` has no origin to reach.
    static func warmUp(for url: URL) -> SeedanceHTTPRequest? {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        components.path = "/"
        components.query = nil
        components.fragment = nil
        guard let root = components.url else { return nil }
        return SeedanceHTTPRequest(
            method: SeedanceHTTPMethod(rawValue: "HEAD"), url: root, kind: .idempotent, requiresAuthorization: false, timeout: .seconds(10))
    }
}
