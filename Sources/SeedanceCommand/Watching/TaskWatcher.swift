import Foundation
import Seedance

/// How watching a task ended.
enum WatchOutcome {
    /// The task succeeded; here is its final snapshot.
    case succeeded(TaskSnapshot)
    /// Ctrl-C stopped the wait; the task was left running (or cancelled, when asked).
    case interrupted
}

/// Watches one task for `generate` and `wait`: the engine's wait for the result, its updates for the progress
/// line, Ctrl-C to stop watching (the remote task keeps running unless `--cancel-on-interrupt`).
struct TaskWatcher {
    var connection: Connection
    var console: Console
    var interrupt: InterruptSignal
    var timeout: Duration?
    var cancelOnInterrupt: Bool
    var showsProgress: Bool

    /// Waits for `id` to end.
    ///
    /// - Throws: what `SeedanceClient.wait` throws (`taskFailed`, `taskExpired`, `cancelled`, `timeout` …), each
    ///   carrying the task id.
    func watch(_ id: TaskID, hints request: VideoRequest? = nil) async throws -> WatchOutcome {
        let client = connection.client
        let progress = ProgressLine(console: console)
        let waiting = Task {
            try await client.wait(for: id, timeout: timeout, hints: request, cancelRemoteOnTimeout: cancelOnInterrupt)
        }
        let display = Task {
            guard showsProgress else { return }
            for try await snapshot in client.updates(of: id, hints: request) { progress.show(snapshot) }
        }
        let ticker = Task {
            guard showsProgress, console.isTerminal else { return }
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(1))
                progress.redraw()
            }
        }
        interrupt.onInterrupt { waiting.cancel() }
        defer {
            display.cancel()
            ticker.cancel()
        }
        do {
            let snapshot = try await waiting.value
            if showsProgress { progress.show(snapshot) }
            progress.finish()
            return .succeeded(snapshot)
        } catch is CancellationError where interrupt.hasFired {
            progress.finish()
            try await leave(id)
            return .interrupted
        } catch {
            progress.finish()
            throw error
        }
    }

    /// After Ctrl-C: say how to resume, and cancel the remote task only when asked.
    private func leave(_ id: TaskID) async throws {
        let resume = "seedance wait \(id.rawValue) --provider \(connection.entry.name)"
        guard cancelOnInterrupt else {
            console.error("Interrupted. Task \(id.rawValue) keeps running on \(connection.client.provider.rawValue); resume with: \(resume)")
            return
        }
        do {
            // The command's own task is cancelled by the same Ctrl-C: the cancel request runs outside it.
            let client = connection.client
            let outcome = try await Task { try await client.cancel(id) }.value
            switch outcome {
            case .cancelled: console.error("Interrupted. Task \(id.rawValue) was cancelled on \(connection.client.provider.rawValue) (it was still queued).")
            case .alreadyEnded, .notCancellable:
                console.error("Interrupted. Not cancelled: \(outcome.summary); see it with: seedance status \(id.rawValue) --provider \(connection.entry.name)")
            }
        } catch let error as SeedanceError {
            console.error("Interrupted. Task \(id.rawValue) could not be cancelled (\(error.message)); resume with: \(resume)")
        }
    }
}
