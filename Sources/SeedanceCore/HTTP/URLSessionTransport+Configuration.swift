import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionTransport {
    /// How a ``URLSessionTransport`` behaves. The defaults suit a server process talking to one provider.
    public struct Configuration: Sendable {
        /// The most ``URLSessionTransport/send(_:)`` requests (API calls) in flight at once, each in its own slot (a
        /// `URLSession` carrying one transfer at a time); more callers wait their turn (their timeouts start only when
        /// they are sent). Downloads have their own slots, so API requests never wait behind them. Default 32.
        public var maxConcurrentRequests: Int
        /// The most downloads in flight at once, counted apart from ``maxConcurrentRequests``. Default 8.
        public var maxConcurrentDownloads: Int
        /// How long a request may go without receiving a byte. Applied by URLSession in whole seconds: rounded up,
        /// at least 1 s. Default 60 s.
        public var idleTimeout: Duration
        /// The longest a ``URLSessionTransport/send(_:)`` may take in all, unless the request sets its own
        /// ``SeedanceHTTPRequest/timeout``. Enforced by the transport itself. Default 120 s.
        public var requestTimeout: Duration
        /// The longest a download may take in all, unless the request sets its own timeout; `nil` means no overall
        /// limit (the idle timeout still applies). Default 10 minutes: a 30 s 4K video (about 200 MB at 50 Mbit/s)
        /// over a 5 Mbit/s link takes about 5.
        public var downloadTimeout: Duration?
        /// The largest body a download may write; a larger one (by `Content-Length` or as it streams) fails with
        /// ``HTTPTransportError/Kind/responseTooLarge(limit:)`` and the transfer is aborted. Default 1 GiB (a 30 s 4K
        /// video is about 100–400 MB).
        public var maxDownloadBytes: Int64
        /// The largest response body ``URLSessionTransport/send(_:)`` reads into memory. A larger one (by
        /// `Content-Length` or as it streams) fails with ``HTTPTransportError/Kind/responseTooLarge(limit:)`` and the
        /// transfer is aborted (FoundationNetworking cannot pause a transfer, so what libcurl has already read is
        /// discarded; over a real network that is one socket read, over loopback a fast server's burst). Default 8 MiB.
        public var maxResponseBytes: Int
        /// How long an abandoned transfer (cancelled caller, deadline passed) may run on before the transport cancels
        /// the underlying `URLSessionTask`. The caller is answered at once either way; the delay keeps
        /// `URLSessionTask.cancel()` away from a completion already on its way (a crash in FoundationNetworking on
        /// Linux). Default 1 s.
        public var cancellationGracePeriod: Duration
        /// The `User-Agent` header sent when a request has none. Default ``SeedanceSDK/userAgent``.
        public var userAgent: String
        /// Whether an API request whose slot has no open connection to its host is preceded by a `HEAD /` (no
        /// credentials) that opens one, so the request itself waits on a reused keep-alive connection. On Linux,
        /// FoundationNetworking spins about one core while a request waits for its answer on a connection it has just
        /// opened (the README's "Platform notes"); on a reused connection the wait is free. It costs one `HEAD /` per
        /// new connection to the API host (at most one per slot per 20 s without traffic), and one before a create
        /// on a connection idle for more than 100 ms. Default `true`. Downloads never warm up.
        public var warmsConnections: Bool
        /// The longest a connection may have been idle for a create to be sent on it without `Expect: 100-continue`;
        /// past it, the slot's warm-up goes first (and if the create still finds it idle for longer when it leaves,
        /// `Expect` is sent). 100 ms: far below any server's keep-alive timeout. Tests widen it.
        var createReuseWindow: Duration = .milliseconds(100)

        /// Builds a configuration; every parameter has the default described on its property.
        public init(
            maxConcurrentRequests: Int = 32, idleTimeout: Duration = .seconds(60), requestTimeout: Duration = .seconds(120),
            downloadTimeout: Duration? = .seconds(600), maxResponseBytes: Int = 8 << 20, cancellationGracePeriod: Duration = .seconds(1),
            userAgent: String = SeedanceSDK.userAgent, maxConcurrentDownloads: Int = 8, maxDownloadBytes: Int64 = 1 << 30,
            warmsConnections: Bool = true
        ) {
            self.maxConcurrentRequests = max(1, maxConcurrentRequests)
            self.maxConcurrentDownloads = max(1, maxConcurrentDownloads)
            self.maxDownloadBytes = max(0, maxDownloadBytes)
            self.idleTimeout = idleTimeout
            self.requestTimeout = requestTimeout
            self.downloadTimeout = downloadTimeout
            self.maxResponseBytes = max(0, maxResponseBytes)
            self.cancellationGracePeriod = cancellationGracePeriod
            self.userAgent = userAgent
            self.warmsConnections = warmsConnections
        }

        /// The idle timeout as URLSession applies it: whole seconds, rounded up, at least 1.
        var idleTimeoutSeconds: TimeInterval { max(1, idleTimeout.timeInterval.rounded(.up)) }

        /// The URLSession configuration for these settings: no cache, cookies or credential storage, and enough
        /// connections per host that no request queues inside URLSession with its timer running.
        func sessionConfiguration() -> URLSessionConfiguration {
            let configuration = URLSessionConfiguration.ephemeral
            configuration.httpMaximumConnectionsPerHost = max(maxConcurrentRequests + maxConcurrentDownloads, 6)
            configuration.timeoutIntervalForRequest = idleTimeoutSeconds
            configuration.urlCache = nil
            configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
            configuration.httpCookieStorage = nil
            configuration.httpShouldSetCookies = false
            // Without this, FoundationNetworking parses every response header line for cookies it then drops.
            configuration.httpCookieAcceptPolicy = .never
            configuration.urlCredentialStorage = nil
            return configuration
        }
    }
}
