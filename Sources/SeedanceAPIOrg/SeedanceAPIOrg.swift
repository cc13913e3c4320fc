/// The seedanceapi.org generate/status dialect (seed 004). Implemented by its own issue.
enum SeedanceAPIOrgModule {}
