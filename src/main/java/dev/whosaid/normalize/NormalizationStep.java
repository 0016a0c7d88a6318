package dev.whosaid.normalize;

/** One repair pass over the text. Steps are stateless, so one instance serves every thread. */
interface NormalizationStep {
    MappedText apply(MappedText in, EditLog log);
}
