package vn.xaso.catalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Rewrites what catalog search reads at every start: a release may bring new folk names. A few hundred rows. */
@Component
@Order(2)
class SearchIndexAtStart implements ApplicationRunner {

    private final Catalog catalog;

    SearchIndexAtStart(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        catalog.indexForSearch();
    }
}
