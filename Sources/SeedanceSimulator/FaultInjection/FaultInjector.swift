import Foundation

/// Decides, per request, which fault (if any) to inject: first from the one-shot queue filled by
/// ``Simulator/injectNext(_:on:)``, then by one seeded draw against the ``FaultPlan``. Thread-safe; draws happen
/// in arrival order, so a sequential run is exactly reproducible.
final class FaultInjector: @unchecked Sendable {
    private struct Scripted {
        var kind: FaultKind
        var routes: Set<RouteKind>?
    }

    private let lock = NSLock()
    private let plan: FaultPlan
    private var random: SeededRandom
    private var injectedPerRule: [Int]
    private var scripted: [Scripted] = []

    init(plan: FaultPlan, seed: UInt64) {
        self.plan = plan
        self.random = SeededRandom(seed: seed ^ 0xFA17_FA17_FA17_FA17)
        self.injectedPerRule = Array(repeating: 0, count: plan.rules.count)
    }

    /// Queues `kind` for the next request whose route is in `routes` (`nil`: any route).
    func injectNext(_ kind: FaultKind, routes: Set<RouteKind>?) {
        lock.withLock { scripted.append(Scripted(kind: kind, routes: routes)) }
    }

    /// The fault for one request of `route`, or `nil`. Every call on a plan with rules makes exactly one draw.
    func decide(for route: RouteKind) -> FaultKind? {
        lock.withLock {
            if let index = scripted.firstIndex(where: { $0.routes?.contains(route) ?? true }) {
                return scripted.remove(at: index).kind
            }
            guard !plan.rules.isEmpty else { return nil }
            let draw = random.unit()
            var threshold = 0.0
            for (index, rule) in plan.rules.enumerated() where rule.applies(to: route) {
                if let limit = rule.limit, injectedPerRule[index] >= limit { continue }
                threshold += max(0, rule.rate)
                if draw < threshold {
                    injectedPerRule[index] += 1
                    return rule.kind
                }
            }
            return nil
        }
    }
}
