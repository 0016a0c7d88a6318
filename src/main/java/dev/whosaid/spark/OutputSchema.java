package dev.whosaid.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The output contract v1 (the JSON Schema in {@code dev/whosaid/schema}) as a Spark schema, for a typed
 * Parquet output: offsets are integers, confidences doubles, the document date a date, and the
 * record's {@code meta} (any JSON) its JSON text. An error record fills {@code id} and {@code error}
 * only.
 */
final class OutputSchema {
    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;

    private static final StructType MENTION = struct("start", INT, "end", INT, "text", STRING);
    private static final StructType CORRECTION = struct("start", INT, "end", INT, "original", STRING,
            "replacement", STRING, "kind", STRING, "confidence", DataTypes.DoubleType, "evidence", STRING);
    private static final StructType ENTITY = struct("id", STRING, "name", STRING, "type", STRING,
            "gazetteerId", STRING, "wikidata", STRING, "titles", DataTypes.createArrayType(STRING),
            "mentions", DataTypes.createArrayType(MENTION));
    private static final StructType SPEAKER = struct("entity", STRING, "name", STRING, "mention", MENTION);
    /** A statement's date may be partial ("2020-09"), so it stays a string. */
    private static final StructType WHEN = struct("value", STRING, "basis", STRING, "text", STRING, "start", INT,
            "end", INT);
    private static final StructType QUOTE = struct("id", STRING, "kind", STRING, "text", STRING, "start", INT,
            "end", INT, "speaker", SPEAKER, "cue", MENTION, "about", DataTypes.createArrayType(STRING),
            "when", WHEN, "confidence", DataTypes.DoubleType);
    private static final StructType WARNING = struct("code", STRING, "message", STRING, "start", INT, "end", INT);

    /** One output line: an analysis, or an error record. */
    static final StructType RECORD = struct("schemaVersion", STRING, "id", STRING, "date", DataTypes.DateType,
            "text", STRING, "corrections", DataTypes.createArrayType(CORRECTION),
            "entities", DataTypes.createArrayType(ENTITY), "quotes", DataTypes.createArrayType(QUOTE),
            "warnings", DataTypes.createArrayType(WARNING), "meta", STRING,
            "error", struct("code", STRING, "message", STRING));

    private OutputSchema() {
    }

    /** A struct of nullable fields, given as name, type, name, type, … */
    private static StructType struct(Object... namesAndTypes) {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.add(DataTypes.createStructField((String) namesAndTypes[i], (DataType) namesAndTypes[i + 1], true));
        }
        return DataTypes.createStructType(fields);
    }
}
