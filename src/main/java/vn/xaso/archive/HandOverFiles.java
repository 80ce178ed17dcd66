package vn.xaso.archive;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.xaso.files.FileOwner;
import vn.xaso.identity.XasoUser;

/** A hand-over record's files (owned by the hand-over): its two officials, the unit's administrators and leaders read them. */
@Component
class HandOverFiles implements FileOwner {

    private final HandOvers handOvers;
    private final HandOverRows rows;

    HandOverFiles(@Lazy HandOvers handOvers, HandOverRows rows) {
        this.handOvers = handOvers;
        this.rows = rows;
    }

    @Override
    public String ownerKind() {
        return HandOvers.OWNER;
    }

    @Override
    public boolean canRead(XasoUser user, String ownerRef) {
        return ownerRef.matches("\\d{1,18}") && rows.find(Long.parseLong(ownerRef)).filter(h -> handOvers.mayRead(user, h)).isPresent();
    }
}
