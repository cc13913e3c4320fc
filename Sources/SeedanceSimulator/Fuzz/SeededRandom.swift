import Foundation

/// A small deterministic random number generator (SplitMix64).
///
/// The same seed gives the same sequence on every platform, toolchain and run, so a fuzz case can be replayed from
/// its seed. The helpers below draw without the standard library's `random(in:using:)`, whose algorithm may change
/// between toolchains. Not for cryptography.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator starting from `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A number in `0..<bound`; `0` when `bound` is not positive.
    public mutating func int(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// `true` with probability `percent` / 100.
    public mutating func percent(_ percent: Int) -> Bool { int(below: 100) < percent }

    /// One element of `items`, which must not be empty.
    public mutating func element<Element>(of items: [Element]) -> Element {
        precondition(!items.isEmpty, "SeededRandom.element(of:) needs a non-empty array")
        return items[int(below: items.count)]
    }

    /// `count` random bytes.
    public mutating func bytes(_ count: Int) -> Data {
        var data = Data(capacity: count)
        for _ in 0..<max(0, count) { data.append(UInt8(truncatingIfNeeded: next())) }
        return data
    }
}
