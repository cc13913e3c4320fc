/// The fault plans a soak run uses: every kind the simulator injects, on creates and polls.
package enum SoakFaults {
    /// About a quarter to a third of create and status requests faulted: 429 with `Retry-After` (`retryAfter`), 500,
    /// 502, 503 before acting, 500/502/503/504 after committing, resets before reading and after committing, truncated
    /// JSON, an HTML body, and answers held for `stall` (make it longer than the client's request timeout). A 429 on a
    /// poll slows the client's whole polling engine, so polls get fewer of them than creates. Result downloads are
    /// left alone.
    package static func mixed(retryAfter: Duration = .seconds(1), stall: Duration) -> FaultPlan {
        var rules: [FaultRule] = []
        for (route, rateLimited) in [(RouteKind.create, 0.05), (.status, 0.01)] {
            rules.append(FaultRule(.rateLimited(retryAfter: retryAfter), rate: rateLimited, routes: [route]))
            rules += [
                FaultRule(.serverError(status: 500), rate: 0.03, routes: [route]),
                FaultRule(.serverError(status: 502), rate: 0.03, routes: [route]),
                FaultRule(.serverError(status: 503), rate: 0.03, routes: [route]),
                FaultRule(.resetBeforeRead, rate: 0.03, routes: [route]),
                FaultRule(.resetAfterCommit, rate: 0.03, routes: [route]),
                FaultRule(.truncatedBody, rate: 0.03, routes: [route]),
                FaultRule(.nonJSONBody, rate: 0.03, routes: [route]),
                FaultRule(.slowAnswer(delay: stall), rate: 0.01, routes: [route]),
            ]
            rules += [500, 502, 503, 504].map { FaultRule(.serverErrorAfterCommit(status: $0), rate: 0.015, routes: [route]) }
        }
        return FaultPlan(rules)
    }

    /// A short label for `kind`, for printed figures (`429`, `500`, `reset-after-commit`, `stall` …).
    package static func label(_ kind: FaultKind) -> String {
        switch kind {
        case .rateLimited: "429"
        case .serverError(let status): String(status)
        case .resetBeforeRead: "reset-before-read"
        case .resetAfterCommit: "reset-after-commit"
        case .truncatedBody: "truncated-json"
        case .nonJSONBody: "non-json"
        case .resetMidBody: "reset-mid-body"
        case .slowAnswer: "stall"
        case .serverErrorAfterCommit(let status): "\(status)-after-commit"
        }
    }
}
