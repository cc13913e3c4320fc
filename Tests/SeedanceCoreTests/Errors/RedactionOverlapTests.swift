import Foundation
import SeedanceCore
import Testing

/// ``Redaction`` with keys that overlap: when one registered key is part of another (a test key `sk-test` and the
/// key `sk-test-…`), a text with the longer key shows none of it. Before the fix the shorter key was replaced first
/// and the rest of the longer key stayed readable (`[REDACTED]-OVERLAP-4242`).
@Suite("Redaction of overlapping keys", .timeLimit(.minutes(1)))
struct RedactionOverlapTests {
    @Test("a key registered after a key that is its prefix is still redacted whole, in excerpts and error texts")
    func longerKeyAfterItsPrefix() {
        _ = APIKey("sk-overlap")
        _ = APIKey("sk-overlap-OVERLAP-4242")
        #expect(Redaction.scrub(#"{"key":"sk-overlap-OVERLAP-4242"}"#) == #"{"key":"[REDACTED]"}"#)
        #expect(Redaction.scrub("short sk-overlap, long sk-overlap-OVERLAP-4242.") == "short [REDACTED], long [REDACTED].")
        let excerpt = Redaction.excerpt(of: Data(#"{"echo":"sk-overlap-OVERLAP-4242"}"#.utf8))
        #expect(excerpt == #"{"echo":"[REDACTED]"}"#)
    }
}
