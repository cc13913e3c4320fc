import Foundation

/// The fuzz campaign's draws on the simulator's ``SeededRandom``. They avoid the standard library's
/// `random(in:using:)`, whose algorithm may change between toolchains, so a fuzz case replays from its seed anywhere.
extension SeededRandom {
    /// A number in `0..<bound`; `0` when `bound` is not positive.
    package mutating func int(below bound: Int) -> Int {
        guard bound > 0 else { return 0 }
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    package mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + int(below: range.count)
    }

    /// `true` with probability `percent` / 100.
    package mutating func percent(_ percent: Int) -> Bool { int(below: 100) < percent }

    /// One element of `items`, which must not be empty.
    package mutating func element<Element>(of items: [Element]) -> Element {
        precondition(!items.isEmpty, "SeededRandom.element(of:) needs a non-empty array")
        return items[int(below: items.count)]
    }

    /// `count` random bytes.
    package mutating func bytes(_ count: Int) -> Data {
        var data = Data(capacity: count)
        for _ in 0..<max(0, count) { data.append(UInt8(truncatingIfNeeded: next())) }
        return data
    }
}
