/**
 * The benchmark: stock CoreNLP's quote pipeline and whosaid timed side by side on the same documents,
 * each in a JVM of its own ({@code ./whosaid bench}).
 */
package dev.whosaid.bench;
