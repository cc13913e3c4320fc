@testable import SeedanceCore
import Testing

@Suite("Scheduling math")
struct SchedulingMathTests {
    static let hints = PollingHints(expectedDuration: .seconds(90), firstPollDelay: .seconds(10), minimumInterval: .seconds(2), maximumInterval: .seconds(60))

    /// A histogram holding completion times uniform over `range`.
    static func uniform(_ range: ClosedRange<Double>, samples: Int = 2000) -> CompletionHistogram {
        var histogram = CompletionHistogram(memory: 1_000_000)
        for index in 0..<samples {
            let time = range.lowerBound + (Double(index) + 0.5) / Double(samples) * (range.upperBound - range.lowerBound)
            histogram.record(CompletionObservation(lower: time, upper: time))
        }
        return histogram
    }

    /// Requests per task and mean relative latency of `plan` for completion times uniform over `range`.
    static func evaluate(_ plan: [Double], on range: ClosedRange<Double>) -> (requests: Double, relativeLatency: Double) {
        var requests = 0.0, latency = 0.0
        let count = 10_000
        for index in 0..<count {
            let time = range.lowerBound + (Double(index) + 0.5) / Double(count) * (range.upperBound - range.lowerBound)
            let poll = plan.firstIndex { $0 >= time } ?? plan.count - 1
            requests += Double(poll + 1)
            latency += max(0, plan[poll] - time) / time
        }
        return (requests / Double(count), latency / Double(count))
    }

    func situation(
        now: Double, started: Double = 0, known: Bool = true, answered: Int = 0, failures: Int = 0, plan: [Double] = [],
        previous: Double? = nil, progress: ProgressTrend? = nil, deadline: Double? = nil
    ) -> PollSituation {
        PollSituation(
            now: .seconds(now), startedAt: .seconds(started), startKnown: known, answeredPolls: answered,
            consecutiveFailures: failures, hints: Self.hints, plan: plan, previousTarget: previous, progress: progress,
            deadline: deadline.map { .seconds($0) }, jitterUnit: 0)
    }

    func next(_ situation: PollSituation, _ strategy: PollingStrategy = .adaptive()) -> Double {
        PollSchedule.nextPoll(for: situation, strategy: strategy, jitter: 0.05, finalPollLead: .seconds(1)).due.timeInterval
    }

    // MARK: Planner

    @Test func thePlanForAKnownSpreadIsNearTheOptimum() {
        let plan = PollPlanner.plan(mass: Self.uniform(30...150).mass, pollCost: 0.08, minimumGap: 2, maximumGap: 60)
        let (requests, latency) = Self.evaluate(plan, on: 30...150)
        // Exact optimum on a 1 s grid for this cost weight: 2.80 requests, mean relative latency 0.183.
        #expect(requests < 2.9)
        #expect(latency < 0.19)
        #expect(plan.first! > 45 && plan.first! < 65)
        #expect(plan.last! >= 150 && plan.last! < 160)
        #expect(zip(plan, plan.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func aSmallerPollCostPollsMoreAndDetectsSooner() {
        let mass = Self.uniform(30...150).mass
        let thrifty = Self.evaluate(PollPlanner.plan(mass: mass, pollCost: 0.2, minimumGap: 2, maximumGap: 60), on: 30...150)
        let eager = Self.evaluate(PollPlanner.plan(mass: mass, pollCost: 0.02, minimumGap: 2, maximumGap: 60), on: 30...150)
        #expect(eager.requests > thrifty.requests + 2)
        #expect(eager.relativeLatency < thrifty.relativeLatency / 2)
    }

    @Test func thePlanKeepsGapsWithinTheHints() {
        let mass = Self.uniform(10...300).mass
        let capped = PollPlanner.plan(mass: mass, pollCost: 0.5, minimumGap: 2, maximumGap: 20)
        #expect(zip(capped, capped.dropFirst()).allSatisfy { $1 - $0 <= 20 })
        let spaced = PollPlanner.plan(mass: mass, pollCost: 0.001, minimumGap: 15, maximumGap: 60)
        #expect(zip(spaced, spaced.dropFirst()).dropLast().allSatisfy { $1 - $0 >= 15 })
        #expect(PollPlanner.plan(mass: Array(repeating: 0, count: 300), pollCost: 0.08, minimumGap: 2, maximumGap: 60).isEmpty)
    }

