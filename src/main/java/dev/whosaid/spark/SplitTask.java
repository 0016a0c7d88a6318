package dev.whosaid.spark;

import dev.whosaid.batch.FileSplit;

import java.io.Serializable;

/** One task's input: a split, and the number of its first line in its file (for error messages). */
public record SplitTask(FileSplit split, long firstLine) implements Serializable {
}
