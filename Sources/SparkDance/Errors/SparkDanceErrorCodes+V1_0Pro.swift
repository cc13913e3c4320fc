import SeedanceCore

extension SparkDanceErrorCode {
    /// Seedance 1.0 Pro (`spark_dance_v1_0_pro`), "Error Codes" of https://doc.vtrix.ai/docs/api/vtrix/spark-dance-v1-0-pro.
    /// Parameter errors (001–014) are
    /// `invalidRequest`; the generation-pipeline errors and "Service unavailable" (095–099) are `server`.
    package static let v1_0Pro: [SparkDanceErrorCode] = [
        .init("003005001", "Missing content", .invalidRequest),
        .init("003005002", "Invalid content format", .invalidRequest),
        .init("003005003", "Invalid image format", .invalidRequest),
        .init("003005004", "Invalid image count", .invalidRequest),
        .init("003005005", "Invalid resolution", .invalidRequest),
        .init("003005006", "Invalid aspect ratio", .invalidRequest),
        .init("003005007", "Invalid duration", .invalidRequest),
        .init("003005008", "Invalid frame rate", .invalidRequest),
        .init("003005009", "Invalid seed", .invalidRequest),
        .init("003005010", "Invalid boolean parameter", .invalidRequest),
        .init("003005011", "Missing content type", .invalidRequest),
        .init("003005012", "Missing text field", .invalidRequest),
        .init("003005013", "Missing image URL field", .invalidRequest),
        .init("003005014", "Invalid image URL structure", .invalidRequest),
        .init("003005095", "Internal generation error", .server),
        .init("003005096", "Result parsing error", .server),
        .init("003005097", "HTTP error response", .server),
        .init("003005098", "Status check error", .server),
        .init("003005099", "Service unavailable", .server),
    ]
}
