import Foundation
import SeedanceCore
import SeedanceSimulator
import SeedanceTestSupport

/// A simulator serving the official Ark API (`/api/v3`) and Vtrix's spark_dance API (`/vtrix`) (or other dialects)
/// on a virtual clock, driven with raw JSON bodies (no SDK adapter), for the Seedance 2.x server rules.
struct Seedance2Rig {
    static let key = "sk-test-SENTINEL-2x"
    static let tasks = "/api/v3/contents/generations/tasks"

    let clock = VirtualClock()
    let simulator: Simulator

    init(dialects: [any SimulatedDialect] = [SimulatedModelArk(), SimulatedSparkDance(basePath: "/vtrix")]) {
        let configuration = SimulatorConfiguration(
            completionTime: .fixed(.seconds(100)), clock: clock, startDate: Date(timeIntervalSince1970: 1_796_379_300))
        simulator = Simulator(dialects: dialects, configuration: configuration)
    }

    /// POSTs `body` as JSON to `path`.
    func post(_ path: String, _ body: [String: JSONValue]) async throws -> Answer { try await send(.post, path, json: .object(body)) }

    /// A raw exchange: `path` from the server root, `body` as JSON or raw bytes.
    func send(_ method: SeedanceHTTPMethod, _ path: String, json: JSONValue? = nil, bytes: Data? = nil, key: String? = Self.key) async throws -> Answer {
        var request = SeedanceHTTPRequest(method: method, url: URL(string: Simulator.inProcessOrigin.absoluteString + path)!)
        if let json {
            request.body = SimulatedResponse.encode(json)
            request.headers["Content-Type"] = "application/json"
            request.kind = .create
        } else if let bytes {
            request.body = bytes
            request.headers["Content-Type"] = "application/octet-stream"
        }
        if let key { request.headers["Authorization"] = "Bearer \(key)" }
        let response = try await simulator.transport.send(request)
        return Answer(status: response.status, json: JSONAssert.parse(response.body), response: response)
    }

    /// POSTs an Ark create.
    func ark(_ body: [String: JSONValue]) async throws -> Answer { try await send(.post, Self.tasks, json: .object(body)) }

    /// POSTs a spark_dance create of `model` with `params` inside `input[0].params`.
    func vtrix(_ params: [String: JSONValue], model: String = "spark_dance_v2_0") async throws -> Answer {
        try await send(.post, "/vtrix/model/v1/generation", json: ["model": .string(model), "input": [["params": .object(params)]]])
    }

    /// An Ark task object.
    func arkTask(_ id: String) async throws -> JSONValue { try await send(.get, Self.tasks + "/" + id).json }

    /// Creates an Ark task and returns its id; throws when refused.
    func arkCreate(_ body: [String: JSONValue]) async throws -> String {
        let answer = try await ark(body)
        guard answer.status == 200, let id = answer.json["id"]?.stringValue else { throw Refused(answer: answer.json) }
        return id
    }

    /// Uploads `data` to the simulator and returns the URL it answers.
    func upload(_ data: Data) async throws -> String {
        let answer = try await send(.post, "/media/uploads", bytes: data, key: nil)
        guard let url = answer.json["url"]?.stringValue else { throw Refused(answer: answer.json) }
        return url
    }

    /// Fetches a link without a key.
    func fetch(_ link: String) async throws -> SeedanceHTTPResponse {
        try await simulator.transport.send(SeedanceHTTPRequest(method: .get, url: URL(string: link)!, requiresAuthorization: false))
    }

    /// A sample reference file's URL (`reference.mp4` …).
    static func sample(_ name: String) -> String { Simulator.inProcessOrigin.absoluteString + "/media/samples/" + name }

    struct Answer: Sendable {
        var status: Int
        var json: JSONValue
        var response: SeedanceHTTPResponse
    }

    struct Refused: Error {
        var answer: JSONValue
    }
}

/// Content items and bodies for 2.x requests.
enum Seedance2Body {
    static let text: JSONValue = ["type": "text", "text": "Image 1 dances on a rooftop at sunset."]

    static func image(_ url: String, role: String? = nil) -> JSONValue {
        var item: [String: JSONValue] = ["type": "image_url", "image_url": ["url": .string(url)]]
        if let role { item["role"] = .string(role) }
        return .object(item)
    }

    static func video(_ url: String, role: String? = "reference_video") -> JSONValue {
        var item: [String: JSONValue] = ["type": "video_url", "video_url": ["url": .string(url)]]
        if let role { item["role"] = .string(role) }
        return .object(item)
    }

    static func audio(_ url: String, role: String? = "reference_audio") -> JSONValue {
        var item: [String: JSONValue] = ["type": "audio_url", "audio_url": ["url": .string(url)]]
        if let role { item["role"] = .string(role) }
        return .object(item)
    }

    static func draftTask(_ id: String) -> JSONValue { ["type": "draft_task", "draft_task": ["id": .string(id)]] }

    static let refImage = image("https://cdn.example.com/mascot.png", role: "reference_image")
    static let refVideo = video("https://cdn.example.com/move.mp4")
    static let refAudio = audio("https://cdn.example.com/beat.mp3")
    static let firstFrame = image("https://cdn.example.com/first.png", role: "first_frame")
    static let lastFrame = image("https://cdn.example.com/last.png", role: "last_frame")

    /// An Ark body for `model` with `content` and `extra` top-level fields.
    static func ark(_ model: String, _ content: [JSONValue] = [text], _ extra: [String: JSONValue] = [:]) -> [String: JSONValue] {
        var body: [String: JSONValue] = ["model": .string(model), "content": .array(content)]
        body.merge(extra) { _, new in new }
        return body
    }

    /// spark_dance params with `content` and `extra`.
    static func params(_ content: [JSONValue] = [text], _ extra: [String: JSONValue] = [:]) -> [String: JSONValue] {
        var params: [String: JSONValue] = ["content": .array(content)]
        params.merge(extra) { _, new in new }
        return params
    }

    static let v20 = "dreamina-seedance-2-0-260128"
    static let v20Fast = "dreamina-seedance-2-0-fast-260128"
    static let v20Mini = "dreamina-seedance-2-0-mini-260615"
    static let v25 = "dreamina-seedance-2-5-260628"
    static let v25Premium = "dreamina-seedance-2-5-premium-260915"
    static let v25Flash = "dreamina-seedance-2-5-flash-261115"
    static let volc20 = "doubao-seedance-2-0-260128"
    static let volc20Fast = "doubao-seedance-2-0-fast-260128"
    static let volc20Mini = "doubao-seedance-2-0-mini-260615"
    static let volc25 = "doubao-seedance-2-5-260628"
}
