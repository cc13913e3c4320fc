import Foundation
import SeedanceCore
import SeedanceSimulator
import Testing

/// ``SimulatedEnvelope``: the `{"code", "message", "data"}` envelope the APIXO and seedanceapi.org simulations answer
/// in, and where an error envelope goes (the HTTP status, or inside an HTTP 200 as some providers send it).
@Suite("Simulated envelope answers", .timeLimit(.minutes(3)))
struct SimulatedEnvelopeTests {
    @Test("a success wraps the data with code 200 and message success, as exact JSON bytes")
    func success() {
        #expect(SimulatedEnvelope.success(["taskId": "t-1"]) == ["code": 200, "message": "success", "data": ["taskId": "t-1"]])
        let response = SimulatedEnvelope.successResponse(["taskId": "t-1"])
        #expect(response.status == 200 && response.headers["Content-Type"] == "application/json; charset=utf-8")
        #expect(response.body == .data(Data(#"{"code":200,"data":{"taskId":"t-1"},"message":"success"}"#.utf8)))
    }

    @Test("an error envelope: under its own status, or under HTTP 200 with the same body")
    func errors() {
        let body: JSONValue = ["code": 429, "message": "Too many requests", "data": .null]
        let asStatus = SimulatedEnvelope.errorResponse(status: 429, body: body, delivery: .httpStatus)
        let inBand = SimulatedEnvelope.errorResponse(status: 429, body: body, delivery: .http200)
        #expect(asStatus.status == 429 && inBand.status == 200)
        #expect(asStatus.body == .data(SimulatedResponse.encode(body)) && inBand.body == asStatus.body)
    }

    @Test("the APIXO simulation answers a refused create in the envelope, under the delivery it was given")
    func throughAPIXO() {
        let error = SimulatedError.invalidParameter("prompt", "prompt is required")
        let asStatus = SimulatedAPIXO().errorResponse(for: error)
        let inBand = SimulatedAPIXO(errorDelivery: .http200).errorResponse(for: error)
        #expect(asStatus.status == 400 && inBand.status == 200 && asStatus.body == inBand.body)
        guard case .data(let data) = inBand.body, let json = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            Issue.record("not JSON: \(inBand.body)"); return
        }
        #expect(json["code"] == 400 && json["data"] == ["error": "prompt is required"])
    }
}
