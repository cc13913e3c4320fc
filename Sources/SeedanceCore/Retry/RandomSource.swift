/// Where jitter comes from: a function returning numbers in `0..<1`. Inject a fixed source in tests to make
/// backoff delays exact.
package struct RandomSource: Sendable {
    private let draw: @Sendable () -> Double

    /// A source drawing from `draw`; values outside `0...1` are clamped.
    package init(_ draw: @escaping @Sendable () -> Double) { self.draw = draw }

    /// The system random number generator.
    package static let system = RandomSource { Double.random(in: 0..<1) }

    /// Always `value` (clamped to `0...1`): `0` gives no wait, `1` the full ceiling.
    package static func constant(_ value: Double) -> RandomSource { RandomSource { value } }

    /// The next number, in `0...1`.
    package func unit() -> Double {
        let value = draw()
        guard value.isFinite else { return 0 }
        return min(1, max(0, value))
    }
}
