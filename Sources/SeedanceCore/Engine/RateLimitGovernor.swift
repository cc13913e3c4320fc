import Foundation

/// Slows one provider's polls engine-wide after a 429 and lets them recover gradually. Pure state, no I/O.
///
/// A 429 pauses every poll until the server's `Retry-After` (or, without one, 1 s doubling per consecutive 429,
/// capped at ``maxPause``), then imposes a gap between the starts of consecutive polls that doubles with each new
/// 429 (from ``initialSpacing`` up to ``maxSpacing``) and halves every ``recoveryHalfLife`` without one. 429s that
/// arrive while already paused (answers to requests sent before the first 429) do not escalate further.
struct RateLimitGovernor: Sendable {
    var initialSpacing: Duration = .milliseconds(100)
    var maxSpacing: Duration = .seconds(5)
    var recoveryHalfLife: Duration = .seconds(10)
    var basePause: Duration = .seconds(1)
    var maxPause: Duration = .seconds(600)

    private(set) var pausedUntil: Duration = .zero
    private var spacingAtLimit: Duration = .zero
    private var lastStart: Duration?
    private var consecutiveLimits = 0

    /// The gap currently imposed between poll starts.
    func spacing(at now: Duration) -> Duration {
        guard spacingAtLimit > .zero else { return .zero }
        let recovering = max(0, (now - pausedUntil).timeInterval)
        let factor = pow(2, -recovering / recoveryHalfLife.timeInterval)
        let spacing = spacingAtLimit.timeInterval * factor
        return spacing < 0.001 ? .zero : .clampedSeconds(spacing)
    }

    /// Whether polls are currently paused or spaced out.
    func isLimiting(at now: Duration) -> Bool { pausedUntil > now || spacing(at: now) > .zero }

    /// The earliest time the next poll may start.
    func earliestStart(at now: Duration) -> Duration {
        var earliest = max(now, pausedUntil)
        if let lastStart { earliest = max(earliest, lastStart + spacing(at: now)) }
        return earliest
    }

    /// Notes that a poll started at `now`.
    mutating func recordStart(at now: Duration) { lastStart = now }

    /// Notes a poll that was answered (anything but a 429).
    mutating func recordAnswer(at now: Duration) {
        if now >= pausedUntil { consecutiveLimits = 0 }
    }

    /// Notes a 429 received at `now` with the server's hint.
    mutating func recordRateLimited(retryAfter: Duration?, at now: Duration) {
        let alreadyPaused = pausedUntil > now
        if !alreadyPaused { consecutiveLimits += 1 }
        let backoff = basePause * Int(1 << min(consecutiveLimits - 1, 16))
        let pause = min(retryAfter ?? backoff, maxPause)
        if !alreadyPaused {
            let current = spacing(at: now)
            spacingAtLimit = min(max(current * 2, initialSpacing), maxSpacing)
        }
        pausedUntil = max(pausedUntil, now + pause)
    }
}
