import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What the transport allows when a server redirects: only to `https`, or to `http` on a loopback host; and never
/// with the `Authorization` header when the origin (scheme, host or port) changes.
enum RedirectRules {
    /// Whether a redirect to `url` may be followed.
    static func allows(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else { return false }
        return scheme == "https" || (scheme == "http" && BaseURLPolicy.isLoopback(host: host))
    }

    /// `next` as it may be sent after a redirect from `previous`: without credentials when the origin changed.
    static func sanitized(_ next: URLRequest, from previous: URL?) -> URLRequest {
        guard let target = next.url, let previous, sameOrigin(target, previous) else {
            var stripped = next
            stripped.setValue(nil, forHTTPHeaderField: "Authorization")
            stripped.setValue(nil, forHTTPHeaderField: "Cookie")
            return stripped
        }
        return next
    }

    /// Whether two URLs share scheme, host and (effective) port.
    static func sameOrigin(_ lhs: URL, _ rhs: URL) -> Bool {
        lhs.scheme?.lowercased() == rhs.scheme?.lowercased() && lhs.host?.lowercased() == rhs.host?.lowercased()
            && effectivePort(lhs) == effectivePort(rhs)
    }

    private static func effectivePort(_ url: URL) -> Int? {
        url.port ?? (url.scheme?.lowercased() == "https" ? 443 : url.scheme?.lowercased() == "http" ? 80 : nil)
    }
}
