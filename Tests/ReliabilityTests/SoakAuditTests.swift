import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// The soak's bookkeeping: ``SoakLedger`` records each attempt's outcome and inspects every error text for the key,
/// ``SoakAudit`` compares the ledger with the tasks the simulator holds, and ``SoakReport`` prints the result;
/// ``SoakFaults`` is the mixed fault plan and its labels.
@Suite("Soak audit: ledger, report and fault labels", .timeLimit(.minutes(3)))
struct SoakAuditTests {
    static let secret = "sk-test-SENTINEL-soak-42"
    struct Unexpected: Error {}

    /// Tasks created in a simulator's world with the given prompts (in order).
    static func held(_ prompts: [String]) async -> [SimulatedTask] {
        let world = Simulator(dialects: [SimulatedAPIXO()], configuration: SimulatorConfiguration(clock: VirtualClock())).world
        var tasks: [SimulatedTask] = []
        for prompt in prompts {
            tasks.append(
                await world.create(TaskDraft(model: "m", prompt: prompt), dialect: "apixo", idFormat: .uuid, mediaOrigin: URL(string: "http://localhost:1")!))
        }
        return tasks
    }

    static func counters(committed: Int) -> SimulatorCounters {
        var counters = SimulatorCounters()
        counters.requests = 30
        counters.requestsByRoute = [.create: 10, .status: 18, .download: 2]
        counters.createsCommitted = committed
        counters.faultsInjected = [.serverError(status: 503): 2, .resetAfterCommit: 1]
        var loopback = HostRecord()
        loopback.requests = 28
        loopback.requestsWithAuthorization = 28
        counters.hosts["127.0.0.1"] = loopback
        return counters
    }

    @Test("a clean run: every task accounted for, the unknown one reconcilable, the report's exact lines")
    func cleanRun() async {
        let tasks = await Self.held(["done", "lost answer", "listed"])
        let ledger = SoakLedger(secret: Self.secret)
        ledger.record(prompt: "done", result: .success(tasks[0].id))
        ledger.record(prompt: "lost answer", result: .failure(SeedanceError(category: .outcomeUnknown, message: "no answer")))
        ledger.record(prompt: "listed", result: .failure(SeedanceError(category: .timeout, message: "too slow")))
        #expect(ledger.all["done"] == .succeeded(taskID: tasks[0].id) && ledger.textsInspected == 4)

        let report: SoakReport = SoakAudit.audit(
            expected: ["done", "lost answer", "listed"], ledger: ledger, tasks: tasks, counters: Self.counters(committed: 3),
            resultHost: "localhost", listed: [tasks[2].id])
        #expect(report.violations == [])
        #expect(
            report.lines == [
                "tasks: 3, committed: 3, held: 3",
                "requests: 30 (creates 10, polls 18, downloads 2)",
                "faults: 3 (10.0% of requests) 503=2 reset-after-commit=1",
                "outcomes: outcomeUnknown=1 succeeded=1 timeout=1",
                "tasks known only from the client's abandoned-submission list: 1",
                "creates without an answer: reconciled to one task by prompt outcomeUnknown=1; no task made ",
                "secret checked in 4 log events and error texts; Authorization reached [\"127.0.0.1\"]",
                "violations: 0",
            ])
    }

    @Test("a broken run: each broken promise is a violation with its exact text")
    func brokenRun() async {
        let tasks = await Self.held(["twice", "twice", "id lost", "stranger"])
        let ledger = SoakLedger(secret: Self.secret)
        ledger.record(prompt: "twice", result: .success(tasks[0].id))
        ledger.record(prompt: "id lost", result: .failure(SeedanceError(category: .server, message: "HTTP 500")))
        ledger.record(prompt: "untyped", result: .failure(Unexpected()))
        ledger.record(prompt: "leaky", result: .failure(SeedanceError(category: .invalidRequest, message: "refused")))
        ledger.inspect("sending Authorization: Bearer \(Self.secret)", from: "log event")
        ledger.announce(prompt: "ghost", taskID: "t-ghost")
        ledger.recordCancelled(prompt: "ghost", taskID: nil)
        var counters = Self.counters(committed: 5)
        var media = HostRecord()
        media.requestsWithAuthorization = 1
        counters.hosts["localhost"] = media

        let report = SoakAudit.audit(
            expected: ["twice", "id lost", "untyped", "leaky", "ghost", "hung"], ledger: ledger, tasks: tasks, counters: counters,
            resultHost: "localhost")
        #expect(
            report.violations.sorted() == [
                "1 tasks with no attempt's prompt",
                "Authorization sent to localhost",
                "creates committed 5 != tasks held 4",
                "ghost: client has t-ghost, simulator holds none",
                "hung: no outcome (hung or lost)",
                "id lost: task \(tasks[2].id) committed, id lost (server)",
                "secret shown in log event",
                "twice: created 2 times",
                "untyped: untyped error Unexpected",
            ])
        #expect(report.outcomes == ["succeeded": 1, "server": 1, "untyped": 1, "invalidRequest": 1, "callerCancelled": 1])
        #expect(report.lines.last == "violations: 9")
    }

    @Test("fault labels, and the mixed plan: 13 rules per route, 33% of creates and 29% of polls faulted")
    func faults() {
        let labels = [
            SoakFaults.label(.rateLimited(retryAfter: .seconds(1))), SoakFaults.label(.serverError(status: 502)),
            SoakFaults.label(.resetBeforeRead), SoakFaults.label(.resetAfterCommit), SoakFaults.label(.truncatedBody),
            SoakFaults.label(.nonJSONBody), SoakFaults.label(.resetMidBody), SoakFaults.label(.slowAnswer(delay: .seconds(9))),
            SoakFaults.label(.serverErrorAfterCommit(status: 504)),
        ]
        #expect(
            labels == ["429", "502", "reset-before-read", "reset-after-commit", "truncated-json", "non-json", "reset-mid-body", "stall", "504-after-commit"])
        let plan = SoakFaults.mixed(retryAfter: .seconds(2), stall: .seconds(40))
        let creates = plan.rules.filter { $0.routes == [.create] }
        let polls = plan.rules.filter { $0.routes == [.status] }
        #expect(plan.rules.count == 26 && creates.count == 13 && polls.count == 13)
        #expect(abs(creates.map(\.rate).reduce(0, +) - 0.33) < 1e-9 && abs(polls.map(\.rate).reduce(0, +) - 0.29) < 1e-9)
        #expect(creates.contains { $0.kind == .rateLimited(retryAfter: .seconds(2)) && $0.rate == 0.05 })
        #expect(polls.contains { $0.kind == .slowAnswer(delay: .seconds(40)) && $0.rate == 0.01 })
        #expect(plan.rules.allSatisfy { $0.limit == nil })
    }
}
