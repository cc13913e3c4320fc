import Foundation

/// The figures and broken invariants of one soak run, checked against the simulator's own records.
package struct SoakReport: Sendable {
    /// Attempts made (one prompt each).
    package var tasks = 0
    /// Tasks the simulator committed (`counters.createsCommitted`) and tasks its world holds.
    package var committed = 0, tasksHeld = 0
    /// Requests the simulator received, and the create / status / download share.
    package var requests = 0, creates = 0, polls = 0, downloads = 0
    /// Faults injected, by ``SoakFaults/label(_:)``.
    package var faults: [String: Int] = [:]
    /// Outcomes, by ``SoakOutcome/category``.
    package var outcomes: [String: Int] = [:]
    /// Creates whose answer was lost or unreadable (`outcomeUnknown`): per category,
    /// those whose task exists (found by prompt, exactly one), and those where no task was made.
    package var unknownReconciled: [String: Int] = [:], unknownWithoutTask: [String: Int] = [:]
    /// Tasks whose only trace in the app is the client's list of creates whose callers left.
    package var listedByClient = 0
    /// Log events and error texts checked for the secret.
    package var textsInspected = 0
    /// The hosts that received an `Authorization` header.
    package var authorizationHosts: [String] = []
    /// Every broken invariant, one line each (empty when the run is sound).
    package var violations: [String] = []

    /// Faults as a share of requests.
    package var faultShare: Double { Double(faults.values.reduce(0, +)) / Double(max(requests, 1)) }

    /// The figures, one `name: value` line each.
    package var lines: [String] {
        func listed(_ counts: [String: Int]) -> String {
            counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
        return [
            "tasks: \(tasks), committed: \(committed), held: \(tasksHeld)",
            "requests: \(requests) (creates \(creates), polls \(polls), downloads \(downloads))",
            "faults: \(faults.values.reduce(0, +)) (\(String(format: "%.1f", faultShare * 100))% of requests) \(listed(faults))",
            "outcomes: \(listed(outcomes))",
            "tasks known only from the client's abandoned-submission list: \(listedByClient)",
            "creates without an answer: reconciled to one task by prompt \(listed(unknownReconciled)); no task made \(listed(unknownWithoutTask))",
            "secret checked in \(textsInspected) log events and error texts; Authorization reached \(authorizationHosts)",
            "violations: \(violations.count)",
        ]
    }
}

/// Checks a soak run's invariants: no task created twice; every task the server created is known to the app
/// (returned, carried by an error, or listed by the client as created for a caller that left), except after an
/// `outcomeUnknown`, which tells the app to reconcile and must match at most one task; every failure typed; no secret
/// shown; the key never sent to the result host.
package enum SoakAudit {
    /// Audits `ledger` (the client's view) against `tasks` (the simulator's world) and `counters`.
    ///
    /// - Parameters:
    ///   - prompts: the prompts of every attempt made (one per attempt, unique).
    ///   - ledger: what the client saw for each attempt.
    ///   - tasks: the simulator's tasks at the end of the run.
    ///   - counters: the simulator's counters at the end of the run.
    ///   - resultHost: the host result links point to, which must never receive `Authorization`.
    ///   - listed: task ids the clients list as created for callers that left (`abandonedSubmissions()`).
    package static func audit(
        expected prompts: [String], ledger: SoakLedger, tasks: [SimulatedTask], counters: SimulatorCounters, resultHost: String,
        listed: Set<String> = []
    ) -> SoakReport {
        var report = SoakReport()
        report.tasks = prompts.count
        report.committed = counters.createsCommitted
        report.tasksHeld = tasks.count
        report.requests = counters.requests
        report.creates = counters.creates
        report.polls = counters.polls
        report.downloads = counters.downloads
        for (kind, count) in counters.faultsInjected { report.faults[SoakFaults.label(kind), default: 0] += count }

        // A create whose answer was lost or unreadable is `outcomeUnknown` (the client maps an unreadable 2xx create
        // answer there too, since the soak found it): the caller must reconcile it, so it must match ≤ 1 task.
        let reconcilable: Set<String> = ["outcomeUnknown"]
        let outcomes = ledger.all
        let announced = ledger.announcements
        let byPrompt = Dictionary(grouping: tasks, by: { $0.prompt ?? "" })
        if report.committed != report.tasksHeld {
            report.violations.append("creates committed \(report.committed) != tasks held \(report.tasksHeld)")
        }
        for prompt in prompts {
            let held = byPrompt[prompt] ?? []
            guard let outcome = outcomes[prompt] else {
                report.violations.append("\(prompt): no outcome (hung or lost)")
                continue
            }
            report.outcomes[outcome.category, default: 0] += 1
            if case .untyped(let type) = outcome { report.violations.append("\(prompt): untyped error \(type)") }
            if held.count > 1 { report.violations.append("\(prompt): created \(held.count) times") }
            let known = outcome.taskID ?? announced[prompt] ?? held.first.flatMap { listed.contains($0.id) ? $0.id : nil }
            if outcome.taskID == nil, announced[prompt] == nil, known != nil { report.listedByClient += 1 }
            switch (held.first, known) {
            case (let task?, let id?) where task.id != id:
                report.violations.append("\(prompt): client has \(id), simulator holds \(task.id)")
            case (nil, let id?):
                report.violations.append("\(prompt): client has \(id), simulator holds none")
            case (_?, nil):
                if reconcilable.contains(outcome.category) {
                    report.unknownReconciled[outcome.category, default: 0] += 1
                } else {
                    report.violations.append("\(prompt): task \(held[0].id) committed, id lost (\(outcome.category))")
                }
            case (nil, nil):
                if reconcilable.contains(outcome.category) { report.unknownWithoutTask[outcome.category, default: 0] += 1 }
            default:
                break
            }
        }
        let attempted = Set(prompts)
        let stray = tasks.filter { !attempted.contains($0.prompt ?? "") }
        if !stray.isEmpty { report.violations.append("\(stray.count) tasks with no attempt's prompt") }
        report.textsInspected = ledger.textsInspected
        report.authorizationHosts = counters.hosts.filter { $0.value.requestsWithAuthorization > 0 }.map(\.key).sorted()
        for source in Set(ledger.secretLeaks) { report.violations.append("secret shown in \(source)") }
        if counters.authorizationReached(resultHost) { report.violations.append("Authorization sent to \(resultHost)") }
        return report
    }
}
