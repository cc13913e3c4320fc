import Foundation
import SeedanceCore
import SimulatorTestSupport
import SeedanceTestSupport
import SparkDance
import Testing

@Suite struct SparkDanceErrorTests {
    let dialect = SparkDance()

    /// Every row of both models' tables, with the category of a request refused with it (a failed task carries
    /// `TaskFailure.category(forFailedTaskMeaning:)` of it).
    static let rows: [(String, SeedanceError.Category)] = [
        ("003015001", .invalidRequest), ("003015002", .invalidRequest), ("003015003", .invalidRequest),
        ("003015004", .invalidRequest), ("003015005", .invalidRequest), ("003015006", .invalidRequest),
        ("003015010", .taskFailed), ("003015095", .server), ("003015096", .server), ("003015097", .server),
        ("003015098", .server), ("003015099", .server),
        ("003005001", .invalidRequest), ("003005002", .invalidRequest), ("003005003", .invalidRequest),
        ("003005004", .invalidRequest), ("003005005", .invalidRequest), ("003005006", .invalidRequest),
        ("003005007", .invalidRequest), ("003005008", .invalidRequest), ("003005009", .invalidRequest),
        ("003005010", .invalidRequest), ("003005011", .invalidRequest), ("003005012", .invalidRequest),
        ("003005013", .invalidRequest), ("003005014", .invalidRequest), ("003005095", .server),
        ("003005096", .server), ("003005097", .server), ("003005098", .server), ("003005099", .server),
    ]

    @Test func theTablesHoldExactlyTheSeedsRows() {
        #expect((SparkDanceErrorCode.v1_5Pro + SparkDanceErrorCode.v1_0Pro).map(\.code.rawValue) == Self.rows.map(\.0))
    }

    @Test(arguments: rows)
    func failedTaskCodeMapsToItsCategory(_ code: String, _ category: SeedanceError.Category) throws {
        for wire in [#""\#(code)""#, String(Int(code)!)] {
            let body = Data(#"{"id": "t1", "status": "failed", "error": {"code": \#(wire), "error_message": "m"}}"#.utf8)
            let failure = try #require(try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "t1").failure)
            #expect(failure.category == TaskFailure.category(forFailedTaskMeaning: category), "code \(wire)")
            #expect(failure.code?.matches(ProviderCode(rawValue: code)) == true)
            #expect(failure.message == "m")
        }
    }

    @Test(arguments: rows)
    func inBandCreateRefusalMapsToItsCategory(_ code: String, _ category: SeedanceError.Category) {
        let body = Data(#"{"error": {"code": "\#(code)", "message": "m"}}"#.utf8)
        #expect { try dialect.parseCreateResponse(SeedanceHTTPResponse(status: 200, body: body)) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == category && error?.providerCode?.rawValue == code
        }
    }

    @Test func unknownCodesAndModerationWording() throws {
        func failure(_ error: String) throws -> TaskFailure? {
            let body = Data(#"{"id": "t1", "status": "failed", "error": \#(error)}"#.utf8)
            return try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 200, body: body), for: "t1").failure
        }
        #expect(try failure(#"{"code": "009999999", "message": "odd"}"#)?.category == .taskFailed)
        #expect(try failure(#""The prompt contains sensitive content""#)?.category == .contentRejected)
        #expect(try failure(#"null"#) == TaskFailure(category: .taskFailed, message: "the task failed without a reason"))
    }

    func http(_ status: Int, _ fixture: String, headers: SeedanceHTTPHeaders = [:]) -> SeedanceHTTPResponse {
        SeedanceHTTPResponse(status: status, headers: headers, body: Fixtures.data("sparkdance/\(fixture)"))
    }

    @Test func http401IsAuthentication() {
        #expect { try dialect.parseCreateResponse(http(401, "error-401.json", headers: ["X-Request-Id": "r-1"])) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .authentication && error?.httpStatus == 401 && error?.message == "Invalid API key"
                && error?.requestID == "r-1" && error?.provider == "vtrix"
        }
    }

    @Test func http403IsInsufficientCreditsUnlessItSpeaksOfPermission() {
        #expect { try dialect.parseCreateResponse(http(403, "error-403.json")) } throws: { error in
            (error as? SeedanceError)?.category == .insufficientCredits
        }
        let permission = SeedanceHTTPResponse(status: 403, body: Data(#"{"message": "No permission for model spark_dance_v1_5_pro"}"#.utf8))
        #expect { try dialect.parseCreateResponse(permission) } throws: { error in
            (error as? SeedanceError)?.category == .authentication
        }
    }

    @Test func http429CarriesRetryAfter() {
        #expect { try dialect.parseStatusResponse(http(429, "error-429.json", headers: ["Retry-After": "7"]), for: "t1") } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .rateLimited(retryAfter: .seconds(7)) && error?.taskID == "t1"
                && error?.message == "Rate limit exceeded, please retry later"
        }
    }

    @Test func http5xxIsServerAndAStatus404IsNotFound() {
        let serverError = SeedanceHTTPResponse(status: 500, body: Data(#"{"code": "003015099", "message": "Task creation error"}"#.utf8))
        #expect { try dialect.parseCreateResponse(serverError) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .server && error?.providerCode == "003015099"
        }
        #expect { try dialect.parseStatusResponse(SeedanceHTTPResponse(status: 404, body: Data("<html>".utf8)), for: "t1") } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .notFound && error?.message == "HTTP 404 from vtrix" && error?.taskID == "t1"
        }
    }

    @Test func http400WithADocumentedCodeKeepsIt() {
        let body = SeedanceHTTPResponse(status: 400, body: Data(#"{"error": {"code": 3005009, "error_message": "Invalid seed"}}"#.utf8))
        #expect { try dialect.parseCreateResponse(body) } throws: { error in
            let error = error as? SeedanceError
            return error?.category == .invalidRequest && error?.providerCode == "3005009" && error?.message == "Invalid seed"
        }
    }
}
