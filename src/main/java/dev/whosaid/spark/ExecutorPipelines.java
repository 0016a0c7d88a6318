package dev.whosaid.spark;

import dev.whosaid.batch.RecordConverter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One conversion pipeline per executor JVM and settings, shared by every task the executor runs at
 * once. Created on first use, under the map's lock, so that two tasks starting together load the
 * models once (the race that makes spark-corenlp load them per task); {@code WhoSaid} is thread-safe,
 * so the tasks then share it freely.
 */
final class ExecutorPipelines {
    private static final Map<PipelineSettings, RecordConverter> PIPELINES = new ConcurrentHashMap<>();

    private ExecutorPipelines() {
    }

    /** The pipeline for these settings in this JVM; {@code created} is told when this call built it. */
    static RecordConverter get(PipelineSettings settings, Runnable created) {
        boolean[] built = new boolean[1];
        RecordConverter c = PIPELINES.computeIfAbsent(settings, s -> {
            built[0] = true;
            return s.converter();
        });
        if (built[0]) {
            created.run();
        }
        return c;
    }

    /** Forgets the pipelines built (they are rebuilt on next use): for tests that count builds. */
    static void forgetAll() {
        PIPELINES.clear();
    }
}
