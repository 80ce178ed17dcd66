package vn.xaso.signing;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * DSS looks its CMS generator and PDF service up with {@link java.util.ServiceLoader} at every signature, and PDFBox
 * asks JAXP for an XPath factory at every JPEG stamp: each lookup searches every jar on the class path for a
 * {@code META-INF/services} file, which {@code bench/signing.sh} found to be a sixth of a signature's time. Signing and
 * verifying run with this class loader as the thread's context loader: it answers those searches from memory (the
 * class path does not change while xaso runs) and leaves everything else to the application's loader.
 */
final class ServiceLookups extends ClassLoader {

    private static final String SERVICES = "META-INF/services/";
    private static final ServiceLookups INSTANCE = new ServiceLookups(ServiceLookups.class.getClassLoader());

    private final Map<String, List<URL>> found = new ConcurrentHashMap<>();

    private ServiceLookups(ClassLoader application) {
        super("xaso-service-lookups", application);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> urls = found.get(name);
        if (urls == null) {
            urls = Collections.list(getParent().getResources(name));
            found.put(name, List.copyOf(urls));
        }
        return Collections.enumeration(urls);
    }

    /** Runs {@code work} with the remembering loader as the thread's context class loader. */
    static <T> T run(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(INSTANCE);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }
}
