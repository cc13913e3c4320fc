import Foundation

/// The rules a provider's base URL must meet before any key is sent to it.
package enum BaseURLPolicy {
    /// Checks `url`: it needs a host, and `https` unless the host is loopback (`127.0.0.0/8`, `::1`, `localhost`).
    /// Throws `SeedanceError` (`.invalidRequest`, field `baseURL`) naming what is wrong.
    package static func validate(_ url: URL, provider: ProviderID) throws {
        guard let scheme = url.scheme?.lowercased(), let host = url.host, !host.isEmpty else {
            throw SeedanceError.invalid("baseURL", value: url.absoluteString, allowed: "an absolute https URL", provider: provider)
        }
        if scheme == "https" { return }
        if scheme == "http" && isLoopback(host: host) { return }
        throw SeedanceError.invalid(
            "baseURL", value: url.absoluteString, allowed: "https, or http to a loopback host (127.0.0.1, ::1, localhost)",
            provider: provider, reason: "is refused: the API key would travel unencrypted")
    }

    /// Whether `host` is a literal loopback address (`127.0.0.0/8`, `::1`) or exactly `localhost`. Names under
    /// `.localhost` are not: they go through the resolver, which may send them anywhere.
    package static func isLoopback(host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
        let octets = bare.split(separator: ".")
        return octets.count == 4 && octets.first == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
