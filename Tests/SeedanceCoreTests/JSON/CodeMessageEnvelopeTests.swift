import Foundation
import Testing
import SeedanceCore

@Suite struct CodeMessageEnvelopeTests {
    func envelope(_ status: Int, _ body: String, headers: SeedanceHTTPHeaders = [:]) -> CodeMessageEnvelope {
        CodeMessageEnvelope(SeedanceHTTPResponse(status: status, headers: headers, body: Data(body.utf8)))
    }

    @Test func successNeedsBothHTTPAndInnerCode() {
        #expect(envelope(200, #"{"code":200,"message":"success","data":{}}"#).isSuccess)
        #expect(envelope(200, #"{"code":"200","data":{}}"#).isSuccess)
        #expect(envelope(200, #"{"code":0,"data":{}}"#).isSuccess)
        #expect(envelope(200, #"{"data":{}}"#).isSuccess)
        #expect(!envelope(200, #"{"code":400,"message":"Invalid request"}"#).isSuccess)
        #expect(!envelope(200, #"{"code":"TASK_NOT_FOUND"}"#).isSuccess)
        #expect(!envelope(200, #"{"code":10001}"#).isSuccess)
        #expect(!envelope(500, #"{"code":200,"data":{}}"#).isSuccess)
    }

    @Test func effectiveStatusPrefersTheInnerCodeUnderHTTP200() {
        #expect(envelope(200, #"{"code":429}"#).effectiveStatus == 429)
        #expect(envelope(200, #"{"code":"404"}"#).effectiveStatus == 404)
        #expect(envelope(401, #"{"code":200}"#).effectiveStatus == 401)
        #expect(envelope(200, #"{"code":10001}"#).effectiveStatus == 200)
        #expect(envelope(502, "<html>Bad Gateway</html>").effectiveStatus == 502)
    }

    @Test func nonObjectBodiesGiveAnEmptyEnvelope() {
        for body in ["", "<html></html>", "[1,2]", "\"text\""] {
            let read = envelope(503, body)
            #expect(read.body == nil)
            #expect(read.code == nil)
            #expect(read.data == nil)
            #expect(read.symbolicCode == nil)
        }
    }

    @Test(arguments: [
        (#"{"code":"INVALID_PROMPT","message":"The prompt is invalid"}"#, "INVALID_PROMPT"),
        (#"{"code":400,"message":"m","data":{"error":{"code":"InvalidParameter","message":"x"}}}"#, "InvalidParameter"),
        (#"{"code":400,"message":"m","data":{"error":"TOO_MANY_IMAGES"}}"#, "TOO_MANY_IMAGES"),
        (#"{"code":400,"message":"m","data":{"error_code":"INVALID_DURATION"}}"#, "INVALID_DURATION"),
        (#"{"code":400,"message":"m","error":"INVALID_API_KEY"}"#, "INVALID_API_KEY"),
        (#"{"code":400,"message":"m","error":{"code":"INVALID_RESOLUTION"}}"#, "INVALID_RESOLUTION"),
        (#"{"code":404,"message":"TASK_NOT_FOUND"}"#, "TASK_NOT_FOUND"),
        (#"{"code":400,"message":"SensitiveContentDetected"}"#, "SensitiveContentDetected"),
    ])
    func symbolicCodeIsFoundWhereverItIs(body: String, code: String) {
        #expect(envelope(400, body).symbolicCode == ProviderCode(rawValue: code))
    }

    @Test func sentencesAndNumbersAreNotSymbolicCodes() {
        #expect(envelope(400, #"{"code":400,"message":"Invalid request","data":{"error":"Missing required field: input.prompt"}}"#).symbolicCode == nil)
        #expect(envelope(400, #"{"code":400,"message":"Unauthorized","error":{"code":401}}"#).symbolicCode == nil)
        #expect(!CodeMessageEnvelope.looksLikeCode("success"))
        #expect(!CodeMessageEnvelope.looksLikeCode("Rate limit exceeded"))
        #expect(!CodeMessageEnvelope.looksLikeCode("4XX_ERROR"))
        #expect(CodeMessageEnvelope.looksLikeCode("INVALID_PROMPT"))
        #expect(CodeMessageEnvelope.looksLikeCode("InvalidEndpoint.NotFound"))
    }

    @Test func errorMessageJoinsMessageAndDetail() {
        #expect(
            envelope(400, #"{"code":400,"message":"Invalid request","data":{"error":"Missing required field: input.prompt"}}"#).errorMessage
                == "Invalid request: Missing required field: input.prompt")
        #expect(envelope(400, #"{"error":"bad key"}"#).errorMessage == "bad key")
        #expect(envelope(400, #"{"code":400,"message":"success"}"#).errorMessage == nil)
        #expect(envelope(400, #"{"code":400,"message":"m","data":{"error":"m"}}"#).errorMessage == "m")
    }

    @Test func errorUsesTheCodeMappingThenTheEffectiveStatus() {
        let mapped = envelope(200, #"{"code":"QUOTA_GONE","message":"no credits"}"#).error(provider: "p", taskID: "t") {
            $0 == "QUOTA_GONE" ? .insufficientCredits : nil
        }
        #expect(mapped.category == .insufficientCredits)
        #expect(mapped.providerCode == "QUOTA_GONE")
        #expect(mapped.httpStatus == 200)
        #expect(mapped.taskID == "t")
        #expect(mapped.message == "no credits")

        let byStatus = envelope(200, #"{"code":404,"message":"Task not found"}"#).error(provider: "p")
        #expect(byStatus.category == .notFound)
        #expect(byStatus.providerCode == "404")
        #expect(byStatus.message == "Task not found (HTTP 200, code 404)")

        let unknown = envelope(200, #"{"code":"WEIRD"}"#).error(provider: "p")
        #expect(unknown.category == .server)

        let limited = envelope(200, #"{"code":429,"message":"slow down"}"#, headers: ["Retry-After": "3"]).error(provider: "p")
        #expect(limited.category == .rateLimited(retryAfter: .seconds(3)))

        let html = envelope(503, "<html>down</html>").error(provider: "p")
        #expect(html.category == .server)
        #expect(html.message == "code 503 from p")
        #expect(html.bodyExcerpt == "<html>down</html>")
    }

    @Test func dataIsDecodedFromTheOriginalBody() throws {
        struct Created: Decodable { var taskId: String }
        let read = envelope(200, #"{"code":200,"message":"success","data":{"taskId":"task_1"}}"#)
        #expect(try read.decodeData(Created.self, provider: "p", what: "create answer").taskId == "task_1")
        let empty = envelope(200, #"{"code":200,"data":null}"#)
        let missing = #expect(throws: SeedanceError.self) { try empty.decodeData(Created.self, provider: "p", what: "create answer", taskID: "t") }
        #expect(missing?.category == .decoding)
        #expect(missing?.taskID == "t")
        let wrong = #expect(throws: SeedanceError.self) {
            try envelope(200, #"{"code":200,"data":{"taskId":[]}}"#).decodeData(Created.self, provider: "p", what: "create answer")
        }
        #expect(wrong?.message.contains("data.taskId") == true)
    }

    @Test func callbackBodiesReadAsHTTP200() {
        let read = CodeMessageEnvelope(body: Data(#"{"code":200,"message":"success","data":{"taskId":"t"}}"#.utf8))
        #expect(read.httpStatus == 200)
        #expect(read.isSuccess)
        #expect(read.data?["taskId"] == "t")
    }
}
