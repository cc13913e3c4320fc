import Foundation
import SeedanceCore
import SeedanceTestSupport
import Testing

/// A create whose answer never reached its caller: the error carries the ``SubmissionAttempt``, the client lists
/// the ``AbandonedSubmission`` until its outcome is known, and `reconcile` turns the error into a ``ReconcileResult``.
/// The transport is scripted: nothing leaves the process.
@Suite("Submissions without an answer: attempt, abandoned list, reconcile", .timeLimit(.minutes(3)))
struct SubmissionReconcileTests {
    static let key = APIKey("sk-test-SENTINEL-reconcile-9")
    static let request = VideoRequest(prompt: "lost answer", resolution: .p720, duration: .seconds(5))

    /// ``FakeListingDialect`` whose listed tasks carry a creation date (`created` seconds from now) and a model.
    struct DatedListing: FakeWire, ListableDialect {
        var baseURL = URL(string: "https://api.fake.test/v1")!
        var hints = FakeDialect.standardHints

        func parseListResponse(_ response: SeedanceHTTPResponse) throws -> TaskListPage {
            let json = try JSONBody.decode(JSONValue.self, from: response.body, provider: provider, what: "task list")
            let tasks = (json["items"]?.arrayValue ?? []).map { item in
                TaskSnapshot(
                    id: TaskID(rawValue: item["id"]?.stringValue ?? ""), status: .running, rawStatus: "running",
                    model: item["model"]?.stringValue.map(ModelID.init(rawValue:)),
                    createdAt: Date().addingTimeInterval(item["created"]?.doubleValue ?? 0))
            }
            return TaskListPage(total: tasks.count, tasks: tasks)
        }
    }

    static func lostCreate(_ dialect: any Dialect, then steps: [ScriptedTransport.Handler] = []) async throws -> (SeedanceClient, SeedanceError) {
        let client = try SeedanceClient(
            dialect: dialect, apiKey: key, transport: ScriptedTransport([ScriptedTransport.json(503, #"{"code":"busy"}"#)] + steps), retryPolicy: .none)
        let error = try await #require(throws: SeedanceError.self) { try await client.submit(request) }
        return (client, error)
    }

    @Test("the error of an unanswered create carries the attempt: provider, model, the request's settings, start and end")
    func attempt() async throws {
        let before = Date()
        let (_, error) = try await Self.lostCreate(FakeDialect())
        #expect(error.category == .outcomeUnknown && error.taskID == nil)
        let attempt: SubmissionAttempt = try #require(error.submission)
        #expect(attempt.provider == "fakeprovider" && attempt.model == "fake-model")
        #expect(attempt.resolution == .p720 && attempt.duration == .seconds(5) && attempt.aspectRatio == nil && attempt.seed == nil)
        let ended = try #require(attempt.endedAt)
        #expect(before <= attempt.startedAt && attempt.startedAt <= ended && ended <= Date())
    }

    @Test("reconcile: one listed task that agrees is found; unknown ones of another model or long before are ignored")
    func found() async throws {
        let list = ScriptedTransport.json(
            200,
            #"""
            {"items":[{"id":"t-new","model":"fake-model","created":0},{"id":"t-other","model":"other-model","created":0},
                      {"id":"t-old","model":"fake-model","created":-3600}]}
            """#)
        let (client, error) = try await Self.lostCreate(DatedListing(), then: [list])
        let result: ReconcileResult = try await client.reconcile(error)
        guard case .found(let task) = result else { Issue.record("expected found, got \(result)"); return }
        #expect(task.id == "t-new")
    }

    @Test("reconcile: two agreeing tasks are ambiguous, none is noneFound")
    func ambiguousAndNone() async throws {
        let two = ScriptedTransport.json(200, #"{"items":[{"id":"t-a","model":"fake-model","created":0},{"id":"t-b","created":-1}]}"#)
        let (client, error) = try await Self.lostCreate(DatedListing(), then: [two])
        let result: ReconcileResult = try await client.reconcile(error)
        guard case .ambiguous(let candidates) = result else { Issue.record("expected ambiguous, got \(result)"); return }
        #expect(candidates.map(\.id) == ["t-a", "t-b"])
        let (empty, lost) = try await Self.lostCreate(DatedListing(), then: [ScriptedTransport.json(200, #"{"items":[]}"#)])
        #expect(try await empty.reconcile(lost) == .noneFound)
    }

    @Test("reconcile refuses an error without a submission, and a dialect without a task list; nothing is sent")
    func refusals() async throws {
        let (client, error) = try await Self.lostCreate(FakeDialect())
        let unsupported = try await #require(throws: SeedanceError.self) { try await client.reconcile(error) }
        #expect(unsupported.category == .unsupported && unsupported.message.hasPrefix("fakeprovider does not support reconciling a create"))
        let plain = SeedanceError(category: .server, message: "HTTP 500")
        let refused = try await #require(throws: SeedanceError.self) { try await client.reconcile(plain) }
        #expect(refused.category == .invalidRequest)
        #expect(refused.message == "this error carries no submission to reconcile; only a create's outcomeUnknown or timeout does")
    }

    @Test("a caller that leaves before the create answers: the submission is listed pending, then created with its task id, and reconciles to it")
    func abandoned() async throws {
        // The create is answered only when the test opens the gate: the caller's timeout always comes first.
        let (gate, open) = AsyncStream<Void>.makeStream()
        let transport = ScriptedTransport([
            { request in
                for await _ in gate { break }
                return SeedanceHTTPResponse(status: 200, headers: ["Content-Type": "application/json"], body: Data(#"{"id":"t-late"}"#.utf8), url: request.url)
            },
            ScriptedTransport.json(200, #"{"id":"t-late","status":"running"}"#),
        ])
        let client = try SeedanceClient(dialect: FakeDialect(), apiKey: Self.key, transport: transport, retryPolicy: .none)
        let error = try await #require(throws: SeedanceError.self) { try await client.generate(Self.request, timeout: .milliseconds(100)) }
        #expect(error.category == .timeout)
        let submission = try #require(error.submission)
        let pending: [AbandonedSubmission] = client.abandonedSubmissions()
        #expect(pending.map(\.submission.id) == [submission.id] && pending.map(\.outcome) == [.pending] && pending[0].taskID == nil)
        open.yield()
        while client.abandonedSubmissions().first?.outcome == .pending { try await Task.sleep(for: .milliseconds(20)) }
        let created = try #require(client.abandonedSubmissions().first)
        #expect(created.taskID == "t-late" && created.submission.id == submission.id)
        // Settled: the attempt now has its end, the rest as it started.
        var settled = pending[0].submission
        settled.endedAt = created.submission.endedAt
        #expect(pending[0].submission.endedAt == nil && created.submission.endedAt != nil && created.submission == settled)
        guard case .created(let task) = created.outcome else { Issue.record("expected created, got \(created.outcome)"); return }
        #expect(task.id == "t-late")
        guard case .found(let snapshot) = try await client.reconcile(error) else { Issue.record("expected found"); return }
        #expect(snapshot.id == "t-late" && snapshot.status == .running)
        #expect(transport.requests.map(\.method) == [.post, .get])
    }
}
