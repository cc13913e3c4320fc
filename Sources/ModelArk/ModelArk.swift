/// The official BytePlus ModelArk / Volcengine Ark task API. Implemented by its own issue.
enum ModelArkModule {}
