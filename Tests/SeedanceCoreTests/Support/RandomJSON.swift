import Foundation
import SeedanceCore
import SeedanceSimulator

/// Seeded random `JSONValue` trees for differential tests against Foundation's JSON coders: nested objects and
/// arrays, escapes, non-ASCII text, integers of every size and (optionally) doubles from 10^-20 to 10^15.
struct RandomJSON {
    var random: SeededRandom
    /// Whether values include doubles.
    var doubles = true
    /// Whether object keys stay within ASCII.
    var asciiKeys = false

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    mutating func value(depth: Int = 0) -> JSONValue {
        let kinds = depth > 4 ? 6 : 8
        switch Int(random.next() % UInt64(kinds)) {
        case 0: return .null
        case 1: return .bool(random.next() & 1 == 0)
        case 2: return .integer(Int64(bitPattern: random.next()) >> (random.next() % 64))
        case 3:
            guard doubles else { return .integer(Int64(random.next() % 1000)) }
            // Below 2^53: JSONDecoder reads larger fractions and exponents through Decimal.
            let magnitude = pow(10, Double(Int(random.next() % 35) - 20))
            return .double((random.unit() - 0.5) * magnitude)
        case 4, 5: return .string(text(ascii: false))
        case 6: return .array((0..<Int(random.next() % 5)).map { _ in value(depth: depth + 1) })
        default:
            let pairs = (0..<Int(random.next() % 5)).map { _ in (text(ascii: asciiKeys), value(depth: depth + 1)) }
            return .object(Dictionary(pairs, uniquingKeysWith: { first, _ in first }))
        }
    }

    mutating func text(ascii: Bool) -> String {
        let pieces =
            ascii
            ? ["a", "Z", "9", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{8}", "\u{c}", "\u{7f}", "_", "-", "url?x=1&y=2"]
            : ["a", "Z", "9", " ", "\"", "\\", "/", "\n", "\t", "\u{1}", "é", "中", "😀", "\u{7f}", "\u{2028}", "url?x=1&y=2"]
        return (0..<Int(random.next() % 8)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
    }
}
