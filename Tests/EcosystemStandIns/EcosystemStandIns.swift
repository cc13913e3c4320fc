// Stand-ins for the types a server app imports beside Seedance, under the names swift-http-types (Hummingbird 2,
// swift-openapi-runtime), NIOHTTP1 and Vapor, swift-log and Hummingbird's router use. They live in their own module
// because that is where a clash happens: a name declared by two imported modules is ambiguous, while the app's own
// declarations would silently shadow an imported one. No package dependency: the shapes are all the test needs.

/// Like swift-http-types' and NIOHTTP1's `HTTPMethod`.
public struct HTTPMethod: Equatable, Sendable {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Like swift-http-types' `HTTPFields` and NIOHTTP1's `HTTPHeaders`.
public struct HTTPHeaders: Equatable, Sendable {
    public var fields: [String: String]
    public init(fields: [String: String] = [:]) { self.fields = fields }
}

/// Like swift-http-types' `HTTPRequest`.
public struct HTTPRequest: Equatable, Sendable {
    public var method: HTTPMethod
    public var path: String
    public var headers: HTTPHeaders
    public init(method: HTTPMethod, path: String, headers: HTTPHeaders = HTTPHeaders()) {
        self.method = method
        self.path = path
        self.headers = headers
    }
}

/// Like swift-http-types' `HTTPResponse`.
public struct HTTPResponse: Equatable, Sendable {
    public var status: Int
    public init(status: Int) { self.status = status }
}

/// Like Vapor's `HTTPStatus`.
public struct HTTPStatus: Equatable, Sendable {
    public var code: Int
    public init(code: Int) { self.code = code }
}

/// Like Vapor's and Hummingbird's `Request`.
public struct Request: Sendable {
    public var http: HTTPRequest
    public init(http: HTTPRequest) { self.http = http }
}

/// Like Vapor's and Hummingbird's `Response`.
public struct Response: Sendable {
    public var http: HTTPResponse
    public init(http: HTTPResponse) { self.http = http }
}

/// Like Vapor's `Client`.
public struct Client: Sendable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// Like Hummingbird's `Router`.
public struct Router: Sendable {
    public var routes: [String]
    public init(routes: [String] = []) { self.routes = routes }
}

/// Like Vapor's and Hummingbird's `Application`.
public struct Application: Sendable {
    public var router: Router
    public init(router: Router = Router()) { self.router = router }
}

/// Like NIO's `EventLoop`.
public struct EventLoop: Sendable {
    public var id: Int
    public init(id: Int) { self.id = id }
}

/// Like swift-log's `Logger`.
public struct Logger: Sendable {
    public var label: String
    public init(label: String) { self.label = label }
}

/// Like swift-log's module and `LoggingSystem`.
public enum Logging {
    public static let bootstrapped = true
}

/// Like Vapor's `Environment`.
public struct Environment: Sendable {
    public var name: String
    public init(name: String) { self.name = name }
}

/// Like ConsoleKit's `Console` (Vapor).
public struct Console: Sendable {
    public var lines: [String]
    public init(lines: [String] = []) { self.lines = lines }
}
