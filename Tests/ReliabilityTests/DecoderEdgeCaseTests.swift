import Foundation
import Seedance
import SeedanceSimulator
import SeedanceTestSupport
import Testing

/// Exhaustive, deterministic edge cases next to the random campaign: every node of every response fixture swapped
/// for every kind of value, every member removed, every number replaced by extreme literals, deep nesting at and
/// around the parser's depth limit, and hostile wait-hint headers.
@Suite("Decoder edge cases")
struct DecoderEdgeCaseTests {
    /// Replacements tried at every node: each JSON kind, plus empty and hostile strings and extreme numbers.
    static let replacements: [FuzzJSON] = [
        .null, .bool(true), .bool(false), .string(""), .string("x"), .string("1e300"), .string("-1"), .string("\u{202E}"),
        .raw("0"), .raw("-1"), .raw("-0"), .raw("1e400"), .raw("1e300"), .raw("18446744073709551616"), .raw("4.9e-324"),
        .array([]), .array([.null]), .object([]), .object([FuzzMember(key: "id", value: .string(""))]),
    ]

    @Test("Every node of every fixture, replaced by every kind of value or removed", arguments: FuzzedDialect.all)
    func everyNodeEveryKind(_ subject: FuzzedDialect) throws {
        let harness = DecoderFuzzHarness(dialect: subject.dialect)
        var tally = DecoderFuzzTally()
        for fixture in subject.responseFixtures {
            let document = FuzzJSON(try JSONDecoder().decode(JSONValue.self, from: fixture.data))
            for path in document.paths {
                var bodies = Self.replacements.map { replacement in
                    var copy = document
                    copy.update(at: path[...]) { $0 = replacement }
                    return copy.data
                }
                if let last = path.last {
                    var copy = document
                    copy.update(at: path.dropLast()) { parent in
                        if case .object(var members) = parent {
                            members.remove(at: last)
                            parent = .object(members)
                        } else if case .array(var items) = parent {
                            items.remove(at: last)
                            parent = .array(items)
                        }
                    }
                    bodies.append(copy.data)
                }
                for body in bodies {
                    let fuzzCase = DecoderFuzzCase(body: body, mutations: [.swapType], index: tally.cases)
                    tally.record(harness.run(fuzzCase), for: fuzzCase, label: "\(subject.name) \(fixture.name) \(path)")
                }
            }
        }
        #expect(tally.cases > 100)
        #expect(tally.violationCount == 0, "\(tally.violationCount) violations; first:\n\(tally.violations.joined(separator: "\n"))")
    }

    /// Extreme values as numeric text, which lenient readers parse (`Double("1e400")` is infinity).
    static let extremeNumericStrings = [
        "1e300", "1e400", "-1e300", "18446744073709551616", "9223372036854775808", "-0", "4.9e-324", "1e16", "NaN", "Infinity", "0x1F",
    ]

    @Test("Every number of every fixture replaced by each extreme literal; every scalar by extreme numeric text", arguments: FuzzedDialect.all)
    func extremeNumbersEverywhere(_ subject: FuzzedDialect) throws {
        let harness = DecoderFuzzHarness(dialect: subject.dialect)
        var tally = DecoderFuzzTally()
        for fixture in subject.responseFixtures {
            let document = FuzzJSON(try JSONDecoder().decode(JSONValue.self, from: fixture.data))
            for (path, node) in document.nodes {
                var replacements: [FuzzJSON] = []
                switch node {
                case .raw: replacements = (RandomJSON.extremeNumbers + RandomJSON.invalidNumbers).map(FuzzJSON.raw)
                case .string: break
                default: continue
                }
                replacements += Self.extremeNumericStrings.map(FuzzJSON.string)
                for replacement in replacements {
                    var copy = document
                    copy.update(at: path[...]) { $0 = replacement }
                    let fuzzCase = DecoderFuzzCase(body: copy.data, mutations: [.extremeNumber], index: tally.cases)
                    tally.record(harness.run(fuzzCase), for: fuzzCase, label: "\(subject.name) \(fixture.name) \(path) = \(replacement.text)")
                }
            }
        }
        #expect(tally.cases > 100)
        #expect(tally.violationCount == 0, "\(tally.violationCount) violations; first:\n\(tally.violations.joined(separator: "\n"))")
    }

