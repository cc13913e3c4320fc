import Foundation

/// URL checks shared by the envelope dialects, which take images and callbacks as links only.
enum WebURLCheck {
    /// `text` as an absolute `http` or `https` URL with a host, else `nil` (data URLs, relative paths, other schemes).
    static func webURL(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty
        else { return nil }
        return url
    }

    /// `text` as a callback URL: both providers require a public `https` URL; the simulator also accepts `http` or
    /// `https` to a loopback host (`127.0.0.1`, `::1`, `localhost`), because it only ever posts callbacks to loopback.
    /// `nil` when neither holds.
    static func callbackURL(_ text: String) -> URL? {
        guard let url = webURL(text) else { return nil }
        if isLoopback(url) || url.scheme?.lowercased() == "https" { return url }
        return nil
    }

    /// Whether `url`'s host is a loopback address.
    static func isLoopback(_ url: URL) -> Bool {
        let host = (url.host ?? "").lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "127.0.0.1" || host == "::1" || host == "localhost"
    }
}
