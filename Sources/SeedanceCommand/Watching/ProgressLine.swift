import Foundation
import Seedance

/// Shows a task's progress: one live line rewritten in place on a terminal, a plain line per change otherwise.
final class ProgressLine: @unchecked Sendable {
    private let console: Console
    private let started = ContinuousClock.now
    private let lock = NSLock()
    private var last: TaskSnapshot?
    private var liveLineShown = false

    init(console: Console) { self.console = console }

    /// Records a new snapshot and shows it.
    func show(_ snapshot: TaskSnapshot) {
        let changed = lock.withLock { () -> Bool in
            defer { last = snapshot }
            return snapshot.isObservableChange(from: last)
        }
        if console.isTerminal {
            redraw()
        } else if changed {
            console.line(Self.describe(snapshot, elapsed: ContinuousClock.now - started))
        }
    }

    /// Redraws the live line with the current elapsed time (terminals only).
    func redraw() {
        guard console.isTerminal, let snapshot = lock.withLock({ last }) else { return }
        lock.withLock { liveLineShown = true }
        console.write("\r\u{1B}[2K" + Self.describe(snapshot, elapsed: ContinuousClock.now - started))
    }

    /// Ends the live line so that what follows starts on a new line.
    func finish() {
        if lock.withLock({ liveLineShown }) { console.write("\n") }
    }

    /// `running 35% · 0:12 · task task_abc`.
    static func describe(_ snapshot: TaskSnapshot, elapsed: Duration) -> String {
        var parts = [snapshot.status.isTerminal ? snapshot.status.description : statusWord(snapshot)]
        if let progress = snapshot.progress, !snapshot.status.isTerminal { parts[0] += " \(Int((progress * 100).rounded()))%" }
        let seconds = Int(elapsed.timeInterval)
        parts.append(String(format: "%d:%02d", seconds / 60, seconds % 60))
        parts.append("task \(snapshot.id.rawValue)")
        return parts.joined(separator: " · ")
    }

    private static func statusWord(_ snapshot: TaskSnapshot) -> String {
        if case .unknown(let raw) = snapshot.status { return raw }
        return snapshot.status.description
    }
}
