import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import SeedanceCore

/// The session delegate's answer per authentication method. CI runs on Linux only: the Darwin branch is checked by
/// this same test when it is run on macOS.
@Suite("Authentication challenges: TLS is left to the system, credential requests get none")
struct ChallengeDispositionTests {
    /// Darwin's method names (their constants are unavailable in swift-corelibs-foundation).
    @Test(arguments: ["NSURLAuthenticationMethodServerTrust", "NSURLAuthenticationMethodClientCertificate"])
    func serverTrustAndClientCertificatesGetDefaultHandling(method: String) {
        #expect(SessionDelegate.disposition(for: method) == .performDefaultHandling)
    }

    @Test(arguments: [
        NSURLAuthenticationMethodHTTPBasic, NSURLAuthenticationMethodHTTPDigest, NSURLAuthenticationMethodNTLM,
        NSURLAuthenticationMethodNegotiate, NSURLAuthenticationMethodDefault, NSURLAuthenticationMethodHTMLForm,
    ])
    func credentialChallengesAreAnsweredWithNoCredential(method: String) {
        #if canImport(FoundationNetworking)
        // Cancelled, then turned back into the 401 response by the transfer (see TransportExchangeTests).
        #expect(SessionDelegate.disposition(for: method) == .cancelAuthenticationChallenge)
        #else
        #expect(SessionDelegate.disposition(for: method) == .performDefaultHandling)
        #endif
    }
}
