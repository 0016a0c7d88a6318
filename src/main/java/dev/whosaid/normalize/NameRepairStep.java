package dev.whosaid.normalize;

import dev.whosaid.gazetteer.NameRepair;
import dev.whosaid.gazetteer.NameRepairer;
import dev.whosaid.gazetteer.NameSpan;
import dev.whosaid.model.CorrectionKind;
import dev.whosaid.model.WarningCode;

import java.time.LocalDate;
import java.util.List;

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

    /** The repaired text, and the names repaired in it (in its coordinates) added to {@code names}. */
    MappedText apply(MappedText in, EditLog log, LocalDate date, List<NameSpan> names) {
        List<NameRepair> repairs;
        try {
            repairs = repairer.repairs(in.text(), date);
        } catch (RuntimeException | StackOverflowError e) {
            // Name repair is the newest and most heuristic step: a bug in it must cost the document its
            // name repairs, not the markup, quote and spacing repairs made before it.
            log.warnDocument(WarningCode.W011, e.getClass().getSimpleName() + ": " + e.getMessage());
            return in;
        }
        if (repairs.isEmpty()) {
            return in;
        }
        MappedTextBuilder out = new MappedTextBuilder(in, log);
        for (NameRepair r : repairs) {
            out.replace(r.start(), r.end(), r.replacement(), CorrectionKind.NAME, r.confidence(), r.evidence());
        }
        // Repairs are sorted and apart, and a repaired name holds no other repair: the shift at a name's
        // start is that of the repairs before it, at its end that plus its own.
        int delta = 0;
        for (NameRepair r : repairs) {
            int own = r.replacement().length() - (r.end() - r.start());
            if (r.type() != null) {
                names.add(new NameSpan(r.nameStart() + delta, r.nameEnd() + delta + own, r.type()));
            }
            delta += own;
        }
        return out.build();
    }
}
