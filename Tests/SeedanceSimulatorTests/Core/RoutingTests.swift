import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport
import Testing

@Suite("Routing, authorization, validation helpers and counters")
struct RoutingTests {
    @Test("a missing or refused key gets the dialect's 401 body, and the dialect never runs")
    func authorization() async throws {
        let simulator = Simulator.toy { $0.acceptedAPIKeys = .only([ToyClient.key]) }
        var client = ToyClient(simulator)
        client.key = nil
        let missing = try await client.send(.post, "/tasks", body: ["prompt": "p"])
        #expect(missing.status == 401)
        #expect(missing.json["error"]?["code"] == "Unauthenticated")
        client.key = "sk-test-WRONG-0000"
        let wrong = try await client.send(.post, "/tasks", body: ["prompt": "p"])
        #expect(wrong.status == 401)
        #expect(wrong.json["error"]?["code"] == "InvalidKey")
        #expect(simulator.counters.unauthorizedRequests == 2)
        #expect(simulator.counters.createsCommitted == 0)
        client.key = ToyClient.key
        #expect(try await client.send(.post, "/tasks", body: ["prompt": "p"]).status == 200)
    }

    @Test("bad bodies and fields get the dialect's 400 naming the field; no task is created")
    func validation() async throws {
        let simulator = Simulator.toy()
        let client = ToyClient(simulator)
        var request = client.request(.post, "/tasks")
        request.body = Data("{not json".utf8)
        let notJSON = try await simulator.transport.send(request)
        #expect(notJSON.status == 400)
        #expect(JSONAssert.parse(notJSON.body)["error"]?["code"] == "BadJSON")
        let cases: [(JSONValue, String, String)] = [
            (["prompt": "p", "duration": "5"], "duration", "duration must be an integer."),
            (["prompt": "p", "duration": 11], "duration", "duration must be between 1 and 10; got 11."),
            (["prompt": ""], "prompt", "prompt is required."),
            (["duration": 5], "prompt", "prompt is required."),
            (["prompt": "p", "return_last_frame": "yes"], "return_last_frame", "return_last_frame must be a boolean."),
        ]
        for (body, field, message) in cases {
            let answer = try await client.send(.post, "/tasks", body: body)
            #expect(answer.status == 400)
            #expect(answer.json == ["error": ["code": "InvalidParameter", "message": .string(message), "param": .string(field)]])
        }
        #expect(simulator.counters.createsCommitted == 0)
        #expect(simulator.counters.creates == 6)
    }

    @Test("unknown routes get 404 and count as unrouted; an encoded slash stays inside one task id")
    func routing() async throws {
        let simulator = Simulator.toy()
        let client = ToyClient(simulator)
        let unknown = try await client.send(.get, "/elsewhere")
        #expect(unknown.status == 404)
        #expect(unknown.json == ["error": ["code": "Error", "message": "No route for GET /toy/v1/elsewhere."]])
        let outside = try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: URL(string: "http://127.0.0.1:8078/v9/x")!))
        #expect(outside.status == 404)
        #expect(JSONAssert.parse(outside.body) == ["error": ["code": "NotFound", "message": "No route for GET /v9/x."]])
        #expect(simulator.counters.unroutedRequests == 2)
        let escaped = try await client.send(.get, "/tasks/a%2F..%2Fb")
        #expect(escaped.status == 404)
        #expect(escaped.json["error"]?["message"] == "The task a/../b was not found.")
        #expect(simulator.counters.polls(of: "a/../b") == 1)
        #expect(escaped.response.headers["X-Request-Id"]?.hasPrefix("sim-") == true)
    }

    @Test("requests: decoded segments, repeated query items, bearer tokens, path patterns")
    func requestParsing() {
        let request = SimulatedRequest(
            method: "get", target: "/v1/tasks/x%20y?filter.task_ids=a&filter.task_ids=b%26c&empty",
            headers: ["authorization": "bearer  tok-1 "], origin: URL(string: "http://LOCALHOST:81")!)
        #expect(request.method == "GET")
        #expect(request.pathSegments == ["v1", "tasks", "x y"])
        #expect(request.queryValues("filter.task_ids") == ["a", "b&c"])
        #expect(request.query("empty") == "")
        #expect(request.query("missing") == nil)
        #expect(request.bearerToken == "tok-1")
        #expect(request.hostName == "localhost")
        #expect(request.match("GET", "/v1/tasks/{id}") == ["id": "x y"])
        #expect(request.match("POST", "/v1/tasks/{id}") == nil)
        #expect(request.match("GET", "/v1/tasks") == nil)
    }

    @Test("two dialects on one simulator: routed by base path, each sees only its own tasks")
    func twoDialects() async throws {
        let simulator = Simulator(
            dialects: [ToyDialect(), ToyDialect(name: "other", basePath: "/other")],
            configuration: SimulatorConfiguration(clock: VirtualClock()))
        #expect(simulator.baseURL(for: "other").absoluteString == "http://127.0.0.1:8078/other")
        #expect(simulator.baseURL().absoluteString == "http://127.0.0.1:8078/toy/v1")
        let toy = ToyClient(simulator)
        let other = ToyClient(simulator, base: simulator.baseURL(for: "other"))
        let id = try await toy.create()
        #expect(try await toy.send(.get, "/tasks/\(id)").status == 200)
        #expect(try await other.send(.get, "/tasks/\(id)").status == 404)
        #expect(try await other.send(.get, "/tasks").json["total"] == 0)
    }

    @Test("counters: per route, per task, per host, commits; reset clears them")
    func counters() async throws {
        let clock = VirtualClock()
        let simulator = Simulator.toy(clock: clock)
        let client = ToyClient(simulator)
        let first = try await client.create()
        let second = try await client.create()
        for _ in 0..<3 { _ = try await client.status(first) }
        _ = try await client.status(second)
        _ = try await client.send(.get, "/tasks")
        _ = try await client.send(.post, "/tasks/\(second)/cancel")
        let counters = simulator.counters
        #expect(counters.requests == 8)
        #expect(counters.creates == 2 && counters.createsCommitted == 2)
        #expect(counters.polls == 4 && counters.polls(of: first) == 3 && counters.polls(of: second) == 1)
        #expect(counters.otherRequests == 2)
        #expect(counters.requestsByRoute == [.create: 2, .status: 4, .list: 1, .cancel: 1])
        #expect(counters.hosts["127.0.0.1"]?.requests == 8)
        #expect(counters.hosts["127.0.0.1"]?.requestsWithAuthorization == 8)
        #expect(counters.hosts["127.0.0.1"]?.headerNames == ["authorization", "content-type", "host"])
        simulator.resetCounters()
        #expect(simulator.counters == SimulatorCounters())
        #expect(await simulator.world.taskCount == 2)
    }
}
