import Foundation

/// How a dialect spells new task ids. The world draws the random bits (seeded) and retries on the rare collision.
///
/// ```swift
/// var taskIDFormat: TaskIDFormat { .prefixed("task_", randomCharacters: 12) }   // task_3f9c0a1b2d4e
/// var taskIDFormat: TaskIDFormat { .uuid }                                      // 830d9c90-d53f-4c5a-8009-…
/// var taskIDFormat: TaskIDFormat { .arkStyle }                                  // cgt-20250331175019-68d9t
/// ```
public struct TaskIDFormat: Sendable {
    /// What a format may draw on: a per-world sequence number (1, 2, …), the creation date and 128 random bits.
    public struct Input: Sendable {
        /// 1 for the world's first task, then 2, 3 …
        public var sequence: Int
        /// When the task is created (the simulator's calendar, see ``SimulatorConfiguration/startDate``).
        public var date: Date
        /// Two 64-bit random words.
        public var random: (UInt64, UInt64)

        /// An input (the world builds these; tests may too).
        public init(sequence: Int, date: Date, random: (UInt64, UInt64)) {
            self.sequence = sequence
            self.date = date
            self.random = random
        }
    }

    private let make: @Sendable (Input) -> String

    /// A format from a closure.
    public init(_ make: @escaping @Sendable (Input) -> String) { self.make = make }

    /// The id for `input`.
    public func id(for input: Input) -> String { make(input) }

    /// `prefix` followed by `randomCharacters` lowercase hex digits (at most 32).
    public static func prefixed(_ prefix: String, randomCharacters: Int = 16) -> TaskIDFormat {
        TaskIDFormat { input in prefix + String(hex(input.random).prefix(max(0, min(32, randomCharacters)))) }
    }

    /// A lowercase random (version 4) UUID, as the JieKou / Novita family shows.
    public static let uuid = TaskIDFormat { input in
        let (high, low) = input.random
        let versioned = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let variant = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let digits = hex((versioned, variant))
        let parts = [
            digits.prefix(8), digits.dropFirst(8).prefix(4), digits.dropFirst(12).prefix(4),
            digits.dropFirst(16).prefix(4), digits.dropFirst(20),
        ]
        return parts.map(String.init).joined(separator: "-")
    }

    /// `cgt-YYYYMMDDHHMMSS-xxxxx` (UTC date, five lowercase alphanumerics), as the official Ark API spells ids.
    public static let arkStyle = TaskIDFormat { input in
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: input.date)
        let stamp = String(
            format: "%04d%02d%02d%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
            parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        var bits = input.random.0
        var suffix = ""
        for _ in 0..<5 {
            suffix.append(alphabet[Int(bits % 36)])
            bits /= 36
        }
        return "cgt-\(stamp)-\(suffix)"
    }

    private static func hex(_ words: (UInt64, UInt64)) -> String {
        func pad(_ word: UInt64) -> String {
            let digits = String(word, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return pad(words.0) + pad(words.1)
    }
}
