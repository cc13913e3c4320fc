import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

@Suite("Task lifecycle in virtual time")
struct LifecycleTests {
    @Test("queued → running with progress → succeeded, derived from the clock")
    func lifecycle() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock)
        let client = ToyClient(simulator)
        let id = try await client.create(extra: ["return_last_frame": true, "duration": 4])
        #expect(id.hasPrefix("toy-") && id.count == 14)

        var task = try await client.status(id)
        #expect(task["status"] == "queued")
        #expect(task["progress"] == 0)
        #expect(task["created_at"] == 1_770_000_000)
        #expect(task["duration"] == 4)
        #expect(task["video_url"] == nil)

        clock.advance(by: .seconds(19))
        #expect(try await client.status(id)["status"] == "queued")
        clock.advance(by: .seconds(1))
        task = try await client.status(id)
        #expect(task["status"] == "running")
        #expect(task["progress"] == 0)
        clock.advance(by: .seconds(40))
        #expect(try await client.status(id)["progress"] == 50)
        #expect(await simulator.world.observe(id)?.remaining == .seconds(40))
        clock.advance(by: .milliseconds(39_900))
        task = try await client.status(id)
        #expect(task["status"] == "running")
        #expect(task["progress"] == 99)

        clock.advance(by: .milliseconds(100))
        task = try await client.status(id)
        #expect(task["status"] == "succeeded")
        #expect(task["progress"] == 100)
        #expect(task["video_url"] == .string("http://localhost:8078/media/\(id)/video.mp4"))
        #expect(task["last_frame_url"] == .string("http://localhost:8078/media/\(id)/last-frame.png"))
        #expect(simulator.counters.polls(of: id) == 6)
    }

    @Test("a task planned to expire stays queued, then expires with no video")
    func expiry() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock) { $0.expiryRate = 1 }
        let client = ToyClient(simulator)
        let id = try await client.create()
        clock.advance(by: .seconds(99))
        let waiting = try await client.status(id)
        #expect(waiting["status"] == "queued")
        clock.advance(by: .seconds(1))
        let expired = try await client.status(id)
        #expect(expired["status"] == "expired")
        #expect(expired["video_url"] == nil)
        #expect(expired["error"] == nil)
    }

    @Test("failures: the failure rate, and prompts with a rejection marker")
    func failures() async throws {
        let clock = VirtualClock()
        let failing = ToyClient(Simulator.toy(clock: clock) { $0.failureRate = 1 })
        let rejecting = ToyClient(Simulator.toy(clock: clock))
        let failed = try await failing.create()
        let rejected = try await rejecting.create("a cat [REJECT] me")
        let accepted = try await rejecting.create("a cat")
        clock.advance(by: .seconds(100))
        #expect(try await failing.status(failed)["error"] == ["code": "GenerationFailed", "message": "The generation failed."])
        #expect(try await rejecting.status(rejected)["error"]?["code"] == "Sensitive")
        #expect(try await rejecting.status(rejected)["status"] == "failed")
        #expect(try await rejecting.status(accepted)["status"] == "succeeded")
    }

    @Test("outcome rates over 1,000 tasks: within tolerance, and exactly reproducible with the same seed")
    func outcomeRates() async throws {
        func run(seed: UInt64) async -> [String: Int] {
            let simulator = Simulator.toy {
                $0.failureRate = 0.2; $0.expiryRate = 0.1; $0.randomSeed = seed
            }
            var tally: [String: Int] = [:]
            for index in 0..<1000 {
                let task = await simulator.world.create(
                    TaskDraft(model: "m", prompt: "p\(index)"), dialect: "toy", idFormat: .uuid,
                    mediaOrigin: Simulator.inProcessOrigin)
                let name =
                    switch task.plannedOutcome {
                    case .succeed: "succeed"
                    case .fail: "fail"
                    case .expire: "expire"
                    }
                tally[name, default: 0] += 1
            }
            return tally
        }
        let first = await run(seed: 7)
        #expect(first == (await run(seed: 7)))
        #expect(first != (await run(seed: 8)))
        #expect((160...240).contains(first["fail", default: 0]))
        #expect((70...130).contains(first["expire", default: 0]))
        #expect(first.values.reduce(0, +) == 1000)
    }

    @Test("a completion-time spread stays in range, covers it, and repeats with the seed")
    func spread() async {
        func times(seed: UInt64) async -> [Duration] {
            let simulator = Simulator.toy {
                $0.completionTime = .uniform(.seconds(30)...(.seconds(150))); $0.randomSeed = seed
            }
            var result: [Duration] = []
            for _ in 0..<1000 {
                result.append(
                    await simulator.world.create(
                        TaskDraft(model: "m"), dialect: "toy", idFormat: .uuid,
                        mediaOrigin: Simulator.inProcessOrigin
                    ).completionTime)
            }
            return result
        }
        let drawn = await times(seed: 3)
        #expect(drawn == (await times(seed: 3)))
        #expect(drawn.allSatisfy { $0 >= .seconds(30) && $0 <= .seconds(150) })
        #expect(drawn.min()! < .seconds(35) && drawn.max()! > .seconds(145))
        let belowMiddle = drawn.filter { $0 < .seconds(90) }.count
        #expect((430...570).contains(belowMiddle))
    }

    @Test("cancel works on a queued task only; delete removes a finished task from status and list")
    func cancelAndDelete() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock)
        let client = ToyClient(simulator)
        let queued = try await client.create()
        let cancelled = try await client.send(.post, "/tasks/\(queued)/cancel")
        #expect(cancelled.status == 200)
        #expect(cancelled.json["status"] == "cancelled")
        let running = try await client.create()
        clock.advance(by: .seconds(30))
        let refused = try await client.send(.post, "/tasks/\(running)/cancel")
        #expect(refused.status == 409)
        #expect(refused.json["error"]?["code"] == "NotCancellable")
        #expect(try await client.status(queued)["status"] == "cancelled")

        #expect(try await client.send(.delete, "/tasks/\(running)").status == 409)
        clock.advance(by: .seconds(100))
        #expect(try await client.send(.delete, "/tasks/\(running)").status == 204)
        let gone = try await client.send(.get, "/tasks/\(running)")
        #expect(gone.status == 404)
        #expect(gone.json["error"]?["code"] == "NotFound")
        let list = try await client.send(.get, "/tasks")
        #expect(list.json["total"] == 1)
        #expect(list.json["items"]?[0]?["id"] == .string(queued))
    }

    @Test("list pages newest first")
    func listing() async throws {
        let simulator = Simulator.toy()
        let client = ToyClient(simulator)
        var ids: [String] = []
        for index in 0..<5 { ids.append(try await client.create("prompt \(index)")) }
        let page = try await client.send(.get, "/tasks?page=2&size=2").json
        #expect(page["total"] == 5)
        #expect(page["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [ids[2], ids[1]])
        #expect(simulator.counters.requestsByRoute[.list] == 1)
    }

    @Test("ids follow the dialect's format and are reproducible; formats have the documented shapes")
    func taskIDs() async throws {
        let first = try await ToyClient(Simulator.toy()).create()
        let again = try await ToyClient(Simulator.toy()).create()
        #expect(first == again)
        let input = TaskIDFormat.Input(sequence: 1, date: Date(timeIntervalSince1970: 1_743_443_419), random: (0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210))
        #expect(TaskIDFormat.uuid.id(for: input) == "01234567-89ab-4def-bedc-ba9876543210")
        #expect(TaskIDFormat.arkStyle.id(for: input).hasPrefix("cgt-20250331175019-"))
        #expect(TaskIDFormat.arkStyle.id(for: input).count == 24)
        #expect(TaskIDFormat.prefixed("task_", randomCharacters: 8).id(for: input) == "task_01234567")
    }
}
