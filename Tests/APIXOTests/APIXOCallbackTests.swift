import Foundation
import Testing
import APIXO
import SeedanceCore
import SeedanceTestSupport

@Suite struct APIXOCallbackTests {
    let dialect = APIXO()

    @Test func callbackBodyIsParsedLikeAStatusAnswer() throws {
        let body = Fixtures.data("apixo/callback-success.json")
        let snapshot = try dialect.parseCallback(body)
        #expect(snapshot.id == "task_abc123xyz789")
        #expect(snapshot.status == .succeeded)
        #expect(snapshot.videoURL == URL(string: "https://cdn.apixo.ai/output/abc123.mp4"))
        #expect(snapshot == (try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "task_abc123xyz789")))
    }

    @Test func repeatedDeliveriesGiveEqualSnapshots() throws {
        for fixture in ["callback-success.json", "status-failed-content-violation.json", "status-processing.json"] {
            let body = Fixtures.data("apixo/\(fixture)")
            let first = try dialect.parseCallback(body)
            let second = try dialect.parseCallback(body)
            #expect(first == second)
            #expect(!second.isObservableChange(from: first))
        }
    }

    @Test func callbackFailureCarriesTheMappedCategory() throws {
        let snapshot = try dialect.parseCallback(Fixtures.data("apixo/status-failed-content-violation.json"))
        #expect(snapshot.status == .failed)
        #expect(snapshot.failure?.category == .contentRejected)
        #expect(snapshot.failure?.code == "CONTENT_VIOLATION")
    }

    @Test func callbackWithoutTaskIDIsRefused() {
        let error = #expect(throws: SeedanceError.self) {
            try dialect.parseCallback(Data(#"{"code":200,"message":"success","data":{"state":"success"}}"#.utf8))
        }
        #expect(error?.category == .decoding)
        #expect((#expect(throws: SeedanceError.self) { try dialect.parseCallback(Data("not json".utf8)) })?.category == .decoding)
    }

    @Test func errorEnvelopeCallbackIsThrown() {
        let error = #expect(throws: SeedanceError.self) { try dialect.parseCallback(Fixtures.data("apixo/error-http200-envelope.json")) }
        #expect(error?.category == .invalidRequest)
    }

    @Test func confirmingACallbackIsAStatusRequestForItsTask() throws {
        let snapshot = try dialect.parseCallback(Fixtures.data("apixo/callback-success.json"))
        let confirm = try dialect.makeStatusRequest(for: snapshot.id)
        #expect(confirm.url.absoluteString == "https://api.apixo.ai/api/v1/statusTask/seedance-1-5-pro?taskId=task_abc123xyz789")
    }
}
