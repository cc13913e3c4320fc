import Foundation
import JieKou
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import SimulatorTestSupport
import Testing

/// ``SimulatedJieKou/CreateAnswerKey``: the simulated host names the new task's id `task_id` (the documented answer)
/// or `id` (what some hosts of the family send); the adapter reads either, and the id it reads is the task held.
@Suite("SimulatedJieKou: the create answer's id key", .timeLimit(.minutes(3)))
struct SimulatedJieKouCreateAnswerTests {
    typealias H = SimulatedJieKouHarness
    static let body = Fixtures.json("jiekou/create-t2v.request.json")

    @Test(
        "each key is the answer's only member, and the adapter reads the id of the task the simulator holds",
        arguments: [
            SimulatedJieKou.CreateAnswerKey.taskID, .id,
        ])
    func answerKey(_ key: SimulatedJieKou.CreateAnswerKey) async throws {
        let simulator = H.simulator(SimulatedJieKou(createAnswerKey: key))
        let answer = try await H.send(simulator, .post, "/v3/async/\(SimulatedJieKou.textToVideoModel)", body: Self.body)
        let held = try #require(await simulator.world.observeAll().first?.id)
        #expect(answer.status == 200 && answer.json == .object([key.rawValue: .string(held)]))
        #expect(try JieKou().parseCreateResponse(answer.response) == TaskID(rawValue: held))
    }

    @Test("the keys' wire spellings; the default is task_id")
    func spellings() {
        #expect(SimulatedJieKou.CreateAnswerKey.taskID.rawValue == "task_id" && SimulatedJieKou.CreateAnswerKey.id.rawValue == "id")
        #expect(SimulatedJieKou().createAnswerKey == .taskID)
        #expect(SimulatedJieKou.CreateAnswerKey(rawValue: "taskId") == nil)
    }
}
