import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// A sentinel API key never shows in an `APIKey`'s descriptions or dump, in `SeedanceHTTPHeaders.description`, or in any
/// rendering of a `SeedanceError` built from a provider answer that echoes the key (``Redaction`` scrubs every key
/// made with ``APIKey``).
@Suite("Secret redaction")
struct SecretRedactionTests {
    static let sentinel = "sk-test-SENTINEL-7731"
    static let key = APIKey(sentinel)

    /// Every way a value is commonly rendered: description, debug description, interpolation, `dump`.
    static func renderings(of value: Any) -> [String] {
        var dumped = ""
        dump(value, to: &dumped)
        return [String(describing: value), String(reflecting: value), "\(value)", dumped]
    }

    @Test("APIKey: description, debugDescription, String(reflecting:), dump and Mirror hold no secret")
    func apiKeyRenderings() {
        let key = Self.key
        for text in Self.renderings(of: key) + [key.description, key.debugDescription] {
            #expect(!text.contains(Self.sentinel), "\(text)")
        }
        #expect(Mirror(reflecting: key).children.isEmpty)
        #expect(!key.isEmpty)
        let holder = ["key": key]
        for text in Self.renderings(of: holder) { #expect(!text.contains(Self.sentinel), "\(text)") }
    }

    @Test("SeedanceHTTPHeaders.description redacts the key in Authorization and in any other header")
    func headerDescriptions() {
        _ = Self.key
        let headers: SeedanceHTTPHeaders = [
            "Authorization": "Bearer \(Self.sentinel)", "X-Api-Key": Self.sentinel, "Cookie": "session=\(Self.sentinel)",
            "Accept": "application/json",
        ]
        #expect(!headers.description.contains(Self.sentinel), "\(headers.description)")
        #expect(headers.description.contains("Accept: application/json"))
        #expect(headers["X-Api-Key"] == Self.sentinel, "the value itself is kept for sending")
        let request = SeedanceHTTPRequest(method: .get, url: URL(string: "https://example.com/v1/status")!, headers: headers)
        for text in [request.headers.description] { #expect(!text.contains(Self.sentinel), "\(text)") }
    }

    /// Answers that echo the key: in a message, a code, a nested error, a Bearer header echo, plain text.
    static let echoingBodies: [String] = [
        #"{"error":{"code":"InvalidApiKey","message":"the key sk-test-SENTINEL-7731 is invalid","param":"sk-test-SENTINEL-7731"}}"#,
        #"{"code":401,"message":"invalid key sk-test-SENTINEL-7731","data":{"error":"Authorization: Bearer sk-test-SENTINEL-7731"}}"#,
        #"{"code":"sk-test-SENTINEL-7731","reason":"INVALID_API_KEY","message":"sk-test-SENTINEL-7731"}"#,
        #"{"id":"","error":{"code":"sk-test-SENTINEL-7731","error_message":"key sk-test-SENTINEL-7731 refused"}}"#,
        "key=sk-test-SENTINEL-7731 rejected",
    ]

    @Test("No rendering of an error from an answer echoing the key contains it", arguments: [200, 400, 401, 403, 429, 500])
    func errorsFromEchoingAnswers(status: Int) {
        _ = Self.key
        let dialects: [any Dialect] = [SparkDance(), ModelArk.byteplus(), JieKou(), APIXO(), SeedanceAPIOrg()]
        var errors: [SeedanceError] = []
        for dialect in dialects {
            for body in Self.echoingBodies {
                let response = SeedanceHTTPResponse(status: status, headers: ["X-Request-Id": "req-1"], body: Data(body.utf8))
                let attempts: [() throws -> Void] = [
                    { _ = try dialect.parseCreateResponse(response) },
                    { _ = try dialect.parseStatusResponse(response, for: "task-1") },
                    { _ = try (dialect as? any CallbackDialect)?.parseCallback(response.body) },
                    { try (dialect as? any CancellableDialect)?.parseCancelResponse(response, for: "task-1") },
                ]
                for attempt in attempts {
                    do { try attempt() } catch let error as SeedanceError { errors.append(error) } catch {
                        Issue.record("not a SeedanceError: \(error)")
                    }
                }
            }
        }
        #expect(errors.count > 20)
        for error in errors {
            let texts = Self.renderings(of: error) + [error.description, error.localizedDescription, error.bodyExcerpt ?? ""]
            for text in texts { #expect(!text.contains(Self.sentinel), "\(error.provider?.rawValue ?? "?") HTTP \(status): \(text)") }
        }
    }

    @Test("A hand-made error holding the key in every text field renders without it")
    func handMadeError() {
        _ = Self.key
        let error = SeedanceError(
            category: .authentication, provider: "p", httpStatus: 401, providerCode: ProviderCode(rawValue: Self.sentinel),
            message: "bad key \(Self.sentinel)", field: "apiKey", value: Self.sentinel, allowed: Self.sentinel, taskID: TaskID(rawValue: Self.sentinel),
            requestID: Self.sentinel, bodyExcerpt: Self.sentinel,
            lastSnapshot: TaskSnapshot(id: "task-1", status: .failed, rawStatus: "failed", raw: ["error": .string("bad key \(Self.sentinel)")]))
        for text in Self.renderings(of: error) + [error.description, error.localizedDescription] {
            #expect(!text.contains(Self.sentinel), "\(text)")
        }
    }
}
