package dev.whosaid.spark;

import dev.whosaid.batch.InputRecord;
import dev.whosaid.batch.SplitRecords;
import dev.whosaid.batch.RecordConverter;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.util.TaskCompletionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Converts the records of a partition's splits, one record at a time as Spark's writer pulls them: a
 * task holds one record in memory, whatever the size of its split. The output lines are exactly those
 * {@code whosaid convert} writes for the same records, error lines included.
 */
final class ConvertSplits implements MapPartitionsFunction<SplitTask, String> {
    private final PipelineSettings settings;
    private final HadoopFiles cluster;
    private final ConversionCounters counters;

    ConvertSplits(PipelineSettings settings, HadoopFiles cluster, ConversionCounters counters) {
        this.settings = settings;
        this.cluster = cluster;
        this.counters = counters;
    }

    @Override
    public Iterator<String> call(Iterator<SplitTask> tasks) {
        RecordConverter converter = ExecutorPipelines.get(settings, () -> counters.pipelines().add(1));
        Records records = new Records(tasks, converter);
        TaskContext context = TaskContext.get();
        if (context != null) { // a task that fails or is killed still closes its file
            context.addTaskCompletionListener((TaskCompletionListener) c -> records.close());
        }
        return records;
    }

    /** The output lines of the splits, read and converted lazily. */
    private final class Records implements Iterator<String> {
        private final Iterator<SplitTask> tasks;
        private final RecordConverter converter;
        private SplitRecords current;
        private InputRecord next;

        Records(Iterator<SplitTask> tasks, RecordConverter converter) {
            this.tasks = tasks;
            this.converter = converter;
        }

        @Override
        public boolean hasNext() {
            try {
                while (next == null) {
                    if (current == null) {
                        if (!tasks.hasNext()) {
                            return false;
                        }
                        SplitTask t = tasks.next();
                        current = new SplitRecords(t.split(), t.firstLine(), settings.fields(),
                                settings.maxRecordChars(), t.opener(cluster));
                    }
                    next = current.next();
                    if (next == null) {
                        current.close();
                        current = null;
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InputRecord r = next;
            next = null;
            return counters.count(converter.convert(r));
        }

        void close() {
            try {
                if (current != null) {
                    current.close();
                }
            } catch (IOException e) {
                // the task is over; nothing is left to read from the file
            }
        }
    }
}
