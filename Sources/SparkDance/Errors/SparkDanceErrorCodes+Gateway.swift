import SeedanceCore

extension SparkDanceErrorCode {
    /// The gateway's balance codes: `status.error_code` 40201…40208 in its `{"status": {code, message, error_code}}`
    /// envelope (``GatewayStatusEnvelope``) all mean the balance cannot pay for the request, whatever the HTTP status
    /// (the SeaCloud gateway that serves Vtrix; its client, https://github.com/SeaCloudAI/seacloud-cli, reads them
    /// so in `internal/clierrors/errors.go`). Its generic 40200 ("payment required") is left to the HTTP status.
    package static let gateway: [SparkDanceErrorCode] = (40201...40208).map {
        .init(ProviderCode(rawValue: String($0)), "Insufficient balance (gateway error_code \($0))", .insufficientCredits)
    }
}
