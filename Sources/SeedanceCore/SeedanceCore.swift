/// # SeedanceCore
///
/// The provider-neutral heart of the Seedance SDK: request and response models (``VideoRequest``,
/// ``TaskSnapshot``), the one error type (``SeedanceError``), lenient JSON decoding helpers, the HTTP transport
/// and retry policy, the polling engine and the client. It knows no dialect: every provider's wire format lives in
/// an adapter module that conforms to ``Dialect``.
public enum SeedanceSDK {
    /// The SDK's version, sent in the `User-Agent` header as `seedance-swift/<version>`.
    public static let version = "0.1.0"

    /// The `User-Agent` header value every request carries.
    public static var userAgent: String { "seedance-swift/\(version)" }
}
