import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A fixed number of `URLSession`s, each carrying one transfer at a time, that remember which origins each has an idle
/// keep-alive connection to. It is both the transport's concurrency bound (a slot is a permit; callers wait first in,
/// first out) and the way ``URLSessionTransport`` knows, exactly, whether a request will go out on a connection that
/// already served one.
///
/// That matters on Linux: FoundationNetworking (swift-corelibs-foundation, `URLSession/libcurl/MultiHandle.swift`)
/// watches a socket with a libdispatch write source created while libcurl connects, and removes it only when libcurl
/// lets go of the socket at the end of the transfer, not when libcurl's interest narrows to reading. A connected
/// socket is always writable, so for the whole first transfer on a new connection the source fires in a loop: about
/// one core while that transfer waits for its answer. A transfer on a reused connection starts with read interest
/// only and waits for free. In one shared session, libcurl hands idle connections to whichever transfer comes first,
/// so a warm-up request cannot reserve the connection it opened; in a slot it can, because the slot's session has no
/// other transfer.
final class SessionSlots: @unchecked Sendable {
    /// One session and what is known of its connections.
    final class Slot: @unchecked Sendable {
        let index: Int
        fileprivate(set) var session: URLSession?
        /// When a transfer to each origin last ended leaving its connection open (guarded by the slots' lock).
        fileprivate var keptAlive: [String: ContinuousClock.Instant] = [:]

        fileprivate init(index: Int) { self.index = index }
    }

    /// How a transfer left its slot's connection.
    enum ConnectionUse: Sendable {
        /// Nothing was sent.
        case unused
        /// The response ended normally without `Connection: close`: the connection is idle in the slot's pool.
        case keptAlive
        /// The transfer failed, was cancelled or the server closed the connection.
        case closed
    }

    /// How long a connection left idle is believed to stay open (servers close idle ones after 5-75 s; a request on a
    /// connection closed in the meantime pays one new connection).
    let idleWindow: Duration
    private let lock = NSLock()
    private let makeSession: @Sendable () -> URLSession
    private let slots: [Slot]
    private var free: [Slot]
    private var waiters: [Waiter] = []
    private var invalidated = false

    private final class Waiter: @unchecked Sendable {
        var continuation: CheckedContinuation<Slot, Error>?
        var cancelled = false
    }

    /// `count` (at least 1) slots whose sessions are made by `makeSession` when first needed.
    init(count: Int, idleWindow: Duration = .seconds(20), makeSession: @escaping @Sendable () -> URLSession) {
        self.idleWindow = idleWindow
        self.makeSession = makeSession
        slots = (0..<max(1, count)).map(Slot.init(index:))
        free = slots.reversed()
    }

    /// Slots taken now (carrying a transfer, or abandoned but not yet released by URLSession).
    var inUse: Int { lock.withLock { slots.count - free.count } }

    /// Callers waiting for a slot now.
    var waiting: Int { lock.withLock { waiters.count } }

    /// The pool key of `url`: scheme, host and port.
    static func origin(of url: URL) -> String {
        "\(url.scheme?.lowercased() ?? "")://\(url.host?.lowercased() ?? ""):\(url.port.map(String.init) ?? "")"
    }

    /// Takes a free slot, preferring one with an idle connection to `origin`, waiting (first in, first out) while none
    /// is free. Returns the slot with its session, and since when a connection to `origin` is believed idle in it (`nil`
    /// when none is, or it has been idle for ``idleWindow`` or `idleAtMost`). Balance every successful call with one
    /// ``release(_:origin:use:)``.
    ///
    /// - Throws: `CancellationError` when the calling task is cancelled before a slot is granted;
    ///   ``HTTPTransportError`` (`.connectionNotEstablished`) once the slots were invalidated.
    func acquire(origin: String, idleAtMost: Duration? = nil) async throws -> (slot: Slot, session: URLSession, idleSince: ContinuousClock.Instant?) {
        try Task.checkCancellation()
        let now = ContinuousClock.now
        let granted: Slot? = try lock.withLock {
            if invalidated { throw Self.invalidatedError }
            guard waiters.isEmpty, !free.isEmpty else { return nil }
            return free.remove(at: bestFreeIndex(for: origin, now: now))
        }
        let slot: Slot
        if let granted { slot = granted } else { slot = try await waitForSlot() }
        return try lock.withLock {
            if invalidated {
                free.append(slot)
                throw Self.invalidatedError
            }
            let session = slot.session ?? makeSession()
            slot.session = session
            let window = min(idleWindow, idleAtMost ?? idleWindow)
            let grantedAt = ContinuousClock.now
            let idleSince = slot.keptAlive[origin].flatMap { grantedAt - $0 < window ? $0 : nil }
            return (slot, session, idleSince)
        }
    }

