package dev.whosaid.normalize;

import dev.whosaid.gazetteer.NameRepair;
import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.model.CorrectionKind;

import java.time.LocalDate;

/**
 * Puts the name repairs into the text, so that NER and attribution read "Stef Blok" where the input
 * said "stef bullock", while every offset still maps back to the original. Runs last: it needs the
 * text clean of markup, with its quotation marks and paragraph capitals settled.
 */
final class NameRepairStep {
    private final NameRepairer repairer;

    NameRepairStep(NameRepairer repairer) {
        this.repairer = repairer;
    }

    MappedText apply(MappedText in, EditLog log, LocalDate date) {
        MappedTextBuilder out = null;
        for (NameRepair r : repairer.repairs(in.text(), date)) {
            out = out == null ? new MappedTextBuilder(in, log) : out;
            out.replace(r.start(), r.end(), r.replacement(), CorrectionKind.NAME, r.confidence(), r.evidence());
        }
        return out == null ? in : out.build();
    }
}
