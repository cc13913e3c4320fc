import Foundation
import SeedanceCore

/// How one soak attempt (one submit, tagged by a unique prompt) ended, as the client saw it.
package enum SoakOutcome: Sendable, Hashable {
    /// The task succeeded with this id.
    case succeeded(taskID: String)
    /// A `SeedanceError` of this category (its `SeedanceError.Category.name`), with the task id it carried.
    case failed(category: String, taskID: String?)
    /// Something other than a `SeedanceError` was thrown (always a violation in a soak).
    case untyped(String)

    /// The category of an attempt whose caller was cancelled on purpose (its task id, if one was created, is the one
    /// the cancelled caller's error delivered).
    package static let callerCancelled = "callerCancelled"

    /// The category name for figures: `succeeded`, a `SeedanceError` category, `callerCancelled`, or `untyped`.
    package var category: String {
        switch self {
        case .succeeded: "succeeded"
        case .failed(let category, _): category
        case .untyped: "untyped"
        }
    }

    /// The task id the client learned, if any.
    package var taskID: String? {
        switch self {
        case .succeeded(let id): id
        case .failed(_, let id): id
        case .untyped: nil
        }
    }
}

/// Collects soak outcomes keyed by prompt, and every text the client produced that must never hold the secret.
/// Thread-safe.
package final class SoakLedger: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String: SoakOutcome] = [:]
    private var announced: [String: String] = [:]
    private var leaks: [String] = []
    private var inspected = 0
    private let secret: String

    /// A ledger that flags any text containing `secret`.
    package init(secret: String) { self.secret = secret }

    /// Records that the attempt tagged `prompt`, whose caller was cancelled on purpose, learned `taskID` afterwards
    /// (from the cancelled caller's error), or nothing (`nil`: no task was created).
    package func recordCancelled(prompt: String, taskID: String?) {
        lock.withLock { outcomes[prompt] = .failed(category: SoakOutcome.callerCancelled, taskID: taskID) }
    }

    /// Records that the attempt tagged `prompt` was told its task id (e.g. from `generate`'s `onSubmitted`).
    package func announce(prompt: String, taskID: String) {
        lock.withLock { announced[prompt] = taskID }
    }

    /// Records how the attempt tagged `prompt` ended, checking the error's description and reflection for the secret.
    package func record(prompt: String, result: Result<String, any Error>) {
        let outcome: SoakOutcome
        switch result {
        case .success(let id):
            outcome = .succeeded(taskID: id)
        case .failure(is CancellationError):
            outcome = .failed(category: SoakOutcome.callerCancelled, taskID: nil)
        case .failure(let error as SeedanceError):
            outcome = .failed(category: error.category.name, taskID: error.taskID?.rawValue)
            inspect(String(describing: error), from: "error description")
            inspect(String(reflecting: error), from: "error reflection")
        case .failure(let error):
            outcome = .untyped(String(describing: type(of: error)))
            inspect(String(reflecting: error), from: "untyped error")
        }
        lock.withLock { outcomes[prompt] = outcome }
    }

    /// Flags `text` (a log event, an error) if it contains the secret.
    package func inspect(_ text: String, from source: String) {
        let leaked = text.contains(secret)
        lock.withLock {
            inspected += 1
            if leaked { leaks.append(source) }
        }
    }

    /// Every outcome recorded so far, by prompt.
    package var all: [String: SoakOutcome] { lock.withLock { outcomes } }
    /// The task ids announced before the outcome, by prompt.
    package var announcements: [String: String] { lock.withLock { announced } }
    /// How many texts were checked for the secret.
    package var textsInspected: Int { lock.withLock { inspected } }
    /// Where the secret showed up (empty when it never did).
    package var secretLeaks: [String] { lock.withLock { leaks } }
}
