/// The poll times, in seconds after submission, that minimise the expected cost of detecting a task whose
/// completion time follows a learned histogram. Pure math, no I/O.
///
/// Cost of a plan = `pollCost × (expected requests)` + `expected (detection latency ÷ completion time)`. Candidate
/// poll times are the histogram's bin edges (4% apart); dynamic programming over "the last poll saw the task
/// running at edge i" finds the optimum in O(n²) for the n bins holding the mass (tails under 0.1% are folded in).
/// A gap between two polls is at least `minimumGap` and at most `maximumGap` where the bins allow it; the first
/// poll is bounded by neither. Relative latency is measured against at least `shortestDuration` (the dialect's
/// first-poll delay): a task is not expected to finish sooner, and a trace of learned mass near zero would
/// otherwise buy early polls (a 2 s task found at 35 s would count as 16 durations late). Past the plan's last
/// time, the schedule falls back to growing intervals.
enum PollPlanner {
    /// The plan for `mass` (bins of ``CompletionHistogram``), or an empty plan when there is no mass.
    static func plan(mass: [Double], pollCost: Double, minimumGap: Double, maximumGap: Double, shortestDuration: Double = 0) -> [Double] {
        let total = mass.reduce(0, +)
        guard total > 0 else { return [] }
        let tail = total * 0.001
        var low = 0, high = mass.count - 1, below = 0.0, above = 0.0
        while low < high, below + mass[low] <= tail { below += mass[low]; low += 1 }
        while high > low, above + mass[high] <= tail { above += mass[high]; high -= 1 }

        let count = high - low + 1
        // edges[j]: the lower edge of bin low+j (j = 0…count); bin j (1-based) spans edges[j-1]…edges[j].
        var edges = [Double](repeating: 0, count: count + 1)
        for j in 0...count { edges[j] = j == count ? CompletionHistogram.upperEdge(high) : CompletionHistogram.lowerEdge(low + j) }
        var cumulativeMass = [Double](repeating: 0, count: count + 1)
        var cumulativeInverse = [Double](repeating: 0, count: count + 1)
        for j in 1...count {
            var binMass = mass[low + j - 1] / total
            if j == 1 { binMass += below / total }
            if j == count { binMass += above / total }
            let center = max((edges[j - 1] * edges[j]).squareRoot(), edges[j] / 2, shortestDuration)
            cumulativeMass[j] = cumulativeMass[j - 1] + binMass
            cumulativeInverse[j] = cumulativeInverse[j - 1] + binMass / center
        }

        let weight = 1 / max(pollCost, 1e-6)
        var best = [Double](repeating: 0, count: count + 1)
        var next = [Int](repeating: count, count: count + 1)
        for i in stride(from: count - 1, through: 0, by: -1) {
            let running = max(0, 1 - cumulativeMass[i])
            var bestCost = Double.infinity, bestNext = count
            for j in (i + 1)...count {
                let gap = edges[j] - edges[i]
                if i > 0 {
                    if gap < minimumGap, j < count { continue }
                    if gap > maximumGap, bestCost < .infinity { break }
                }
                let latency = edges[j] * (cumulativeInverse[j] - cumulativeInverse[i]) - (cumulativeMass[j] - cumulativeMass[i])
                let cost = running + weight * latency + best[j]
                if cost < bestCost { (bestCost, bestNext) = (cost, j) }
            }
            best[i] = bestCost
            next[i] = bestNext
        }

        var plan: [Double] = []
        var state = 0
        while state < count {
            state = next[state]
            plan.append(edges[state])
        }
        return plan
    }
}

/// Plans for benchmarks and diagnostics.
package enum PollPlanning {
    /// The plan the engine would follow if it knew the completion-time distribution exactly (`times`, seconds
    /// after submission): the optimum its learning approaches.
    package static func optimalPlan(completionTimes times: [Double], pollCost: Double, hints: PollingHints) -> [Double] {
        var mass = [Double](repeating: 0, count: CompletionHistogram.binCount)
        for time in times { mass[CompletionHistogram.bin(of: time)] += 1 }
        return PollPlanner.plan(
            mass: mass, pollCost: pollCost, minimumGap: hints.minimumInterval.timeInterval, maximumGap: hints.maximumInterval.timeInterval,
            shortestDuration: hints.firstPollDelay.timeInterval)
    }
}
