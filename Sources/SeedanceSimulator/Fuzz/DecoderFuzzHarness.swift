import Foundation
import SeedanceCore

/// A parse function of `Dialect` that a decoder fuzzer feeds.
package enum ParseOperation: String, Sendable, CaseIterable, Hashable {
    case create, status, callback, list, cancel
}

/// What one parse function made of one input: a value, or an error's category, or an error of a foreign type.
package struct ParseOutcome: Sendable, Hashable {
    /// The parse function.
    package var operation: ParseOperation
    /// `value`, `value (other id)` (a status snapshot for an id other than the one polled), the error category's
    /// name, or `foreign <type>` for an error that is not a `SeedanceError`.
    package var result: String
}

/// What a dialect made of one ``DecoderFuzzCase``: one outcome per parse function, and every broken promise.
package struct DecoderFuzzReport: Sendable {
    /// One per parse function.
    package var outcomes: [ParseOutcome] = []
    /// Broken promises, each a sentence naming the parse function (empty when the dialect behaved).
    package var violations: [String] = []
}

/// Feeds one input to every parse function of a dialect and checks the promises of `Dialect`:
///
/// - every thrown error is a `SeedanceError`;
/// - an error from `parseStatusResponse(_:for:)` or `parseCancelResponse(_:for:)` carries the task id passed in
///   (whatever its category; `.unsupported` aside);
/// - a task id, a snapshot's id and every listed snapshot's id are non-empty.
///
/// A crash is not caught here: it ends the process, which is the failure a fuzz test exists to find.
package struct DecoderFuzzHarness: Sendable {
    /// The dialect under test.
    package var dialect: any Dialect
    /// The id passed to the status and cancel parsers.
    package var taskID: TaskID

    /// A harness for `dialect`, polling `taskID`.
    package init(dialect: any Dialect, taskID: TaskID = "task-fuzz-0001") {
        self.dialect = dialect
        self.taskID = taskID
    }

    /// Runs `fuzzCase` through create, status and cancel parsing, and callback and list parsing where the dialect's
    /// `Capabilities` offer them (elsewhere they throw `.unsupported` whatever the input).
    package func run(_ fuzzCase: DecoderFuzzCase) -> DecoderFuzzReport {
        let response = fuzzCase.response
        var report = DecoderFuzzReport()
        check(.create, &report) {
            let id = try dialect.parseCreateResponse(response)
            return ("value", id.rawValue.isEmpty ? "returned an empty task id" : nil)
        }
        check(.status, &report, expectingTaskID: taskID) {
            let snapshot = try dialect.parseStatusResponse(response, for: taskID)
            return (snapshot.id == taskID ? "value" : "value (other id)", snapshot.id.rawValue.isEmpty ? "returned a snapshot with an empty id" : nil)
        }
        if let dialect = dialect as? any CallbackDialect {
            check(.callback, &report) {
                let snapshot = try dialect.parseCallback(fuzzCase.body)
                return ("value", snapshot.id.rawValue.isEmpty ? "returned a snapshot with an empty id" : nil)
            }
        }
        if let dialect = dialect as? any ListableDialect {
            check(.list, &report) {
                let page = try dialect.parseListResponse(response)
                return ("value", page.tasks.contains { $0.id.rawValue.isEmpty } ? "listed a snapshot with an empty id" : nil)
            }
        }
        if let dialect = dialect as? any CancellableDialect {
            check(.cancel, &report, expectingTaskID: taskID) {
                try dialect.parseCancelResponse(response, for: taskID)
                return ("value", nil)
            }
        }
        return report
    }

    private func check(
        _ operation: ParseOperation, _ report: inout DecoderFuzzReport, expectingTaskID expected: TaskID? = nil,
        _ parse: () throws -> (label: String, violation: String?)
    ) {
        let result: String
        do {
            let (label, broken) = try parse()
            result = label
            if let broken { report.violations.append("\(operation.rawValue) \(broken)") }
        } catch let error as SeedanceError {
            result = error.category.name
            _ = error.description
            if let expected, error.category != .unsupported, error.taskID != expected {
                report.violations.append(
                    "\(operation.rawValue) threw \(error.category.name) without the task id (taskID \(error.taskID?.rawValue ?? "nil")): \(error.message)")
            }
        } catch {
            result = "foreign \(type(of: error))"
            report.violations.append("\(operation.rawValue) threw \(type(of: error)), not SeedanceError: \(error)")
        }
        report.outcomes.append(ParseOutcome(operation: operation, result: result))
    }
}
