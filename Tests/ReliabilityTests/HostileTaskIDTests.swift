import Foundation
import Seedance
import Testing

/// Task ids that try to change the URL they are placed in (`/`, `?`, `#`, `..`, `%`, `&`, `=`, blanks, unicode) are
/// percent-encoded or refused: the status, cancel and list URLs keep exactly the structure a plain id gives.
@Suite("Hostile task ids")
struct HostileTaskIDTests {
    static let ids: [String] = [
        "a/b", "../admin", "..", ".", "", "/", "//", "a/../../admin", "a?b=c", "?", "a#fragment", "#", "a&task_id=evil",
        "&", "x=y", "=", "with space", " ", "100%", "%2F", "%2e%2e", "%00", "a+b", "a;b", "a\\b", "tab\tid", "new\nline",
        "nul\u{0}id", "ünïcødé-任务-🎬", "\u{202E}rtl", "https://evil.example/x", "@evil.example", "task_id=1&taskId=2",
    ]
    static let placeholder = "PLACEHOLDER-ID"

    @Test("Status and cancel URLs: one path segment or one query item, equal to the id", arguments: URLSubject.all)
    func statusAndCancelURLs(_ subject: URLSubject) throws {
        for (operation, make) in subject.requests {
            let template = try make(TaskID(rawValue: Self.placeholder))
            let expected = try #require(URLShape(template.url))
            for id in Self.ids {
                let request: SeedanceHTTPRequest
                do {
                    request = try make(TaskID(rawValue: id))
                } catch let error as SeedanceError {
                    #expect(error.category == .invalidRequest, "\(subject.name) \(operation) \(id.debugDescription): \(error)")
                    #expect(["", ".", ".."].contains(id), "\(subject.name) \(operation) refused \(id.debugDescription), which can be escaped: \(error)")
                    continue
                }
                #expect(request.method == template.method)
                let shape = try #require(URLShape(request.url), "\(subject.name) \(operation) \(id.debugDescription): \(request.url)")
                #expect(
                    shape == expected.substituting(Self.placeholder, with: id),
                    "\(subject.name) \(operation) \(id.debugDescription): \(request.url.absoluteString)")
            }
        }
    }

    @Test("The list query keeps one filter.task_ids item per id, equal to the id")
    func listQueryItems() throws {
        let dialect = ModelArk.byteplus()
        for id in Self.ids {
            let request = try dialect.makeListRequest(TaskListQuery(taskIDs: [TaskID(rawValue: id), "second"]))
            let shape = try #require(URLShape(request.url))
            #expect(shape.query == [["page_num", "1"], ["page_size", "20"], ["filter.task_ids", id], ["filter.task_ids", "second"]], "\(request.url)")
            #expect(shape.path == ["", "api", "v3", "contents", "generations", "tasks"])
        }
    }
}

/// A URL taken apart without resolving anything: scheme, host, port, decoded path segments, decoded query items,
/// fragment. Two shapes are equal when a server would route the URLs alike.
struct URLShape: Equatable {
    var scheme: String?
    var host: String?
    var port: Int?
    var path: [String]
    var query: [[String]]?
    var fragment: String?

    init?(_ url: URL) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false) else { return nil }
        scheme = components.scheme
        host = components.host
        port = components.port
        fragment = components.fragment
        var segments: [String] = []
        for raw in components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false) {
            guard let decoded = String(raw).removingPercentEncoding else { return nil }
            segments.append(decoded)
        }
        path = segments
        if let encodedQuery = components.percentEncodedQuery {
            var items: [[String]] = []
            for pair in encodedQuery.split(separator: "&", omittingEmptySubsequences: false) {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                guard parts.count == 2, let name = parts[0].removingPercentEncoding, let value = parts[1].removingPercentEncoding else { return nil }
                items.append([name, value])
            }
            query = items
        }
    }

    /// This shape with every path segment or query value equal to `placeholder` replaced by `id`.
    func substituting(_ placeholder: String, with id: String) -> URLShape {
        var copy = self
        copy.path = path.map { $0 == placeholder ? id : $0 }
        copy.query = query?.map { $0[1] == placeholder ? [$0[0], id] : $0 }
        return copy
    }
}

/// A dialect and the requests of it that take a task id.
struct URLSubject: Sendable, CustomTestStringConvertible {
    let name: String
    let requests: [(String, @Sendable (TaskID) throws -> SeedanceHTTPRequest)]

    var testDescription: String { name }

    init(_ name: String, _ dialect: some Dialect) {
        self.name = name
        var requests: [(String, @Sendable (TaskID) throws -> SeedanceHTTPRequest)] = [("status", { try dialect.makeStatusRequest(for: $0) })]
        if let cancellable = dialect as? any CancellableDialect { requests.append(("cancel", { try cancellable.makeCancelRequest(for: $0) })) }
        self.requests = requests
    }

    static let all: [URLSubject] = [
        URLSubject("SparkDance", SparkDance()),
        URLSubject("ModelArk", ModelArk.byteplus()),
        URLSubject("JieKou", JieKou()),
        URLSubject("APIXO", APIXO()),
        URLSubject("SeedanceAPIOrg", SeedanceAPIOrg()),
    ]
}
