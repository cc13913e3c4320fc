import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Turns a URLSession failure into an ``HTTPTransportError`` classified by how far the request got, which decides
/// whether a create may be sent again.
enum URLErrorClassification {
    /// The transport error for `error`; when in doubt the kind is one that does not allow replaying a create.
    static func transportError(for error: Error) -> HTTPTransportError {
        guard let urlError = error as? URLError else {
            return HTTPTransportError(.other, message: String(describing: type(of: error)))
        }
        let message = "URLError \(urlError.code.rawValue): \(urlError.localizedDescription)"
        return HTTPTransportError(kind(of: urlError), message: message)
    }

    /// The kind for `error`. FoundationNetworking on Linux reports refused connections as `cannotConnectToHost`,
    /// DNS failures as `cannotFindHost`, resets as `networkConnectionLost`, an empty reply as `badServerResponse`,
    /// and most other libcurl failures (TLS handshake, unreachable network, truncated body) as `unknown` with
    /// libcurl's message; a connect failure is recognised from that message.
    static func kind(of error: URLError) -> HTTPTransportError.Kind {
        switch error.code {
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet, .secureConnectionFailed,
            .serverCertificateHasBadDate, .serverCertificateUntrusted, .serverCertificateHasUnknownRoot,
            .serverCertificateNotYetValid, .clientCertificateRejected, .clientCertificateRequired, .badURL, .unsupportedURL,
            .appTransportSecurityRequiresSecureConnection, .internationalRoamingOff, .callIsActive, .dataNotAllowed:
            return .connectionNotEstablished
        case .timedOut:
            return .timedOut
        case .networkConnectionLost, .badServerResponse, .cannotParseResponse, .zeroByteResource, .resourceUnavailable:
            return .connectionLost
        case .unknown where isConnectFailure(error.localizedDescription):
            return .connectionNotEstablished
        default:
            return .other
        }
    }

    /// Whether libcurl's message says the TCP connection was never made ("Failed to connect to … port …", "Couldn't
    /// connect to server") or the host never resolved.
    static func isConnectFailure(_ message: String) -> Bool {
        message.hasPrefix("Failed to connect to ") || message == "Couldn't connect to server"
            || message.hasPrefix("Could not resolve host") || message.hasPrefix("Couldn't resolve host")
    }
}
