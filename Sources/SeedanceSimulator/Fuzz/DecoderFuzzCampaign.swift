import Foundation
import SeedanceCore

/// One input for a decoder: a body, the HTTP status and headers it came with, and how it was made.
package struct DecoderFuzzCase: Sendable {
    /// Where the body came from.
    package enum Origin: String, Sendable, Hashable {
        /// A corpus document changed by ``JSONMutator``.
        case mutatedFixture
        /// A random JSON document (``RandomJSON``).
        case randomJSON
        /// Random bytes.
        case randomBytes
    }

    /// The case's position in its campaign (replay it by running the campaign to this index).
    package var index: Int
    /// The response body (or callback body).
    package var body: Data
    /// The HTTP status to pair the body with.
    package var httpStatus: Int
    /// Response headers: sometimes a hostile `Retry-After`, `retry-after-ms` or request id.
    package var headers: SeedanceHTTPHeaders
    /// Where the body came from.
    package var origin: Origin
    /// The mutations applied, for a mutated fixture.
    package var mutations: [JSONMutation]

    /// A case for `body` under `httpStatus` (a hand-made edge case, or one drawn by ``DecoderFuzzCampaign``).
    package init(
        body: Data, httpStatus: Int = 200, headers: SeedanceHTTPHeaders = [:], origin: Origin = .mutatedFixture, mutations: [JSONMutation] = [],
        index: Int = 0
    ) {
        self.index = index
        self.body = body
        self.httpStatus = httpStatus
        self.headers = headers
        self.origin = origin
        self.mutations = mutations
    }

    /// The HTTP response this case stands for.
    package var response: SeedanceHTTPResponse { SeedanceHTTPResponse(status: httpStatus, headers: headers, body: body) }
}

/// A deterministic stream of ``DecoderFuzzCase``s from a corpus of response documents.
///
/// About 90% of cases are mutated corpus documents, 5% random JSON, 5% random bytes; two in three carry HTTP 200,
/// the others a spread of statuses (4xx, 5xx, and odd ones such as 0, 204, 302 and 999).
package struct DecoderFuzzCampaign: Sendable {
    /// Statuses other than 200 that cases carry.
    package static let otherStatuses = [201, 202, 204, 302, 400, 401, 402, 403, 404, 408, 409, 413, 422, 429, 500, 502, 503, 504, 0, 999]
    /// Hostile values for the wait-hint headers.
    package static let hostileRetryAfter = [
        "1e300", "1e400", "inf", "-inf", "infinity", "nan", "-1", "-0", "99999999999999999999", "18446744073709551616",
        "1.5", "0", "", "   ", "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "not a date",
    ]

    private let documents: [FuzzJSON]
    private let rawDocuments: [Data]
    private let mutator: JSONMutator
    private var random: SeededRandom
    private var nextIndex = 0

    /// A campaign over `corpus` (documents that are not JSON are only byte-mutated), drawing from `seed`.
    package init(corpus: [Data], seed: UInt64) {
        var parsed: [FuzzJSON] = []
        var raw: [Data] = []
        for document in corpus {
            if let json = try? JSONDecoder().decode(JSONValue.self, from: document) { parsed.append(FuzzJSON(json)) } else { raw.append(document) }
        }
        documents = parsed
        rawDocuments = raw
        var vocabulary = Set(parsed.flatMap(\.strings))
        vocabulary.formUnion(RandomJSON.statusWords)
        mutator = JSONMutator(vocabulary: vocabulary.sorted())
        random = SeededRandom(seed: seed)
    }

    /// The next case.
    package mutating func nextCase() -> DecoderFuzzCase {
        defer { nextIndex += 1 }
        var fuzzCase = DecoderFuzzCase(body: Data(), index: nextIndex)
        let roll = random.int(below: 100)
        if roll < 5 || (documents.isEmpty && rawDocuments.isEmpty) {
            fuzzCase.origin = .randomBytes
            fuzzCase.body = RandomJSON.bytes(random.int(below: 200), using: &random)
        } else if roll < 10 {
            fuzzCase.origin = .randomJSON
            fuzzCase.body = RandomJSON.value(depth: 4, vocabulary: mutator.vocabulary, using: &random).data
        } else if documents.isEmpty || (!rawDocuments.isEmpty && random.percent(10)) {
            let byteMutation = random.element(of: JSONMutator.byteLevel)
            fuzzCase.body = mutator.apply(byteMutation, to: random.element(of: rawDocuments), using: &random)
            fuzzCase.mutations = [byteMutation]
        } else {
            (fuzzCase.body, fuzzCase.mutations) = mutator.mutate(random.element(of: documents), using: &random)
        }
        if !random.percent(67) { fuzzCase.httpStatus = random.element(of: Self.otherStatuses) }
        if random.percent(10) {
            let name = random.element(of: ["Retry-After", "retry-after-ms", "X-Request-Id"])
            fuzzCase.headers[name] = random.element(of: Self.hostileRetryAfter)
        }
        return fuzzCase
    }
}
