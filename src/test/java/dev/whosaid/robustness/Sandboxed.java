package dev.whosaid.robustness;

import dev.whosaid.cli.Main;

import java.io.File;
import java.io.FilePermission;
import java.net.SocketPermission;
import java.net.URLPermission;
import java.nio.file.Path;
import java.security.Permission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs the command line under a security manager that lets it read only the JDK and the class path, use
 * only the files and directories named on the command line (and what lies under them), and open no
 * connection; every attempt beyond that is refused and listed on standard error as {@code DENIED …} at
 * exit. A child JVM of {@link SandboxTest}. (Security managers exist up to Java 23.)
 */
public final class Sandboxed {
    private static final List<String> DENIED = Collections.synchronizedList(new ArrayList<>());

    private Sandboxed() {
    }

    public static void main(String[] args) {
        List<String> readable = new ArrayList<>();
        readable.add(canonical(System.getProperty("java.home")));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            readable.add(canonical(entry));
            if (entry.endsWith(".jar")) {
                readable.add(Path.of(canonical(entry)).getParent() + File.separator + "*");
            }
        }
        List<String> given = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("-")) {
                given.add(canonical(a));
            }
        }
        // The process's own entries in /proc: where its standard error goes (is it a terminal?).
        readable.add("/proc/self/fd");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DENIED.forEach(d -> System.err.println("DENIED " + d))));
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission p) {
                if (p instanceof SocketPermission || p instanceof URLPermission) {
                    deny(p);
                } else if (p instanceof FilePermission f && !allowed(f, readable, given)) {
                    deny(p);
                }
            }

            @Override
            public void checkPermission(Permission p, Object context) {
                checkPermission(p);
            }
        });
        if (args.length == 2 && args[0].equals("probe")) {
            probe(Path.of(args[1]));
            System.exit(0);
        }
        int code = Main.run(args);
        System.exit(code);
    }

    /** The check of the check: a file read and a connection that the sandbox must refuse. */
    private static void probe(Path notGiven) {
        try {
            java.nio.file.Files.readString(notGiven.resolveSibling(notGiven.getFileName() + ".other"));
        } catch (Exception | Error e) {
            System.out.println("read: " + e.getClass().getSimpleName());
        }
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", 9)) {
            System.out.println("connected");
        } catch (Exception | Error e) {
            System.out.println("connect: " + e.getClass().getSimpleName());
        }
    }

    private static boolean allowed(FilePermission f, List<String> readable, List<String> given) {
        String path = canonical(f.getName());
        if (under(path, given)) {
            return true;
        }
        if (!f.getActions().equals("read") && !f.getActions().equals("readlink")) {
            return false;
        }
        if (path.endsWith(".jar") && readable.contains(Path.of(path).getParent().toString() + File.separator + "*")) {
            return true; // a jar that a class-path jar's manifest names (Class-Path), beside it
        }
        return under(path, readable);
    }

    private static boolean under(String path, List<String> roots) {
        for (String r : roots) {
            if (path.equals(r) || path.startsWith(r + File.separator)) {
                return true;
            }
        }
        return false;
    }

    private static void deny(Permission p) {
        DENIED.add(p.getClass().getSimpleName() + " " + p.getName() + " " + p.getActions());
        throw new SecurityException("not allowed in the sandbox: " + p);
    }

    private static String canonical(String path) {
        try {
            return Path.of(path).toAbsolutePath().normalize().toString();
        } catch (RuntimeException e) {
            return path;
        }
    }
}
