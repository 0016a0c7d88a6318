package dev.whosaid.spark;

import dev.whosaid.batch.RecordConverter;
import dev.whosaid.model.ErrorCode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** A job's counters, added to by the tasks and summed over every executor by Spark. */
record ConversionCounters(LongAccumulator records, LongAccumulator quotes, LongAccumulator pipelines,
                          LongAccumulator[] errorsByCode) implements Serializable {

    static ConversionCounters register(SparkSession spark) {
        LongAccumulator[] errors = new LongAccumulator[ErrorCode.values().length];
        for (ErrorCode c : ErrorCode.values()) {
            errors[c.ordinal()] = spark.sparkContext().longAccumulator("whosaid " + c.name());
        }
        return new ConversionCounters(spark.sparkContext().longAccumulator("whosaid records"),
                spark.sparkContext().longAccumulator("whosaid quotes"),
                spark.sparkContext().longAccumulator("whosaid pipelines built"), errors);
    }

    LongAccumulator errors(ErrorCode code) {
        return errorsByCode[code.ordinal()];
    }

    /** Counts one converted record; returns its output line. */
    String count(RecordConverter.Result result) {
        records.add(1);
        quotes.add(result.quotes());
        if (result.isError()) {
            errors(result.errorCode()).add(1);
        }
        return result.json();
    }

    /** Error lines by code, those that occurred, in code order. */
    Map<String, Long> errorCounts() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ErrorCode c : ErrorCode.values()) {
            long n = errorsByCode[c.ordinal()].value();
            if (n > 0) {
                out.put(c.name(), n);
            }
        }
        return out;
    }
}
