/// The flat-body `/v3/async` task dialect (JieKou, Novita, PPIO; seed 002). Implemented by its own issue.
enum JieKouModule {}
