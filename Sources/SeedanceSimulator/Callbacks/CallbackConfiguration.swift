import Foundation
import SeedanceCore

/// How a simulator delivers callbacks (for dialects that have them, see ``SimulatedDialect/callbackBody(for:)``).
///
/// When a task with a callback URL reaches a terminal state, the simulator POSTs the dialect's callback body to
/// that URL, only if its host is a loopback address (`127.0.0.1`, `::1`, `localhost`; others are counted as
/// refused and never contacted). An answer other than 200 (or a transport error) is retried after each of
/// ``retryDelays`` in turn, then abandoned.
public struct CallbackConfiguration: Sendable {
    /// The transport that posts callbacks; `nil` (the default) uses a built-in URLSession sender. Inject a test
    /// double to capture callbacks without a server.
    public var sender: (any HTTPTransport)?
    /// The waits before each retry, on the simulator's clock (default 1 s, 2 s, 4 s: three retries). Providers
    /// document longer waits (APIXO: from 30 s); shorter ones keep tests quick.
    public var retryDelays: [Duration]
    /// The deadline of each delivery attempt.
    public var timeout: Duration

    /// A callback configuration.
    public init(
        sender: (any HTTPTransport)? = nil, retryDelays: [Duration] = [.seconds(1), .seconds(2), .seconds(4)],
        timeout: Duration = .seconds(30)
    ) {
        self.sender = sender
        self.retryDelays = retryDelays
        self.timeout = timeout
    }
}
