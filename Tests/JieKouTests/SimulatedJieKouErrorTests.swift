import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Every refusal of the simulated host comes in the `{code, reason, message, metadata}` envelope with the documented
/// status and reason, in the shapes of the error fixtures, and creates nothing.
@Suite("SimulatedJieKou error envelopes", .timeLimit(.minutes(3)))
struct SimulatedJieKouErrorTests {
    typealias H = SimulatedJieKouHarness
    static let i2vPath = "/v3/async/\(SimulatedJieKou.imageToVideoModel)"
    static let i2vBody = Fixtures.json("jiekou/create-i2v-first-last.request.json")

    @Test("a bad field: 400 INVALID_REQUEST_BODY in the shape of error-400.json")
    func badField() async throws {
        let simulator = H.simulator()
        let answer = try await H.send(simulator, .post, Self.i2vPath, body: H.edited(Self.i2vBody, ["duration": 13]))
        #expect(answer.status == 400)
        #expect(H.shape(answer.json) == H.shape(Fixtures.json("jiekou/error-400.json")))
        #expect(answer.json["code"] == 400 && answer.json["reason"] == "INVALID_REQUEST_BODY" && answer.json["metadata"] == [:])
        #expect(answer.json["message"]?.stringValue?.hasPrefix("duration") == true)
        #expect(simulator.counters.createsCommitted == 0)
    }

    @Test("a refused key: 401 FAILED_TO_AUTH in the shape of error-401.json")
    func refusedKey() async throws {
        let simulator = H.simulator { $0.acceptedAPIKeys = .only([H.key]) }
        let answer = try await H.send(simulator, .post, Self.i2vPath, body: Self.i2vBody, key: "sk-test-WRONG-0000")
        #expect(answer.status == 401)
        #expect(H.shape(answer.json) == H.shape(Fixtures.json("jiekou/error-401.json")))
        #expect(answer.json["code"] == 401 && answer.json["reason"] == "FAILED_TO_AUTH")
        #expect(simulator.counters.createsCommitted == 0 && simulator.counters.unauthorizedRequests == 1)
    }

    @Test("no key: 403 INVALID_API_KEY (\"key not provided\"), on the create and on the result")
    func missingKey() async throws {
        let simulator = H.simulator()
        for (method, target, body) in [(SeedanceHTTPMethod.post, Self.i2vPath, Self.i2vBody as JSONValue?), (.get, "/v3/async/task-result?task_id=x", nil)] {
            let answer = try await H.send(simulator, method, target, body: body, key: nil)
            #expect(answer.status == 403)
            #expect(H.shape(answer.json) == H.shape(Fixtures.json("jiekou/error-401.json")))
            #expect(answer.json["code"] == 403 && answer.json["reason"] == "INVALID_API_KEY")
        }
        #expect(simulator.counters.createsCommitted == 0)
    }

    @Test("an exhausted balance: 403 NOT_ENOUGH_BALANCE in the shape of error-403-balance.json")
    func exhaustedBalance() async throws {
        let simulator = H.simulator(SimulatedJieKou(balanceExhausted: true))
        let answer = try await H.send(simulator, .post, Self.i2vPath, body: Self.i2vBody)
        #expect(answer.status == 403)
        #expect(answer.json == Fixtures.json("jiekou/error-403-balance.json"))
        #expect(simulator.counters.createsCommitted == 0)
    }

    @Test("an injected 429: RATE_LIMIT_EXCEEDED in the shape of error-429.json, with Retry-After")
    func rateLimited() async throws {
        let simulator = H.simulator()
        simulator.injectNext(.rateLimited(retryAfter: .seconds(7)), on: [.create])
        let answer = try await H.send(simulator, .post, Self.i2vPath, body: Self.i2vBody)
        #expect(answer.status == 429 && answer.response.headers["Retry-After"] == "7")
        #expect(H.shape(answer.json) == H.shape(Fixtures.json("jiekou/error-429.json")))
        #expect(answer.json["code"] == 429 && answer.json["reason"] == "RATE_LIMIT_EXCEEDED")
        #expect(simulator.counters.createsCommitted == 0)
    }

    @Test("an injected 503: SERVICE_NOT_AVAILABLE; another 5xx: INTERNAL_SERVER_ERROR")
    func serverErrors() async throws {
        let simulator = H.simulator()
        simulator.injectNext(.serverError(status: 503))
        let unavailable = try await H.send(simulator, .get, "/v3/async/task-result?task_id=x")
        #expect(unavailable.status == 503 && unavailable.json["code"] == 503 && unavailable.json["reason"] == "SERVICE_NOT_AVAILABLE")
        #expect(H.shape(unavailable.json) == H.shape(Fixtures.json("jiekou/error-429.json")))
        simulator.injectNext(.serverError(status: 500))
        let internalError = try await H.send(simulator, .get, "/v3/async/task-result?task_id=x")
        #expect(internalError.status == 500 && internalError.json["reason"] == "INTERNAL_SERVER_ERROR")
    }

    @Test("the result query: no task_id is a 400, an unknown id a 404 TASK_NOT_FOUND")
    func resultRefusals() async throws {
        let simulator = H.simulator()
        let missing = try await H.send(simulator, .get, "/v3/async/task-result")
        #expect(missing.status == 400 && missing.json["reason"] == "INVALID_REQUEST_BODY")
        #expect(missing.json["message"]?.stringValue?.contains("task_id") == true)
        let unknown = try await H.send(simulator, .get, "/v3/async/task-result?task_id=830d9c90-d53f-4c5a-8009-3f1b2c4d5e6f")
        #expect(unknown.status == 404 && unknown.json["code"] == 404 && unknown.json["reason"] == "TASK_NOT_FOUND")
        #expect(simulator.counters.polls == 2)
    }

    @Test("another model path is a 404 MODEL_NOT_FOUND; another /v3/async path a 404 in the same envelope")
    func unknownPaths() async throws {
        let simulator = H.simulator()
        let model = try await H.send(simulator, .post, "/v3/async/seedance-v2.0-i2v", body: Self.i2vBody)
        #expect(model.status == 404 && model.json["reason"] == "MODEL_NOT_FOUND")
        #expect(model.json["message"]?.stringValue?.contains("seedance-v2.0-i2v") == true)
        let other = try await H.send(simulator, .get, "/v3/async/tasks")
        #expect(other.status == 404 && other.json["code"] == 404 && other.json["reason"] == "NOT_FOUND")
        #expect(simulator.counters.createsCommitted == 0)
    }
}
