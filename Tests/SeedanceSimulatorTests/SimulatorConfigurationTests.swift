import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``SimulatorConfiguration``'s value sets: ``CompletionTime`` (how long a task takes) and ``AcceptedAPIKeys``
/// (which bearer tokens the simulator accepts).
@Suite("Simulator configuration: completion times and accepted keys", .timeLimit(.minutes(3)))
struct SimulatorConfigurationTests {
    static func completionTimes(_ time: CompletionTime, seed: UInt64 = 0x5EED, count: Int = 40) async -> [Duration] {
        let world = Simulator.toy {
            $0.completionTime = time; $0.randomSeed = seed
        }.world
        var times: [Duration] = []
        for _ in 0..<count {
            let task = await world.create(
                TaskDraft(model: "toy-1", prompt: "p"), dialect: "toy", idFormat: .uuid, mediaOrigin: URL(string: "http://127.0.0.1:1")!)
            times.append(task.completionTime)
        }
        return times
    }

    @Test("a fixed completion time is every task's; a negative one is clamped to zero (the task is done when created)")
    func fixed() async {
        #expect(await Self.completionTimes(CompletionTime.fixed(.seconds(42)), count: 3) == Array(repeating: .seconds(42), count: 3))
        #expect(await Self.completionTimes(.fixed(.seconds(-5)), count: 2) == [.zero, .zero])
    }

    @Test("a uniform completion time draws within its range, varies, and repeats for the same seed")
    func uniform() async {
        let range: ClosedRange<Duration> = .seconds(10) ... .seconds(20)
        let times = await Self.completionTimes(CompletionTime.uniform(range))
        #expect(times.allSatisfy { range.contains($0) })
        #expect(Set(times).count > 30)
        #expect(await Self.completionTimes(.uniform(range)) == times)
        #expect(await Self.completionTimes(.uniform(range), seed: 0xBEEF) != times)
    }

    @Test("accepted keys: anyNonEmpty takes every non-empty token; only(...) takes exactly its own")
    func acceptedKeys() {
        let any: AcceptedAPIKeys = .anyNonEmpty
        #expect(any.accepts("sk-anything") && !any.accepts(""))
        let only: AcceptedAPIKeys = .only(["sk-test-A", "sk-test-B"])
        #expect(only.accepts("sk-test-A") && only.accepts("sk-test-B"))
        #expect(!only.accepts("sk-test-a") && !only.accepts("sk-test-A ") && !only.accepts(""))
    }

    @Test("over the wire, a key outside only(...) gets 401 and creates nothing; anyNonEmpty lets the same key in")
    func acceptedKeysOverTheWire() async throws {
        let strict = Simulator.toy { $0.acceptedAPIKeys = AcceptedAPIKeys.only(["sk-test-ONLY-1"]) }
        let refused = try await ToyClient(strict).send(.post, "/tasks", body: ["prompt": "p"])
        #expect(refused.status == 401 && refused.json["error"]?["code"] == "InvalidKey")
        #expect(strict.counters.createsCommitted == 0)
        var allowed = ToyClient(strict)
        allowed.key = "sk-test-ONLY-1"
        #expect(try await allowed.send(.post, "/tasks", body: ["prompt": "p"]).status == 200)
        let open = Simulator.toy { $0.acceptedAPIKeys = .anyNonEmpty }
        #expect(try await ToyClient(open).send(.post, "/tasks", body: ["prompt": "p"]).status == 200)
    }
}
