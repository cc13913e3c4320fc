import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// The simulated host refuses every body JieKou's documentation does not allow with 400 `INVALID_REQUEST_BODY` naming
/// the field, and creates nothing.
@Suite("SimulatedJieKou body validation", .timeLimit(.minutes(3)))
struct SimulatedJieKouValidationTests {
    typealias H = SimulatedJieKouHarness
    static let i2v = SimulatedJieKou.imageToVideoModel
    static let t2v = SimulatedJieKou.textToVideoModel
    static let i2vBody = Fixtures.json("jiekou/create-i2v-first-last.request.json")
    static let t2vBody = Fixtures.json("jiekou/create-t2v.request.json")

    /// A refused body: the endpoint, the body, and the field the message must start with.
    struct Case: Sendable, CustomTestStringConvertible {
        var model: String
        var body: JSONValue
        var field: String
        var label: String
        var testDescription: String { label }

        static func i2v(_ label: String, _ changes: [String: JSONValue], field: String) -> Case {
            Case(model: SimulatedJieKouValidationTests.i2v, body: H.edited(SimulatedJieKouValidationTests.i2vBody, changes), field: field, label: label)
        }
    }

    static let cases: [Case] = [
        .i2v("duration above 12", ["duration": 13], field: "duration"),
        .i2v("duration below 4", ["duration": 3], field: "duration"),
        .i2v("duration -1 (auto is not documented here)", ["duration": -1], field: "duration"),
        .i2v("duration as a string", ["duration": "5"], field: "duration"),
        .i2v("duration not whole", ["duration": 5.5], field: "duration"),
        .i2v("fps other than 24", ["fps": 30], field: "fps"),
        .i2v("seed below -1", ["seed": -2], field: "seed"),
        .i2v("seed above 2^32-1", ["seed": 4_294_967_296], field: "seed"),
        .i2v("an unknown ratio", ["ratio": "2:1"], field: "ratio"),
        .i2v("an unknown resolution", ["resolution": "1440p"], field: "resolution"),
        .i2v("an unknown service tier", ["service_tier": "batch"], field: "service_tier"),
        .i2v("expiry below 3600", ["execution_expires_after": 3599], field: "execution_expires_after"),
        .i2v("expiry above 259200", ["execution_expires_after": 259_201], field: "execution_expires_after"),
        .i2v("watermark not a boolean", ["watermark": "yes"], field: "watermark"),
        .i2v("camera_fixed not a boolean", ["camera_fixed": 1], field: "camera_fixed"),
        .i2v("generate_audio not a boolean", ["generate_audio": "true"], field: "generate_audio"),
        .i2v("prompt not a string", ["prompt": 5], field: "prompt"),
        .i2v("return_last_frame (not a 1.5 Pro field)", ["return_last_frame": true], field: "return_last_frame"),
        .i2v("callback_url (no callbacks)", ["callback_url": "https://example.com/hook"], field: "callback_url"),
        .i2v("draft", ["draft": true], field: "draft"),
        .i2v("frames", ["frames": 121], field: "frames"),
        .i2v("end_image instead of last_image", ["end_image": "https://example.com/last.png"], field: "end_image"),
        .i2v("no image on i2v", ["image": .null], field: "image"),
        .i2v("an ftp image", ["image": "ftp://example.com/first.png"], field: "image"),
        .i2v("a relative image", ["image": "first.png"], field: "image"),
        .i2v("a bad last_image", ["last_image": "not a url"], field: "last_image"),
        .i2v("a data URL of heic", ["image": "data:image/heic;base64,AAAA"], field: "image"),
        .i2v("a data URL without base64", ["image": "data:image/png,abc"], field: "image"),
        .i2v("a data URL with broken base64", ["image": "data:image/png;base64,@@@"], field: "image"),
        Case(model: t2v, body: H.edited(t2vBody, ["image": "https://example.com/first.png"]), field: "image", label: "an image on t2v"),
        Case(model: t2v, body: H.edited(t2vBody, ["last_image": "https://example.com/l.png"]), field: "last_image", label: "a last_image on t2v"),
        Case(model: t2v, body: H.edited(t2vBody, ["prompt": .null]), field: "prompt", label: "no prompt on t2v"),
        Case(model: t2v, body: H.edited(t2vBody, ["prompt": "  "]), field: "prompt", label: "a blank prompt on t2v"),
        Case(model: i2v, body: H.edited(i2vBody, ["seed": .null], keepNull: true), field: "seed", label: "a null value"),
    ]

