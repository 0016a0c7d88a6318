/**
 * The batch conversion on Apache Spark ({@link dev.whosaid.spark.SparkConversion}): the records
 * {@code convert} reads, cut into splits on the driver, converted on the executors with one pipeline
 * per executor JVM, written as JSON Lines (exactly {@code convert}'s lines) or typed Parquet. Spark is
 * a provided dependency: these classes load only when a Spark job runs, so the rest of whosaid never
 * needs Spark on its class path.
 */
package dev.whosaid.spark;