    /// Returns `slot`, recording how its last transfer to `origin` left the connection, and hands it to the longest
    /// waiter if there is one.
    func release(_ slot: Slot, origin: String, use: ConnectionUse) {
        let next: CheckedContinuation<Slot, Error>? = lock.withLock {
            record(slot, origin: origin, use: use)
            guard !waiters.isEmpty else {
                free.append(slot)
                return nil
            }
            return waiters.removeFirst().continuation
        }
        next?.resume(returning: slot)
    }

    /// Records how a transfer the holder of `slot` ran first (its warm-up) left the connection to `origin`, keeping the
    /// slot.
    func recordWarmUp(_ slot: Slot, origin: String, use: ConnectionUse) {
        lock.withLock { record(slot, origin: origin, use: use) }
    }

    /// Since when `slot`, held by the caller, has had an idle connection to `origin`; `nil` when it has none.
    func idleSince(_ slot: Slot, origin: String) -> ContinuousClock.Instant? {
        lock.withLock { slot.keptAlive[origin] }
    }

    /// Stops handing out slots and returns every session made so far, for the caller to invalidate.
    func invalidate() -> [URLSession] {
        let (sessions, waiting): ([URLSession], [Waiter]) = lock.withLock {
            invalidated = true
            defer { waiters = [] }
            let sessions = slots.compactMap(\.session)
            for slot in slots { slot.session = nil }
            return (sessions, waiters)
        }
        for waiter in waiting { waiter.continuation?.resume(throwing: Self.invalidatedError) }
        return sessions
    }

    /// Notes how a transfer left `slot`'s connection to `origin` (under the lock).
    private func record(_ slot: Slot, origin: String, use: ConnectionUse) {
        switch use {
        case .unused: break
        case .keptAlive: slot.keptAlive[origin] = ContinuousClock.now
        case .closed: slot.keptAlive[origin] = nil
        }
    }

    /// The free slot to use for `origin`: the one whose connection to it was idle most recently (the others' may
    /// expire), else one that never reached it, else the least recently freed.
    private func bestFreeIndex(for origin: String, now: ContinuousClock.Instant) -> Int {
        var best: (index: Int, time: ContinuousClock.Instant)?
        for (index, slot) in free.enumerated() {
            guard let time = slot.keptAlive[origin], now - time < idleWindow else { continue }
            if best.map({ time > $0.time }) ?? true { best = (index, time) }
        }
        if let best { return best.index }
        return free.lastIndex { $0.keptAlive[origin] == nil } ?? free.count - 1
    }

    private func waitForSlot() async throws -> Slot {
        let waiter = Waiter()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Slot, Error>) in
                // A slot may have been returned since the fast path looked.
                let outcome: Result<Slot, Error>? = lock.withLock {
                    if waiter.cancelled { return .failure(CancellationError()) }
                    if invalidated { return .failure(Self.invalidatedError) }
                    if waiters.isEmpty, let slot = free.popLast() { return .success(slot) }
                    waiter.continuation = continuation
                    waiters.append(waiter)
                    return nil
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let continuation: CheckedContinuation<Slot, Error>? = lock.withLock {
                waiter.cancelled = true
                guard let index = waiters.firstIndex(where: { $0 === waiter }) else { return nil }
                waiters.remove(at: index)
                return waiter.continuation
            }
            continuation?.resume(throwing: CancellationError())
        }
    }

    private static var invalidatedError: HTTPTransportError {
        HTTPTransportError(.connectionNotEstablished, message: "the transport was invalidated; nothing was sent")
    }
}
