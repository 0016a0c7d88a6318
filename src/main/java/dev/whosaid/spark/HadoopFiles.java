package dev.whosaid.spark;

import dev.whosaid.batch.FileOpener;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Opens files on the cluster's file systems (HDFS, S3, …) on any executor, with the driver's Hadoop
 * settings (credentials and endpoints given as {@code spark.hadoop.*} included): they travel as plain
 * strings, since Hadoop's {@code Configuration} is not serializable.
 */
final class HadoopFiles implements FileOpener {
    private final HashMap<String, String> settings = new HashMap<>();
    private transient Configuration conf;

    HadoopFiles(Configuration conf) {
        for (Map.Entry<String, String> e : conf) {
            settings.put(e.getKey(), e.getValue());
        }
        this.conf = conf;
    }

    Configuration conf() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            settings.forEach(c::set);
            conf = c;
        }
        return conf;
    }

    FileSystem fileSystem(Path p) throws IOException {
        return p.getFileSystem(conf());
    }

    @Override
    public InputStream open(String path, long position) throws IOException {
        Path p = new Path(path);
        FSDataInputStream in = fileSystem(p).open(p);
        try {
            if (position > 0) {
                in.seek(position);
            }
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return in;
    }
}
