package dev.whosaid.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bytes of a {@link FileSplit} come from: this machine's files, or a distributed file system
 * that every machine of a cluster reads. Serializable, since it travels with the splits.
 */
public interface FileOpener extends Serializable {
    /** The file {@code path} from byte {@code position} on. */
    InputStream open(String path, long position) throws IOException;

    /** The local file system (or one mounted on every machine). */
    FileOpener LOCAL = new Local();

    /** Opens local files; a class, not a lambda, so that it serializes the same in any JVM. */
    final class Local implements FileOpener {
        private Local() {
        }

        @Override
        public InputStream open(String path, long position) throws IOException {
            SeekableByteChannel channel = Files.newByteChannel(Path.of(path));
            try {
                channel.position(position);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return Channels.newInputStream(channel);
        }

        private Object readResolve() {
            return LOCAL;
        }
    }
}
