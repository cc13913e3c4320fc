import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

@Suite("Client operations", .timeLimit(.minutes(3)))
struct ClientTests {
    @Test func anInvalidRequestThrowsBeforeAnythingIsSent() async throws {
        let harness = try Harness()
        let noPrompt = await harness.run { try await $0.generate(VideoRequest(duration: .seconds(5))) { _ in Issue.record("onSubmitted must not run") } }
        let promptError = try #require(noPrompt.seedanceError)
        #expect(promptError.category == .invalidRequest)
        #expect(promptError.field == "prompt")
        #expect(promptError.model == "fake-model")
        #expect(promptError.provider == "fakeprovider")

        let tooLong = await harness.run { try await $0.submit(VideoRequest(prompt: "a cat", duration: .seconds(30))) }
        let durationError = try #require(tooLong.seedanceError)
        #expect(durationError.field == "duration")
        #expect(durationError.value == "30s")
        #expect(durationError.allowed == "2…12 seconds")

        let missingFile = VideoRequest(prompt: "a cat", firstFrame: .file(URL(fileURLWithPath: "/nonexistent/cat.png")))
        let fileError = try #require(await harness.run { try await $0.submit(missingFile) }.seedanceError)
        #expect(fileError.field == "firstFrame")
        #expect(fileError.message.contains("cannot be read"))
        #expect(harness.world.requests.isEmpty)
    }

    @Test func submitReturnsTheIDAndSignsOnlyForTheAPIHost() async throws {
        let events = EventLog()
        let harness = try Harness(logger: { events.append($0) })
        let task = try await harness.client.submit(Harness.request)
        #expect(task.id == "task-0")
        let create = try #require(harness.world.requests.first)
        #expect(create.method == "POST" && create.path == "/v1/tasks")
        #expect(create.headers["Authorization"] == "Bearer sk-test-SENTINEL-1234")
        _ = await harness.run { try await $0.wait(for: task.id) }
        #expect(harness.world.requests.allSatisfy { $0.headers["Authorization"] != nil })
        #expect(events.all.contains { $0.kind == .taskSubmitted && $0.taskID == "task-0" })
        #expect(events.all.contains { $0.kind == .taskFinished && $0.taskID == "task-0" })
        #expect(!events.all.contains { String(describing: $0).contains("SENTINEL") })
    }

