import Foundation
import SeedanceCore
import Testing

@Suite("Shutdown and run", .timeLimit(.minutes(3)))
struct ShutdownTests {
    @Test func shutdownEndsEveryWaiterWithItsTaskIDAndLeavesNothingRunning() async throws {
        let rig = ServerRig { _ in FakeWorld.Script(duration: .seconds(600)) }
        let client = try rig.client()
        let tasks = [try await client.submit(Harness.request), try await client.submit(Harness.request)]
        let waits = ResultBox<[String]>()
        let waiting = Task {
            var categories: [String] = []
            for task in tasks {
                do { _ = try await client.wait(for: task) } catch let error as SeedanceError {
                    categories.append("\(error.category.name):\(error.taskID?.rawValue ?? "-")")
                }
            }
            waits.set(.success(categories))
        }
        let streamEnd = ResultBox<String>()
        let streaming = Task {
            do {
                for try await _ in client.updates(of: tasks[1].id) {}
                streamEnd.set(.success("finished normally"))
            } catch let error as SeedanceError {
                streamEnd.set(.success("\(error.category.name):\(error.taskID?.rawValue ?? "-")"))
            }
        }
        let feed = client.completions(of: tasks)
        await rig.driver(client).settle { client.engine.registrations == 4 }  // one wait, one stream, two feed entries
        await rig.driver(client).run(through: .seconds(100))
        #expect(rig.world.totalStatusRequests > 0)
        #expect(rig.clock.sleeperCount > 0)

        let runner = Task { await client.run() }
        await client.shutdown()
        await runner.value
        _ = await waiting.result
        _ = await streaming.result
        var fed: [String] = []
        for await completion in feed {
            if case .failure(let error) = completion.outcome { fed.append("\(error.category.name):\(completion.task.id.rawValue)") }
        }

        // The first wait ends with shutdown; the second, started after it, is refused the same way.
        #expect(waits.result?.value == ["shutdown:task-0", "shutdown:task-1"])
        #expect(streamEnd.result?.value == "shutdown:task-1")
        #expect(fed.sorted() == ["shutdown:task-0", "shutdown:task-1"])
        #expect(client.isShutDown)
        #expect(client.engine.trackedTaskCount == 0)
        #expect(client.engine.quiescence.isIdle)
        #expect(rig.clock.sleeperCount == 0)  // no timer, no poll, no scheduler left
        #expect(client.lifecycleRequestsInFlight == 0)

        let requestsBefore = rig.world.requests.count
        let refused = try await #require(throws: SeedanceError.self) { try await client.submit(Harness.request) }
        #expect(refused.category == .shutdown)
        let statusRefused = try await #require(throws: SeedanceError.self) { try await client.status(of: "task-0") }
        #expect(statusRefused.category == .shutdown && statusRefused.taskID == "task-0")
        #expect(rig.world.requests.count == requestsBefore)
        await client.shutdown()  // a second call returns at once
    }

    @Test func cancellingRunShutsTheClientDown() async throws {
        let rig = ServerRig()
        let client = try rig.client()
        let runner = Task { await client.run() }
        runner.cancel()
        await runner.value
        await client.shutdown()
        #expect(client.isShutDown)
    }
}

extension SeedanceClient {
    /// Requests admitted by the client's gate and not yet ended.
    var lifecycleRequestsInFlight: Int { lifecycle.gate.requestsInFlight }
}
