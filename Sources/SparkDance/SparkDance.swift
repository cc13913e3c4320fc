/// The spark_dance content-array dialect (Vtrix; seeds 000 and 001). Implemented by its own issue.
enum SparkDanceModule {}