    @Test("Deep nesting (up to 10,000 levels, closed or not) as the whole body and inside every member", arguments: FuzzedDialect.all)
    func deepNesting(_ subject: FuzzedDialect) throws {
        let harness = DecoderFuzzHarness(dialect: subject.dialect)
        var tally = DecoderFuzzTally()
        let wrappers: [(open: String, close: String)] = [("[", "]"), ("{\"a\":", "}"), ("{\"data\":", "}"), ("[{\"task\":", "}]")]
        for depth in [255, 256, 511, 512, 513, 1_000, 10_000] {
            for wrapper in wrappers {
                let open = String(repeating: wrapper.open, count: depth)
                let close = String(repeating: wrapper.close, count: depth)
                var bodies = [open + "1" + close, open, open + "\"x\"" + String(close.dropLast())]
                for fixture in subject.responseFixtures {
                    let document = FuzzJSON(try JSONDecoder().decode(JSONValue.self, from: fixture.data))
                    guard case .object(let members) = document else { continue }
                    for index in members.indices {
                        var copy = document
                        copy.update(at: [index]) { $0 = .raw(open + $0.text + close) }
                        bodies.append(copy.text)
                    }
                }
                for body in bodies {
                    let fuzzCase = DecoderFuzzCase(body: Data(body.utf8), mutations: [.deepNesting], index: tally.cases)
                    tally.record(harness.run(fuzzCase), for: fuzzCase, label: "\(subject.name) depth \(depth) \(wrapper.open)")
                }
            }
        }
        #expect(tally.violationCount == 0, "\(tally.violationCount) violations; first:\n\(tally.violations.joined(separator: "\n"))")
    }

    @Test("A body ending with the 513th opening bracket is a typed error (it traps Foundation's parser on Linux)", arguments: FuzzedDialect.all)
    func openBracketAtDepthLimit(_ subject: FuzzedDialect) {
        let harness = DecoderFuzzHarness(dialect: subject.dialect)
        let bodies = [
            String(repeating: "[", count: 513), "{\"x\":1,\"d\":" + String(repeating: "[", count: 512),
            "{\"code\":200,\"data\":{\"taskId\":\"t\",\"state\":\"success\",\"resultJson\":\"" + String(repeating: "[", count: 513) + "\"}}",
        ]
        for (index, body) in bodies.enumerated() {
            let report = harness.run(DecoderFuzzCase(body: Data(body.utf8)))
            #expect(report.violations.isEmpty, "\(report.violations)")
            if index < 2 {
                #expect(report.outcomes.allSatisfy { $0.result != "value" || $0.operation == .cancel }, "\(report.outcomes)")
            }
        }
        #expect(throws: DecodingError.self) { try JSONInput.decode(JSONValue.self, from: Data(bodies[0].utf8)) }
    }

    @Test("Hostile Retry-After / retry-after-ms values on a 429 give rateLimited with a finite, non-negative hint or none", arguments: FuzzedDialect.all)
    func hostileWaitHints(_ subject: FuzzedDialect) throws {
        let body = try #require(subject.responseFixtures.first { $0.name.contains("429") }?.data ?? subject.responseFixtures.first?.data)
        for name in ["Retry-After", "retry-after-ms"] {
            for value in DecoderFuzzCampaign.hostileRetryAfter {
                let response = SeedanceHTTPResponse(status: 429, headers: [name: value], body: body)
                let error = try #require(throws: SeedanceError.self) { try subject.dialect.parseStatusResponse(response, for: "task-1") }
                let hint = error.category.retryAfter
                guard case .rateLimited = error.category else {
                    Issue.record("\(subject.name) \(name): \(value) gave \(error.category.name)")
                    continue
                }
                if let hint { #expect(hint >= .zero && hint.timeInterval.isFinite, "\(name): \(value) gave \(hint)") }
                #expect(error.taskID == "task-1")
            }
        }
    }
}
