import Foundation
import SeedanceCore

/// One row of a provider's error table in `docs/dialects/<file>.md` (columns: Code, HTTP, Meaning, Request, Failed
/// task, Retryable, Task may exist, Fixture, Source), so that tests are driven by the published table itself.
public struct ErrorTableRow: Sendable, CustomStringConvertible {
    /// The code cell without backticks; `nil` for `—` (the status alone decides).
    public var code: String?
    /// The documented HTTP status.
    public var httpStatus: Int
    /// The category name of a request error with this code, or `nil` for `—`.
    public var request: String?
    /// The category name of a failed task with this code, or `nil` for `—`.
    public var failedTask: String?
    /// `isRetryable` of the request error, or `nil` for `—`.
    public var retryable: Bool?
    /// The fixture file of the row's family, or `nil` for `—`.
    public var fixture: String?
    /// The 1-based line in the Markdown file.
    public var line: Int

    public var description: String { "\(code ?? "(no code)") HTTP \(httpStatus) (line \(line))" }

    /// A concrete code for the row: the code itself, or a member of a family (`Prefix.*` → `Prefix.Sample`,
    /// `*Part*` → `SamplePartSample`).
    public var sampleCode: String? { code?.replacingOccurrences(of: "*", with: "Sample") }

    /// Whether the code is all digits (sent as a JSON string or number).
    public var isNumeric: Bool { code.map { !$0.isEmpty && $0.allSatisfy(\.isNumber) } ?? false }

    /// The JSON forms the code arrives in: the string, and for a numeric code also the number (leading zeros lost).
    public var codeForms: [JSONValue] {
        guard let sample = sampleCode else { return [] }
        guard isNumeric, let number = Int64(sample) else { return [.string(sample)] }
        return [.string(sample), .integer(number)]
    }
}

/// Reads the error tables of `docs/dialects/`.
public enum ErrorTable {
    /// Every row of the tables whose header starts `| Code | HTTP |` in `docs/dialects/<file>`. Traps (a test bug)
    /// when the file is missing or a row is malformed.
    public static func rows(_ file: String) -> [ErrorTableRow] {
        let url = Fixtures.packageRoot.appendingPathComponent("docs/dialects").appendingPathComponent(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { fatalError("missing docs/dialects/\(file)") }
        var rows: [ErrorTableRow] = []
        var inTable = false
        for (index, line) in text.components(separatedBy: "\n").enumerated() {
            guard line.hasPrefix("|") else {
                inTable = false
                continue
            }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.first == "Code", cells.dropFirst().first == "HTTP" {
                inTable = true
                continue
            }
            guard inTable, !cells.allSatisfy({ $0.allSatisfy { $0 == "-" } }) else { continue }
            guard cells.count == 9, let status = Int(cells[1].prefix { $0.isNumber }) else {
                fatalError("docs/dialects/\(file):\(index + 1): malformed error-table row")
            }
            func value(_ cell: String) -> String? {
                cell == "—" ? nil : cell.trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            }
            let retryable: Bool? =
                switch cells[5] {
                case "yes": true
                case "no": false
                default: nil
                }
            rows.append(
                ErrorTableRow(
                    code: value(cells[0]), httpStatus: status, request: value(cells[3]), failedTask: value(cells[4]),
                    retryable: retryable, fixture: value(cells[7]), line: index + 1))
        }
        guard !rows.isEmpty else { fatalError("docs/dialects/\(file) has no error table") }
        return rows
    }
}

extension JSONValue {
    /// This value with the member at `path` (object keys) set to `value`; `nil` when a step of the path is missing
    /// or not an object.
    public func setting(_ path: [String], to value: JSONValue) -> JSONValue? {
        guard let key = path.first else { return value }
        guard case .object(var members) = self, let child = members[key] else { return nil }
        guard let replaced = child.setting(Array(path.dropFirst()), to: value) else { return nil }
        members[key] = replaced
        return .object(members)
    }

    /// The value as JSON bytes.
    public var data: Data { (try? JSONEncoder().encode(self)) ?? Data() }
}

/// Compares what an adapter produced with a row of an error table.
public enum ErrorTableCheck {
    /// The `SeedanceError` `body` throws, or `nil` when it returns or throws something else.
    public static func thrown<T>(_ body: () throws -> T) -> SeedanceError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? SeedanceError
        }
    }

    /// What differs between `error` and `row`'s request columns (category, retryable, the code sent as `form`);
    /// empty when the row maps as written.
    public static func requestProblems(_ error: SeedanceError?, row: ErrorTableRow, form: JSONValue?) -> [String] {
        guard let error else { return ["no SeedanceError was thrown"] }
        var problems: [String] = []
        if error.category.name != row.request { problems.append("category \(error.category.name), table says \(row.request ?? "—")") }
        if let retryable = row.retryable, error.isRetryable != retryable { problems.append("isRetryable \(error.isRetryable)") }
        problems += codeProblems(error.providerCode, form: form)
        return problems
    }

    /// What differs between a failed task's `failure` and `row`'s failed-task column (category, the code sent as
    /// `form` when it is a code); empty when the row maps as written.
    public static func failureProblems(_ failure: TaskFailure?, row: ErrorTableRow, form: JSONValue?) -> [String] {
        guard let failure else { return ["the snapshot has no failure"] }
        var problems: [String] = []
        if failure.category.name != row.failedTask { problems.append("category \(failure.category.name), table says \(row.failedTask ?? "—")") }
        if failure.code != nil || form.map(isCodeLike) == true { problems += codeProblems(failure.code, form: form) }
        return problems
    }

    private static func isCodeLike(_ form: JSONValue) -> Bool {
        guard let text = form.stringValue else { return true }
        return !text.contains(" ")
    }

    private static func codeProblems(_ code: ProviderCode?, form: JSONValue?) -> [String] {
        guard let form else { return [] }
        let sent = form.stringValue ?? form.integerValue.map { String($0) } ?? ""
        guard let code, code.matches(ProviderCode(rawValue: sent)) else { return ["code \(code?.rawValue ?? "nil"), sent \(sent)"] }
        return []
    }
}
