/// The providers' side of every dialect, in process and on loopback. Implemented by its own issue.
enum SeedanceSimulatorModule {}
