import Dispatch
import Foundation

/// The overall deadlines of every transfer in the process, on one dispatch timer.
///
/// A deadline costs a heap entry instead of a timer source of its own: making, arming and cancelling a source for each
/// request went through libdispatch's manager thread every time and was a visible share of each request's CPU. The
/// timer is armed for the earliest live deadline; a cancelled deadline stays in the heap until it surfaces or the heap
/// is compacted (when more than half of it is cancelled), so memory stays within twice the deadlines pending.
final class TransferDeadlines: @unchecked Sendable {
    /// The deadlines of every `URLSessionTransport`.
    static let shared = TransferDeadlines()

    /// Identifies a scheduled deadline, to cancel it.
    struct Token: Sendable, Hashable {
        fileprivate let id: UInt64
    }

    private struct Entry {
        var due: DispatchTime
        var id: UInt64
    }

    private let lock = NSLock()
    private var heap = MinHeap<Entry>(by: { $0.due < $1.due })
    private var actions: [UInt64: @Sendable () -> Void] = [:]
    private var lastID: UInt64 = 0
    private var armedFor: DispatchTime?
    private let timer: DispatchSourceTimer

    init() {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "seedance.transfer-deadlines"))
        timer.setEventHandler { [weak self] in self?.fire() }
        timer.resume()
    }

    /// Deadlines scheduled and not yet run or cancelled.
    var pending: Int { lock.withLock { actions.count } }

    /// Heap entries, cancelled ones not yet dropped included.
    var entries: Int { lock.withLock { heap.count } }

    /// Runs `action` once `delay` has passed, on the deadlines' own queue, unless ``cancel(_:)`` comes first.
    func schedule(after delay: Duration, _ action: @escaping @Sendable () -> Void) -> Token {
        let due = DispatchTime.now() + max(0, delay.timeInterval)
        return lock.withLock {
            lastID += 1
            heap.push(Entry(due: due, id: lastID))
            actions[lastID] = action
            if armedFor.map({ due < $0 }) ?? true { arm(for: due) }
            return Token(id: lastID)
        }
    }

    /// Cancels the deadline of `token`; returns false when it already ran (or was cancelled).
    @discardableResult
    func cancel(_ token: Token) -> Bool {
        lock.withLock {
            guard actions.removeValue(forKey: token.id) != nil else { return false }
            if heap.count > 64, actions.count * 2 < heap.count {
                heap.compact { actions[$0.id] != nil }
            }
            return true
        }
    }

    private func fire() {
        let now = DispatchTime.now()
        let due: [@Sendable () -> Void] = lock.withLock {
            var due: [@Sendable () -> Void] = []
            while let top = heap.top, top.due <= now || actions[top.id] == nil {
                heap.pop()
                if let action = actions.removeValue(forKey: top.id) { due.append(action) }
            }
            armedFor = nil
            if let next = heap.top { arm(for: next.due) }
            return due
        }
        for action in due { action() }
    }

    /// Arms the timer for `due` (under the lock, so a later deadline never replaces an earlier one).
    private func arm(for due: DispatchTime) {
        armedFor = due
        timer.schedule(deadline: due, leeway: .milliseconds(10))
    }
}
