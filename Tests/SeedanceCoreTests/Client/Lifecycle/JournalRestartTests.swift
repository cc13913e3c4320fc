import Foundation
import SeedanceCore
import Testing

@Suite("Journal: submit, restart, resume", .timeLimit(.minutes(3)))
struct JournalRestartTests {
    @Test func submitRecordsTheTaskBeforeItReturns() async throws {
        let rig = ServerRig()
        let journal = InMemoryTaskJournal()
        let client = try rig.client(journal: journal)
        let task = try await client.submit(VideoRequest(prompt: "a cat", resolution: .p720, duration: .seconds(5)))
        let recorded = try await journal.unfinished()
        #expect(recorded == [task])
        #expect(task.request?.resolution == .p720 && task.request?.prompt == "a cat")
        #expect(task.submittedAt == rig.clock.wallTime)
        await client.shutdown()
    }

    @Test func aJournalThatCannotWriteMakesSubmitThrowWithTheTaskID() async throws {
        let rig = ServerRig()
        let client = try rig.client(journal: FailingJournal())
        let error = try await #require(throws: SeedanceError.self) { try await client.submit(Harness.request) }
        #expect(error.category == .outcomeUnknown)
        #expect(error.taskID == "task-0")
        #expect(error.message.contains("no space left on device"))
        #expect(rig.world.createdIDs == ["task-0"])
        await client.shutdown()
    }

    /// The "done when" of the feature: a client is killed with tasks in flight (journal on disk), a new one
    /// starts, and every task is handed to `onFinished` exactly once across both.
    @Test func aKilledClientsUnfinishedTasksCompleteInTheNextOneExactlyOnce() async throws {
        let url = try ServerRig.journalURL()
        defer { ServerRig.cleanUp(url) }
        let rig = ServerRig { n in FakeWorld.Script(duration: .seconds(30 * Double(n + 1)), outcome: n == 3 ? "failed" : "succeeded") }
        let handled = HandledLog()

        let firstJournal = try FileTaskJournal(url: url)
        let first = try rig.client(journal: firstJournal, handled: handled, label: "first")
        var submitted: [SubmittedTask] = []
        for n in 0..<5 { submitted.append(try await first.submit(VideoRequest(prompt: "video \(n)", duration: .seconds(5)))) }
        await rig.driver(first).run(through: .seconds(70))
        await rig.driver(first).settle { handled.count == 2 && firstJournal.lineCount == 7 }  // 5 submitted, 2 finished
        #expect(handled.ids(by: "first").sorted() == ["task-0", "task-1"])
        // Killed: its engine stops, nothing more is written to the journal.
        await first.engine.shutdown()

        let secondJournal = try FileTaskJournal(url: url)
        let second = try rig.client(journal: secondJournal, handled: handled, label: "second")
        let resumed = try await second.resumeUnfinished()
        #expect(resumed.map(\.id) == ["task-2", "task-3", "task-4"])
        #expect(resumed == Array(submitted[2...]))
        let driver = rig.driver(second)
        await driver.run(until: { handled.count == 5 }, limit: .seconds(3_600))
        await driver.settle { handled.count == 5 && secondJournal.lineCount == 10 }  // 3 more finished records

        #expect(handled.ids(by: "second").sorted() == ["task-2", "task-3", "task-4"])
        #expect(handled.ids.sorted() == ["task-0", "task-1", "task-2", "task-3", "task-4"])
        let failed = try #require(handled.completions.first { $0.task.id == "task-3" })
        #expect(failed.snapshot?.status == .failed)
        #expect(try await FileTaskJournal(url: url).unfinished().isEmpty)
        // A third start finds nothing to do.
        let third = try rig.client(journal: try FileTaskJournal(url: url), handled: handled, label: "third")
        #expect(try await third.resumeUnfinished().isEmpty)
        await second.shutdown()
        await third.shutdown()
        #expect(handled.count == 5)
    }

    @Test func aHandlerThatThrowsLeavesItsTaskForTheNextResume() async throws {
        let rig = ServerRig { _ in FakeWorld.Script(duration: .seconds(20)) }
        let journal = InMemoryTaskJournal()
        let attempts = HandledLog()
        let client = try SeedanceClient(
            dialect: FakeDialect(), apiKey: Harness.key, transport: rig.world, retryPolicy: .none, engine: EngineConfiguration(jitterSeed: 7),
            clock: rig.clock, journal: journal,
            onFinished: { completion in
                attempts.append("flaky", completion)
                struct DownloadFailed: Error {}
                throw DownloadFailed()
            })
        _ = try await client.submit(Harness.request)
        await rig.driver(client).run(until: { attempts.count == 1 }, limit: .seconds(600))
        await rig.driver(client).settle { attempts.count == 1 }
        #expect(try await journal.unfinished().map(\.id) == ["task-0"])
        #expect(journal.finishedCount == 0)
        await client.shutdown()
    }
}
