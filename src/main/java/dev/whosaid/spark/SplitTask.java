package dev.whosaid.spark;

import dev.whosaid.batch.FileOpener;
import dev.whosaid.batch.FileSplit;

import java.io.Serializable;

/**
 * One task's input: a split, whether it lies on the cluster's file system (else on a local one, or one
 * mounted alike on every machine), and the number of its first line in its file (for error messages).
 */
public record SplitTask(FileSplit split, boolean distributed, long firstLine) implements Serializable {
    /** What reads the split's bytes. */
    FileOpener opener(HadoopFiles cluster) {
        return distributed ? cluster : FileOpener.LOCAL;
    }
}
