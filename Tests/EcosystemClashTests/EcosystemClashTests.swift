import EcosystemStandIns
import Foundation
import Seedance
import Testing

// `import Seedance` beside a module that declares the names swift-http-types (Hummingbird 2,
// swift-openapi-runtime), NIOHTTP1 and Vapor, swift-log and Hummingbird's router use: every unqualified use below
// must be unambiguous. If Seedance declared a public type of one of these names, this file would not compile
// ("'HTTPRequest' is ambiguous for type lookup in this context").

@Suite struct EcosystemClashTests {
    @Test func theAppsOwnHTTPTypesAreTheUnqualifiedNames() {
        let request = HTTPRequest(method: HTTPMethod(rawValue: "POST"), path: "/seedance/callback", headers: HTTPHeaders(fields: ["a": "b"]))
        let response = HTTPResponse(status: 200)
        #expect(request.method.rawValue == "POST" && request.headers.fields == ["a": "b"])
        #expect(response.status == 200)
        #expect(Request(http: request).http == request && Response(http: response).http.status == 200)
        #expect(ObjectIdentifier(HTTPRequest.self) != ObjectIdentifier(SeedanceHTTPRequest.self))
        #expect(ObjectIdentifier(HTTPResponse.self) != ObjectIdentifier(SeedanceHTTPResponse.self))
        #expect(ObjectIdentifier(HTTPHeaders.self) != ObjectIdentifier(SeedanceHTTPHeaders.self))
        #expect(ObjectIdentifier(HTTPMethod.self) != ObjectIdentifier(SeedanceHTTPMethod.self))
    }

    @Test func theAppsServerAndLoggingTypesAreTheUnqualifiedNames() {
        let app = Application(router: Router(routes: ["POST /seedance/callback"]))
        #expect(app.router.routes.count == 1)
        #expect(HTTPStatus(code: 202).code == 202 && Client(name: "web").name == "web" && EventLoop(id: 1).id == 1)
        #expect(Logger(label: "app").label == "app" && Logging.bootstrapped)
        #expect(Environment(name: "prod").name == "prod" && Console().lines.isEmpty)
    }

    @Test func durationSecondsIsTheStandardLibrarys() {
        #expect(Duration.seconds(1.5) == .milliseconds(1500))
        #expect(Duration.seconds(1.5).components == (seconds: 1, attoseconds: 500_000_000_000_000_000))
        #expect(Duration.seconds(-1) < .zero)  // not clamped to zero
        #expect(Duration.seconds(-1) == .zero - .seconds(1))
        #expect(Duration.seconds(1e9) == .seconds(1_000_000_000))  // not capped
        let hint: Duration = .seconds(0.25)
        #expect(hint == .milliseconds(250))
    }

    @Test func seedanceTypesWorkQualifiedBesideTheAppsTypes() async throws {
        let appLogger = Logger(label: "video")
        let logged: Seedance.SeedanceHTTPHeaders = ["X-Request-Id": "r-1"]
        #expect(logged["x-request-id"] == "r-1")
        let request = Seedance.SeedanceHTTPRequest(method: .post, url: URL(string: "https://example.invalid/v1")!, kind: .create)
        #expect(request.method == Seedance.SeedanceHTTPMethod.post && appLogger.label == "video")
        let answer = Seedance.SeedanceHTTPResponse(status: 429, headers: ["Retry-After": "2"], body: Data())
        #expect(answer.status == 429)
        let category: Seedance.SeedanceError.Category = .rateLimited(retryAfter: .seconds(2))
        switch category {
        case .rateLimited: #expect(category.retryAfter == .seconds(2))
        default: Issue.record("a rate limit did not match .rateLimited")
        }
        let client = try Seedance.SeedanceClient(dialect: Seedance.SparkDance(), apiKey: Seedance.APIKey("sk-clash-test"))
        await client.shutdown()
    }
}
