package vn.xaso;

import java.nio.file.Path;
import java.util.Map;

/** A JVM that starts the embedded PostgreSQL on a folder, says READY and waits to be killed (crash tests). */
public final class EmbeddedServerProcess {

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase.start(Path.of(args[0]), 0, null, Map.of());
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
