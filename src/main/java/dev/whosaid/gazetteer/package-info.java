/**
 * The people and organisations whosaid knows by name, and the repair of names that machine
 * translation damaged.
 *
 * <p>API: {@link dev.whosaid.gazetteer.Gazetteer} (the shipped default, plus files of your own in the
 * format of {@code models/gazetteer/README.md}), {@link dev.whosaid.gazetteer.GazetteerEntry},
 * {@link dev.whosaid.gazetteer.Role}, {@link dev.whosaid.gazetteer.PartialDate} and
 * {@link dev.whosaid.gazetteer.GazetteerFormatException}. The repair and linking machinery
 * ({@link dev.whosaid.gazetteer.NameRepairer}, {@link dev.whosaid.gazetteer.EntityLinker},
 * {@link dev.whosaid.gazetteer.NameKeys}, {@link dev.whosaid.gazetteer.Lexicon}) is internal: public
 * so that the normalizer and the attributor can use it, and free to change.
 */
package dev.whosaid.gazetteer;
