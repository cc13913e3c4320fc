/// The generateTask/statusTask dialect (APIXO; seed 003). Implemented by its own issue.
enum APIXOModule {}
