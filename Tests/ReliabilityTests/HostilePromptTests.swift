import Foundation
import Seedance
import SeedanceTestSupport
import Testing

/// Prompts that try to break out of their JSON string are sent exactly: the create body decodes back to the same
/// prompt, byte for byte, and the body's structure is the one a plain prompt gives.
@Suite("Hostile prompts")
struct HostilePromptTests {
    static let prompts: [String] = [
        #"She said "hello" and "goodbye""#,
        #"back\slash, double \\ and an escaped \" quote"#,
        "line one\nline two\r\nline three\rfour",
        "tab\there\tand\u{B}vertical\u{C}feed",
        "controls \u{1}\u{7}\u{8}\u{1B}[31mred\u{1B}[0m \u{1F} \u{7F} \u{85}",
        #"literal escapes \u0022 \u005c \u0000 \ud83d \n \t"#,
        "emoji 🎬🦊 family 👨‍👩‍👧‍👦 flag 🏳️‍🌈 keycap 1️⃣",
        "RTL \u{202E}txet desrever\u{202C} \u{200F}עברית\u{200E} العربية \u{2067}isolate\u{2069}",
        #""},"model":"evil","x":{"a":""#,
        #""}]}],"model":"other","input":[{"params":{"content":[{"type":"text","text":"pwned"#,
        "separators \u{2028} and \u{2029}, BOM \u{FEFF}, zero width \u{200B}\u{200D}",
        "decomposed e\u{301} and composed \u{E9}, Hangul \u{1100}\u{1161}",
        "</script><script>alert(1)</script> ${HOME} $(id) `id` %22%7D %00",
        "  leading and trailing blanks \n ",
        "--ratio 1:1 --duration 12 --resolution 1080p",
    ]

    @Test("Each hostile prompt is encoded exactly and changes nothing else in the body", arguments: PromptSubject.all)
    func exactPrompts(_ subject: PromptSubject) throws {
        let reference = try subject.body(prompt: "PLACEHOLDER PROMPT")
        for prompt in Self.prompts {
            let body = try subject.body(prompt: prompt)
            let sent = try #require(subject.prompt(in: body), "\(subject.name): no prompt in the body for \(prompt.debugDescription)")
            #expect(Array(sent.utf8) == Array(prompt.utf8), "\(subject.name) sent \(sent.debugDescription) for \(prompt.debugDescription)")
            #expect(
                body.replacingStrings(prompt, with: "PLACEHOLDER PROMPT") == reference,
                "\(subject.name): the body's structure changed for \(prompt.debugDescription)")
        }
    }

    @Test("A hostile prompt of the longest allowed length is exact; one character more is refused before sending", arguments: PromptSubject.all)
    func promptLengthRules(_ subject: PromptSubject) throws {
        let limit = subject.dialect.capabilities.model(subject.dialect.defaultModel)?.prompt.length
        let longest = limit?.upperBound ?? 10_000
        let alphabet = Array(#""}\"# + "\n\t😀e\u{301}\u{202E}👨‍👩‍👧 ")
        let prompt = String((0..<longest).map { alphabet[$0 % alphabet.count] })
        #expect(prompt.count == longest)
        let sent = try #require(subject.prompt(in: try subject.body(prompt: prompt)))
        #expect(Array(sent.utf8) == Array(prompt.utf8))
        if let limit {
            let tooLong = prompt + "x"
            let error = try #require(throws: SeedanceError.self) { try subject.dialect.validate(VideoRequest(prompt: tooLong)) }
            #expect(error.category == .invalidRequest)
            #expect(error.field == "prompt")
            #expect(error.allowed == "\(limit.lowerBound)…\(limit.upperBound) characters")
        }
    }
}

/// A dialect and where its create body carries the prompt.
struct PromptSubject: Sendable, CustomTestStringConvertible {
    let name: String
    let dialect: any Dialect
    let promptPath: @Sendable (JSONValue) -> JSONValue?

    var testDescription: String { name }

    /// The decoded create body for a text-to-video request with `prompt`, after validation.
    func body(prompt: String) throws -> JSONValue {
        let request = VideoRequest(prompt: prompt)
        try dialect.validate(request)
        let body = try #require(try dialect.makeCreateRequest(request).body)
        return try JSONDecoder().decode(JSONValue.self, from: body)
    }

    func prompt(in body: JSONValue) -> String? { promptPath(body)?.stringValue }

    static let all: [PromptSubject] = [
        PromptSubject(name: "SparkDance", dialect: SparkDance()) { textItem(in: $0["input"]?[0]?["params"]?["content"]) },
        PromptSubject(name: "ModelArk", dialect: ModelArk.byteplus()) { textItem(in: $0["content"]) },
        PromptSubject(name: "JieKou", dialect: JieKou()) { $0["prompt"] },
        PromptSubject(name: "APIXO", dialect: APIXO()) { $0["input"]?["prompt"] },
        PromptSubject(name: "SeedanceAPIOrg", dialect: SeedanceAPIOrg()) { $0["prompt"] },
    ]

    /// The `text` of the single `type: text` item of a content array.
    private static func textItem(in content: JSONValue?) -> JSONValue? {
        let texts = (content?.arrayValue ?? []).filter { $0["type"] == "text" }
        return texts.count == 1 ? texts[0]["text"] : nil
    }
}

extension JSONValue {
    /// This value with every string equal (byte for byte) to `text` replaced by `replacement`.
    func replacingStrings(_ text: String, with replacement: String) -> JSONValue {
        switch self {
        case .string(let value): Array(value.utf8) == Array(text.utf8) ? .string(replacement) : self
        case .array(let items): .array(items.map { $0.replacingStrings(text, with: replacement) })
        case .object(let members): .object(members.mapValues { $0.replacingStrings(text, with: replacement) })
        default: self
        }
    }
}
