package dev.whosaid.spark;

import dev.whosaid.WhoSaid;
import dev.whosaid.batch.RecordConverter;
import dev.whosaid.batch.RecordFields;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * All an executor needs to build the conversion the driver was asked for: a few dozen bytes sent with
 * every task, where the models (a gigabyte) are loaded once per executor JVM instead. Equal settings
 * share one pipeline ({@link ExecutorPipelines}).
 *
 * @param timeLimitMillis 0 for no limit
 * @param date            ISO date for records that carry none, or null
 */
public record PipelineSettings(boolean beliefCues, int maxSentenceTokens, int maxTextLength, boolean nameRepair,
                               boolean defaultGazetteer, List<String> gazetteerFiles, boolean datesInEverySentence,
                               long timeLimitMillis, int maxQuotes, int maxEntities, int maxCorrections,
                               String date, RecordFields fields, long maxRecordChars) implements Serializable {

    public PipelineSettings {
        gazetteerFiles = List.copyOf(gazetteerFiles);
    }

    /** The settings of a conversion with these analysis options, date, fields and record size limit. */
    public static PipelineSettings of(WhoSaid.Options o, LocalDate date, RecordFields fields, long maxRecordChars) {
        return new PipelineSettings(o.beliefCues(), o.maxSentenceTokens(), o.maxTextLength(), o.nameRepair(),
                o.defaultGazetteer(), o.gazetteerFiles().stream().map(Path::toString).toList(),
                o.datesInEverySentence(), o.timeLimit() == null ? 0 : o.timeLimit().toMillis(), o.maxQuotes(),
                o.maxEntities(), o.maxCorrections(), date == null ? null : date.toString(), fields, maxRecordChars);
    }

    /** The converter these settings describe: a new {@link WhoSaid}, its models loaded. */
    RecordConverter converter() {
        WhoSaid.Builder b = WhoSaid.builder().beliefCues(beliefCues).maxSentenceTokens(maxSentenceTokens)
                .maxTextLength(maxTextLength).nameRepair(nameRepair).defaultGazetteer(defaultGazetteer)
                .datesInEverySentence(datesInEverySentence)
                .timeLimit(timeLimitMillis == 0 ? null : Duration.ofMillis(timeLimitMillis))
                .maxQuotes(maxQuotes).maxEntities(maxEntities).maxCorrections(maxCorrections);
        gazetteerFiles.forEach(f -> b.gazetteer(Path.of(f)));
        return new RecordConverter(b.build().warmUp(), date == null ? null : LocalDate.parse(date), fields, maxRecordChars);
    }
}
