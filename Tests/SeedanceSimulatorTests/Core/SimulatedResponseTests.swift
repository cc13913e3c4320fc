import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``SimulatedResponse``'s ``SimulatedBody`` and ``SimulatedDelivery``: what each injected fault turns an answer into,
/// and what the in-process transport makes of it (the same the real faults do to a client).
@Suite("Simulated answers: bodies and deliveries per fault", .timeLimit(.minutes(3)))
struct SimulatedResponseTests {
    static func create(_ simulator: Simulator) async -> SimulatedResponse {
        let body = SimulatedResponse.encode(["prompt": "p"])
        let request = SimulatedRequest(
            method: "post", target: "/toy/v1/tasks", headers: ["Authorization": "Bearer \(ToyClient.key)", "Content-Type": "application/json"],
            body: body, origin: Simulator.inProcessOrigin)
        return await simulator.handle(request)
    }

    @Test("a plain create is delivered normally with its JSON data; a body's byteCount is its size, generated or not")
    func normal() async {
        let answer = await Self.create(Simulator.toy())
        #expect(answer.status == 200 && answer.delivery == SimulatedDelivery.normal)
        guard case .data(let data) = answer.body else { Issue.record("expected data, got \(answer.body)"); return }
        #expect(answer.body.byteCount == Int64(data.count) && data.count > 0)
        #expect(SimulatedBody.generated(byteCount: 5_000_000_000).byteCount == 5_000_000_000)
        #expect(SimulatedBody.data(Data("abc".utf8)).byteCount == 3)
    }

    @Test("each fault's delivery: refused before the task exists; reset, delayed or cut after it was committed")
    func deliveries() async {
        let cases: [(FaultKind, Int)] = [(.resetBeforeRead, 0), (.resetAfterCommit, 1), (.slowAnswer(delay: .seconds(3)), 1), (.resetMidBody, 1)]
        for (fault, commits) in cases {
            let simulator = Simulator.toy()
            simulator.injectNext(fault, on: [.create])
            let answer = await Self.create(simulator)
            let expected: SimulatedDelivery =
                switch fault {
                case .resetBeforeRead: .refuseConnection
                case .resetAfterCommit: .resetConnection
                case .slowAnswer(let delay): .delay(delay)
                default: .cutBody(afterBytes: Int(answer.body.byteCount / 2))
                }
            #expect(answer.delivery == expected, "\(fault)")
            #expect(simulator.counters.createsCommitted == commits, "\(fault)")
        }
    }

    @Test("a truncated body keeps half its bytes and is delivered normally")
    func truncated() async {
        let whole = await Self.create(Simulator.toy())
        let simulator = Simulator.toy()
        simulator.injectNext(.truncatedBody, on: [.create])
        let cut = await Self.create(simulator)
        #expect(cut.delivery == .normal && cut.body.byteCount == whole.body.byteCount / 2)
    }

    @Test("the in-process transport acts the deliveries out: refusal and reset are transport errors, a cut body loses the connection")
    func transportActsThemOut() async throws {
        let expectations: [(FaultKind, HTTPTransportError.Kind)] = [
            (.resetBeforeRead, .connectionNotEstablished), (.resetAfterCommit, .connectionLost), (.resetMidBody, .connectionLost),
        ]
        for (fault, kind) in expectations {
            let simulator = Simulator.toy()
            simulator.injectNext(fault, on: [.create])
            let error = await #expect(throws: HTTPTransportError.self) { _ = try await ToyClient(simulator).create() }
            #expect(error?.kind == kind, "\(fault)")
        }
    }
}
