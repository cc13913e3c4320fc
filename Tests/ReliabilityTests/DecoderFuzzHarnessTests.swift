import Foundation
import Seedance
import SeedanceSimulator
import Testing

/// ``DecoderFuzzHarness``: every parse function a dialect has (its ``ParseOperation``s) runs on a case; each gives
/// one ``ParseOutcome``, and every broken promise (a foreign error, a dropped task id, an empty id) is a violation in
/// the ``DecoderFuzzReport``, with the exact text the fuzz campaign prints.
@Suite("Decoder fuzz harness: outcomes and violations", .timeLimit(.minutes(3)))
struct DecoderFuzzHarnessTests {
    /// A dialect that answers each body as the body says: `ok`, `empty` id, `other` id, a `foreign` error, an error
    /// that `lost` the task id, or one that `kept` it.
    struct ScriptedParsing: CancellableDialect {
        struct Foreign: Error {}
        var provider: ProviderID { "scripted" }
        var baseURL: URL { URL(string: "http://127.0.0.1:1")! }
        var defaultModel: ModelID { "m" }
        var capabilities: Capabilities { Capabilities(models: []) }
        func validate(_ request: VideoRequest) throws {}
        func makeCreateRequest(_ request: VideoRequest) throws -> SeedanceHTTPRequest { SeedanceHTTPRequest(method: .post, url: baseURL) }
        func makeStatusRequest(for id: TaskID) throws -> SeedanceHTTPRequest { SeedanceHTTPRequest(method: .get, url: baseURL) }
        func makeCancelRequest(for id: TaskID) throws -> SeedanceHTTPRequest { SeedanceHTTPRequest(method: .post, url: baseURL) }

        func parseCreateResponse(_ response: SeedanceHTTPResponse) throws -> TaskID {
            switch String(decoding: response.body, as: UTF8.self) {
            case "empty": return ""
            case "foreign": throw Foreign()
            case "ok": return "t-1"
            default: throw SeedanceError(category: .decoding, provider: provider, message: "not a create answer")
            }
        }

        func parseStatusResponse(_ response: SeedanceHTTPResponse, for id: TaskID) throws -> TaskSnapshot {
            switch String(decoding: response.body, as: UTF8.self) {
            case "ok": return TaskSnapshot(id: id, status: .running, rawStatus: "running")
            case "other": return TaskSnapshot(id: "t-other", status: .running, rawStatus: "running")
            case "empty": return TaskSnapshot(id: "", status: .running, rawStatus: "running")
            case "kept": throw SeedanceError(category: .decoding, provider: provider, message: "bad status", taskID: id)
            default: throw SeedanceError(category: .decoding, provider: provider, message: "bad status")
            }
        }
    }

    static func report(_ body: String, status: Int = 200) -> DecoderFuzzReport {
        DecoderFuzzHarness(dialect: ScriptedParsing(), taskID: "t-1").run(DecoderFuzzCase(body: Data(body.utf8), httpStatus: status))
    }

    @Test("well-formed answers: one outcome per operation the dialect has, in order, and no violation")
    func wellFormed() {
        let report = Self.report("ok")
        let outcomes: [ParseOutcome] = report.outcomes
        #expect(outcomes.map(\.operation) == [ParseOperation.create, .status, .cancel] && outcomes.allSatisfy { $0.result == "value" })
        #expect(report.violations.isEmpty)
        #expect(ParseOperation.allCases.map(\.rawValue) == ["create", "status", "callback", "list", "cancel"])
    }

    @Test("empty and foreign ids, a foreign error and a dropped task id are violations with exact texts")
    func violations() {
        let empty = Self.report("empty")
        #expect(empty.violations == ["create returned an empty task id", "status returned a snapshot with an empty id"])
        #expect(empty.outcomes.map(\.result) == ["value", "value (other id)", "value"])

        let foreign = Self.report("foreign", status: 500)
        #expect(foreign.outcomes.map { "\($0.operation.rawValue)=\($0.result)" } == ["create=foreign Foreign", "status=decoding", "cancel=server"])
        #expect(
            foreign.violations == [
                "create threw Foreign, not SeedanceError: Foreign()",
                "status threw decoding without the task id (taskID nil): bad status",
            ])
    }

    @Test("an error that keeps the task id, and an answer for another task, are no violations")
    func keptIDs() {
        let kept = Self.report("kept")
        #expect(kept.violations.isEmpty)
        #expect(kept.outcomes.first { $0.operation == ParseOperation.status }?.result == "decoding")
        let other = Self.report("other")
        #expect(other.violations.isEmpty && other.outcomes.map(\.result) == ["decoding", "value (other id)", "value"])
    }
}
