extension SeedanceClient {
    /// Submits every request, paced to the provider's limits, and returns one outcome per request in input order.
    ///
    /// At most `limits.maxConcurrent` creates are in flight, and starts are spaced to stay within
    /// `limits.requestsPerMinute` (on the client's clock). Each create follows ``submit(_:)``'s rules (validation
    /// first, never replayed after an ambiguous failure, recorded in the journal before it counts as submitted).
    /// A failure of one item does not stop the others.
    ///
    /// Cancelling the calling task stops starting new creates (they are `.notSent`); creates already in flight
    /// whose answer is not known become `.outcomeUnknown`. Never throws.
    ///
    /// - Parameter limits: the pace; `nil` uses ``SubmissionLimits/documented(for:)`` for this client's provider.
    public func submitAll(_ requests: [VideoRequest], limits: SubmissionLimits? = nil) async -> [BatchItemOutcome] {
        let limits = limits ?? SubmissionLimits.documented(for: provider)
        var outcomes = [BatchItemOutcome](repeating: .notSent, count: requests.count)
        await withTaskGroup(of: (Int, BatchItemOutcome).self) { group in
            var running = 0
            var nextStart = clock.now
            for (index, request) in requests.enumerated() {
                if running >= limits.maxConcurrent, let (done, outcome) = await group.next() {
                    outcomes[done] = outcome
                    running -= 1
                }
                if nextStart > clock.now { try? await clock.sleep(until: nextStart) }
                if Task.isCancelled || isShutDown { break }
                nextStart = max(nextStart, clock.now) + limits.startInterval
                running += 1
                group.addTask { (index, await self.submitItem(request)) }
            }
            for await (done, outcome) in group { outcomes[done] = outcome }
        }
        return outcomes
    }

    private func submitItem(_ request: VideoRequest) async -> BatchItemOutcome {
        do {
            return .submitted(try await submit(request))
        } catch let error as SeedanceError where error.category == .outcomeUnknown {
            return .outcomeUnknown(error)
        } catch let error as SeedanceError where error.category == .shutdown {
            return .notSent
        } catch let error as SeedanceError {
            return .failed(error)
        } catch {
            return .outcomeUnknown(
                SeedanceError(
                    category: .outcomeUnknown, provider: provider,
                    message: "the batch was cancelled while this create was in flight; a task may have started: reconcile before submitting again"))
        }
    }
}
