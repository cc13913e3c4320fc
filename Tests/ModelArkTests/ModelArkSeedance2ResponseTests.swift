import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

/// Seedance 2.x task objects: every response fixture under `Fixtures/modelark/seedance2/` parses to exactly this snapshot
/// (tool usage, draft, a final's `draft_task_id`, mov output, durations and token counts as numbers, strings or
/// fractions, `content` gone after 24 h, an asynchronous task-type failure).
@Suite struct ModelArkSeedance2ResponseTests {
    let dialect = ModelArk.byteplus()

    func parse(_ fixture: String, _ id: TaskID) throws -> TaskSnapshot {
        try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: Fixtures.data("modelark/seedance2/\(fixture)")), for: id)
    }

    func at(_ seconds: TimeInterval) -> Date { Date(timeIntervalSince1970: seconds) }

    @Test func succeededWithWebSearchCountsTheSearches() throws {
        let fixture = "task-2_0-succeeded-web-search.json"
        #expect(
            try parse(fixture, "cgt-20261204101500-7xq2m")
                == TaskSnapshot(
                    id: "cgt-20261204101500-7xq2m", status: .succeeded, rawStatus: "succeeded",
                    videoURL: URL(
                        string:
                            "https://ark-content-generation-cn-beijing.tos-cn-beijing.volces.com/doubao-seedance-2-0-fast/cgt-20261204101500-7xq2m.mp4?X-Tos-Expires=86400"),
                    duration: 8, resolution: .p720, aspectRatio: .r16x9, seed: 20481, model: "doubao-seedance-2-0-fast-260128",
                    usage: Usage(completionTokens: 172_800, totalTokens: 172_800, webSearchCount: 1), createdAt: at(1_796_379_300),
                    updatedAt: at(1_796_379_490), completedAt: at(1_796_379_490), raw: Fixtures.json("modelark/seedance2/\(fixture)")))
        let raw = try parse(fixture, "cgt-20261204101500-7xq2m").raw
        #expect(raw?["priority"] == 0 && raw?["safety_identifier"] == "3f1d9c0e7b2a4c55" && raw?["tools"]?[0]?["type"] == "web_search")
    }

    @Test func aDraftWithStringNumbersIsADraft() throws {
        let fixture = "task-2_5-draft-succeeded.json"
        #expect(
            try parse(fixture, "cgt-20261201093000-abcde")
                == TaskSnapshot(
                    id: "cgt-20261201093000-abcde", status: .succeeded, rawStatus: "succeeded",
                    videoURL: URL(
                        string:
                            "https://ark-content-generation-ap-southeast-1.tos-ap-southeast-1.bytepluses.com/dreamina-seedance-2-5/cgt-20261201093000-abcde.mp4"),
                    duration: 12, resolution: .p480, aspectRatio: .r16x9, seed: 42, model: "dreamina-seedance-2-5-260628",
                    usage: Usage(completionTokens: 120_225, totalTokens: 120_225), createdAt: at(1_796_088_600), updatedAt: at(1_796_088_660),
                    completedAt: at(1_796_088_660), isDraft: true, outputFormat: .mp4, raw: Fixtures.json("modelark/seedance2/\(fixture)")))
    }

    /// A final names its draft, is a mov, lasts a fractional 11.6 s (an edit's output), and its fractional token
    /// count rounds to the nearest whole token.
    @Test func aFinalNamesItsDraftAndRoundsFractionalTokens() throws {
        let fixture = "task-2_5-final-succeeded-mov.json"
        #expect(
            try parse(fixture, "cgt-20261201100000-klmno")
                == TaskSnapshot(
                    id: "cgt-20261201100000-klmno", status: .succeeded, rawStatus: "succeeded",
                    videoURL: URL(
                        string:
                            "https://ark-content-generation-ap-southeast-1.tos-ap-southeast-1.bytepluses.com/dreamina-seedance-2-5/cgt-20261201100000-klmno.mov"),
                    duration: 11.6, resolution: .p1080, aspectRatio: .r16x9, seed: 42, model: "dreamina-seedance-2-5-260628",
                    usage: Usage(completionTokens: 586_171, totalTokens: 586_171), createdAt: at(1_796_090_400), updatedAt: at(1_796_090_650),
                    completedAt: at(1_796_090_650), isDraft: false, draftTaskID: "cgt-20261201093000-abcde", outputFormat: .mov,
                    raw: Fixtures.json("modelark/seedance2/\(fixture)")))
    }

    @Test func aTaskTypeMismatchFailsTheTaskAsTaskFailedWithItsCode() throws {
        let fixture = "task-2_5-failed-task-type-mismatch.json"
        #expect(
            try parse(fixture, "cgt-20261204111200-q8w1e")
                == TaskSnapshot(
                    id: "cgt-20261204111200-q8w1e", status: .failed, rawStatus: "failed", model: "dreamina-seedance-2-5-260628",
                    failure: TaskFailure(
                        category: .taskFailed, code: "InvalidParameter.TaskTypeMismatch",
                        message: "The task type the model inferred (edit) does not match the requested task type (extend)."),
                    createdAt: at(1_796_382_720), updatedAt: at(1_796_382_790), completedAt: at(1_796_382_790),
                    raw: Fixtures.json("modelark/seedance2/\(fixture)")))
    }

    /// After 24 h the result URLs expire and `content` is `null`: the task still reads as succeeded, without a video.
    @Test func contentNullAfterADayIsASucceededTaskWithoutVideo() throws {
        let snapshot = try parse("task-2_0-succeeded-content-expired.json", "cgt-20261130080000-pqrst")
        #expect(snapshot.status == .succeeded && snapshot.videoURL == nil && snapshot.lastFrameURL == nil)
        #expect(snapshot.duration == 5 && snapshot.usage == Usage(completionTokens: 108_900, totalTokens: 108_900))
    }

    /// The same task object in a list page and a callback body reads the same.
    @Test func listItemsAndCallbacksCarryTheEchoesToo() throws {
        let task = Fixtures.json("modelark/seedance2/task-2_5-final-succeeded-mov.json")
        let page: JSONValue = ["total": 1, "items": [task]]
        let listed = try dialect.parseListResponse(SeedanceHTTPResponse(status: 200, body: page.data)).tasks.first
        #expect(listed?.draftTaskID == "cgt-20261201093000-abcde" && listed?.outputFormat == .mov && listed?.usage?.totalTokens == 586_171)
        let called = try dialect.parseCallback(task.data)
        #expect(called == (try parse("task-2_5-final-succeeded-mov.json", "cgt-20261201100000-klmno")))
    }

    /// Echoes of an unexpected shape never fail the task: an odd `tool_usage` or `draft` is left out.
    @Test func oddEchoesAreIgnoredNotFatal() throws {
        let body = Data(
            #"{"id": "cgt-1", "status": "running", "draft": {"x": 1}, "output_format": 7, "usage": {"tool_usage": "many", "total_tokens": "9.5"}}"#.utf8)
        let snapshot = try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "cgt-1")
        #expect(snapshot.isDraft == nil && snapshot.outputFormat == "7" && snapshot.usage == Usage(totalTokens: 10))
    }
}
