import Foundation

/// Follows every task a client journals (or hands to `onFinished`) to its end through one ``CompletionFeed``,
/// and for each completion claims it in the journal, runs the handler and records it finished. One consumer task
/// per client; handlers run concurrently, at most ``maxConcurrentHandlers`` at a time.
final class FinishedTaskTracker: @unchecked Sendable {
    /// The most `onFinished` handlers running at once.
    static let maxConcurrentHandlers = 8

    let journal: (any TaskJournal)?
    let handler: TaskFinishedHandler?
    private let feed: CompletionFeed
    private let lock = NSLock()
    private var tracked: Set<JournalKey> = []
    private var consumer: Task<Void, Never>?

    init(engine: PollingEngine, journal: (any TaskJournal)?, handler: TaskFinishedHandler?) {
        self.journal = journal
        self.handler = handler
        feed = CompletionFeed(engine: engine, finishesWhenDrained: false)
        consumer = Task.detached { [feed, journal, handler] in
            await withTaskGroup(of: Void.self) { group in
                var running = 0
                for await completion in feed.stream {
                    if running >= Self.maxConcurrentHandlers {
                        await group.next()
                        running -= 1
                    }
                    running += 1
                    group.addTask { await Self.handle(completion, journal: journal, handler: handler) }
                }
            }
        }
    }

    /// Follows `task` unless it is followed already. Returns whether it was added.
    @discardableResult
    func track(_ task: SubmittedTask, context: TrackingContext) -> Bool {
        guard lock.withLock({ tracked.insert(JournalKey(task)).inserted }) else { return false }
        feed.add(task, context: context)
        return true
    }

    /// Stops following (no handler runs for tasks not finished yet), cancels running handlers and waits for them.
    func stop() async {
        feed.stop()
        let consumer = lock.withLock { self.consumer }
        consumer?.cancel()
        await consumer?.value
    }

    private static func handle(_ completion: TaskCompletion, journal: (any TaskJournal)?, handler: TaskFinishedHandler?) async {
        if case .failure(let error) = completion.outcome, error.category == .shutdown { return }
        guard !Task.isCancelled else { return }
        do {
            if let journal, try await !journal.claim(completion.task) { return }
            try await handler?(completion)
            try Task.checkCancellation()
            try await journal?.recordFinished(completion.task)
        } catch {
            // Left unfinished in the journal: handled again after the next resume.
        }
    }
}
