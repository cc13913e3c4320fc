import Foundation
import SeedanceCore

/// Loads files from the package's top-level `Fixtures/` folder.
public enum Fixtures {
    /// The package root, found from this source file's location.
    public static let packageRoot: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()

    /// The URL of `Fixtures/<path>`.
    public static func url(_ path: String) -> URL { packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(path) }

    /// The bytes of `Fixtures/<path>`; traps with a clear message when missing (a test bug).
    public static func data(_ path: String) -> Data {
        guard let data = try? Data(contentsOf: url(path)) else { fatalError("missing fixture Fixtures/\(path)") }
        return data
    }

    /// `Fixtures/<path>` parsed as JSON.
    public static func json(_ path: String) -> JSONValue {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: data(path)) else { fatalError("fixture Fixtures/\(path) is not JSON") }
        return value
    }
}

/// Key-order-insensitive JSON comparison for "exact JSON sent" assertions.
public enum JSONAssert {
    /// Whether `body` is the same JSON document as `expected` (object key order aside; `5` and `5.0` differ).
    public static func same(_ body: Data?, _ expected: JSONValue) -> Bool {
        guard let body, let actual = try? JSONDecoder().decode(JSONValue.self, from: body) else { return false }
        return actual == expected
    }

    /// `body` parsed as JSON, or `.null` when it is not JSON.
    public static func parse(_ body: Data?) -> JSONValue {
        guard let body, let value = try? JSONDecoder().decode(JSONValue.self, from: body) else { return .null }
        return value
    }
}
