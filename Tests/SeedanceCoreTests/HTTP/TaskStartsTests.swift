import Foundation
import Testing
@testable import SeedanceCore

/// `TaskStarts`: a transport's invalidation waits for the task starts running on dispatch threads and refuses later
/// ones, so no task is ever created on an invalidated session (which ends the process).
@Suite("Task starts and invalidation", .timeLimit(.minutes(1)))
struct TaskStartsTests {
    @Test func aStartAfterCloseIsRefusedAndNotRun() {
        let starts = TaskStarts()
        starts.close()
        var ran = false
        #expect(!starts.run { ran = true })
        #expect(!ran)
    }

    @Test func closeWaitsForTheStartRunning() async throws {
        let starts = TaskStarts()
        let entered = DispatchSemaphore(value: 0)
        let finished = NSLock()
        nonisolated(unsafe) var startEnded = false
        DispatchQueue.global().async {
            _ = starts.run {
                entered.signal()
                Thread.sleep(forTimeInterval: 0.3)
                finished.withLock { startEnded = true }
            }
        }
        entered.wait()
        starts.close()
        #expect(finished.withLock { startEnded })
    }

    @Test func aTransportInvalidatedBeforeAStartAnswersWithoutCreatingATask() async throws {
        let transport = URLSessionTransport()
        transport.invalidate()
        let error = await #expect(throws: HTTPTransportError.self) {
            try await transport.send(.getJSON(URL(string: "http://127.0.0.1:9/v1/tasks/t1")!))
        }
        #expect(error?.kind == .connectionNotEstablished)
    }
}