    // MARK: Schedule

    @Test func theFirstPollFollowsThePlanOrIsImmediateForATaskOfUnknownAge() {
        #expect(next(situation(now: 0, plan: [50, 80])) == 50)
        #expect(next(situation(now: 7, known: false, plan: [50, 80])) == 7)
        #expect(next(situation(now: 0)) == 10)  // no plan: the dialect's first-poll delay
    }

    @Test func aPollJitteredEarlyAimsAtTheNextPlanTimeNotTheSameOneAgain() {
        #expect(next(situation(now: 48, answered: 1, plan: [50, 80], previous: 50)) == 48 + 32 * 1.0)
        #expect(next(situation(now: 50, answered: 1, plan: [50, 51, 80], previous: 50)) == 80)  // 51 is closer than the minimum gap
    }

    @Test func failuresBackOffFromTheMinimumToTheMaximumInterval() {
        #expect(next(situation(now: 100, answered: 1, failures: 1, plan: [50, 200])) == 102)
        #expect(next(situation(now: 100, answered: 1, failures: 3, plan: [50, 200])) == 108)
        #expect(next(situation(now: 100, answered: 1, failures: 12, plan: [50, 200])) == 160)
    }

    @Test func progressAimsJustAfterTheEstimatedEnd() {
        var trend = ProgressTrend(previous: nil, latest: (.seconds(40), 0.5))
        #expect(abs(next(situation(now: 40, answered: 1, plan: [40, 200], progress: trend)) - (80 + 0.03 * 80)) < 1e-9)
        trend.append(0.75, at: .seconds(60))  // pace from the two reports: 0.25 per 20 s, so 20 s to go
        #expect(abs(next(situation(now: 60, answered: 2, plan: [40, 200], progress: trend)) - (80 + 0.03 * 80)) < 1e-9)
        trend.append(0.75, at: .seconds(82))  // stalled: the plan decides again
        #expect(next(situation(now: 82, answered: 3, plan: [40, 100, 200], previous: 40, progress: trend)) == 100)
    }

    @Test func pastThePlanPollsGrowWithTheTasksAge() {
        #expect(next(situation(now: 200, answered: 4, plan: [50, 150], previous: 150)) == 240)
        #expect(next(situation(now: 1000, answered: 9, plan: [50, 150], previous: 150)) == 1060)
    }

    @Test func theLastPollIsBroughtForwardToJustBeforeTheDeadline() {
        #expect(next(situation(now: 0, plan: [50, 80], deadline: 30)) == 29)
        #expect(next(situation(now: 28.8, answered: 1, plan: [50, 80], deadline: 30)) == 50)  // too close: no extra poll
        #expect(next(situation(now: 0, plan: [50, 80], deadline: 300)) == 50)
    }

    @Test func fixedIntervalsCountFromSubmission() {
        #expect(next(situation(now: 0), .fixed(interval: .seconds(5))) == 5)
        #expect(next(situation(now: 5, answered: 1), .fixed(interval: .seconds(5))) == 10)
        #expect(next(situation(now: 3, known: false), .fixed(interval: .seconds(5))) == 3)
    }

    @Test func jitterIsDeterministicAndSpread() {
        let values = (0..<1000).map { PollJitter.unit(seed: 1, taskID: TaskID(rawValue: "t-\($0)"), poll: 0) }
        #expect(values == (0..<1000).map { PollJitter.unit(seed: 1, taskID: TaskID(rawValue: "t-\($0)"), poll: 0) })
        #expect(values.allSatisfy { (-1...1).contains($0) })
        #expect(abs(values.reduce(0, +) / 1000) < 0.1)
        #expect(values.min()! < -0.9 && values.max()! > 0.9)
    }
}