    @Test func aBaseURLThatWouldLeakTheKeyIsRefused() throws {
        let dialect = FakeDialect(baseURL: URL(string: "http://api.fake.test/v1")!)
        let error = #expect(throws: SeedanceError.self) {
            try SeedanceClient(dialect: dialect, apiKey: Harness.key, transport: FakeWorld(clock: VirtualClock()))
        }
        #expect(error?.category == .invalidRequest)
        #expect(error?.field == "baseURL")
    }

    @Test func cancelAndListAreRefusedWithoutARequestWhereTheDialectLacksThem() async throws {
        let harness = try Harness()
        let cancelError = await #expect(throws: SeedanceError.self) { try await harness.client.cancel("task-0") }
        #expect(cancelError?.category == .unsupported)
        #expect(cancelError?.provider == "fakeprovider")
        #expect(cancelError?.message == "fakeprovider does not support cancelling a task")
        let listError = #expect(throws: SeedanceError.self) { try harness.client.list() }
        #expect(listError?.category == .unsupported)
        #expect(listError?.message == "fakeprovider does not support listing tasks")
        let callbackError = #expect(throws: SeedanceError.self) { try harness.client.parseCallback(Data("{}".utf8)) }
        #expect(callbackError?.category == .unsupported)
        #expect(harness.world.requests.isEmpty)
    }

    @Test func cancelLooksFirstThenCancelsAQueuedTaskWhichEndsCancelled() async throws {
        let harness = try Harness(
            dialect: FakeCancellingDialect(), script: { _ in FakeWorld.Script(duration: .seconds(60), timeline: [(.seconds(10), "running")]) })
        let id = try await harness.client.submit(Harness.request).id
        let outcome = try await harness.client.cancel(id)
        #expect(outcome == .cancelled(outcome.snapshot) && outcome.snapshot.status == .cancelled && outcome.snapshot.id == id)
        #expect(harness.world.requests.map(\.path) == ["/v1/tasks", "/v1/tasks/task-0", "/v1/tasks/task-0/cancel"])
        let error = try #require(await harness.run { try await $0.wait(for: id) }.seedanceError)
        #expect(error.category == .cancelled)
        #expect(error.taskID == id)
    }

    @Test func listPagesForTheCallerOnDemand() async throws {
        let harness = try Harness(dialect: FakeListingDialect())
        for _ in 0..<45 { _ = try await harness.client.submit(Harness.request) }
        var ids: [TaskID] = []
        for try await task in try harness.client.list(TaskListQuery(pageSize: 20)) { ids.append(task.id) }
        #expect(ids == (0..<45).map { TaskID(rawValue: "task-\($0)") })
        #expect(harness.world.requests.filter { $0.method == "GET" }.map { $0.path } == Array(repeating: "/v1/tasks", count: 3))

        let before = harness.world.requests.count
        var firstFew: [TaskID] = []
        for try await task in try harness.client.list(TaskListQuery(pageSize: 20)) {
            firstFew.append(task.id)
            if firstFew.count == 5 { break }
        }
        #expect(harness.world.requests.count == before + 1)
    }

    @Test func statusErrorsCarryTheTaskIDAndUnsafeIDsSendNothing() async throws {
        let harness = try Harness()
        let missing = await #expect(throws: SeedanceError.self) { try await harness.client.status(of: "nope") }
        #expect(missing?.category == .notFound)
        #expect(missing?.taskID == "nope")
        let sent = harness.world.requests.count
        let unsafe = try #require(await harness.run { try await $0.wait(for: "..") }.seedanceError)
        #expect(unsafe.category == .invalidRequest)
        #expect(unsafe.taskID == "..")
        #expect(harness.world.requests.count == sent)
    }

    @Test func callbacksAreCappedParsedAndConfirmed() async throws {
        let harness = try Harness(dialect: FakeCallbackDialect())
        let id = try await harness.client.submit(Harness.request).id
        let snapshot = try harness.client.parseCallback(Data(#"{"id":"task-0","status":"succeeded","video_url":"https://cdn.fake.test/x.mp4"}"#.utf8))
        #expect(snapshot.id == id && snapshot.status == .succeeded)
        let confirmed = try await harness.client.confirm(callback: snapshot)
        #expect(confirmed.status == .running)  // the provider's own answer wins over an unsigned callback
        let huge = Data(repeating: UInt8(ascii: " "), count: SeedanceClient.maxCallbackBodyBytes + 1)
        let error = #expect(throws: SeedanceError.self) { try harness.client.parseCallback(huge) }
        #expect(error?.category == .decoding)
        #expect(error?.message.contains("exceeds the 1048576-byte cap") == true)
    }
}

@Suite("Client submit: an accepted create whose answer cannot be read")
struct UnreadableCreateAnswerTests {
    /// The soak found it: a committed create answered 200 with a truncated body must not look like a plain decoding
    /// failure, because a task may exist and be billed. It is `.outcomeUnknown`, sent once, never replayed.
    @Test(arguments: [#"{"id": "task-9"#, "<html>gateway</html>", ""])
    func isOutcomeUnknownAndNotReplayed(body: String) async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(200, body, headers: ["X-Request-Id": "req-77"])])
        let client = try SeedanceClient(dialect: FakeDialect(), apiKey: APIKey("sk-test-SENTINEL-1234"), transport: transport)
        let error = try await #require(throws: SeedanceError.self) { try await client.submit(Harness.request) }
        #expect(error.category == .outcomeUnknown)
        #expect(error.httpStatus == 200)
        #expect(error.requestID == "req-77")
        #expect(error.message.contains("check the provider's task list"))
        #expect(transport.requests.count == 1)
    }

    @Test func anErrorStatusKeepsTheProvidersCategory() async throws {
        let transport = ScriptedTransport([ScriptedTransport.json(401, "not json")])
        let client = try SeedanceClient(dialect: FakeDialect(), apiKey: APIKey("sk-test-SENTINEL-1234"), transport: transport)
        let error = try await #require(throws: SeedanceError.self) { try await client.submit(Harness.request) }
        #expect(error.category == .authentication)
    }
}
