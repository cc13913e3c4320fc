import Foundation

/// How long one finished task took, in seconds since it was submitted: known exactly (`lower == upper`), or only
/// to lie in `lower…upper` (after the last poll that saw it running, up to the poll that saw it finished).
struct CompletionObservation: Sendable, Hashable {
    var lower: Double
    var upper: Double
}

/// A histogram of completion times on log-spaced bins (4% wide, 0.25 s to about 9 hours), with fading weights.
///
/// An interval observation is shared among the bins it covers in proportion to the mass already there, smoothed
/// over neighbouring bins (the self-consistent estimate for interval-censored data, which lets the estimate creep
/// towards times next to those seen), plus a small share spread evenly over the interval so times never seen can
/// still gain weight. A larger even share would keep placing mass where no poll ever looks (before the first
/// poll) and pull the plan ever earlier. Each new observation weighs a little more than the previous one, so old
/// ones fade with a half-life of `memory` observations.
struct CompletionHistogram: Sendable {
    static let firstEdge = 0.25
    static let ratio = 1.04
    static let binCount = 300
    private static let logRatio = log(ratio)
    /// The share of an interval observation spread evenly rather than by the current estimate.
    private static let evenShare = 0.02

    private(set) var mass: [Double]
    /// The number of observations recorded (not decayed).
    private(set) var observations = 0
    private var increment = 1.0
    private let growth: Double

    /// An empty histogram whose observations fade with a half-life of `memory` observations.
    init(memory: Int) {
        mass = Array(repeating: 0, count: Self.binCount)
        growth = pow(2, 1 / Double(max(1, memory)))
    }

    /// The lower edge of bin `index` (bin 0 starts at 0).
    static func lowerEdge(_ index: Int) -> Double { index == 0 ? 0 : firstEdge * pow(ratio, Double(index)) }
    /// The upper edge of bin `index`.
    static func upperEdge(_ index: Int) -> Double { firstEdge * pow(ratio, Double(index + 1)) }

    /// The bin holding `seconds` (times beyond the last bin land in it).
    static func bin(of seconds: Double) -> Int {
        guard seconds > firstEdge else { return 0 }
        let index = Int((log(seconds / firstEdge) / logRatio).rounded(.down))
        return min(max(index, 0), binCount - 1)
    }

    /// The total (faded) weight.
    var totalMass: Double { mass.reduce(0, +) }

    /// Adds `weight` (in observation units) spread log-uniformly over `range`: the prior a dialect's hints give.
    mutating func addPrior(over range: ClosedRange<Double>, weight: Double) {
        let lower = Self.bin(of: range.lowerBound), upper = Self.bin(of: range.upperBound)
        let share = weight * increment / Double(upper - lower + 1)
        for index in lower...upper { mass[index] += share }
    }

    /// Records one finished task.
    mutating func record(_ observation: CompletionObservation) {
        let lower = max(0, min(observation.lower, observation.upper)), upper = max(0, observation.upper)
        observations += 1
        defer { fade() }
        let first = Self.bin(of: lower), last = Self.bin(of: upper)
        if first == last || upper - lower < 1e-6 {
            mass[last] += increment
            return
        }
        var overlaps: [(index: Int, length: Double, weight: Double)] = []
        var estimated = 0.0
        for index in first...last {
            let length = min(upper, Self.upperEdge(index)) - max(lower, Self.lowerEdge(index))
            guard length > 0 else { continue }
            let binMass = lower > 0 ? smoothedMass(at: index) : mass[index]
            let weight = binMass * length / (Self.upperEdge(index) - Self.lowerEdge(index))
            overlaps.append((index, length, weight))
            estimated += weight
        }
        let span = upper - lower
        for (index, length, weight) in overlaps {
            let even = length / span
            let byEstimate = estimated > 0 ? weight / estimated : even
            mass[index] += increment * (Self.evenShare * even + (1 - Self.evenShare) * byEstimate)
        }
    }

    /// The mass at `index` blended with its neighbours' (weights ¼, ½, 1, ½, ¼).
    private func smoothedMass(at index: Int) -> Double {
        var total = mass[index]
        for (offset, weight) in [(1, 0.5), (2, 0.25)] {
            if index - offset >= 0 { total += weight * mass[index - offset] }
            if index + offset < mass.count { total += weight * mass[index + offset] }
        }
        return total
    }

    private mutating func fade() {
        increment *= growth
        if increment > 1e12 {
            for index in mass.indices { mass[index] /= increment }
            increment = 1
        }
    }
}
