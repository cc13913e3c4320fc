import Foundation
import SeedanceCore
import Testing

/// ``TaskList`` and its ``TaskList/Iterator``: nothing is sent before the first `next()`, pages are fetched one at a
/// time, and a short page ends the iteration without asking for another.
@Suite("Task list paging", .timeLimit(.minutes(3)))
struct TaskListTests {
    @Test func theIteratorSendsNothingUntilAskedAndStopsAfterAShortPage() async throws {
        let harness = try Harness(dialect: FakeListingDialect())
        for _ in 0..<3 { _ = try await harness.client.submit(Harness.request) }
        let sentBefore = harness.world.requests.count
        let list: TaskList = try harness.client.list(TaskListQuery(pageSize: 2))
        var iterator: TaskList.Iterator = list.makeAsyncIterator()
        #expect(harness.world.requests.count == sentBefore)

        var seen: [TaskID?] = []
        var sentAfterEach: [Int] = []
        for _ in 0..<5 {
            seen.append(try await iterator.next()?.id)
            sentAfterEach.append(harness.world.requests.count - sentBefore)
        }
        #expect(seen == ["task-0", "task-1", "task-2", nil, nil])
        #expect(sentAfterEach == [1, 1, 2, 2, 2])
        #expect(harness.world.requests.dropFirst(sentBefore).map(\.path) == ["/v1/tasks", "/v1/tasks"])
    }

    @Test func aFailedPageThrowsTheProvidersError() async throws {
        let harness = try Harness(dialect: FakeListingDialect())
        harness.world.setFault { request, _ in request.method == .get ? .respond(401, headers: [:]) : nil }
        var iterator = try harness.client.list().makeAsyncIterator()
        do {
            _ = try await iterator.next()
            Issue.record("a 401 page must throw")
        } catch let error as SeedanceError {
            #expect(error.category == .authentication && error.provider == "fakeprovider")
        }
    }
}
