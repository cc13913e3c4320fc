import Foundation
import SeedanceCore
import Testing

/// The ``OpenStringValue`` contract every open value set shares: a value the provider adds later decodes and compares
/// like a known one, it travels as a bare JSON string, and a non-string is a `DecodingError`.
@Suite("Open string values")
struct OpenStringValueTests {
    static func check<Value: OpenStringValue>(_ type: Value.Type, known: Value, unknownRaw: String) throws {
        let unknown = try JSONDecoder().decode(Value.self, from: Data("\"\(unknownRaw)\"".utf8))
        #expect(unknown.rawValue == unknownRaw && unknown == Value(rawValue: unknownRaw))
        #expect(unknown.description == unknownRaw)
        #expect(String(decoding: try JSONEncoder().encode([known, unknown]), as: UTF8.self) == "[\"\(known.rawValue)\",\"\(unknownRaw)\"]")
        #expect(try JSONDecoder().decode(Value.self, from: JSONEncoder().encode(known)) == known)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Value.self, from: Data("42".utf8)) }
    }

    @Test func everyOpenValueSetAcceptsValuesTheProviderAddsLater() throws {
        try Self.check(ModelID.self, known: "seedance-1-5-pro-251215", unknownRaw: "seedance-9-0-ultra")
        try Self.check(Resolution.self, known: .p720, unknownRaw: "4k")
        try Self.check(AspectRatio.self, known: .r16x9, unknownRaw: "5:4")
        try Self.check(ServiceTier.self, known: .flex, unknownRaw: "priority")
        try Self.check(TaskID.self, known: "cgt-2025", unknownRaw: "task_42 x")
    }

    @Test func aStringLiteralIsTheRawValue() {
        let literal: ServiceTier = "flex"
        #expect(literal == ServiceTier(rawValue: "flex") && literal == .flex)
        #expect(Set<ModelID>(["a", "a", "b"]).count == 2)
    }
}
