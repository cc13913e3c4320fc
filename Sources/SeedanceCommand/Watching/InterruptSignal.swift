import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C, as something a command can react to. The process installs a SIGINT handler that fires it; tests fire it
/// themselves.
public final class InterruptSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var handlers: [@Sendable () -> Void] = []
    private var fired = false
    private var source: (any DispatchSourceSignal)?

    /// A signal that fires only when fire() is called (no SIGINT handler installed).
    public init() {}

    /// An interrupt fired by the process's SIGINT (Ctrl-C); the default handler (exit) is replaced.
    public static func processSIGINT() -> InterruptSignal {
        let interrupt = InterruptSignal()
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { interrupt.fire() }
        source.resume()
        interrupt.source = source
        return interrupt
    }

    /// Runs `handler` when the interrupt fires (at once if it already has).
    func onInterrupt(_ handler: @escaping @Sendable () -> Void) {
        let runNow = lock.withLock { () -> Bool in
            if fired { return true }
            handlers.append(handler)
            return false
        }
        if runNow { handler() }
    }

    /// Whether the interrupt has fired.
    var hasFired: Bool { lock.withLock { fired } }

    /// Fires the interrupt: every registered handler runs once.
    public func fire() {
        let toRun = lock.withLock { () -> [@Sendable () -> Void] in
            fired = true
            defer { handlers.removeAll() }
            return handlers
        }
        for handler in toRun { handler() }
    }
}
