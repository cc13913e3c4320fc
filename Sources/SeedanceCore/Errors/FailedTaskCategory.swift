extension TaskFailure {
    /// The category a failed task carries, under the rule every adapter follows, given `meaning`: the category the
    /// adapter's code table gives the task's failure code (`nil` for an unknown or absent code).
    ///
    /// `contentRejected`, `insufficientCredits` and `taskExpired` are kept: the code says why the task failed. Every
    /// other meaning is `taskFailed`: a parameter error found while the task ran, an internal error, a provider-side
    /// processing timeout, an unknown code. A failed task is never `timeout` (that category is only ever a local
    /// deadline) and never `server`; its code and message stay on the ``TaskFailure``.
    package static func category(forFailedTaskMeaning meaning: SeedanceError.Category?) -> SeedanceError.Category {
        switch meaning {
        case .contentRejected?: .contentRejected
        case .insufficientCredits?: .insufficientCredits
        case .taskExpired?: .taskExpired
        default: .taskFailed
        }
    }
}
