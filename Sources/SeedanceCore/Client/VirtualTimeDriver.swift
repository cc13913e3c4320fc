/// Runs a client's polling engine on a ``VirtualClock``: waits (in real time) until everything that can happen at
/// the current virtual instant has happened, then jumps to the engine's next wake-up. For tests and benchmarks.
///
/// Deterministic as long as nothing but the engine sleeps on the clock (the engine's polls never retry through
/// the client's ``RetryPolicy``, so a fake transport that answers at once keeps that true) and everything that
/// happens outside the engine (a test submitting tasks, registering waiters) is awaited with ``settle(until:)``
/// before time moves.
package struct VirtualTimeDriver: Sendable {
    /// The clock the client was built with.
    package let clock: VirtualClock
    /// The client whose engine is driven.
    package let client: SeedanceClient

    /// A driver for `client`, which must run on `clock`.
    package init(clock: VirtualClock, client: SeedanceClient) {
        self.clock = clock
        self.client = client
    }

    /// Suspends until the engine is idle and `condition` holds.
    package func settle(until condition: () -> Bool = { true }) async {
        while true {
            await client.engine.whenIdle()
            if condition() { return }
            await Task.yield()
        }
    }

    /// Plays the engine's schedule up to `time`: every wake-up at or before it, settling after each; then leaves
    /// the clock at `time`.
    package func run(through time: Duration) async {
        while true {
            await settle()
            guard let wake = client.engine.quiescence.nextWake, wake <= time else { break }
            clock.advance(to: wake)
        }
        clock.advance(to: time)
        await settle()
    }

    /// Plays the engine's schedule until `done()` holds, nothing is scheduled any more, or virtual time would pass
    /// `limit`. Returns whether `done()` holds.
    @discardableResult
    package func run(until done: () -> Bool, limit: Duration) async -> Bool {
        while true {
            await settle()
            if done() { return true }
            guard let wake = client.engine.quiescence.nextWake, wake <= limit else { return done() }
            clock.advance(to: wake)
        }
    }
}
