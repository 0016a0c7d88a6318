package dev.whosaid.spark;

import dev.whosaid.batch.FileSplit;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The splits of inputs on a cluster's file system, by the rules {@link dev.whosaid.batch.Inputs} follows
 * on a local one: a directory is read recursively, directory by directory in order of name; hidden
 * entries are ignored; files are read by their kind (a file named on the command line as JSON Lines);
 * a directory that cannot be listed is one error line. Files are named as given, plus their path
 * below the directory given, so that messages match those of {@code convert}.
 */
final class HadoopListing {
    private final long splitBytes;
    private final Path output;
    private final List<FileSplit> out = new ArrayList<>();

    private HadoopListing(long splitBytes, Path output) {
        this.splitBytes = splitBytes;
        this.output = output;
    }

    /**
     * The splits of one input name (a file or a directory), in order, leaving out {@code output} (the
     * job's own output, qualified; may be null) where it lies inside a directory given.
     */
    static List<FileSplit> splits(String name, HadoopFiles files, long splitBytes, Path output) throws IOException {
        HadoopListing listing = new HadoopListing(splitBytes, output);
        Path p = new Path(name);
        FileSystem fs = files.fileSystem(p);
        FileStatus status;
        try {
            status = fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("no such file or directory: " + name, e);
        }
        if (status.isDirectory()) {
            String root = trimSlashes(name);
            listing.walk(fs, status, root, root);
        } else {
            String kind = FileSplit.kindOf(p.getName());
            listing.add(fs, status, name, null, kind == null ? "jsonl" : kind);
        }
        return listing.out;
    }

    private void walk(FileSystem fs, FileStatus dir, String shownAs, String root) throws IOException {
        FileStatus[] children;
        try {
            children = fs.listStatus(dir.getPath());
        } catch (IOException e) {
            out.add(FileSplit.unlisted(shownAs, root, "cannot list the directory: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return;
        }
        Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
        for (FileStatus c : children) {
            String childName = c.getPath().getName();
            if (childName.startsWith(".") || c.getPath().equals(output)) {
                continue; // as locally: .git, editors' backups, our own output
            }
            String shown = shownAs + "/" + childName;
            if (c.isDirectory()) {
                walk(fs, c, shown, root);
            } else if (FileSplit.kindOf(childName) != null && c.isFile()) {
                add(fs, c, shown, root, FileSplit.kindOf(childName));
            }
        }
    }

    private void add(FileSystem fs, FileStatus file, String shownAs, String root, String kind) throws IOException {
        byte[] head = new byte[0];
        long size = -1;
        try (InputStream in = fs.open(file.getPath())) {
            head = in.readNBytes(3);
            size = file.getLen();
        } catch (IOException e) {
            // read whole, the file gives its error line (E005) where it is read, as in convert
        }
        out.addAll(FileSplit.of(shownAs, root, kind, size, head, splitBytes));
    }

    private static String trimSlashes(String name) {
        String s = name;
        while (s.length() > 1 && s.endsWith("/") && !s.endsWith("://")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
