import Foundation
import Seedance

/// Ctrl-C arrived after a create was sent: the create goes on by itself, and `seedance` waits a few seconds for its
/// answer so that it can name the (billed) task instead of exiting blind.
enum InterruptedSubmission {
    /// How long an interrupted command waits for a create already sent before it exits with the generic advice.
    static let patience: Duration = .seconds(5)

    /// The line to print for `cancelled`: the task's id when the create answered within `patience`, what the
    /// provider said when it refused the create, otherwise the advice to check the provider's task list.
    static func message(
        for cancelled: CancelledSubmission, command: String, arguments: ParsedArguments, patience: Duration = patience
    ) async -> String {
        switch await settle(cancelled.outcome, within: patience) {
        case .success(let task)?:
            return
                "seedance: interrupted after the create was sent; its task is \(task.id.rawValue): resume with 'seedance wait \(task.id.rawValue) --provider \(task.provider.rawValue)'."
        case .failure(let error as SeedanceError)? where !error.category.isSameKind(as: .outcomeUnknown) && !error.category.isSameKind(as: .timeout):
            return "seedance: interrupted after the create was sent; the provider refused it, no task was started: \(error.message)"
        default:
            return Interruption.message(command: command, arguments: arguments, interrupted: nil)
        }
    }

    /// The outcome of `create` if it settles within `limit`, else `nil`; never waits longer than `limit` (the create
    /// itself is not cancelled).
    static func settle(_ create: Task<SubmittedTask, any Error>, within limit: Duration) async -> Result<SubmittedTask, any Error>? {
        let first = FirstOutcome()
        return await withCheckedContinuation { continuation in
            first.install(continuation)
            Task {
                do { first.resume(with: .success(try await create.value)) } catch { first.resume(with: .failure(error)) }
            }
            Task {
                try? await Task.sleep(for: limit)
                first.resume(with: nil)
            }
        }
    }
}

/// Resumes one continuation with the first outcome offered, ignoring later ones.
private final class FirstOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Result<SubmittedTask, any Error>?, Never>?
    private var settled: Result<SubmittedTask, any Error>??

    func install(_ continuation: CheckedContinuation<Result<SubmittedTask, any Error>?, Never>) {
        lock.lock()
        if let settled {
            lock.unlock()
            continuation.resume(returning: settled)
            return
        }
        self.continuation = continuation
        lock.unlock()
    }

    func resume(with outcome: Result<SubmittedTask, any Error>?) {
        lock.lock()
        guard settled == nil else { lock.unlock(); return }
        settled = .some(outcome)
        let waiting = continuation
        continuation = nil
        lock.unlock()
        waiting?.resume(returning: outcome)
    }
}
