import Seedance

/// The `seedance` command's exit codes: one per error category, documented in `--help` and the README.
enum ExitCode: Int32, CaseIterable, Sendable {
    case success = 0
    case unexpected = 1
    case usage = 2
    case invalidRequest = 3
    case authentication = 4
    case insufficientCredits = 5
    case rateLimited = 6
    case taskFailed = 7
    case timeout = 8
    case transport = 9
    case outcomeUnknown = 10
    case notFound = 11
    case unsupported = 12
    case decoding = 13
    case interrupted = 130

    /// The exit code for an SDK error's category.
    init(_ category: SeedanceError.Category) {
        switch category {
        case .invalidRequest: self = .invalidRequest
        case .authentication: self = .authentication
        case .insufficientCredits: self = .insufficientCredits
        case .rateLimited: self = .rateLimited
        case .contentRejected, .taskFailed, .taskExpired, .cancelled: self = .taskFailed
        case .timeout, .shutdown: self = .timeout
        case .transport, .server: self = .transport
        case .outcomeUnknown: self = .outcomeUnknown
        case .notFound: self = .notFound
        case .unsupported: self = .unsupported
        case .decoding: self = .decoding
        default: self = .unexpected
        }
    }

    /// What the code means, for help text.
    var meaning: String {
        switch self {
        case .success: "success"
        case .unexpected: "unexpected error"
        case .usage: "bad command line (unknown option, bad value)"
        case .invalidRequest: "invalid request (refused before sending, or by the provider)"
        case .authentication: "missing or rejected API key"
        case .insufficientCredits: "no balance or credits left"
        case .rateLimited: "rate limited"
        case .taskFailed: "the task failed, was rejected, cancelled or expired"
        case .timeout: "timed out (the task keeps running; resume with 'seedance wait <id>')"
        case .transport: "network or provider server error"
        case .outcomeUnknown: "the submit may have created a task; check before submitting again"
        case .notFound: "task or result not found (results expire)"
        case .unsupported: "the provider does not support this"
        case .decoding: "unreadable provider answer"
        case .interrupted: "interrupted (Ctrl-C); the task keeps running unless --cancel-on-interrupt"
        }
    }
}