    @Test("a refused body is a 400 INVALID_REQUEST_BODY naming the field; nothing is created", arguments: cases)
    func refused(_ refused: Case) async throws {
        let simulator = H.simulator()
        let answer = try await H.send(simulator, .post, "/v3/async/\(refused.model)", body: refused.body)
        #expect(answer.status == 400)
        #expect(answer.json["code"] == 400 && answer.json["reason"] == "INVALID_REQUEST_BODY" && answer.json["metadata"] == [:])
        let message = try #require(answer.json["message"]?.stringValue)
        #expect(message.hasPrefix(refused.field), "\(message)")
        #expect(simulator.counters.createsCommitted == 0 && simulator.counters.creates == 1)
    }

    @Test(
        "1080p: accepted by the JieKou preset, refused by Novita and PPIO naming the allowed values",
        arguments: SimulatedJieKou.Host.presets)
    func resolutionsPerHost(_ host: SimulatedJieKou.Host) async throws {
        let simulator = H.simulator(SimulatedJieKou(host: host))
        let answer = try await H.send(simulator, .post, "/v3/async/\(Self.t2v)", body: Self.t2vBody)
        if host == .jiekou {
            #expect(answer.status == 200 && answer.json["task_id"]?.stringValue != nil)
        } else {
            #expect(answer.status == 400 && answer.json["reason"] == "INVALID_REQUEST_BODY")
            #expect(answer.json["message"] == "resolution must be one of 480p, 720p; got \"1080p\".")
        }
        let lower = try await H.send(simulator, .post, "/v3/async/\(Self.t2v)", body: H.edited(Self.t2vBody, ["resolution": "480p"]))
        #expect(lower.status == 200)
    }

    @Test("the minimal bodies: a prompt on t2v, an image alone on i2v (documented defaults apply)")
    func minimalBodies() async throws {
        let simulator = H.simulator()
        #expect(try await H.create(simulator, ["prompt": "a cat"], model: Self.t2v) != nil)
        #expect(try await H.create(simulator, ["image": "https://example.com/a.png"]) != nil)
        let tasks = await simulator.world.observeAll()
        #expect(
            tasks.map(\.task.echo)
                == Array(
                    repeating: TaskEcho(
                        duration: 5, resolution: "720p", ratio: "adaptive", seed: -1,
                        generateAudio: true, framesPerSecond: 24), count: 2))
        #expect(tasks.map(\.task.model) == [Self.i2v, Self.t2v])
    }

    @Test("body-level refusals: not JSON, not an object, no JSON content type")
    func malformedBodies() async throws {
        let simulator = H.simulator()
        let notJSON = try await H.send(simulator, .post, "/v3/async/\(Self.t2v)", rawBody: Data("{prompt".utf8))
        let array = try await H.send(simulator, .post, "/v3/async/\(Self.t2v)", body: ["a cat"])
        let text = try await H.send(simulator, .post, "/v3/async/\(Self.t2v)", body: ["prompt": "a cat"], contentType: "text/plain")
        for answer in [notJSON, array, text] {
            #expect(answer.status == 400 && answer.json["reason"] == "INVALID_REQUEST_BODY")
        }
        #expect(text.json["message"]?.stringValue?.hasPrefix("Content-Type") == true)
        #expect(simulator.counters.createsCommitted == 0)
    }

    @Test(
        "inline images: a readable 640x480 PNG is accepted; size, aspect ratio and format are checked from the bytes",
        arguments: [
            (640, 480, "png", true), (299, 400, "png", false), (6001, 3000, "png", false), (1300, 500, "png", false),
            (400, 999, "png", true), (400, 1000, "png", false), (640, 480, "jpeg", false),
        ])
    func inlineImages(width: Int, height: Int, declared: String, accepted: Bool) async throws {
        let simulator = H.simulator()
        let bytes = TestImages.png(width: UInt32(width), height: UInt32(height))
        let image = JSONValue.string("data:image/\(declared);base64," + bytes.base64EncodedString())
        let answer = try await H.send(simulator, .post, "/v3/async/\(Self.i2v)", body: ["image": image, "last_image": image])
        #expect(answer.status == (accepted ? 200 : 400))
        if !accepted { #expect(answer.json["message"]?.stringValue?.hasPrefix("image: ") == true, "\(answer.json)") }
    }
}
