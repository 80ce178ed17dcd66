package vn.xaso.archive;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.xaso.identity.XasoUser;
import vn.xaso.workflow.InboxNotices;

/** In the official's inbox: each hand-over record waiting for their signature, linking to where they sign it. */
@Component
class HandOverInboxNotices implements InboxNotices {

    private final HandOverRows rows;

    HandOverInboxNotices(HandOverRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Notice> noticesFor(XasoUser user) {
        if (user.isCitizen()) {
            return List.of();
        }
        return rows.awaiting(user.getUsername()).stream()
                .map(h -> new Notice("inbox.handOver.toSign", List.of(String.valueOf(h.id())), "/hand-overs/" + h.id())).toList();
    }
}
