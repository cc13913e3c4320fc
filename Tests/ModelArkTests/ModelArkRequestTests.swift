import Foundation
import ModelArk
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import Testing

@Suite struct ModelArkRequestTests {
    let dialect = ModelArk.byteplus(model: .byteplusSeedance1_5Pro)
    static let base = "https://ark.ap-southeast.bytepluses.com/api/v3/contents/generations/tasks"

    static let cases: [String: VideoRequest] = [
        "create-t2v.request.json": VideoRequest(
            prompt: "A kitten yawns at the camera, then says: \"Good morning.\"", resolution: .p720, aspectRatio: .r16x9,
            duration: .seconds(5), generateAudio: true, cameraFixed: false, seed: 11, watermark: true, serviceTier: .default,
            executionExpiresAfter: 172_800),
        "create-i2v-first-last.request.json": VideoRequest(
            prompt: "The girl says cheese to the camera", firstFrame: .url(URL(string: "https://example.com/first.jpeg")!),
            lastFrame: .url(URL(string: "https://example.com/last.jpeg")!), resolution: .p720, aspectRatio: .r16x9,
            duration: .seconds(10), generateAudio: true, serviceTier: .default, callbackURL: URL(string: "https://example.com/hook"),
            returnLastFrame: true),
        "create-draft.request.json": VideoRequest(
            prompt: "A hot-air balloon rises over a misty valley at sunrise.", firstFrame: .url(URL(string: "https://example.com/valley.png")!),
            resolution: .p480, aspectRatio: .adaptive, duration: .auto, draft: true),
    ]

    @Test(arguments: cases.keys.sorted())
    func createBodyIsExactlyTheFixture(_ fixture: String) throws {
        let request = try #require(Self.cases[fixture])
        try dialect.validate(request)
        let http = try dialect.makeCreateRequest(request)
        #expect(http.method == .post)
        #expect(http.url.absoluteString == Self.base)
        #expect(http.kind == .create)
        #expect(http.headers["Content-Type"] == "application/json")
        #expect(JSONAssert.same(http.body, Fixtures.json("modelark/\(fixture)")), "\(JSONAssert.parse(http.body))")
    }

    @Test func regionsHaveTheirHostProviderAndModelSpelling() throws {
        let byteplus = ModelArk.byteplus()
        #expect(byteplus.provider == "byteplus" && byteplus.defaultModel == "dreamina-seedance-2-0-260128")
        #expect(byteplus.baseURL.absoluteString == "https://ark.ap-southeast.bytepluses.com/api/v3")
        let volcengine = ModelArk.volcengine()
        #expect(volcengine.provider == "volcengine" && volcengine.defaultModel == "doubao-seedance-2-0-260128")
        let http = try volcengine.makeCreateRequest(VideoRequest(prompt: "p"))
        #expect(http.url.absoluteString == "https://ark.cn-beijing.volces.com/api/v3/contents/generations/tasks")
        #expect(JSONAssert.parse(http.body)["model"] == "doubao-seedance-2-0-260128")
        #expect(ModelArk(region: .volcengine).defaultModel == volcengine.defaultModel)
    }

    @Test func endpointIDsAndExtraFieldsGoToTheTopLevel() throws {
        let local = ModelArk.byteplus(baseURL: URL(string: "http://127.0.0.1:9000/api/v3"))
        let request = VideoRequest(prompt: "p", model: "ep-20260101-abcde", extraFields: ["optimize_prompt": true])
        try local.validate(request)
        let http = try local.makeCreateRequest(request)
        #expect(http.url.absoluteString == "http://127.0.0.1:9000/api/v3/contents/generations/tasks")
        #expect(JSONAssert.same(http.body, ["model": "ep-20260101-abcde", "content": [["type": "text", "text": "p"]], "optimize_prompt": true]))
    }

    @Test func statusCancelAndDeleteAddressTheTask() throws {
        let status = try dialect.makeStatusRequest(for: "cgt-20250331175019-68d9t")
        #expect(status.method == .get && status.url.absoluteString == Self.base + "/cgt-20250331175019-68d9t")
        let cancel = try dialect.makeCancelRequest(for: "cgt-20250331175019-68d9t")
        #expect(cancel.method == .delete && cancel.url == status.url && cancel.body == nil && cancel.kind == .idempotent)
        #expect(try dialect.makeDeleteRequest(for: "cgt-20250331175019-68d9t") == cancel)
    }

    @Test(arguments: [("a/b", "a%2Fb"), ("../x", "..%2Fx"), ("a?b#c", "a%3Fb%23c"), ("a b", "a%20b")])
    func hostileTaskIDsStayOnePathSegment(_ id: String, _ escaped: String) throws {
        for http in [try dialect.makeStatusRequest(for: TaskID(rawValue: id)), try dialect.makeCancelRequest(for: TaskID(rawValue: id))] {
            #expect(http.url.absoluteString == Self.base + "/" + escaped)
            #expect(http.url.query == nil && http.url.fragment == nil)
        }
    }

    @Test(arguments: ["", ".", ".."])
    func idsThatWouldChangeThePathAreRefused(_ id: String) {
        #expect { try dialect.makeCancelRequest(for: TaskID(rawValue: id)) } throws: { error in
            (error as? SeedanceError)?.category == .invalidRequest
        }
    }

    @Test func listQueryCarriesEveryFilterAndRepeatsTaskIDs() throws {
        let query = TaskListQuery(
            page: 2, pageSize: 50, status: .succeeded, taskIDs: ["cgt-1", "cgt-2", "a&b=c"], model: "seedance-1-5-pro-251215",
            serviceTier: .flex)
        let http = try dialect.makeListRequest(query)
        #expect(http.method == .get)
        #expect(
            http.url.absoluteString == Self.base
                + "?page_num=2&page_size=50&filter.status=succeeded&filter.task_ids=cgt-1&filter.task_ids=cgt-2"
                + "&filter.task_ids=a%26b%3Dc&filter.model=seedance-1-5-pro-251215&filter.service_tier=flex")
        let plain = try dialect.makeListRequest(TaskListQuery())
        #expect(plain.url.absoluteString == Self.base + "?page_num=1&page_size=20")
        let unknown = try dialect.makeListRequest(TaskListQuery(status: .unknown("paused")))
        #expect(unknown.url.query == "page_num=1&page_size=20&filter.status=paused")
    }

    @Test(arguments: [TaskListQuery(page: 0), TaskListQuery(pageSize: 0), TaskListQuery(pageSize: 501)])
    func listPagingOutsideTheAPIsRangeIsRefused(_ query: TaskListQuery) {
        #expect { try dialect.makeListRequest(query) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .invalidRequest && ["page", "pageSize"].contains(error?.field ?? "")
        }
    }
}
