import Foundation
import Seedance
import SeedanceTestSupport
import Testing

/// Callback bodies are unauthenticated input from the internet: a body that is not JSON (or not the documented
/// shape) is a typed error, and a very large body neither crashes nor hangs. No adapter caps the size of a callback
/// body today (`parseCallback(_:)` takes `Data`); the cap belongs to the client that receives the POST.
@Suite("Callback inputs")
struct CallbackInputTests {
    static let notJSON: [Data] = [
        Data(), Data("not json".utf8), Data("<html><body>502 Bad Gateway</body></html>".utf8), Data([0xFF, 0xFE, 0x00, 0x7B]),
        Data("{".utf8), Data("{\"a\":}".utf8), Data("[]".utf8), Data("null".utf8), Data("123".utf8), Data("\"text\"".utf8),
        Data("task_id=abc&status=SUCCESS".utf8), Data(repeating: 0, count: 64),
    ]

    /// The callback-capable dialects and a callback fixture each accepts.
    static let callbackSubjects: [(name: String, dialect: any CallbackDialect, fixture: String)] = [
        ("SparkDance", SparkDance(), "sparkdance/status-completed.json"),
        ("ModelArk", ModelArk.byteplus(), "modelark/task-succeeded-last-frame.json"),
        ("APIXO", APIXO(), "apixo/callback-success.json"),
        ("SeedanceAPIOrg", SeedanceAPIOrg(), "seedanceapi/callback-success.json"),
    ]

    @Test("A callback body that is not a JSON object of the documented shape is a decoding error")
    func notJSONIsDecodingError() {
        for subject in Self.callbackSubjects {
            #expect(subject.dialect.operations.callbacks)
            for body in Self.notJSON {
                let error = #expect(throws: SeedanceError.self) { try subject.dialect.parseCallback(body) }
                #expect(error?.category == .decoding, "\(subject.name) \(String(decoding: body, as: UTF8.self).debugDescription): \(String(describing: error))")
                #expect(error?.provider == subject.dialect.provider)
            }
        }
    }

    @Test("A dialect without callbacks refuses every body as unsupported")
    func unsupportedCallbacks() {
        let dialect = JieKou()
        #expect(!dialect.operations.callbacks)
        let client = try? SeedanceClient(dialect: dialect, apiKey: nil, transport: ScriptedTransport())
        for body in Self.notJSON + [Fixtures.data("jiekou/result-succeeded.json")] {
            let error = #expect(throws: SeedanceError.self) { try client?.parseCallback(body) }
            #expect(error?.category == .unsupported)
            #expect(error?.message == "jiekou does not support callbacks")
        }
    }

    @Test("A 9 MiB callback is read (no adapter caps the size) without a crash; 9 MiB of garbage is a decoding error")
    func oversizedCallbacks() throws {
        let padding = String(repeating: "A", count: 9 << 20)
        let garbage = Data(repeating: UInt8(ascii: "{"), count: 9 << 20)
        for subject in Self.callbackSubjects {
            let small = try subject.dialect.parseCallback(Fixtures.data(subject.fixture))
            guard case .object(var members) = Fixtures.json(subject.fixture) else {
                Issue.record("\(subject.fixture) is not an object")
                continue
            }
            members["padding"] = .string(padding)
            let large = try subject.dialect.parseCallback(try JSONEncoder().encode(JSONValue.object(members)))
            #expect(large.id == small.id && large.status == small.status && large.videoURL == small.videoURL, "\(subject.name)")
            let error = #expect(throws: SeedanceError.self) { try subject.dialect.parseCallback(garbage) }
            #expect(error?.category == .decoding, "\(subject.name): \(String(describing: error))")
            #expect((error?.bodyExcerpt?.count ?? 0) <= 513, "\(subject.name): the excerpt is bounded")
        }
    }
}
