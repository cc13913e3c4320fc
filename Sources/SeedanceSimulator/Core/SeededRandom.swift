/// A small, fast, seeded random number generator (SplitMix64): the same seed gives the same sequence on every
/// platform, which makes the simulator's draws (completion times, outcomes, faults, ids) reproducible.
package struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    package init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A uniform draw in `0 ..< 1`.
    package mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
